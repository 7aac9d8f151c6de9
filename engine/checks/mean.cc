// Kind 7, mean: the mean is the sum of n values divided by n, for some true
// values within every figure's precision, n a whole number of at least 1.
//
// With the sum printed, sum = mean x n must hold (and the sum must be a whole
// number when the values are, one answer each). With whole-number values
// (scale answers, counts of things) the mean must pass the GRIM test: each of
// the n values is the average of `items` whole-number answers (0 means 1), so
// mean x n x items is the whole-number total of all answers, and the mean
// before rounding is a multiple of 1 / (n x items). Some such multiple must
// lie in the mean's interval, which already says how it was rounded (scrutiny's
// "up_or_down" is ROUNDING_MODE_NEAREST: both ends included).
//
//   mean "5.19" of 28 whole-number values: 5.19 stands for 5.185 to 5.195,
//   and 28 x 5.19 is 145.32, between 145/28 = 5.179 and 146/28 = 5.214
//   -> error "A mean of 5.19 from 28 whole-number values is impossible: the
//      nearest possible means are 5.18 and 5.21."
//   the same from 32 values -> consistent (166/32 = 5.1875)
//
// When n is printed loosely ("about 30") any whole n it allows will do. With
// neither a sum nor whole-number values the claim holds and its implied sum
// is returned (145.18 to 145.46 above). A mean without its n is not
// checkable. GRIMMER (the standard deviation, sd_id) is not checked yet: the
// mean is, and a claim whose mean passes is then not checkable rather than
// consistent, since its SD may still be impossible.
#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

// The whole numbers of values n may be.
Interval Counts(const Interval& n) {
  return n.Intersect(Interval::AtLeast(1)).WholeNumbers();
}

int ItemsOf(const v1::MeanClaim& c) { return c.items() > 0 ? c.items() : 1; }

// GRIM: some n in `counts` and mean in `mean` make mean x n x items whole.
Decision Granular(const Interval& mean, const Interval& counts, int items,
                  WorkContext work) {
  return ProportionHolds(counts, Interval().WholeNumbers(), mean.Scale(items),
                         work);
}

// The attainable means k / total just below and just above `mean`, which
// holds none of them.
std::pair<Rational, Rational> Neighbours(const Interval& mean,
                                         const Integer& total) {
  const Rational lowest = mean.lower()->value * total;
  const Integer above = lowest.is_integer() && mean.lower()->open
                            ? Integer(lowest.get_num() + 1)
                            : Ceil(lowest);
  return {Rational(above - 1) / total, Rational(above) / total};
}

// An attainable mean as printed with the mean's decimals ("5.20"), or with
// more when that many would print a value the mean allows.
std::string MeanText(const Rational& v, const Figure& mean) {
  int decimals = mean.Decimals();
  while (decimals < mean.Decimals() + 6 &&
         mean.interval.Contains(RoundTo(v, decimals))) {
    ++decimals;
  }
  return FixedString(v, decimals);
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.mean().items() < 0) {
    errors->Add(
        path + ".mean.items", "NEGATIVE_ITEMS",
        "the number of items per respondent cannot be negative; 0 means 1");
  }
}

// Reports the GRIM test's failure for `mean` from `n` values.
void ReportGranularity(const v1::MeanClaim& c, const Figure& mean,
                       const Figure& n, const Interval& counts,
                       const std::vector<const Figure*>& involved,
                       v1::ClaimResult* result) {
  const int items = ItemsOf(c);
  const std::string values =
      items == 1 ? " whole-number values"
                 : absl::StrCat(" values, each the average of ", items,
                                " whole-number answers,");
  std::string message = absl::StrCat("A mean of ", mean.Printed(), " from ",
                                     n.Printed(), values, " is impossible");
  if (!counts.IsPoint()) {
    v1::Discrepancy* d =
        AddDiscrepancy(result, v1::SEVERITY_ERROR, "mean.grim_inconsistent",
                       absl::StrCat(message, " for any number of values from ",
                                    counts.Text(), "."),
                       involved);
    *d->mutable_stated() = ToRange(mean.interval);
    return;
  }
  const Integer total = Integer(counts.lower()->value.get_num() * items);
  const auto [below, above] = Neighbours(mean.interval, total);
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "mean.grim_inconsistent",
      absl::StrCat(message, ": the nearest possible means are ",
                   MeanText(below, mean), " and ", MeanText(above, mean), "."),
      involved);
  const Rational nearest =
      mean.value - below <= above - mean.value ? below : above;
  SetGap(d, mean.interval, Interval::Point(nearest), mean.value, nearest);
}

// Reports that `sum` over `n` values does not give `mean`.
v1::Discrepancy* ReportMismatch(const Figure& mean, const Figure& n,
                                const Figure& sum, const Interval& sums,
                                const std::vector<const Figure*>& involved,
                                v1::ClaimResult* result) {
  const int decimals = std::max(2, mean.Decimals() + 1);
  const Interval implied = ImpliedM(Counts(n.interval), sums);
  const Rational actual = n.value == 0 ? Rational(0) : sum.value / n.value;
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "mean.mismatch",
      absl::StrCat(n.Printed(), " values adding up to ", sum.Printed(),
                   " have a mean of ", ReadableString(actual, decimals),
                   AllowingForRounding(implied, decimals), ", not ",
                   mean.Printed(), "."),
      involved);
  SetGap(d, mean.interval, implied, mean.value, actual);
  return d;
}

