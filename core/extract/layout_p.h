// Article layout: the sentences of an article, each marked as body text, a photo caption or a
// headline line.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::extract {

/// Captions and headline lines are evidence for events the body states; they never create events.
enum class SentenceRole { Body, Caption, Headline };

struct SentenceSpan {
    std::size_t byteBegin = 0;
    std::size_t byteEnd = 0;
    int begin = 0;  ///< Code points in the article text.
    int end = 0;
    int paragraph = 0;
    SentenceRole role = SentenceRole::Body;
    /// An item of a schedule written as a list: a line led by a bullet ("▲오후 …", "- Mass at …")
    /// or a dated line without sentence punctuation ("May 12 – Wembley Stadium – London").
    bool listItem = false;
};

/// Splits text into sentences and gives each its role. A paragraph ending in a photo credit
/// ("연합뉴스", "사진=…", "(Yonhap)") is a caption; a line without sentence-final punctuation
/// (a deck line, a dateline, a byline) is a headline line, unless it is an item of a schedule
/// written as a list: it starts with a bullet (a run of items on one line is split at its
/// bullets), or, outside the first paragraph, it names a day and ends in a colon ("Sunday, Sept.
/// 20:"), is that date alone ("Monday, September 19") or names a day and a place or trigger word.
/// cueWords are the text's cue words (lexicon.cues, in text order); times its time expressions,
/// places its place names and triggers its trigger words (all in text order).
std::vector<SentenceSpan> layoutSentences(std::string_view text, std::string_view lang,
                                          const lexicon::Lexicon& lexicon,
                                          const std::vector<lexicon::PhraseMatch>& cueWords,
                                          const std::vector<temporal::TimeExpression>& times,
                                          const std::vector<lexicon::PlaceHit>& places,
                                          const std::vector<lexicon::PhraseMatch>& triggers);

}  // namespace yeonpyo::extract
