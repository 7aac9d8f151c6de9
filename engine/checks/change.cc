// Kind 5, change: a value went from `from` to `to` by the stated change,
// measured as a percent change ((to - from) / from x 100), percentage points
// or an absolute difference (to - from), or a multiple (to / from). A
// direction word ("rose", "fell") gives the sign, so "fell -5%" is a fall of
// 5 percent, not a rise (SignOf). Decided exactly for some
// true values within every figure's precision.
//
// When the claim fails as worded, the readings a careful editor would not
// assume are tried: the opposite direction (an error: "rose" for a fall),
// percent measured from the later value, and percent for percentage points
// (warnings). When it holds, but only at the edge of what its endpoints stand
// for, while one of those readings holds at the printed endpoints, it is a
// warning too (change.rounding_edge; the edge rule, edge.h): "from 85
// percent to 81 percent, a fall of 4 percent" holds for about a third of the
// endpoints' values, 4 percentage points at 85 and 81. Without both endpoints a
// change is not checkable, except that a fall of more than 100 percent is
// flagged: it needs a value below zero.
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/checks/diagnosis.h"
#include "engine/checks/edge.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"
#include "engine/reading/units.h"

namespace claimcheck {
namespace {

v1::ChangeMeasure MeasureOf(const v1::ChangeClaim& c, const Figure& change) {
  if (c.measure() != v1::CHANGE_MEASURE_UNSPECIFIED) return c.measure();
  return ChangeMeasureOf(change.unit);
}

// True when every value of `multiple` is at most 1.
bool BelowOne(const Interval& multiple) {
  return multiple.upper().has_value() && multiple.upper()->value <= 1;
}

// The factor to / from that a percent change or multiple allows; nullopt when
// there is none (a multiple of zero or less "down").
std::optional<Interval> Factor(v1::ChangeMeasure measure,
                               const Interval& change, int sign) {
  if (measure == v1::CHANGE_MEASURE_PERCENT) {
    return change.Scale(Rational(sign, 100)).Plus(Interval::Point(1));
  }
  // "fell threefold": to = from / 3; a multiple below 1 ("halved", 0.5)
  // says to / from already, whatever the direction word.
  if (sign > 0 || BelowOne(change)) return change;
  return Reciprocal(change.Intersect(Interval::AtLeast(0, true)));
}

// Whether a change figure is printed below zero ("-31.3", "−5%"): it has
// no value above zero, and is not 0 itself.
bool PrintedNegative(const Interval& change) {
  return change.Intersect(Interval::AtLeast(0, /*open=*/true)).empty() &&
         !change.Intersect(Interval::AtMost(0, /*open=*/true)).empty();
}

// What the change figure is multiplied by to give the change as a signed
// amount. A direction word gives the sign of the change: a figure printed
// with a minus beside "fell" says the fall twice ("fell -31.3 points",
// "down (-5%)"), and beside "rose" is read by the word; without a word the
// figure's own sign counts.
int SignOf(const v1::ChangeClaim& c, const Interval& change) {
  if (c.direction() == v1::DIRECTION_UNSPECIFIED) return 1;
  const int word = c.direction() == v1::DIRECTION_DOWN ? -1 : 1;
  return PrintedNegative(change) ? -word : word;
}

// Whether the claim states a fall: by its word, or by its figure's sign.
bool StatesFall(const v1::ChangeClaim& c, const Interval& change) {
  if (c.direction() == v1::DIRECTION_UNSPECIFIED) {
    return PrintedNegative(change);
  }
  return c.direction() == v1::DIRECTION_DOWN;
}

bool Multiplicative(v1::ChangeMeasure m) {
  return m == v1::CHANGE_MEASURE_PERCENT || m == v1::CHANGE_MEASURE_MULTIPLE;
}

// Whether to = from (op) change can hold under `measure` and `sign`.
Decision Holds(v1::ChangeMeasure measure, const Interval& from,
               const Interval& to, const Interval& change, int sign,
               WorkContext work) {
  if (Multiplicative(measure)) {
    auto factor = Factor(measure, change, sign);
    if (!factor) return Decision::kNo;
    return ProportionHolds(from, to, *factor, work);
  }
  const Interval difference = to.Plus(from.Negate());
  return difference.Intersect(change.Scale(sign)).empty() ? Decision::kNo
                                                          : Decision::kYes;
}

// The change the endpoints imply, in the claim's measure and direction.
Interval ImpliedChange(v1::ChangeMeasure measure, const Interval& from,
                       const Interval& to, int sign) {
  if (measure == v1::CHANGE_MEASURE_PERCENT) {
    return ImpliedM(from, to).Plus(Interval::Point(-1)).Scale(100 * sign);
  }
  if (measure == v1::CHANGE_MEASURE_MULTIPLE) {
    const Interval m = ImpliedM(from, to);
    return sign > 0 ? m : ImpliedM(to, from);
  }
  return to.Plus(from.Negate()).Scale(sign);
}

Rational PrintedChange(v1::ChangeMeasure measure, const Rational& from,
                       const Rational& to) {
  if (measure == v1::CHANGE_MEASURE_PERCENT)
    return from == 0 ? Rational(0) : (to - from) / from * 100;
  if (measure == v1::CHANGE_MEASURE_MULTIPLE)
    return from == 0 ? Rational(0) : to / from;
  return to - from;
}

std::string Describe(v1::ChangeMeasure measure, const Rational& actual) {
  switch (measure) {
    case v1::CHANGE_MEASURE_PERCENT:
      return absl::StrCat(actual < 0 ? "a fall of " : "a rise of ",
                          ReadableString(abs(actual), 1), " percent");
    case v1::CHANGE_MEASURE_PERCENTAGE_POINTS:
      return absl::StrCat(actual < 0 ? "a fall of " : "a rise of ",
                          ReadableString(abs(actual), 1), " points");
    case v1::CHANGE_MEASURE_MULTIPLE:
      return absl::StrCat(ReadableString(actual, 2),
                          " times the earlier value");
    default:
      return absl::StrCat(actual < 0 ? "a fall of " : "a rise of ",
                          ReadableString(abs(actual)));
  }
}

// Whether `f` is a percentage that the request says is a share of a whole,
// so lies from 0 to 100 (docs/spec.md, "Percentages of a whole").
bool ShareOfWhole(const Figure* f) {
  return f != nullptr && f->unit == v1::UNIT_PERCENT &&
         f->proto->percent_scope() == v1::PERCENT_SCOPE_SHARE;
}

const Interval& Whole() {
  static const auto* range = new Interval(Interval::Closed(0, 100));
  return *range;
}

// The domain of an unstated endpoint: like the stated one, a whole number
// when it is a count, from 0 to 100 when it is a share of a whole.
Interval DomainLike(const Figure* other) {
  if (other == nullptr) return Interval();
  if (other->interval.whole()) return Interval::AtLeast(0).WholeNumbers();
  if (ShareOfWhole(other)) return Whole();
  return Interval();
}

// `endpoint`, a share of a whole, with its interval held to 0 to 100, in
// `held`; nullptr when it has no value there.
const Figure* HeldToWhole(const Figure* endpoint, Figure* held) {
  if (!ShareOfWhole(endpoint)) return endpoint;
  *held = *endpoint;
  held->interval = endpoint->interval.Intersect(Whole());
  return held->interval.empty() ? nullptr : held;
}

// "5" of "5 percent", "+5%" or "5 points".
std::string NumberOf(const Figure& f) {
  const std::string lowered = absl::AsciiStrToLower(f.text());
  size_t cut = f.text().size();
  for (const char* word :
       {"%", " percent", " per cent", " percentage", " point", " pp"}) {
    cut = std::min(cut, lowered.find(word));
  }
  return f.text().substr(0, cut);
}

// The edge rule (edge.h) for a change that holds: a warning when it holds
// only for a minority of the values its endpoints stand for and a reading a
// careful editor would not assume, percent for percentage points (or the
// reverse) or a percent measured from the later value, holds at the printed
// endpoints.
void ReportEdge(v1::ChangeMeasure measure, int sign, const Figure& from,
                const Figure& to, const Figure& change, WorkContext work,
                v1::ClaimResult* result) {
  const bool percents =
      from.unit == v1::UNIT_PERCENT && to.unit == v1::UNIT_PERCENT;
  const bool points_reading =
      percents && (measure == v1::CHANGE_MEASURE_PERCENT ||
                   measure == v1::CHANGE_MEASURE_PERCENTAGE_POINTS);
  const bool base_reading = measure == v1::CHANGE_MEASURE_PERCENT;
  if (!points_reading && !base_reading) return;
  const std::optional<std::vector<Interval>> printed =
      PrintedValues({&from, &to});
  if (!printed) return;
  const Interval& f = (*printed)[0];
  const Interval& t = (*printed)[1];
  const v1::ChangeMeasure other = measure == v1::CHANGE_MEASURE_PERCENT
                                      ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                                      : v1::CHANGE_MEASURE_PERCENT;
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  if (points_reading &&
      Holds(other, f, t, change.interval, sign, work) == Decision::kYes) {
    cause = v1::CAUSE_PERCENT_VS_POINTS;
  } else if (base_reading && Holds(measure, t, f, change.interval, -sign,
                                   work) == Decision::kYes) {
    cause = v1::CAUSE_WRONG_BASE;
  } else {
    return;
  }
  const std::optional<Rational> share =
      MinorityShare({&from, &to}, [&](const std::vector<Interval>& at) {
        return Holds(measure, at[0], at[1], change.interval, sign, work) ==
               Decision::kYes;
      });
  if (!share) return;

  const Rational actual = PrintedChange(measure, from.value, to.value) * sign;
  const std::string edge =
      absl::StrCat(change.Printed(),
                   " holds only at the edge of the figures' rounding, for ",
                   ShareWords(*share), " the values they stand for, while ");
  std::string message =
      absl::StrCat("From ", from.Printed(), " to ", to.Printed(), " is ",
                   Describe(measure, actual * sign));
  if (cause == v1::CAUSE_PERCENT_VS_POINTS) {
    const Rational as_other = PrintedChange(other, from.value, to.value) * sign;
    absl::StrAppend(
        &message, ", or of ", ReadableString(abs(as_other), 1),
        other == v1::CHANGE_MEASURE_PERCENT ? " percent" : " points", ": ",
        edge, NumberOf(change),
        other == v1::CHANGE_MEASURE_PERCENT ? " percent" : " percentage points",
        " fits them as printed.");
  } else {
    absl::StrAppend(&message, ": ", edge, "measured from the later value, ",
                    to.Printed(), ", ", change.Printed(),
                    " fits them as printed.");
  }
  v1::Discrepancy* d =
      AddDiscrepancy(result, v1::SEVERITY_WARNING, "change.rounding_edge",
                     std::move(message), {&from, &to, &change});
  SetGap(d, change.interval,
         ImpliedChange(measure, from.interval, to.interval, sign), change.value,
         actual);
  d->set_cause(cause);
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.change().change_id().empty()) {
    errors->Add(path + ".change.change_id", "MISSING_FIGURE",
                "a change claim needs the figure of the change");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  const v1::ChangeClaim& c = claim.change();
  const Figure* from = figures.Find(c.from_id());
  const Figure* to = figures.Find(c.to_id());
  const Figure* change = figures.Find(c.change_id());
  // A share of a whole lies from 0 to 100, printed or not.
  Figure held_from, held_to;
  for (auto [endpoint, held, role] :
       {std::make_tuple(&from, &held_from, "earlier"),
        std::make_tuple(&to, &held_to, "later")}) {
    const Figure* printed = *endpoint;
    *endpoint = HeldToWhole(printed, held);
    if (printed != nullptr && *endpoint == nullptr) {
      AddDiscrepancy(
          result, v1::SEVERITY_ERROR, "change.percent_out_of_range",
          absl::StrCat("A share of a whole lies from 0 to 100 percent, but "
                       "the ",
                       role, " value is given as ", printed->Printed(), "."),
          {printed});
      return;
    }
  }
  const v1::ChangeMeasure measure = MeasureOf(c, *change);
  const int sign = SignOf(c, change->interval);
  const std::vector<const Figure*> involved = {from, to, change};
  const bool fall_over_100 =
      measure == v1::CHANGE_MEASURE_PERCENT &&
      change->interval.Scale(sign).Intersect(Interval::AtLeast(-100)).empty();

  if (!from || !to) {
    std::vector<std::string> missing;
    if (!from) missing.push_back("from");
    if (!to) missing.push_back("to");
    if (fall_over_100 && !from && !to) {
      v1::Discrepancy* d = AddDiscrepancy(
          result, v1::SEVERITY_WARNING, "change.fall_over_100_percent",
          absl::StrCat("A fall of ", change->Printed(),
                       " takes a value below zero, which only quantities that "
                       "can be negative do."),
          involved);
      d->set_cause(v1::CAUSE_FALL_OVER_100_PERCENT);
      return;
    }
    const Interval f = from ? from->interval : DomainLike(to);
    const Interval t = to ? to->interval : DomainLike(from);
    if (from || to) {
      // One endpoint: the other is implied, and must exist at all.
      std::optional<Interval> implied;
      if (Multiplicative(measure)) {
        if (auto factor = Factor(measure, change->interval, sign)) {
          implied = from ? ImpliedY(f, t, *factor, work)
                         : ImpliedX(f, t, *factor, work);
        } else {
          implied = Interval::Empty();
        }
      } else {
        const Interval step = change->interval.Scale(sign);
        implied = from ? f.Plus(step).Intersect(t)
                       : t.Plus(step.Negate()).Intersect(f);
        if (implied->whole()) implied = implied->WholeNumbers();
      }
      if (implied->empty()) {
        AddDiscrepancy(result, v1::SEVERITY_ERROR, "change.impossible",
                       absl::StrCat("No ", from ? "later" : "earlier",
                                    " value fits a change of ",
                                    change->Printed(), from ? " from " : " to ",
                                    (from ? from : to)->Printed(), "."),
                       involved);
        return;
      }
      AddImplied(result, from ? "to" : "from",
                 absl::StrCat("the ", from ? "later" : "earlier", " value"),
                 *implied);
    }
    AddMissing(
        result, "change", missing,
        absl::StrCat("The change of ", change->Printed(),
                     " can only be checked with the values it runs from and "
                     "to; the article does not give ",
                     missing.size() == 2
                         ? "either"
                         : (from ? "the later one" : "the earlier one"),
                     "."));
    return;
  }

  if (Multiplicative(measure) &&
      from->interval.Intersect(Interval::AtLeast(0, true)).empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_NOT_CHECKABLE, "change.undefined",
        absl::StrCat("A ",
                     measure == v1::CHANGE_MEASURE_PERCENT ? "percent change"
                                                           : "multiple",
                     " from ", from->Printed(), " is not defined."),
        involved);
    return;
  }
  const Decision decision = Holds(measure, from->interval, to->interval,
                                  change->interval, sign, work);
  if (decision == Decision::kYes) {
    ReportEdge(measure, sign, *from, *to, *change, work, result);
    return;
  }
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "change", involved);
    return;
  }

  const Rational actual = PrintedChange(measure, from->value, to->value) * sign;
  const bool to_over_from =
      measure == v1::CHANGE_MEASURE_MULTIPLE && BelowOne(change->interval);
  const Interval implied = ImpliedChange(measure, from->interval, to->interval,
                                         to_over_from ? 1 : sign);
  const std::string fromto =
      absl::StrCat("From ", from->Printed(), " to ", to->Printed(), " is ");
  auto report = [&](v1::Severity severity, const std::string& code,
                    const std::string& message, v1::Cause cause) {
    v1::Discrepancy* d =
        AddDiscrepancy(result, severity, code, message, involved);
    SetGap(d, change->interval, implied, change->value, actual);
    if (cause != v1::CAUSE_UNSPECIFIED) d->set_cause(cause);
    return d;
  };

  if (c.direction() != v1::DIRECTION_UNSPECIFIED &&
      Holds(measure, from->interval, to->interval, change->interval, -sign,
            work) == Decision::kYes) {
    report(
        v1::SEVERITY_ERROR, "change.direction_reversed",
        absl::StrCat(fromto, Describe(measure, actual * sign), ", not a ",
                     c.direction() == v1::DIRECTION_UP ? "rise" : "fall", "."),
        v1::CAUSE_DIRECTION_REVERSED);
    return;
  }
  if (measure == v1::CHANGE_MEASURE_PERCENT &&
      Holds(measure, to->interval, from->interval, change->interval, -sign,
            work) == Decision::kYes) {
    report(v1::SEVERITY_WARNING, "change.wrong_base",
           absl::StrCat(fromto, Describe(measure, actual * sign), "; ",
                        change->Printed(),
                        " holds only if measured from the later value, ",
                        to->Printed(), "."),
           v1::CAUSE_WRONG_BASE);
    return;
  }
  const bool percents =
      from->unit == v1::UNIT_PERCENT && to->unit == v1::UNIT_PERCENT;
  if (percents && (measure == v1::CHANGE_MEASURE_PERCENT ||
                   measure == v1::CHANGE_MEASURE_PERCENTAGE_POINTS)) {
    const v1::ChangeMeasure other = measure == v1::CHANGE_MEASURE_PERCENT
                                        ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                                        : v1::CHANGE_MEASURE_PERCENT;
    if (Holds(other, from->interval, to->interval, change->interval, sign,
              work) == Decision::kYes) {
      report(v1::SEVERITY_WARNING, "change.percent_vs_points",
             absl::StrCat(fromto, Describe(measure, actual * sign), "; ",
                          change->Printed(), " holds only if it means ",
                          other == v1::CHANGE_MEASURE_PERCENT
                              ? "percent"
                              : "percentage points",
                          "."),
             v1::CAUSE_PERCENT_VS_POINTS);
      return;
    }
  }
  v1::Discrepancy* d = report(
      v1::SEVERITY_ERROR, "change.mismatch",
      absl::StrCat(fromto, Describe(measure, actual * sign),
                   AllowingForRounding(implied, 1), ", not ", change->Printed(),
                   "."),
      fall_over_100 ? v1::CAUSE_FALL_OVER_100_PERCENT : v1::CAUSE_UNSPECIFIED);
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        return Holds(measure, &f == from ? replaced : from->interval,
                     &f == to ? replaced : to->interval,
                     &f == change ? replaced : change->interval, sign,
                     work) == Decision::kYes;
      },
      d);
}

