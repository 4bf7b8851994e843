// Tense around a time expression: decides the direction of an open date ("2일 개최했다" is the past
// 2nd, "2일 개최 예정" the coming one; "met on Thursday" versus "will meet on Thursday").
#pragma once

#include <string>

#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

enum class TenseKind { None, Past, Future };

struct Tense {
    TenseKind kind = TenseKind::None;
    std::string marker;  ///< The word that decided it, for derivations ("했", "예정", "will").
};

/// Korean is verb-final: the first tense marker after the expression, up to the end of its
/// sentence. Past: a syllable ending in ㅆ (었/았/였/했/됐, but not 있) or 바 있다; future: 예정,
/// 계획, 방침, 전망, 목표, 앞두고, 겠, -ㄹ 것.
Tense koreanTense(const Scan& text, int expressionEnd);

/// English: the tense marker nearest the expression within its clause (commas and sentence
/// ends bound it). Future: will, 'll, shall, scheduled, expected, plans, set to, going to,
/// would; past: was, were, had, did, a regular -ed verb or a common irregular past form.
/// Reporting verbs (said, told) count only when nothing else does.
Tense englishTense(const Scan& text, int begin, int end);

}  // namespace yeonpyo::temporal
