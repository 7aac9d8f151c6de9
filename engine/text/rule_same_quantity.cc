// The same quantity printed twice.
//
//   "arrested 498 people nationwide" ... "nearly 500 people"
//                                    one count of the same thing, one
//                                    printed with a qualifier, one a whole
//                                    ("nationwide"), values that overlap
//                                    and are printed within a tenth of
//                                    each other
//   "Survey of 30 U.S. Cities Shows Nearly 10 Percent Drop in Homicides"
//   then "crime data from 30 U.S. cities ... a drop of more than 9
//   percent"                         a headline's figure, the first figure
//                                    of the story after it with the same
//                                    unit and what it counts and a value
//                                    that overlaps; a headline is a heading,
//                                    or one of the blocks opening the text
//                                    that end without a full stop
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
        // A bound ("as many as 9,979") overlaps any smaller count: the
        // values are printed close too.
        if (x.interval.Intersect(y.interval).empty() ||
            !Close(x.value, y.value)) {
          continue;
        }
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

  // ---- A headline's figure printed again in the story ----

  void Headlines() {
    const int n = static_cast<int>(c_.doc().blocks().size());
    std::vector<bool> headline(n, false);
    bool opening = true;  // the blocks before the first full sentence
    for (int s = 0; s < c_.sentences(); ++s) {
      const int b = c_.sentence(s).block;
      if (b < 0 || b >= n) continue;
      const std::string& kind = c_.doc().blocks()[b].kind;
      const bool heading = kind.size() == 2 && kind[0] == 'h' &&
                           kind[1] >= '1' && kind[1] <= '6';
      const bool one =
          (s == 0 || c_.sentence(s - 1).block != b) &&
          (s + 1 == c_.sentences() || c_.sentence(s + 1).block != b);
      opening = opening && kind != "li" && one && !FullStop(s);
      headline[b] = heading || opening;
    }
    for (int a = 0; a < c_.mentions(); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || x.first_token < 0 ||
          x.sentence >= c_.sentences() ||
          !headline[c_.sentence(x.sentence).block]) {
        continue;
      }
      for (int b = a + 1; b < c_.mentions() && b < a + 200; ++b) {
        const Mention& y = c_.m(b);
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || y.first_token < 0 ||
            y.sentence >= c_.sentences() ||
            headline[c_.sentence(y.sentence).block]) {
          continue;
        }
        // The values overlap and are printed close ("as many as 100" is no
        // restatement of "eight").
        if (!Alike(x, y) || x.interval.Intersect(y.interval).empty() ||
            !Close(x.value, y.value)) {
          continue;
        }
        if (c_.Proposed(v1::Claim::kSameQuantity, {a, b})) break;
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(b), "-same"));
        claim.mutable_same_quantity()->add_figure_ids(c_.id(a));
        claim.mutable_same_quantity()->add_figure_ids(c_.id(b));
        c_.Emit(claim, {a, b}, y.sentence, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(x.sentence, x.first_token, x.end_token - 1),
                 c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

 private:
  // Whether sentence s ends with a full stop (or "!", "?").
  bool FullStop(int s) const {
    const Words w = c_.W(s);
    for (int k = w.size() - 1; k >= 0; --k) {
      if (w.at(k).kind == TokenKind::kSpace) continue;
      if (w.IsPunct(k, "\xE2\x80\x9D") || w.IsPunct(k, "\"") ||
          w.IsPunct(k, ")")) {
        continue;
      }
      return w.IsPunct(k, ".") || w.IsPunct(k, "!") || w.IsPunct(k, "?");
    }
    return false;
  }

  // Whether a and b differ by at most a tenth of the larger.
  static bool Close(const Rational& a, const Rational& b) {
    const Rational d = a > b ? a - b : b - a;
    const Rational m = a > b ? a : b;
    return d * Rational(10) <= m;
  }

  // One unit, and what each counts, when both say, alike.
  static bool Alike(const Mention& x, const Mention& y) {
    if (ClaimContext::UnitFamily(x) != ClaimContext::UnitFamily(y) ||
        (x.unit == v1::UNIT_MULTIPLE) != (y.unit == v1::UNIT_MULTIPLE)) {
      return false;
    }
    if (x.unit_name.empty() || y.unit_name.empty() || x.inherited_unit ||
        y.inherited_unit) {
      return true;
    }
    // The same last word or the same first ("Cities Shows", "cities").
    const std::string a = absl::AsciiStrToLower(x.unit_name);
    const std::string b = absl::AsciiStrToLower(y.unit_name);
    return Head(a) == Head(b) ||
           a.substr(0, a.find(' ')) == b.substr(0, b.find(' '));
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeSameQuantities(ClaimContext& c) {
  SameQuantityRule rule(c);
  rule.SameQuantities();
  rule.Headlines();
}

}  // namespace claimcheck::text
