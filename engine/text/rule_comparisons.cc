// Comparisons the words state between printed figures.
//
//   "the gain of 248,000 exceeded the average gain of 213,000"
//                                    greater: "exceeded", "topped", "beat",
//                                    "surpassed", "outpaced", "above"
//   "sold 51m iPhones, missing analyst estimates of 54.7m"
//                                    less: "missing", "trailed", "below"
//
// The subject is the last figure before the word in its clause, the other
// the first after it; both of one family of units.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

class ComparisonsRule {
 public:
  explicit ComparisonsRule(ClaimContext& c) : c_(c) {}

  static int UnitFamily(const Mention& m) {
    switch (m.unit) {
      case v1::UNIT_PERCENT:
      case v1::UNIT_PERCENTAGE_POINTS:
        return 1;
      case v1::UNIT_CURRENCY:
        return 2;
      case v1::UNIT_RATE:
        return 3;
      default:
        return 0;
    }
  }

  void Comparisons(int s) {
    static const Set* greater =
        new Set{"exceeded",  "exceeds",  "exceeding",   "topped",   "tops",
                "topping",   "beat",     "beats",       "beating",  "surpassed",
                "surpasses", "outpaced", "outstripped", "eclipsed", "above"};
    static const Set* less =
        new Set{"missing", "missed", "misses", "trailed", "trailing", "below"};
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      const bool gt = w.IsIn(k, *greater);
      const bool lt = w.IsIn(k, *less);
      if (!gt && !lt) continue;
      // The subject: the last figure before the word in its clause; the
      // other: the first after it.
      int subject = -1;
      for (int j = w.Prev(k); j >= 0 && j > k - 16; --j) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".")) break;
        const int m = c_.MentionAt(s, j);
        if (m >= 0) {
          subject = m;
          break;
        }
      }
      int other = -1;
      for (int j = w.Next(k); j < w.size() && j < k + 16; j = w.Next(j)) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".")) break;
        const int m = c_.MentionAt(s, j);
        if (m >= 0) {
          other = m;
          break;
        }
      }
      if (subject < 0 || other < 0 || subject == other) continue;
      if (UnitFamily(c_.m(subject)) != UnitFamily(c_.m(other))) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(subject), gt ? "-above" : "-below"));
      v1::ComparisonClaim* c = claim.mutable_comparison();
      c->set_subject_id(c_.id(subject));
      c->add_other_ids(c_.id(other));
      c->set_relation(gt ? v1::RELATION_GREATER : v1::RELATION_LESS);
      c_.Emit(claim, {subject, other}, s, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, k, k)});
    }
  }

  // "Thirty-one of the state's 67 counties": a part of a whole.

 private:
  ClaimContext& c_;
};

}  // namespace

void ProposeComparisons(ClaimContext& c) {
  ComparisonsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Comparisons(s);
}

}  // namespace claimcheck::text
