// Ratios: one figure a multiple of another, the multiple printed.
//
//   "At $4, prices are twice the $2 they were a decade ago", "Sales of $10
//   million were three times the $3.3 million of a year earlier", "The 600
//   applicants were twice as many as the 300 of last year", "At $2, prices
//   are half the $4 they were"
//                                    a multiple ("twice", "three times",
//                                    "2.5 times", "half") then "the", or "as
//                                    many as" ("much", "high", "large", "big",
//                                    "great") and "the" or nothing, then a
//                                    figure (past a few words naming it and
//                                    "of": "210mm of rain, three times the
//                                    monthly average of 70mm"): the one
//                                    figure of the sentence
//                                    before the multiple that can be
//                                    compared with it is that multiple of
//                                    it, times as many (medium). Not "three
//                                    times more" (read two ways), nor with
//                                    two figures before that may be the
//                                    first, nor "twice the size of" (no
//                                    figure), nor anything a clause supposes
//                                    ("if prices were twice the $2").
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

void Ratios(ClaimContext& c, int s) {
  // The cue pass: a multiple in words is "twice", "half" or ends in
  // "times".
  static const Set* cues = new Set{"twice", "times", "thrice", "half"};
  static const Set* measures =
      new Set{"many", "much", "high", "large", "big", "great"};
  if (!c.MayHold(s, *cues)) return;
  const Words w = c.W(s);
  const std::vector<int>& qs = c.quantities(s);
  for (const int ri : qs) {
    const Mention& r = c.m(ri);
    // "half the $4": the one fraction a multiple is printed as.
    const bool half = absl::AsciiStrToLower(
                          c.text().substr(r.begin, r.end - r.begin)) == "half";
    if (c.used(ri) || (r.unit != v1::UNIT_MULTIPLE && !half)) continue;
    int k = w.Next(r.end_token - 1);
    // "as many as"
    if (w.Is(k, "as") && w.IsIn(w.Next(k), *measures) &&
        w.Is(w.Next(w.Next(k)), "as")) {
      k = w.Next(w.Next(w.Next(k)));
      if (w.Is(k, "the")) k = w.Next(k);
    } else if (w.Is(k, "the")) {
      k = w.Next(k);
      // "three times the monthly average of 70mm": a few words naming the
      // figure, then "of".
      if (c.MentionAt(s, k) < 0) {
        int of = k;
        for (int n = 0;
             n < 3 && w.IsWord(of) && !w.Is(of, "of") && c.MentionAt(s, of) < 0;
             ++n) {
          of = w.Next(of);
        }
        if (w.Is(of, "of") && of != k) k = w.Next(of);
      }
    } else {
      continue;
    }
    const int bi = c.MentionStartingAt(s, k);
    if (bi < 0 || c.used(bi)) continue;
    const Mention& b = c.m(bi);
    if (ClaimContext::TimeSpan(b) || b.unit == v1::UNIT_MULTIPLE) continue;
    // The one figure before the multiple that the second can be compared
    // with.
    int ai = -1;
    bool more = false;
    for (const int q : qs) {
      const Mention& a = c.m(q);
      if (a.end_token > r.first_token) break;
      if (c.used(q) || ClaimContext::TimeSpan(a) ||
          a.unit == v1::UNIT_MULTIPLE || !c.Comparable(a, b)) {
        continue;
      }
      more = more || ai >= 0;
      ai = q;
    }
    if (ai < 0 || more || ClaimContext::Supposed(w, r.first_token)) continue;
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(ri), "-ratio"));
    v1::RatioClaim* ratio = claim.mutable_ratio();
    ratio->set_numerator_id(c.id(ai));
    ratio->set_denominator_id(c.id(bi));
    ratio->set_ratio_id(c.id(ri));
    ratio->set_form(v1::RATIO_FORM_TIMES_AS_MANY);
    c.Emit(claim, {ai, bi, ri}, s, v1::CONFIDENCE_MEDIUM,
           {c.TokenSpan(s, r.first_token, r.end_token - 1)});
  }
}

}  // namespace

void ProposeRatios(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) Ratios(c, s);
}

}  // namespace claimcheck::text
