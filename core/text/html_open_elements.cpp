// OpenElements: implied ends and HTML5 scopes, restricted to the elements the sanitizer keeps.
#include "core/text/html_open_elements_p.h"

#include <algorithm>

namespace yeonpyo::text {
namespace {

bool isTableElement(std::string_view name) {
    return name == "table" || name == "tr" || name == "td" || name == "th";
}

bool isHeading(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

std::string_view nameOf(std::uint8_t element) {
    return kKeptElements[element];
}

// Whether an end tag for name stops searching the open elements at one called open: the
// boundaries of HTML5's element scopes, and for links and <time> (ordinary elements) any
// special element.
bool stopsSearch(std::string_view name, std::string_view open) {
    if (name == "a" || name == "time")
        return open != name;
    if (isTableElement(name))
        return open == "table";
    if (open == "table" || open == "td" || open == "th")
        return true;
    if (isHeading(name) && isHeading(open))
        return true;
    return name == "li" && (open == "ul" || open == "ol");
}

}  // namespace

int keptElementIndex(std::string_view name) {
    const auto found = std::find(kKeptElements.begin(), kKeptElements.end(), name);
    return found == kKeptElements.end() ? -1 : static_cast<int>(found - kKeptElements.begin());
}

// Start tags that close the element on top in every parser state the sanitizer produces.
void OpenElements::closeImplied(std::string_view name) {
    if (open_.empty() || name == "a" || name == "time")
        return;
    const std::string_view top = nameOf(open_.back());
    const bool listItem = (name == "li" && top == "li") ||
                          ((name == "dt" || name == "dd") && (top == "dt" || top == "dd"));
    const bool cell = (name == "td" || name == "th") && (top == "td" || top == "th");
    const bool paragraph = top == "p" && name != "tr" && name != "td" && name != "th";
    if (listItem || cell || paragraph || (name == "tr" && top == "tr"))
        open_.pop_back();
}

bool OpenElements::open(int element) {
    const auto index = static_cast<std::uint8_t>(element);
    closeImplied(nameOf(index));
    if (elements_ >= maxElements_ || open_.size() >= maxDepth_) {
        ++dropped_[index];
        return false;
    }
    ++elements_;
    open_.push_back(index);
    return true;
}

bool OpenElements::openVoid() {
    if (elements_ >= maxElements_)
        return false;
    ++elements_;
    return true;
}

bool OpenElements::close(int element) {
    const auto index = static_cast<std::uint8_t>(element);
    if (dropped_[index] > 0) {
        --dropped_[index];
        return false;
    }
    for (std::size_t i = open_.size(); i-- > 0;) {
        if (open_[i] == index) {
            open_.resize(i);
            return true;
        }
        if (stopsSearch(nameOf(index), nameOf(open_[i])))
            return false;
    }
    return false;
}

}  // namespace yeonpyo::text
