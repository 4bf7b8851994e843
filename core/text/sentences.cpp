// Sentence splitting: ICU's BreakIterator over UTF-8 (no copy), with breaks dropped inside
// quotations, after attached closing quotes and after abbreviations, then trimmed and capped.
#include "core/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "core/text/abbreviations_p.h"
#include "core/text/quote_pairs_p.h"
#include "core/text/text_cleanup_p.h"
#include "core/text/unicode.h"
#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};

// One BreakIterator per language and thread: creating one loads its rules.
icu::BreakIterator* sentenceIterator(std::string_view lang) {
    thread_local std::unique_ptr<icu::BreakIterator> korean;
    thread_local std::unique_ptr<icu::BreakIterator> english;
    auto& slot = lang == "ko" ? korean : english;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(icu::BreakIterator::createSentenceInstance(
            icu::Locale(lang == "ko" ? "ko" : "en"), status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

bool isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
}

// Decides which of ICU's breaks stand, walking the quotation pairs along with them.
class BreakFilter {
public:
    BreakFilter(std::string_view text, std::vector<QuotePair> pairs)
        : text_(text), pairs_(std::move(pairs)) {}

    bool keeps(std::size_t segmentBegin, std::size_t breakAt) {
        while (next_ < pairs_.size() && pairs_[next_].end + kAttachedSlack < breakAt)
            ++next_;
        for (std::size_t i = next_; i < pairs_.size() && pairs_[i].open < breakAt; ++i) {
            if (breakAt <= pairs_[i].close || attachedAfter(pairs_[i], breakAt))
                return false;
        }
        const std::string_view gap = text_.substr(segmentBegin, breakAt - segmentBegin);
        if (gap.find('\n', gap.find_last_not_of(" \t\n")) != std::string_view::npos)
            return true;
        return !abbreviationHoldsSentence(gap, text_.substr(breakAt, kLookAhead));
    }

private:
    // Spaces between a closing mark and a break that may still join ("…?" he asked).
    static constexpr std::size_t kAttachedSlack = 8;
    static constexpr std::size_t kLookAhead = 32;

    // The words after a closing mark belong to its sentence when they follow it directly (“…”고)
    // or, after spaces on the same line, start in lower case ("…?" he asked).
    bool attachedAfter(const QuotePair& pair, std::size_t breakAt) const {
        if (breakAt < pair.end || breakAt >= text_.size())
            return false;
        const std::string_view between = text_.substr(pair.end, breakAt - pair.end);
        if (between.find_first_not_of(" \t") != std::string_view::npos)
            return false;
        const char next = text_[breakAt];
        if (between.empty())
            return next != ' ' && next != '\n' && next != '\t';
        return isLowerAscii(next);
    }

    std::string_view text_;
    std::vector<QuotePair> pairs_;
    std::size_t next_ = 0;
};

// Collects trimmed, capped sentences with code point offsets and paragraph numbers.
class SentenceCollector {
public:
    explicit SentenceCollector(std::string_view text) : text_(text) {}

    void add(std::size_t begin, std::size_t end) {
        const std::string_view trimmed = trimSpaces(text_.substr(begin, end - begin));
        if (trimmed.empty())
            return;
        begin = static_cast<std::size_t>(trimmed.data() - text_.data());
        end = begin + trimmed.size();
        while (end - begin > kMaxSentenceBytes) {
            const std::size_t cut = cutPoint(begin);
            addTrimmed(begin, cut);
            begin = cut;
        }
        addTrimmed(begin, end);
    }

    std::vector<Sentence> take() { return std::move(sentences_); }

private:
    std::size_t cutPoint(std::size_t begin) const {
        std::size_t cut = begin + kMaxSentenceBytes;
        const std::size_t space = text_.substr(begin, kMaxSentenceBytes).find_last_of(" \t\n");
        if (space != std::string_view::npos && space > kMaxSentenceBytes / 2)
            return begin + space;
        while (cut > begin && isContinuationByte(text_[cut]))
            --cut;
        return cut;
    }

    void addTrimmed(std::size_t begin, std::size_t end) {
        const std::string_view trimmed = trimSpaces(text_.substr(begin, end - begin));
        if (trimmed.empty())
            return;
        begin = static_cast<std::size_t>(trimmed.data() - text_.data());
        end = begin + trimmed.size();
        const std::string_view gap = text_.substr(lastEnd_, begin - lastEnd_);
        if (!sentences_.empty() && gap.find("\n") != gap.rfind("\n"))
            ++paragraph_;
        Sentence sentence;
        sentence.byteBegin = begin;
        sentence.byteEnd = end;
        sentence.begin = codePointAt(begin);
        sentence.end = codePointAt(end);
        sentence.paragraph = paragraph_;
        sentences_.push_back(sentence);
        lastEnd_ = end;
    }

    // Code points before byte offset; offsets only grow, so counting stays linear.
    int codePointAt(std::size_t byte) {
        codePoints_ += codePointCount(text_.substr(countedTo_, byte - countedTo_));
        countedTo_ = byte;
        return codePoints_;
    }

    std::string_view text_;
    std::vector<Sentence> sentences_;
    std::size_t lastEnd_ = 0;
    std::size_t countedTo_ = 0;
    int codePoints_ = 0;
    int paragraph_ = 0;
};

}  // namespace

std::vector<Sentence> splitSentences(std::string_view utf8, std::string_view lang) {
    SentenceCollector collector(utf8);
    BreakFilter filter(utf8, findQuotePairs(utf8));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> text(
        utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
    icu::BreakIterator* iterator = sentenceIterator(lang);
    if (iterator != nullptr && U_SUCCESS(status))
        iterator->setText(text.get(), status);
    if (iterator == nullptr || U_FAILURE(status)) {
        collector.add(0, utf8.size());  // no ICU data: the text stays one capped sentence
        return collector.take();
    }
    std::size_t begin = 0;
    for (int32_t next = iterator->next(); next != icu::BreakIterator::DONE;
         next = iterator->next()) {
        const auto breakAt = static_cast<std::size_t>(next);
        if (breakAt < utf8.size() && !filter.keeps(begin, breakAt))
            continue;
        collector.add(begin, breakAt);
        begin = breakAt;
    }
    if (begin < utf8.size())
        collector.add(begin, utf8.size());
    return collector.take();
}

}  // namespace yeonpyo::text
