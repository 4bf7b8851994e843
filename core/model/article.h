// Article: one news text as stored in a timeline document, with where it came from.
#pragma once

#include <cstdint>
#include <string>

namespace yeonpyo {

struct Article {
    std::int64_t id = 0;      ///< Row id in the document; 0 before it is stored.
    std::string title;        ///< Headline, UTF-8.
    std::string source;       ///< Outlet name or file name the text came from.
    std::string url;          ///< Original location (file path or http(s) URL); may be empty.
    std::string published;    ///< Publication date/time as ISO 8601 ("2024-02-28" or "2024-02-28T17:32+09:00"); may be empty.
    std::string lang;         ///< "ko" or "en".
    std::string text;         ///< Body text, NFC-normalised UTF-8; quote offsets count code points in it.
    friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace yeonpyo
