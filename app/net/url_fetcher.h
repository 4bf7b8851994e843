// Fetches an article from an http(s) URL with a timeout, a size limit and an honest User-Agent.
#pragma once

#include <QByteArray>
#include <QUrl>

#include <chrono>

#include "core/model/result.h"

namespace yeonpyo::net {

struct FetchLimits {
    std::chrono::milliseconds timeout{30000};
    qint64 maxBytes = 64 * 1024 * 1024;
    int maxRedirects = 5;
};

/// The User-Agent Yeonpyo sends ("Yeonpyo/0.1.0 (+https://github.com/yeonpyo/yeonpyo)").
QByteArray userAgent();

/// Downloads url (http or https only; redirects only to http(s), never from https to http) and
/// returns its body; one sentence on failure that names the URL without any user:password part.
/// Blocks, running a local event loop; call from a thread with no other event processing needs.
Result<QByteArray> fetchUrl(const QUrl& url, const FetchLimits& limits = {});

/// url as safe to print: without user name, password and query string.
QString displayUrl(const QUrl& url);

}  // namespace yeonpyo::net
