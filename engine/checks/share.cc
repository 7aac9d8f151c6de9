// Kind 3, share: part / base x 100 is the stated percent, for some true
// values within each figure's precision, with whole-number parts and bases
// when they are counts: 6 percent of 50 people is attainable (3), 7 percent
// is not (3 is 6%, 4 is 8%). The percent lies from 0 to 100, even when it is
// all the claim prints ("130 percent of the residents"). Any one of the
// three may be unstated; its implied interval is returned ("63 percent of
// 498" -> 312 to 316).
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

const Interval& Percent() {
  static const auto* range = new Interval(Interval::Closed(0, 100));
  return *range;
}

// The fraction part / base the percent figure allows.
Interval FractionOf(const Interval& percent) {
  return percent.Intersect(Percent()).Scale(Rational(1, 100));
}

void Validate(const v1::Claim&, const std::string&, const FigureTable&,
              RequestErrors*) {}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  const v1::ShareClaim& c = claim.share();
  const Figure* part = figures.Find(c.part_id());
  const Figure* base = figures.Find(c.base_id());
  const Figure* percent = figures.Find(c.percent_id());
  std::vector<std::string> missing;
  if (!part) missing.push_back("part");
  if (!base) missing.push_back("base");
  if (!percent) missing.push_back("percent");
  const std::vector<const Figure*> involved = {part, base, percent};
  // Held to 0-100 even alone: "130 percent of the residents" needs no base
  // to be wrong.
  if (percent && percent->interval.Intersect(Percent()).empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "share.percent_out_of_range",
        absl::StrCat("A share of a whole lies from 0 to 100 percent, but it "
                     "is given as ",
                     percent->Printed(), "."),
        involved);
    return;
  }
  if (missing.size() > 1) {
    AddMissing(result, "share", missing,
               "A share needs at least two of its part, base and percent.");
    return;
  }
  const Interval p = part ? part->interval : UnstatedLike(base);
  const Interval b = base ? base->interval : UnstatedLike(part);
  const Interval& unit_source = base ? base->interval : p;
  const std::string counted = base && !base->proto->unit_name().empty()
                                  ? absl::StrCat(" ", base->proto->unit_name())
                                  : "";

  if (!part) {
    const Interval implied =
        ImpliedY(b, p, FractionOf(percent->interval), work);
    if (!implied.empty()) {
      AddImplied(result, "part",
                 absl::StrCat(percent->Printed(), " of ", base->Quantity()),
                 implied);
      return;
    }
    std::string message =
        absl::StrCat("No whole number", counted, " out of ", base->Printed(),
                     " is ", percent->Printed());
    if (base->interval.IsPoint() && base->interval.lower()->value != 0 &&
        percent->interval.lower()) {
      // The attainable shares on either side of the stated one.
      const Rational n = base->interval.lower()->value;
      const Integer below =
          Ceil(Rational(percent->interval.lower()->value * n / 100)) - 1;
      absl::StrAppend(
          &message, ": ", below.get_str(), " would be ",
          ReadableString(Rational(below) / n * 100, 1), " percent and ",
          Integer(below + 1).get_str(), " would be ",
          ReadableString(Rational(below + 1) / n * 100, 1), " percent");
    }
    v1::Discrepancy* d =
        AddDiscrepancy(result, v1::SEVERITY_ERROR, "share.unattainable",
                       message + ".", involved);
    *d->mutable_stated() = ToRange(percent->interval);
    return;
  }
  if (!base) {
    const Interval implied =
        ImpliedX(b, p, FractionOf(percent->interval), work);
    if (!implied.empty()) {
      AddImplied(result, "base",
                 absl::StrCat("the whole of which ", part->Quantity(), " is ",
                              percent->Printed()),
                 implied);
      return;
    }
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "share.unattainable",
        absl::StrCat("No whole", unit_source.whole() ? "-number" : "",
                     " base makes ", part->Printed(), " equal to ",
                     percent->Printed(), "."),
        involved);
    return;
  }
  const Interval ratio = ImpliedM(b, p).Scale(100).Intersect(Percent());
  if (!percent) {
    if (!ratio.empty()) {
      AddImplied(result, "percent",
                 absl::StrCat(part->Printed(), " as a percentage of ",
                              base->Printed()),
                 ratio);
      return;
    }
    AddDiscrepancy(result, v1::SEVERITY_ERROR, "share.part_exceeds_base",
                   absl::StrCat(part->Quantity(), " is more than the whole of ",
                                base->Quantity(), "."),
                   involved);
    return;
  }
  const Interval fraction = FractionOf(percent->interval);
  const Decision decision = ProportionHolds(b, p, fraction, work);
  if (decision == Decision::kYes) return;
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "share", involved);
    return;
  }
  const Rational actual =
      base->value == 0 ? Rational(0) : part->value / base->value * 100;
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "share.mismatch",
      absl::StrCat(part->Printed(), " is ", ReadableString(actual, 1),
                   " percent of ", base->Printed(),
                   AllowingForRounding(ratio, 1), ", not ", percent->Printed(),
                   "."),
      involved);
  SetGap(d, percent->interval, ratio, percent->value, actual);
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        const Interval& pp = &f == part ? replaced : p;
        const Interval& bb = &f == base ? replaced : b;
        const Interval ff = &f == percent ? FractionOf(replaced) : fraction;
        return ProportionHolds(bb, pp, ff, work) == Decision::kYes;
      },
      d);
}

// part = percent / 100 x base, the percent in [0, 100]; an unstated one of
// the three is an auxiliary variable, as the check itself reads it.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::ShareClaim& c = claim.share();
  const Figure* part = figures.Find(c.part_id());
  const Figure* base = figures.Find(c.base_id());
  const Figure* percent = figures.Find(c.percent_id());
  if ((part == nullptr) + (base == nullptr) + (percent == nullptr) > 1) return;
  const VarId p =
      part ? model->FigureVar(*part) : model->Auxiliary(UnstatedLike(base));
  const VarId b =
      base ? model->FigureVar(*base) : model->Auxiliary(UnstatedLike(part));
  const VarId m =
      percent ? model->FigureVar(*percent) : model->Auxiliary(Percent());
  model->Within(m, Percent());
  model->Product(p, model->Affine(0, Rational(1, 100), m), b);
}

// The part and the base measure one quantity; the percent is a percent.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  refs->push_back({"part_id", -1, &claim.share().part_id()});
  refs->push_back({"base_id", -1, &claim.share().base_id()});
}

}  // namespace

Check ShareCheck() {
  Check check{v1::Claim::kShare, "share", &Validate, &Run, &Constrain};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
