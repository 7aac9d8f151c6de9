// Kind 4, shares of one whole add up to 100: the rounded percentages of an
// exhaustive breakdown must allow a sum of exactly 100, each share lying
// between 0 and 100. 33 + 33 + 33 is fine (each may be 33.33...);
// 50 + 40 + 5 is not (at most 96.5). Shares that need not be exhaustive
// (`partial`: "among them") must add up to at most 100: 60 + 35 + 12 of one
// whole cannot all be (at least 105.5).
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

Interval Share(const Interval& printed) {
  return printed.Intersect(Interval::Closed(0, 100));
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.shares_sum().percent_ids_size() < 2) {
    errors->Add(path + ".shares_sum.percent_ids", "TOO_FEW_SHARES",
                "shares that add up to 100 need at least two percentages");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  std::vector<const Figure*> shares;
  Interval sum = Interval::Point(0);
  Rational printed = 0;
  for (const auto& id : claim.shares_sum().percent_ids()) {
    const Figure* f = figures.Find(id);
    shares.push_back(f);
    sum = sum.Plus(Share(f->interval));
    printed += f->value;
  }
  const bool partial = claim.shares_sum().partial();
  // What the shares may add up to: exactly 100, or with `partial` anything
  // up to it.
  const Interval whole =
      partial ? Interval::Closed(0, 100) : Interval::Point(100);
  auto fits = [&whole](const Interval& s) {
    return !s.Intersect(whole).empty();
  };
  if (fits(sum)) return;
  // The shares' sum with `f` read as `replaced`: what a correction makes it.
  auto sum_with = [&shares](const Figure& f, const Interval& replaced) {
    Interval s = Interval::Point(0);
    for (const Figure* g : shares)
      s = s.Plus(Share(g == &f ? replaced : g->interval));
    return s;
  };
  // Where a share must reach for the sum to fit, the others as printed: the
  // whole less the other shares (for a figure given as two shares, anywhere).
  auto may = [&](const Figure& f) {
    Interval others = Interval::Point(0);
    int times = 0;
    for (const Figure* g : shares) {
      if (g == &f) {
        ++times;
      } else {
        others = others.Plus(Share(g->interval));
      }
    }
    return times == 1 ? whole.Plus(others.Negate()) : Interval();
  };
  if (partial) {
    v1::Discrepancy* d = AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "shares_sum.over_100",
        absl::StrCat("The ", shares.size(), " shares of one whole add up to ",
                     ReadableString(printed), " percent",
                     AllowingForRounding(sum), ", more than the whole: ",
                     ReadableString(printed - 100), " points over."),
        shares);
    SetGap(d, whole, sum, 100, printed);
    SuggestCorrections(
        shares,
        [&](const Figure& f, const Interval& replaced) {
          return fits(sum_with(f, replaced));
        },
        d, 3, may);
    return;
  }
  const Rational gap = 100 - printed;
  v1::Discrepancy* d =
      AddDiscrepancy(result, v1::SEVERITY_ERROR, "shares_sum.not_100",
                     absl::StrCat("The ", shares.size(), " shares add up to ",
                                  ReadableString(printed), " percent",
                                  AllowingForRounding(sum),
                                  ", not 100: ", ReadableString(abs(gap)),
                                  " points ", gap > 0 ? "short." : "over."),
                     shares);
  SetGap(d, Interval::Point(100), sum, 100, printed);
  SuggestCorrections(
      shares,
      [&](const Figure& f, const Interval& replaced) {
        return sum_with(f, replaced).Contains(100);
      },
      d, 3, may);
}

// Each share lies in [0, 100], and they add up to 100 (with `partial`, to
// at most 100).
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  std::vector<LinearTerm> terms;
  for (const auto& id : claim.shares_sum().percent_ids()) {
    const VarId share = model->FigureVar(*figures.Find(id));
    model->Within(share, Interval::Closed(0, 100));
    terms.push_back({Rational(1), share});
  }
  model->Linear(terms, claim.shares_sum().partial() ? Interval::Closed(0, 100)
                                                    : Interval::Point(100));
}

// The shares are parts of one whole, in percent.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  const auto& ids = claim.shares_sum().percent_ids();
  for (int i = 0; i < ids.size(); ++i)
    refs->push_back({"percent_ids[]", i, &ids[i]});
}

}  // namespace

Check SharesSumCheck() {
  Check check{v1::Claim::kSharesSum, "shares_sum", &Validate, &Run, &Constrain};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
