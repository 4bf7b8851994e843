// Validation of option values shared by subcommands (dates, time zones, languages, sizes).
#pragma once

#include <QSize>
#include <QString>

#include <optional>
#include <string>

#include "app/cli/command.h"
#include "core/pipeline/ingest.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::cli {

/// Parses YYYY-MM-DD into a real calendar date; std::nullopt for anything else (2024-02-30).
std::optional<temporal::CivilDate> parseDate(const QString& text);

/// True for an IANA zone ICU/Qt know ("Asia/Seoul").
bool isKnownTimeZone(const QString& zone);

/// "auto", "ko" or "en".
bool isKnownLanguage(const QString& lang);

/// Adds --reference-date, --timezone and --lang, the options of commands that read articles.
void addArticleOptions(CommandParser& command);

/// Reads those options into `options`; on a bad value reports a usage error through exitCode.
bool readArticleOptions(const CommandParser& command, pipeline::IngestOptions& options,
                        int& exitCode);

/// Parses WxH ("1920x1080") within sane limits (1–16384 each side).
std::optional<QSize> parseSize(const QString& text);

}  // namespace yeonpyo::cli
