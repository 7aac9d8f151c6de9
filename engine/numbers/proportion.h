// Whether y = m * x can hold with x, y and m each within an interval, exactly,
// with whole-number constraints. Shares (part = percent/100 x base), percent
// changes (new = (1 + change/100) x old) and multiples (new = k x old) are
// all this one relation.
//
//   // 7 percent of 50 people: is some whole number of people 6.5% to 7.5%?
//   Interval base = Interval::Point(50).WholeNumbers();
//   Interval part = Interval::AtLeast(0).WholeNumbers();
//   Interval m = Interval::Closed(Rational(65, 1000), Rational(75, 1000));
//   ProportionHolds(base, part, m, work);  // kNo: 3 is 6%, 4 is 8%
//
// With whole x the candidates are enumerated only where they matter: once
// x * width(m) > 1 and neighbouring products overlap, every larger x behaves
// like a continuum and one interval product decides the rest. The work is
// bounded; beyond the budget the answer is kUndecided, never a guess. Every
// candidate is also charged to the budget of the WorkContext passed in
// (budget.h), if it has one, so a deadline stops the search too.
#ifndef CLAIMCHECK_ENGINE_NUMBERS_PROPORTION_H_
#define CLAIMCHECK_ENGINE_NUMBERS_PROPORTION_H_

#include <cstdint>
#include <optional>

#include "engine/numbers/budget.h"
#include "engine/numbers/interval.h"

namespace claimcheck {

enum class Decision { kYes, kNo, kUndecided };

// Candidates of x one question may enumerate before it gives up.
inline constexpr int64_t kProportionBudget = 1'000'000;

// Whether some x in `x` with x > 0, y in `y` and m in `m` have y = m * x.
Decision ProportionHolds(const Interval& x, const Interval& y,
                         const Interval& m, WorkContext work,
                         int64_t budget = kProportionBudget);

// The same, for a caller that has worked out `y_over_m` already: y times
// Reciprocal(m) when that is not nullopt, else nullopt. The answer is
// ProportionHolds's, without that product made again (a propagator's revise
// of y = m x divides y by m just before it asks).
Decision ProportionHoldsGiven(const Interval& x, const Interval& y,
                              const Interval& m,
                              const std::optional<Interval>& y_over_m,
                              WorkContext work, int64_t budget);

// The values of y (in `y`, whole when it is) for which the relation holds,
// as the tightest interval found; bounds stay loose where the search would be
// too long, so the result may hold a few impossible values but never misses
// a possible one.
Interval ImpliedY(const Interval& x, const Interval& y, const Interval& m,
                  WorkContext work);

// The values of x (x > 0) for which the relation holds, likewise.
Interval ImpliedX(const Interval& x, const Interval& y, const Interval& m,
                  WorkContext work);

// The values of m = y / x over x > 0 in `x` and y in `y`, as an interval hull.
Interval ImpliedM(const Interval& x, const Interval& y);

// {1 / m : m in `m`} when every m is above zero (an open zero end gives an
// unbounded result); nullopt when `m` reaches zero or below.
std::optional<Interval> Reciprocal(const Interval& m);

// y.Times(*Reciprocal(m)) when Reciprocal(m) is not nullopt, else nullopt.
// With m one value above zero, y times its inverse (TimesValue), without
// the reciprocal interval made: a revise divides by a figure the search has
// fixed more often than by a range.
std::optional<Interval> TimesReciprocal(const Interval& y, const Interval& m);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_PROPORTION_H_
