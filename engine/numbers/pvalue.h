// p-values of reported test statistics, as statcheck recomputes them, and the
// range of p that a rounded statistic allows. The one place in the engine that
// uses binary floating point: p needs real-valued distribution functions
// (Boost.Math), so every decision made on these values uses Meets() and its
// margin, never ==.
//
//   TestSpec spec{Statistic::kT, /*df1=*/28};
//   PValue(spec, 2.2);                                  // 0.0362 (two-tailed)
//   // "2.20" stands for 2.195 to 2.205, so p lies from 0.0358 to 0.0366:
//   PRange p = *PRangeOver(spec, Interval::Closed(Rational(439, 200),
//                                                 Rational(441, 200)));
//   Meets(p, Interval::Closed(Rational(25, 1000), Rational(35, 1000)));  //
//   false: not .03
//
// How p is computed (statcheck's compute_p): t two-tailed, 2 P(T > |t|) with
// df1 degrees of freedom; z two-tailed normal; r converted to t with df1,
// t = r sqrt(df1 / (1 - r^2)); F with (df1, df2) and chi-square with df1 by
// their upper tail. One-tailed halves t, z and r (the tail the statistic
// points to) and leaves F and chi-square as they are.
//
// The margin: Meets() treats two p-values as touching when they differ by at
// most kPMargin = 1e-9 of their size. Boost's tail functions are accurate to
// about 1e-15 relative for these distributions, and turning a printed bound
// into a double moves p by at most about |x p'(x) / p| x 1e-16, under 1e-12
// for statistics below 1000; R's values (statcheck's) agree with Boost's to
// about 1e-14. A relative 1e-9 is a thousand times those errors and still
// finer than any p printed with fewer than nine significant digits, so only a
// p printed at or beyond that precision, exactly at a bound, is given the
// benefit of the doubt.
#ifndef CLAIMCHECK_ENGINE_NUMBERS_PVALUE_H_
#define CLAIMCHECK_ENGINE_NUMBERS_PVALUE_H_

#include <optional>
#include <string>

#include "engine/numbers/interval.h"

namespace claimcheck {

inline constexpr double kPMargin = 1e-9;

// The test statistics whose p this file computes (the API's TestStatistic,
// which the statistical-test check maps to these); kUnknown has no p.
enum class Statistic { kUnknown, kT, kZ, kR, kF, kChiSquare };

// What a p-value is computed from, besides the statistic's value.
struct TestSpec {
  Statistic statistic = Statistic::kUnknown;
  // t, r and chi-square: the degrees of freedom; F: the numerator's.
  double df1 = 0;
  // F: the denominator's degrees of freedom.
  double df2 = 0;
  // t, z and r only: one-tailed halves p.
  bool one_tailed = false;
};

// The p-values of statistics anywhere in an interval, lower <= upper.
struct PRange {
  double lower = 0;
  double upper = 1;
};

// The values the statistic can take: r from -1 to 1, F and chi-square from 0,
// t and z any.
Interval StatisticDomain(Statistic statistic);

// p at statistic `x`; nullopt when it cannot be computed (a degree of freedom
// not above zero, a value outside the statistic's domain, or a failure of
// the distribution function).
std::optional<double> PValue(const TestSpec& spec, double x);

// The p-values of every statistic in `values` (within the statistic's
// domain, which the caller intersects first). p is monotone in |x| for t, z
// and r, and in x for F and chi-square, so the ends decide; an interval that
// straddles 0 reaches p = 1 (one-tailed: 1/2) at 0, and an unbounded end
// reaches p = 0. nullopt when `values` is empty or p cannot be computed.
std::optional<PRange> PRangeOver(const TestSpec& spec, const Interval& values);

// True when some p in `computed` lies in `reported` (a reported p's interval:
// [.025, .035] for "p = .03", [0, .05) for "p < .05"), allowing kPMargin of
// the bounds' size at both ends, open or closed.
bool Meets(const PRange& computed, const Interval& reported);

// p for people, with `significant` significant digits: "0.0362", "0.5",
// "2.58e-19".
std::string PText(double p, int significant = 3);

// A p-value's range as exact decimals rounded outward to four significant
// digits, so the interval still holds every p the statistic allows: 0.03583
// to 0.03662.
Interval OutwardInterval(const PRange& range);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_PVALUE_H_
