// p-values against R's (statcheck's) to 1e-12, and the ranges, margins and
// outward rounding the statistical-test check relies on.
#include "engine/numbers/pvalue.h"

#include <cmath>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct RCase {
  TestSpec spec;
  double x;
  double r_value;  // from R 4.2: 2 * pt(-2.2, 28), pf(2.2, 2, 28, lower.tail =
                   // FALSE), ...
};

class MatchesR : public ::testing::TestWithParam<RCase> {};

TEST_P(MatchesR, ToTwelveDigits) {
  const RCase& c = GetParam();
  const std::optional<double> p = PValue(c.spec, c.x);
  ASSERT_TRUE(p.has_value());
  EXPECT_NEAR(*p / c.r_value, 1, 1e-12) << *p;
}

INSTANTIATE_TEST_SUITE_P(
    Statcheck, MatchesR,
    ::testing::Values(
        RCase{{Statistic::kT, 28}, 2.2, 0.03622548477883783},
        RCase{{Statistic::kT, 28}, -2.2, 0.03622548477883783},
        RCase{{Statistic::kT, 27.8}, 2.2, 0.036287876968854112},
        RCase{{Statistic::kT, 28}, 22.2, 2.5823574553409878e-19},
        RCase{{Statistic::kF, 2, 28}, 2.2, 0.12959322447409294},
        RCase{{Statistic::kChiSquare, 28}, 22.2, 0.77194870403293581},
        RCase{{Statistic::kZ}, 2.2, 0.027806895026997212},
        RCase{{Statistic::kR, 28}, .22, 0.24273898791271159},
        // One-tailed halves t, z and r only.
        RCase{{Statistic::kT, 28, 0, true}, 2.2, 0.03622548477883783 / 2},
        RCase{{Statistic::kF, 2, 28, true}, 2.2, 0.12959322447409294}));

Interval Between(double lo, double hi) {
  return Interval::Closed(Rational(lo), Rational(hi));
}

TEST(PRangeOver, EndsOfARoundedT) {
  auto range = PRangeOver({Statistic::kT, 28}, Between(2.195, 2.205));
  ASSERT_TRUE(range.has_value());
  EXPECT_NEAR(range->lower, 0.035835659203566288, 1e-12);
  EXPECT_NEAR(range->upper, 0.036619115472623344, 1e-12);
  // A negative t gives the same p.
  auto negative = PRangeOver({Statistic::kT, 28}, Between(-2.205, -2.195));
  EXPECT_NEAR(negative->lower, range->lower, 1e-15);
  EXPECT_NEAR(negative->upper, range->upper, 1e-15);
}

TEST(PRangeOver, StraddlingZeroReachesOne) {
  auto range = PRangeOver({Statistic::kT, 28}, Between(-0.05, 0.05));
  EXPECT_EQ(range->upper, 1);
  auto one_tailed =
      PRangeOver({Statistic::kZ, 0, 0, true}, Between(-0.05, 0.05));
  EXPECT_EQ(one_tailed->upper, 0.5);
}

TEST(PRangeOver, UnboundedAndPerfectCorrelationReachZero) {
  EXPECT_EQ(PRangeOver({Statistic::kF, 1, 30}, Interval::AtLeast(4))->lower, 0);
  EXPECT_EQ(PRangeOver({Statistic::kR, 30}, Between(0.995, 1))->lower, 0);
}

TEST(PValue, NeedsDegreesOfFreedomAndTheDomain) {
  EXPECT_FALSE(PValue({Statistic::kT, 0}, 2.2).has_value());
  EXPECT_FALSE(PValue({Statistic::kF, 2, 0}, 2.2).has_value());
  EXPECT_FALSE(PValue({Statistic::kChiSquare, 2}, -1).has_value());
  EXPECT_FALSE(PValue({Statistic::kR, 28}, 1.2).has_value());
}

TEST(Meets, AllowsTheMarginAtABound) {
  const Interval below_05 = Interval::AtMost(Rational(1, 20), true);
  EXPECT_TRUE(Meets({0.0499, 0.06}, below_05));
  EXPECT_FALSE(Meets({0.0501, 0.06}, below_05));
  // A p within 1e-9 of the bound is given the benefit of the doubt...
  EXPECT_TRUE(Meets({0.05 * (1 + 1e-10), 0.06}, below_05));
  // ...and one beyond it is not.
  EXPECT_FALSE(Meets({0.05 * (1 + 1e-8), 0.06}, below_05));
  EXPECT_FALSE(Meets({0.02, 0.03}, Interval::Empty()));
}

TEST(OutwardInterval, FourSignificantDigitsOutward) {
  const Interval i =
      OutwardInterval({0.035835659203566288, 0.036619115472623344});
  EXPECT_EQ(ExactString(i.lower()->value), "0.03583");
  EXPECT_EQ(ExactString(i.upper()->value), "0.03662");
  const Interval tiny = OutwardInterval({2.5823574553409878e-19, 1});
  EXPECT_EQ(ExactString(tiny.lower()->value), "0.0000000000000000002582");
  EXPECT_EQ(ExactString(tiny.upper()->value), "1");
  EXPECT_EQ(ExactString(OutwardInterval({0, 0.5}).lower()->value), "0");
}

TEST(PText, ThreeSignificantDigits) {
  EXPECT_EQ(PText(0.03622548477883783), "0.0362");
  EXPECT_EQ(PText(2.5823574553409878e-19), "2.58e-19");
  EXPECT_EQ(PText(1), "1");
}

}  // namespace
}  // namespace claimcheck
