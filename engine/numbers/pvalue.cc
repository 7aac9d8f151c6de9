#include "engine/numbers/pvalue.h"

#include <cmath>
#include <limits>

#include "absl/strings/str_format.h"
#include "boost/math/distributions/chi_squared.hpp"
#include "boost/math/distributions/fisher_f.hpp"
#include "boost/math/distributions/normal.hpp"
#include "boost/math/distributions/students_t.hpp"

namespace claimcheck {
namespace {

// Errors become NaN, never exceptions; underflow to 0 is a correct p.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<
        boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<
        boost::math::policies::ignore_error>>;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool Symmetric(Statistic s) {
  return s == Statistic::kT || s == Statistic::kZ || s == Statistic::kR;
}

// Upper tail P(T > |t|) of Student's t.
double TTail(double t, double df) {
  if (std::isinf(t)) return 0;
  return boost::math::cdf(boost::math::complement(
      boost::math::students_t_distribution<double, Policy>(df), std::fabs(t)));
}

}  // namespace

Interval StatisticDomain(Statistic statistic) {
  switch (statistic) {
    case Statistic::kR:
      return Interval::Closed(-1, 1);
    case Statistic::kF:
    case Statistic::kChiSquare:
      return Interval::AtLeast(0);
    default:
      return Interval();
  }
}

std::optional<double> PValue(const TestSpec& spec, double x) {
  if (std::isnan(x)) return std::nullopt;
  const bool needs_df1 = spec.statistic != Statistic::kZ;
  if (needs_df1 && !(spec.df1 > 0)) return std::nullopt;
  if (spec.statistic == Statistic::kF && !(spec.df2 > 0)) return std::nullopt;
  double p = std::numeric_limits<double>::quiet_NaN();
  switch (spec.statistic) {
    case Statistic::kT:
      p = TTail(x, spec.df1);
      break;
    case Statistic::kZ:
      p = std::isinf(x)
              ? 0
              : boost::math::cdf(boost::math::complement(
                    boost::math::normal_distribution<double, Policy>(),
                    std::fabs(x)));
      break;
    case Statistic::kR: {
      if (std::fabs(x) > 1) return std::nullopt;
      // statcheck's r2t; |r| = 1 is an infinite t.
      const double t =
          std::fabs(x) == 1 ? kInf : x / std::sqrt((1 - x * x) / spec.df1);
      p = TTail(t, spec.df1);
      break;
    }
    case Statistic::kF:
      if (x < 0) return std::nullopt;
      p = std::isinf(x)
              ? 0
              : boost::math::cdf(boost::math::complement(
                    boost::math::fisher_f_distribution<double, Policy>(
                        spec.df1, spec.df2),
                    x));
      break;
    case Statistic::kChiSquare:
      if (x < 0) return std::nullopt;
      p = std::isinf(x)
              ? 0
              : boost::math::cdf(boost::math::complement(
                    boost::math::chi_squared_distribution<double, Policy>(
                        spec.df1),
                    x));
      break;
    default:
      return std::nullopt;
  }
  if (std::isnan(p) || p < 0 || p > 1) return std::nullopt;
  if (Symmetric(spec.statistic) && !spec.one_tailed) p *= 2;
  return std::min(p, 1.0);
}

std::optional<PRange> PRangeOver(const TestSpec& spec, const Interval& values) {
  if (values.empty()) return std::nullopt;
  const double lo = values.lower() ? values.lower()->value.get_d() : -kInf;
  const double hi = values.upper() ? values.upper()->value.get_d() : kInf;
  // The ends nearest to and farthest from 0 (the statistic where p is largest
  // and smallest).
  double nearest, farthest;
  if (Symmetric(spec.statistic)) {
    nearest = lo <= 0 && hi >= 0 ? 0 : std::min(std::fabs(lo), std::fabs(hi));
    farthest = std::max(std::fabs(lo), std::fabs(hi));
  } else {
    nearest = std::max(lo, 0.0);
    farthest = hi;
  }
  const std::optional<double> upper = PValue(spec, nearest);
  const std::optional<double> lower = PValue(spec, farthest);
  if (!upper || !lower) return std::nullopt;
  return PRange{std::min(*lower, *upper), std::max(*lower, *upper)};
}

bool Meets(const PRange& computed, const Interval& reported) {
  if (reported.empty()) return false;
  // Open or closed, a reported bound within the margin counts as touching.
  if (reported.lower()) {
    const double lo = reported.lower()->value.get_d();
    if (computed.upper < lo - kPMargin * std::fabs(lo)) return false;
  }
  if (reported.upper()) {
    const double hi = reported.upper()->value.get_d();
    if (computed.lower > hi + kPMargin * std::fabs(hi)) return false;
  }
  return true;
}

std::string PText(double p, int significant) {
  return absl::StrFormat("%.*g", significant, p);
}

namespace {

// `v` > 0 rounded to four significant digits, down or up.
Rational RoundSignificant(const Rational& v, bool up) {
  if (v <= 0) return Rational(0);
  int exponent = 0;  // 10^exponent <= v < 10^(exponent + 1)
  while (v >= Pow10(exponent + 1)) ++exponent;
  while (v < Pow10(exponent)) --exponent;
  const Rational scale = Pow10(3 - exponent);
  Rational scaled = v * scale;
  scaled.canonicalize();
  const Integer n = up ? Ceil(scaled) : Floor(scaled);
  Rational out = Rational(n) / scale;
  out.canonicalize();
  return out;
}

}  // namespace

Interval OutwardInterval(const PRange& range) {
  const Rational lower = RoundSignificant(Rational(range.lower), false);
  Rational upper = RoundSignificant(Rational(range.upper), true);
  if (upper > 1) upper = 1;
  return Interval::Closed(lower, upper);
}

}  // namespace claimcheck
