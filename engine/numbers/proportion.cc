#include "engine/numbers/proportion.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace claimcheck {
namespace {

// Search steps when tightening an implied interval from each side.
constexpr int kTightenSteps = 2000;

// (0, inf), made once: its ends are machine words, which no thread changes.
const Interval& Positive() {
  static const Interval* const positive =
      new Interval(Interval::AtLeast(0, /*open=*/true));
  return *positive;
}

// The y-values m * x can reach for one x, within y.
Interval Reach(const Interval& m, const Interval& x, const Interval& y) {
  Interval r = m.Times(x).Intersect(y);
  if (y.whole()) return std::move(r).WholeNumbers();
  return r;
}

}  // namespace

Decision ProportionHolds(const Interval& x_in, const Interval& y,
                         const Interval& m, WorkContext work, int64_t budget) {
  if (x_in.empty() || y.empty() || m.empty()) return Decision::kNo;
  return ProportionHoldsGiven(x_in, y, m, TimesReciprocal(y, m), work, budget);
}

Decision ProportionHoldsGiven(const Interval& x_in, const Interval& y,
                              const Interval& m,
                              const std::optional<Interval>& y_over_m,
                              WorkContext work, int64_t budget) {
  Interval x = x_in.Intersect(Positive());
  if (x.empty() || y.empty() || m.empty()) return Decision::kNo;
  // Where m > 0, only x in y / m can work.
  if (y_over_m) x = std::move(x).Intersect(*y_over_m);
  if (x.empty()) return Decision::kNo;
  if (!x.whole()) {
    // The image of a box under multiplication is one interval.
    return Reach(m, x, y).empty() ? Decision::kNo : Decision::kYes;
  }
  if (m.IsPoint()) {
    const Rational k = m.lower()->value;
    if (k == 0) return y.Contains(0) ? Decision::kYes : Decision::kNo;
    // x within y / k, whole: x itself when it was intersected with y / k
    // above (y_over_m, as m is one value above zero), as intersecting it
    // again would change nothing.
    Interval candidates =
        y_over_m ? x : x.Intersect(y.Scale(Inverse(k))).WholeNumbers();
    if (candidates.empty()) return Decision::kNo;
    if (!y.whole()) return Decision::kYes;
    // k * x is whole exactly when x is a multiple of k's denominator.
    const Integer q = k.get_den();
    const Integer first = Ceil(Rational(candidates.lower()->value / q)) * q;
    if (!candidates.upper()) return Decision::kYes;
    return Rational(first) <= candidates.upper()->value ? Decision::kYes
                                                        : Decision::kNo;
  }
  // From x >= threshold on, m * x is wider than 1 and overlaps its
  // neighbours, so the union over all such x is one interval.
  Rational threshold = x.lower()->value;
  if (m.bounded()) {
    const Rational width = m.upper()->value - m.lower()->value;
    // The largest of |m|'s ends and 1.
    const Rational lower_size = abs(m.lower()->value);
    const Rational upper_size = abs(m.upper()->value);
    const Rational& larger = lower_size < upper_size ? upper_size : lower_size;
    const Rational one(1);
    const Rational& reach = larger < one ? one : larger;
    threshold = Rational(Ceil(reach / width) + 1);
  }
  Rational x_value = x.lower()->value;
  for (int64_t steps = 0;
       x_value < threshold && (!x.upper() || x_value <= x.upper()->value);
       ++steps, x_value += 1) {
    if (steps >= budget || !work.Charge()) return Decision::kUndecided;
    if (!Reach(m, Interval::Point(x_value), y).empty()) return Decision::kYes;
  }
  Interval tail =
      x.Intersect(Interval::AtLeast(std::max(threshold, x.lower()->value)));
  if (!tail.empty() && !Reach(m, tail, y).empty()) return Decision::kYes;
  return Decision::kNo;
}

namespace {

// Tightens the whole-number interval `candidates` from both ends to the first
// values `holds` accepts, within a bounded number of steps.
template <typename Holds>
Interval Tighten(Interval candidates, const Holds& holds) {
  if (candidates.empty() || !candidates.whole()) return candidates;
  if (candidates.lower()) {
    Rational v = candidates.lower()->value;
    for (int i = 0; i < kTightenSteps; ++i, v += 1) {
      if (candidates.upper() && v > candidates.upper()->value)
        return Interval::Empty();
      const Decision d = holds(v);
      if (d != Decision::kNo) break;
      candidates = candidates.Intersect(Interval::AtLeast(v + 1));
    }
  }
  if (candidates.upper() && !candidates.empty()) {
    Rational v = candidates.upper()->value;
    for (int i = 0; i < kTightenSteps; ++i, v -= 1) {
      if (v < candidates.lower()->value) return Interval::Empty();
      const Decision d = holds(v);
      if (d != Decision::kNo) break;
      candidates = candidates.Intersect(Interval::AtMost(v - 1));
    }
  }
  return candidates;
}

}  // namespace

Interval ImpliedY(const Interval& x_in, const Interval& y, const Interval& m,
                  WorkContext work) {
  const Interval x = x_in.Intersect(Positive());
  Interval hull = Reach(m, x, y);
  return Tighten(hull, [&](const Rational& v) {
    return ProportionHolds(x, Interval::Point(v).Intersect(y), m, work, 2000);
  });
}

Interval ImpliedX(const Interval& x_in, const Interval& y, const Interval& m,
                  WorkContext work) {
  Interval x = x_in.Intersect(Positive());
  if (auto y_over_m = TimesReciprocal(y, m)) x = x.Intersect(*y_over_m);
  if (x.whole()) x = x.WholeNumbers();
  return Tighten(x, [&](const Rational& v) {
    return ProportionHolds(Interval::Point(v).Intersect(x), y, m, work, 2000);
  });
}

std::optional<Interval> Reciprocal(const Interval& m) {
  if (m.empty() || !m.lower() || m.lower()->value < 0 ||
      (m.lower()->value == 0 && !m.lower()->open)) {
    return std::nullopt;
  }
  std::optional<Endpoint> lower, upper;
  if (m.upper())
    lower = Endpoint{Inverse(m.upper()->value), m.upper()->open};
  else
    lower = Endpoint{Rational(0), true};
  if (m.lower()->value > 0)
    upper = Endpoint{Inverse(m.lower()->value), m.lower()->open};
  return Interval::Of(std::move(lower), std::move(upper));
}

std::optional<Interval> TimesReciprocal(const Interval& y, const Interval& m) {
  if (m.IsPoint() && sgn(m.lower()->value) > 0) {
    return y.TimesValue(Inverse(m.lower()->value));
  }
  if (auto inverse = Reciprocal(m)) return y.Times(*inverse);
  return std::nullopt;
}

Interval ImpliedM(const Interval& x_in, const Interval& y) {
  const Interval x = x_in.Intersect(Positive());
  auto inverse = Reciprocal(x);
  if (!inverse || x.empty() || y.empty()) return Interval::Empty();
  return y.Times(*inverse);
}

}  // namespace claimcheck