// With both endpoints: to = (1 + sign x change / 100) x from for a percent
// change, to = change x from for a multiple ("fell threefold": from =
// change x to), to - from = sign x change otherwise. Without them, nothing:
// the claim is not checkable on its own either.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::ChangeClaim& c = claim.change();
  const Figure* from = figures.Find(c.from_id());
  const Figure* to = figures.Find(c.to_id());
  const Figure* change = figures.Find(c.change_id());
  if (!from || !to) return;
  const v1::ChangeMeasure measure = MeasureOf(c, *change);
  const int sign = SignOf(c, change->interval);
  if (Multiplicative(measure) &&
      from->interval.Intersect(Interval::AtLeast(0, true)).empty()) {
    return;  // not defined, and reported so
  }
  const VarId f = model->FigureVar(*from), t = model->FigureVar(*to);
  const VarId k = model->FigureVar(*change);
  if (ShareOfWhole(from)) model->Within(f, Whole());
  if (ShareOfWhole(to)) model->Within(t, Whole());
  if (measure == v1::CHANGE_MEASURE_PERCENT) {
    model->Product(t, model->Affine(1, Rational(sign, 100), k), f);
  } else if (measure == v1::CHANGE_MEASURE_MULTIPLE) {
    if (sign > 0 || BelowOne(change->interval)) {
      model->Product(t, k, f);
    } else {
      model->Within(k, Interval::AtLeast(0, /*open=*/true));
      model->Product(f, k, t);
    }
  } else {
    model->Linear({{Rational(1), t}, {Rational(-1), f}, {Rational(-sign), k}},
                  Interval::Point(0));
  }
}

