// JSON and TimeML renderings of the time expressions found in a text.
#include "app/cli/timex_output.h"

namespace yeonpyo::cli {
namespace {

std::string_view kindName(temporal::ExpressionKind kind) {
    switch (kind) {
        case temporal::ExpressionKind::Date:
            return "date";
        case temporal::ExpressionKind::Time:
            return "time";
        case temporal::ExpressionKind::Duration:
            return "duration";
        case temporal::ExpressionKind::Set:
            return "set";
        case temporal::ExpressionKind::Range:
            return "range";
    }
    return "date";
}

void appendEscaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
}

/// Appends one <TIMEX3> element around text[begin, end).
void appendTimex(std::string& out, std::string_view text, std::size_t begin, std::size_t end,
                 const temporal::TimemlTimex& timex, int tid) {
    out += "<TIMEX3 tid=\"t" + std::to_string(tid) + "\" type=\"" + timex.type + "\" value=\"";
    appendEscaped(out, timex.value);
    out += '"';
    if (!timex.mod.empty())
        out += " mod=\"" + timex.mod + '"';
    out += '>';
    appendEscaped(out, text.substr(begin, end - begin));
    out += "</TIMEX3>";
}

}  // namespace

nlohmann::ordered_json timexJson(const temporal::TimeExpression& found) {
    nlohmann::ordered_json object{{"text", found.text},
                                  {"start", found.begin},
                                  {"end", found.end},
                                  {"value", found.value},
                                  {"time_of_day", nullptr}};
    if (!found.timeOfDay.empty())
        object["time_of_day"] = found.timeOfDay;
    object["kind"] = kindName(found.kind);
    if (!found.endValue.empty())
        object["end_value"] = found.endValue;
    if (!found.mod.empty())
        object["mod"] = found.mod;
    object["rule"] = found.rule;
    object["derivation"] = found.derivation;
    return object;
}

std::string timemlMarkup(std::string_view utf8Text,
                         const std::vector<temporal::TimeExpression>& found) {
    std::string out;
    out.reserve(utf8Text.size() + found.size() * 64);
    std::size_t at = 0;
    int tid = 0;
    for (const auto& expression : found) {
        appendEscaped(out, utf8Text.substr(at, expression.byteBegin - at));
        if (expression.lastByteBegin == 0) {
            appendTimex(out, utf8Text, expression.byteBegin, expression.byteEnd,
                        temporal::toTimeml(expression), ++tid);
        } else {  // TimeML tags the two ends of "Sept. 14 to Thursday" apart
            appendTimex(out, utf8Text, expression.byteBegin, expression.firstByteEnd,
                        temporal::toTimeml(expression), ++tid);
            appendEscaped(out, utf8Text.substr(expression.firstByteEnd,
                                               expression.lastByteBegin - expression.firstByteEnd));
            temporal::TimeExpression last = expression;
            last.value = expression.endValue;
            last.kind = temporal::ExpressionKind::Date;
            appendTimex(out, utf8Text, expression.lastByteBegin, expression.byteEnd,
                        temporal::toTimeml(last), ++tid);
        }
        at = expression.byteEnd;
    }
    appendEscaped(out, utf8Text.substr(at));
    return out;
}

}  // namespace yeonpyo::cli
