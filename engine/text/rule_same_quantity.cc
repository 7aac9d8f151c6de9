// The same quantity printed twice.
//
//   "arrested 498 people nationwide" ... "nearly 500 people"
//                                    one count of the same thing, one
//                                    printed with a qualifier, one a whole
//                                    ("nationwide"), values that overlap
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

class SameQuantityRule {
 public:
  explicit SameQuantityRule(ClaimContext& c) : c_(c) {}

  // ---- The same quantity printed twice: "498 people", "nearly 500" ----

  void SameQuantities() {
    for (size_t a = 0; a < static_cast<size_t>(c_.mentions()); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || !c_.Countish(x) ||
          x.unit_name.empty() || x.first_token < 0) {
        continue;
      }
      for (size_t b = a + 1;
           b < static_cast<size_t>(c_.mentions()) && b < a + 200; ++b) {
        const Mention& y = c_.m(b);
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || !c_.Countish(y) ||
            y.sentence == x.sentence || y.first_token < 0 ||
            Head(y.unit_name) != Head(x.unit_name)) {
          continue;
        }
        const bool qualified =
            y.first_token != y.number_token || x.first_token != x.number_token;
        if (!qualified || !(x.scope_total || y.scope_total)) continue;
        if (x.place_label || y.place_label) continue;
        if (x.interval.Intersect(y.interval).empty()) continue;
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(a), "-same"));
        claim.mutable_same_quantity()->add_figure_ids(c_.id(a));
        claim.mutable_same_quantity()->add_figure_ids(c_.id(b));
        c_.Emit(claim, {static_cast<int>(a), static_cast<int>(b)}, y.sentence,
                v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

 private:
  ClaimContext& c_;
};

}  // namespace

void ProposeSameQuantities(ClaimContext& c) {
  SameQuantityRule(c).SameQuantities();
}

}  // namespace claimcheck::text
