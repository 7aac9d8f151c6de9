// Kind 6, rate: rate = count / population x N ("17.4 per 100,000
// residents"), for some true values within every figure's precision, whole
// numbers where they are counts. N is read like a printed figure ("100,000",
// "100k", "1 million") from the rate figure's rate_per or from its text
// ("17.4 per 100,000").
//
//   215 cases among 1,234,567 residents, rate "17.4" per 100,000
//   -> consistent (215 / 1,234,567 x 100,000 = 17.415)
//   the same with rate "1.74" -> error "215 cases among 1,234,567 residents
//   is 17.415 per 100,000, not 1.74 per 100,000."
//
// A rate printed with a percent sign ("17.4% per 100,000", or a figure whose
// unit is percent) is a slip with CAUSE_PERCENT_FOR_RATE: a warning when the
// number holds as a rate per N, an error when it does not. With the count or
// the population unstated, its implied value is returned.
//
// A rate printed as a percentage with no N ("17.4%") is a rate per 100, as
// any percentage is. When it fails so, and holds per 1,000, 10,000, 100,000
// or 1,000,000 (the first that fits), the percent sign was printed on a rate
// per N: a warning with CAUSE_PERCENT_FOR_RATE.
//
//   215 cases among 1,234,567 residents, rate "17.4%"
//   -> warning "17.4% is given as a percentage, but the claim holds only if
//      it is a rate per 100,000."
//
// Such a claim takes no part in the article-level check: which N it means
// is a guess. A rate claim whose rate figure has no N (and no percent sign),
// or N = 0, cannot be read: the
// request fails with MISSING_RATE_PER at claims[i].rate.rate_id, the claim's
// field, since the figure alone may be a fine amount. An N that cannot be
// read fails earlier, with BAD_RATE_PER at figures[j].rate_per (or .text).
#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

bool PrintedAsPercent(const Figure& rate) {
  const std::string lowered = absl::AsciiStrToLower(rate.text());
  return rate.unit == v1::UNIT_PERCENT || absl::StrContains(lowered, "%") ||
         absl::StrContains(lowered, "percent") ||
         absl::StrContains(lowered, "per cent") ||
         absl::StrContains(lowered, "pct");
}

// "17.4 per 100,000", as printed when the text has the N; a percentage that
// prints no N as printed ("17.4%").
// A rate per one names its unit instead ("about 38 trees per square metre",
// not "about 38 per 1") when the figure has a unit name.
std::string RateText(const Figure& rate) {
  const std::string lowered = absl::StrReplaceAll(
      absl::AsciiStrToLower(rate.text()), {{"per cent", ""}});
  if (absl::StrContains(lowered, "per ") || rate.rate_per == 0)
    return rate.text();
  if (rate.rate_per == 1 && !rate.proto->unit_name().empty())
    return rate.Quantity();
  return absl::StrCat(rate.text(), " per ", ReadableString(rate.rate_per, 4));
}

// What follows a computed rate: " per 100,000", "%" for a percentage, or the
// rate's unit name for a rate per one (" trees per square metre").
std::string PerText(const Figure& rate, const Rational& rate_per) {
  if (rate.rate_per == 0) return "%";
  if (rate_per == 1 && !rate.proto->unit_name().empty())
    return absl::StrCat(" ", rate.proto->unit_name());
  return absl::StrCat(" per ", ReadableString(rate_per, 4));
}

// The Ns a rate is commonly given per, tried in this order on a percentage
// that fails as a percentage and prints no N.
constexpr int64_t kCommonRatePers[] = {1000, 10000, 100000, 1000000};

bool HasError(const v1::ClaimResult& result) {
  for (const v1::Discrepancy& d : result.discrepancies()) {
    if (d.severity() == v1::SEVERITY_ERROR) return true;
  }
  return false;
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable& figures, RequestErrors* errors) {
  const std::string& id = claim.rate().rate_id();
  if (id.empty()) {
    errors->Add(path + ".rate.rate_id", "MISSING_FIGURE",
                "a rate claim needs the figure of the rate, such as \"17.4\" "
                "in \"17.4 per "
                "100,000\"");
    return;
  }
  const Figure* rate = figures.Find(id);
  // A percentage that prints no N is a rate per 100 (RunPercent).
  if (rate != nullptr && rate->rate_per == 0 && !PrintedAsPercent(*rate)) {
    errors->Add(path + ".rate.rate_id", "MISSING_RATE_PER",
                absl::StrCat("the rate figure \"", id,
                             "\" needs rate_per, the N of \"per N\" "
                             "as printed, such as \"100,000\""));
  }
}

