// Article: one news text as stored in a timeline document, with where it came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace yeonpyo {

/// Another outlet's copy of an article's text (syndicated wire copy): where and when it ran.
struct ArticleCopy {
    std::string title;
    std::string source;
    std::string url;
    std::string published;
    friend bool operator==(const ArticleCopy&, const ArticleCopy&) = default;
};

struct Article {
    std::int64_t id = 0;    ///< Row id in the document; 0 before it is stored.
    std::string title;      ///< Headline, UTF-8.
    std::string source;     ///< Outlet name or file name the text came from.
    std::string url;        ///< Original location (file path or http(s) URL); may be empty.
    std::string published;  ///< Publication date/time as ISO 8601 ("2024-02-28" or
                            ///< "2024-02-28T17:32+09:00"); may be empty.
    std::string lang;       ///< "ko" or "en".
    std::string text;  ///< Body text, NFC-normalised UTF-8; quote offsets count code points in it.
    /// Other outlets that ran the same text (near-duplicates folded into this article), in the
    /// order they were stored; the article's own title, source, URL and date are the first's.
    std::vector<ArticleCopy> copies;
    friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace yeonpyo