// For the diagnosis of a conflict (diagnosis.h): the claim with its direction
// word reversed or with percent for percentage points (slips of its wording),
// and a percent change measured from the later value (corrected to the change
// from the earlier one).
void ClaimReadings(const v1::Claim& claim, const FigureTable& figures,
                   Diagnosis* diagnosis) {
  const v1::ChangeClaim& c = claim.change();
  const Figure* from = figures.Find(c.from_id());
  const Figure* to = figures.Find(c.to_id());
  const Figure* change = figures.Find(c.change_id());
  if (!from || !to) return;
  const std::string fromto =
      absl::StrCat("from ", from->Printed(), " to ", to->Printed(), " is a ",
                   to->value < from->value ? "fall" : "rise");
  if (c.direction() != v1::DIRECTION_UNSPECIFIED) {
    v1::Claim flipped = claim;
    flipped.mutable_change()->set_direction(c.direction() == v1::DIRECTION_UP
                                                ? v1::DIRECTION_DOWN
                                                : v1::DIRECTION_UP);
    const char* stated = c.direction() == v1::DIRECTION_UP ? "rise" : "fall";
    // With a quantity the article does not print, the printed values say
    // no direction: the claim holds the other way.
    diagnosis->TryRewritten(
        flipped,
        {change, change->text(), v1::CAUSE_DIRECTION_REVERSED,
         from->unstated || to->unstated
             ? absl::StrCat("the claims hold with a ",
                            c.direction() == v1::DIRECTION_UP ? "fall" : "rise",
                            ", not a ", stated,
                            ": its direction word is reversed")
             : absl::StrCat("the change ", fromto, ", not a ", stated,
                            ": its direction word is reversed"),
         /*wording=*/true});
  }
  const bool percents =
      from->unit == v1::UNIT_PERCENT && to->unit == v1::UNIT_PERCENT;
  const v1::ChangeMeasure measure = MeasureOf(c, *change);
  if (percents && (measure == v1::CHANGE_MEASURE_PERCENT ||
                   measure == v1::CHANGE_MEASURE_PERCENTAGE_POINTS)) {
    const bool to_points = measure == v1::CHANGE_MEASURE_PERCENT;
    v1::Claim other = claim;
    other.mutable_change()->set_measure(
        to_points ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                  : v1::CHANGE_MEASURE_PERCENT);
    const std::string number = NumberOf(*change);
    diagnosis->TryRewritten(
        other,
        {change,
         absl::StrCat(number, to_points ? " percentage points" : " percent"),
         v1::CAUSE_PERCENT_VS_POINTS,
         absl::StrCat(change->Printed(), " may mean ", number,
                      to_points ? " percentage points: " : " percent: ", fromto,
                      " of ", ReadableString(abs(to->value - from->value), 2),
                      " points"),
         /*wording=*/true});
  }
  if (measure == v1::CHANGE_MEASURE_PERCENT) {
    v1::Claim swapped = claim;
    swapped.mutable_change()->set_from_id(c.to_id());
    swapped.mutable_change()->set_to_id(c.from_id());
    swapped.mutable_change()->set_direction(StatesFall(c, change->interval)
                                                ? v1::DIRECTION_UP
                                                : v1::DIRECTION_DOWN);
    if (const std::optional<std::string> right =
            diagnosis->NeededText(*change)) {
      diagnosis->TryRewritten(
          swapped,
          {change, *right, v1::CAUSE_WRONG_BASE,
           absl::StrCat(change->Printed(), " is the change measured from ",
                        "the later value, ", to->Printed(), "; measured from ",
                        from->Printed(), " it is ", *right)});
    }
  }
}

// The endpoints measure one quantity, and so does a change stated as a
// difference (or in points, a difference of percentages); a percent change
// or a multiple is a pure number.
void Measured(const v1::Claim& claim, const FigureTable& figures,
              std::vector<MeasuredRef>* refs) {
  const v1::ChangeClaim& c = claim.change();
  refs->push_back({"from_id", -1, &c.from_id()});
  refs->push_back({"to_id", -1, &c.to_id()});
  const Figure* change = figures.Find(c.change_id());
  if (change != nullptr && !Multiplicative(MeasureOf(c, *change)))
    refs->push_back({"change_id", -1, &c.change_id()});
}

}  // namespace

Check ChangeCheck() {
  Check check{
      v1::Claim::kChange,          "change",      &Validate, &Run, &Constrain,
      /*figure_readings=*/nullptr, &ClaimReadings};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
