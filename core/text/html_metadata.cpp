// Page metadata: one walk over all elements collects title and date candidates by priority.
#include "core/text/html_metadata_p.h"

#include <nlohmann/json.hpp>

#include <array>
#include <vector>

#include "core/text/dateline.h"
#include "core/text/html_dom_p.h"
#include "core/text/html_text_p.h"

namespace yeonpyo::text {
namespace {

// Where a publication date came from; lower values win.
enum DateSource {
    kArticleProperty,
    kOgArticleProperty,
    kMetaName,
    kItemprop,
    kJsonLd,
    kMarkedTime,
    kTime,
    kSourceCount
};

// <meta name="…"> values that carry the publication date.
constexpr std::array<std::string_view, 12> kDateMetaNames{"date",
                                                          "pubdate",
                                                          "publishdate",
                                                          "publish_date",
                                                          "publish-date",
                                                          "article:published_time",
                                                          "dc.date.issued",
                                                          "dc.date",
                                                          "dcterms.created",
                                                          "parsely-pub-date",
                                                          "sailthru.date",
                                                          "og:published_time"};

constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxJsonValuesSearched = 100'000;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}

std::string collapsedText(const GumboNode* element) {
    std::string text = extractText(element);
    for (auto& c : text)
        c = c == '\n' ? ' ' : c;
    return text;
}

// A <title> usually adds the site's name to the headline: "Headline | Site", "Headline - Site".
// The first <h1> is the headline alone when the title starts with it.
std::string headlineOf(std::string title, const std::string& firstHeading) {
    if (!firstHeading.empty() && title.starts_with(firstHeading))
        return firstHeading;
    const std::size_t bar = title.rfind(" | ");
    if (bar != std::string::npos && bar > 0)
        title.resize(bar);
    return title;
}

struct Candidates {
    std::string ogTitle;
    std::string titleElement;
    std::string firstHeading;
    std::array<std::string, kSourceCount> dates;

    void offerDate(DateSource source, std::string_view value) {
        if (dates[source].empty())
            dates[source] = normalizeDateTime(value);
    }

    void visitMeta(const GumboNode* meta) {
        const std::string property = lowered(attribute(meta, "property"));
        const std::string name = lowered(attribute(meta, "name"));
        const std::string_view content = attribute(meta, "content");
        if ((property == "og:title" || name == "og:title") && ogTitle.empty())
            ogTitle = content;
        if (property == "article:published_time")
            offerDate(kArticleProperty, content);
        if (property == "og:article:published_time")
            offerDate(kOgArticleProperty, content);
        for (auto dateName : kDateMetaNames) {
            if (name == dateName)
                offerDate(kMetaName, content);
        }
        if (attribute(meta, "itemprop") == "datePublished")
            offerDate(kItemprop, content);
    }

    void visit(const GumboNode* element) {
        switch (element->v.element.tag) {
            case GUMBO_TAG_META:
                visitMeta(element);
                break;
            case GUMBO_TAG_TITLE:
                if (titleElement.empty())
                    titleElement = collapsedText(element);
                break;
            case GUMBO_TAG_H1:
                if (firstHeading.empty())
                    firstHeading = collapsedText(element);
                break;
            case GUMBO_TAG_SCRIPT:
                if (dates[kJsonLd].empty() && element->v.element.children.length > 0) {
                    const auto* text =
                        static_cast<const GumboNode*>(element->v.element.children.data[0]);
                    dates[kJsonLd] = normalizeDateTime(jsonLdDatePublished(nodeText(text)));
                }
                break;
            case GUMBO_TAG_TIME: {
                const std::string_view datetime = attribute(element, "datetime");
                const bool marked =
                    attribute(element, "itemprop") == "datePublished" ||
                    gumbo_get_attribute(&element->v.element.attributes, "pubdate") != nullptr;
                offerDate(marked ? kMarkedTime : kTime, datetime);
                break;
            }
            default:
                break;
        }
    }
};

}  // namespace

std::string jsonLdDatePublished(std::string_view json) {
    const auto limitDepth = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        return depth <= kMaxJsonDepth;
    };
    const nlohmann::json document = nlohmann::json::parse(json, limitDepth, false);
    if (document.is_discarded())
        return {};
    std::vector<const nlohmann::json*> pending{&document};
    for (std::size_t searched = 0; !pending.empty() && searched < kMaxJsonValuesSearched;
         ++searched) {
        const nlohmann::json* value = pending.back();
        pending.pop_back();
        if (value->is_object()) {
            const auto date = value->find("datePublished");
            if (date != value->end() && date->is_string())
                return date->get<std::string>();
        }
        if (value->is_structured()) {
            for (auto child = value->rbegin(); child != value->rend(); ++child)
                pending.push_back(&*child);
        }
    }
    return {};
}

HtmlMetadata readHtmlMetadata(const GumboNode* root) {
    Candidates candidates;
    walkTree(
        root,
        [&](const GumboNode* node) {
            if (node->type != GUMBO_NODE_ELEMENT)
                return false;
            candidates.visit(node);
            return true;
        },
        [](const GumboNode*) {});
    HtmlMetadata metadata;
    std::string titleElement = headlineOf(candidates.titleElement, candidates.firstHeading);
    for (const std::string* title :
         {&candidates.ogTitle, &titleElement, &candidates.firstHeading}) {
        if (metadata.title.empty())
            metadata.title = *title;
    }
    for (const auto& date : candidates.dates) {
        if (metadata.published.empty())
            metadata.published = date;
    }
    return metadata;
}

}  // namespace yeonpyo::text