void CheckMean(const v1::Claim& claim, const FigureTable& figures,
               WorkContext work, v1::ClaimResult* result) {
  const v1::MeanClaim& c = claim.mean();
  const Figure* mean = figures.Find(c.mean_id());
  const Figure* n = figures.Find(c.n_id());
  const Figure* sum = figures.Find(c.sum_id());
  const std::vector<const Figure*> involved = {mean, n, sum};
  // The sum of whole numbers is whole; of averages of several, it need not be.
  const bool whole_sum = c.whole_number_values() && ItemsOf(c) == 1;
  const Interval sums =
      sum ? (whole_sum ? sum->interval.WholeNumbers() : sum->interval)
          : (whole_sum ? Interval().WholeNumbers() : Interval());

  if (!mean || !n) {
    std::vector<std::string> missing;
    if (!mean) missing.push_back("mean");
    if (!n) missing.push_back("n");
    if (sum && mean) {
      AddImplied(
          result, "n",
          absl::StrCat("the number of values with a mean of ", mean->Printed(),
                       " adding up to ", sum->Printed()),
          ImpliedX(Interval::AtLeast(1).WholeNumbers(), sums, mean->interval,
                   work));
    } else if (sum && n) {
      AddImplied(result, "mean",
                 absl::StrCat("the mean of ", n->Printed(),
                              " values adding up to ", sum->Printed()),
                 ImpliedM(Counts(n->interval), sums));
    }
    AddMissing(
        result, "mean", missing,
        mean ? absl::StrCat("The mean of ", mean->Printed(),
                            " can only be checked with the number of values it "
                            "averages; the article does not give it.")
             : "A mean claim needs the mean itself; the article does not give "
               "it.");
    return;
  }
  const Interval counts = Counts(n->interval);
  if (counts.empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "mean.no_values",
        absl::StrCat(
            "A mean needs at least one value, but the number of values "
            "is given as ",
            n->Printed(), "."),
        involved);
    return;
  }
  if (c.whole_number_values()) {
    const Decision grim = Granular(mean->interval, counts, ItemsOf(c), work);
    if (grim == Decision::kUndecided) {
      AddUndecided(result, "mean", involved);
    } else if (grim == Decision::kNo) {
      ReportGranularity(c, *mean, *n, counts, involved, result);
    }
  }
  if (!sum) {
    if (result->discrepancies().empty()) {
      AddImplied(result, "sum",
                 absl::StrCat("the sum of ", n->Printed(),
                              " values with a mean of ", mean->Printed()),
                 ImpliedY(counts, sums, mean->interval, work));
    }
    return;
  }
  if (sums.empty()) {
    AddDiscrepancy(result, v1::SEVERITY_ERROR, "mean.sum_not_whole",
                   absl::StrCat("Whole-number values cannot add up to ",
                                sum->Printed(), "."),
                   involved);
    return;
  }
  const Decision decision = ProportionHolds(counts, sums, mean->interval, work);
  if (decision == Decision::kYes) return;
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "mean", involved);
    return;
  }
  v1::Discrepancy* d = ReportMismatch(*mean, *n, *sum, sums, involved, result);
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        return ProportionHolds(
                   Counts(&f == n ? replaced : n->interval),
                   &f == sum ? (whole_sum ? replaced.WholeNumbers() : replaced)
                             : sums,
                   &f == mean ? replaced : mean->interval,
                   work) == Decision::kYes;
      },
      d);
}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  CheckMean(claim, figures, work, result);
  const Figure* sd = figures.Find(claim.mean().sd_id());
  if (sd == nullptr) return;
  for (const auto& d : result->discrepancies()) {
    if (d.severity() == v1::SEVERITY_ERROR) return;
  }
  AddDiscrepancy(
      result, v1::SEVERITY_NOT_CHECKABLE, "mean.sd_not_checked",
      absl::StrCat("The standard deviation of ", sd->Printed(),
                   " is not checked by this version of claimcheck (GRIMMER); "
                   "only the mean is."),
      {figures.Find(claim.mean().mean_id()), figures.Find(claim.mean().n_id()),
       sd});
}

// n is a whole number of at least 1; with the sum, sum = mean x n (a whole
// sum for whole-number values); with whole-number values, GRIM: mean x n x
// items is a whole number. The standard deviation is not modelled.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::MeanClaim& c = claim.mean();
  const Figure* mean = figures.Find(c.mean_id());
  const Figure* n = figures.Find(c.n_id());
  const Figure* sum = figures.Find(c.sum_id());
  if (!mean || !n) return;
  const VarId m = model->FigureVar(*mean), k = model->FigureVar(*n);
  model->Within(k, Interval::AtLeast(1).WholeNumbers());
  if (sum) {
    const VarId s = model->FigureVar(*sum);
    if (c.whole_number_values() && ItemsOf(c) == 1)
      model->Within(s, Interval().WholeNumbers());
    model->Product(s, m, k);
  }
  if (c.whole_number_values()) {
    model->Product(model->Auxiliary(Interval().WholeNumbers()),
                   model->Affine(0, ItemsOf(c), m), k);
  }
}

// The mean, the sum and the standard deviation are in the values' unit;
// n counts them.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  refs->push_back({"mean_id", -1, &claim.mean().mean_id()});
  refs->push_back({"sum_id", -1, &claim.mean().sum_id()});
  refs->push_back({"sd_id", -1, &claim.mean().sd_id()});
}

}  // namespace

Check MeanCheck() {
  Check check{v1::Claim::kMean, "mean", &Validate, &Run, &Constrain};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
