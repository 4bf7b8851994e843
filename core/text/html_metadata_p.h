// Title and publication date of an HTML page from its metadata (Open Graph, meta tags, JSON-LD,
// <time>).
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace yeonpyo::text {

struct HtmlMetadata {
    std::string title;      ///< og:title, else <title>, else the first <h1>.
    std::string published;  ///< ISO 8601 or empty.
};

/// Reads the title and the publication date: article:published_time, og:article:published_time,
/// <meta name="date|pubdate|publishdate|…">, itemprop="datePublished", JSON-LD datePublished
/// (@graph arrays too), then the first <time datetime>, preferring one marked as the
/// publication time; the first that normalizes to a date wins.
HtmlMetadata readHtmlMetadata(const GumboNode* root);

/// datePublished from JSON-LD text (objects, arrays, @graph), or empty; bad JSON gives empty.
std::string jsonLdDatePublished(std::string_view json);

}  // namespace yeonpyo::text