// The check with the rate read per `rate_per`; `percent` when a percent sign
// printed on a rate per N is the slip to report.
void RunPer(const v1::Claim& claim, const FigureTable& figures,
            const Rational& rate_per, bool percent, WorkContext work,
            v1::ClaimResult* result) {
  const v1::RateClaim& c = claim.rate();
  const Figure* count = figures.Find(c.count_id());
  const Figure* population = figures.Find(c.population_id());
  const Figure* rate = figures.Find(c.rate_id());
  const std::vector<const Figure*> involved = {count, population, rate};
  // count / population.
  const Interval fraction = rate->interval.Scale(1 / rate_per);
  auto warn_percent = [&] {
    v1::Discrepancy* d = AddDiscrepancy(
        result, v1::SEVERITY_WARNING, "rate.percent_for_rate",
        absl::StrCat(rate->Printed(),
                     " is given as a percentage, but it is a rate per ",
                     ReadableString(rate_per, 4), "."),
        involved);
    d->set_cause(v1::CAUSE_PERCENT_FOR_RATE);
  };

  if (!count && !population) {
    AddMissing(result, "rate", {"count", "population"},
               absl::StrCat(
                   "The rate of ", RateText(*rate),
                   " can only be checked with the count and the population it "
                   "comes from; the article gives neither."));
    return;
  }
  // A population that cannot be above zero, or one printed 0 (which may be
  // a little above it, "0" of a rounded amount, but gives no rate to state).
  if (population &&
      (population->value == 0 ||
       population->interval.Intersect(Interval::AtLeast(0, /*open=*/true))
           .empty())) {
    AddDiscrepancy(result, v1::SEVERITY_NOT_CHECKABLE, "rate.undefined",
                   absl::StrCat("A rate among ", population->Quantity(),
                                " is not defined."),
                   involved);
    return;
  }
  if (!count || !population) {
    const Interval implied = ImpliedUnstated(population, count, fraction, work);
    const Figure* stated = count ? count : population;
    if (implied.empty()) {
      AddDiscrepancy(
          result, v1::SEVERITY_ERROR, "rate.impossible",
          absl::StrCat("No ",
                       stated->interval.whole() ? "whole number" : "value",
                       " fits a rate of ", RateText(*rate), " with ",
                       stated->Quantity(), "."),
          involved);
      return;
    }
    if (count) {
      AddImplied(result, "population",
                 absl::StrCat("the population in which ", count->Quantity(),
                              " is ", RateText(*rate)),
                 implied);
    } else {
      AddImplied(result, "count",
                 absl::StrCat(RateText(*rate), " of ", population->Quantity()),
                 implied);
    }
    if (percent) warn_percent();
    return;
  }

  const Decision decision =
      ProportionHolds(population->interval, count->interval, fraction, work);
  if (decision == Decision::kYes) {
    if (percent) warn_percent();
    return;
  }
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "rate", involved);
    return;
  }
  // A percentage read as a rate per 100 is often small: 0.017%, not 0.02%.
  // A rate far below one keeps two significant digits: 0.038, not 0.
  const Rational actual = count->value / population->value * rate_per;
  const int decimals =
      std::max({rate->rate_per == 0 ? 3 : 1, rate->Decimals() + 1,
                DecimalsForSignificant(actual, 2)});
  const Interval implied =
      ImpliedM(population->interval, count->interval).Scale(rate_per);
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "rate.mismatch",
      absl::StrCat(count->Quantity(), " among ", population->Quantity(), " is ",
                   ReadableString(actual, decimals), PerText(*rate, rate_per),
                   AllowingForRounding(implied, decimals), ", not ",
                   RateText(*rate),
                   percent ? ", and a rate per N is not a percentage." : "."),
      involved);
  SetGap(d, rate->interval, implied, rate->value, actual);
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        return ProportionHolds(
                   &f == population ? replaced : population->interval,
                   &f == count ? replaced : count->interval,
                   &f == rate ? replaced.Scale(1 / rate_per) : fraction,
                   work) == Decision::kYes;
      },
      d);
  // The percent sign is a slip for certain, whatever else may be.
  if (percent) d->set_cause(v1::CAUSE_PERCENT_FOR_RATE);
}

// A rate printed as a percentage with no N ("17.4%"): a rate per 100, as a
// percentage is. When it fails so and holds per one of the common Ns, the
// percent sign was printed on a rate per N: a warning with
// CAUSE_PERCENT_FOR_RATE, and the implied values of that reading.
void RunPercent(const v1::Claim& claim, const FigureTable& figures,
                WorkContext work, v1::ClaimResult* result) {
  RunPer(claim, figures, 100, /*percent=*/false, work, result);
  if (!HasError(*result)) return;
  const Figure* rate = figures.Find(claim.rate().rate_id());
  for (int64_t n : kCommonRatePers) {
    v1::ClaimResult reread;
    RunPer(claim, figures, Rational(Integer(n)), /*percent=*/false, work,
           &reread);
    if (HasError(reread) || reread.discrepancies_size() > 0) continue;
    const std::vector<const Figure*> involved = {
        figures.Find(claim.rate().count_id()),
        figures.Find(claim.rate().population_id()), rate};
    result->clear_discrepancies();
    result->clear_implied_values();
    result->mutable_implied_values()->CopyFrom(reread.implied_values());
    v1::Discrepancy* d = AddDiscrepancy(
        result, v1::SEVERITY_WARNING, "rate.percent_for_rate",
        absl::StrCat(rate->Printed(),
                     " is given as a percentage, but the claim holds only if "
                     "it is a rate per ",
                     ReadableString(Rational(Integer(n)), 4), "."),
        involved);
    d->set_cause(v1::CAUSE_PERCENT_FOR_RATE);
    return;
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  const Figure* rate = figures.Find(claim.rate().rate_id());
  if (rate->rate_per == 0) {
    RunPercent(claim, figures, work, result);
    return;
  }
  RunPer(claim, figures, rate->rate_per, PrintedAsPercent(*rate), work, result);
}

// With the count and the population: count = rate / N x population.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::RateClaim& c = claim.rate();
  const Figure* count = figures.Find(c.count_id());
  const Figure* population = figures.Find(c.population_id());
  const Figure* rate = figures.Find(c.rate_id());
  if (!count || !population || rate->rate_per == 0) return;
  if (population->interval.Intersect(Interval::AtLeast(0, /*open=*/true))
          .empty())
    return;
  model->Product(model->FigureVar(*count),
                 model->Affine(0, 1 / rate->rate_per, model->FigureVar(*rate)),
                 model->FigureVar(*population));
}

}  // namespace

Check RateCheck() {
  return {v1::Claim::kRate, "rate", &Validate, &Run, &Constrain};
}

}  // namespace claimcheck
