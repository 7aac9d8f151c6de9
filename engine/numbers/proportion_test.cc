#include "engine/numbers/proportion.h"

#include <optional>
#include <string>
#include <vector>

#include "engine/numbers/interval_cases.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// No request's budget: each search is bounded by its own step limit only.
constexpr WorkContext kNoBudget;

Interval Count(int n) { return Interval::Point(n).WholeNumbers(); }
Interval AnyCount() { return Interval::AtLeast(0).WholeNumbers(); }
// The fraction a percent printed to whole points allows: "7" -> 6.5% to 7.5%.
Interval PercentPoint(int p) {
  return Interval::Closed(Rational(2 * p - 1, 200), Rational(2 * p + 1, 200));
}

TEST(Proportion, GrimPercentagesOfFifty) {
  // scrutiny's example: of 50 people, even whole percents are attainable,
  // odd ones are not (each person is 2 percent).
  for (int p = 6; p <= 16; ++p) {
    EXPECT_EQ(
        ProportionHolds(Count(50), AnyCount(), PercentPoint(p), kNoBudget),
        p % 2 == 0 ? Decision::kYes : Decision::kNo)
        << p << " percent of 50";
  }
}

TEST(Proportion, ImpliedPartOfTheWorkedExample) {
  EXPECT_EQ(
      ImpliedY(Count(498), AnyCount(), PercentPoint(63), kNoBudget).Text(),
      "312 to 316");
}

TEST(Proportion, ImpliedBaseIsTightenedToBasesThatWork) {
  // 3 people are 7 percent of 40 to 46 (3/40 = 7.5%, 3/46 = 6.52%).
  EXPECT_EQ(ImpliedX(AnyCount(), Count(3), PercentPoint(7), kNoBudget).Text(),
            "40 to 46");
}

TEST(Proportion, LargeBasesAreDecidedWithoutEnumeratingThemAll) {
  // 1.2 million people, 63 percent: decided by one interval product.
  const Interval base = Interval::Closed(1'150'000, 1'250'000).WholeNumbers();
  EXPECT_EQ(ProportionHolds(base, AnyCount(), PercentPoint(63), kNoBudget),
            Decision::kYes);
  EXPECT_EQ(ProportionHolds(base, Count(7), PercentPoint(63), kNoBudget),
            Decision::kNo);
}

TEST(Proportion, ExactMultiplesNeedAWholeResult) {
  // Tripled from 5 is 15; "one and a half times" 5 whole people is impossible.
  EXPECT_EQ(ProportionHolds(Count(5), Count(15), Interval::Point(3), kNoBudget),
            Decision::kYes);
  EXPECT_EQ(ProportionHolds(Count(5), AnyCount(),
                            Interval::Point(Rational(3, 2)), kNoBudget),
            Decision::kNo);
  EXPECT_EQ(ProportionHolds(Count(6), AnyCount(),
                            Interval::Point(Rational(3, 2)), kNoBudget),
            Decision::kYes);
}

TEST(Proportion, NegativeFactorsNeedNegativeResults) {
  // A fall of 120 percent: factor -0.2. A count cannot follow.
  const Interval factor =
      Interval::Closed(Rational(-21, 100), Rational(-19, 100));
  EXPECT_EQ(ProportionHolds(Count(40), AnyCount(), factor, kNoBudget),
            Decision::kNo);
  EXPECT_EQ(
      ProportionHolds(Count(40), Interval::Closed(-9, -7), factor, kNoBudget),
      Decision::kYes);
}

// Each candidate is charged to the budget of the context it is handed, and
// a spent budget answers kUndecided, never a guess.
TEST(Proportion, ChargesTheContextsBudget) {
  // 7 percent of 50 people: the one base is tried, and charged.
  WorkBudget budget(absl::InfiniteFuture(), /*steps=*/10);
  EXPECT_EQ(ProportionHolds(Count(50), AnyCount(), PercentPoint(7),
                            WorkContext{&budget}),
            Decision::kNo);
  EXPECT_EQ(budget.used(), 1);
  WorkBudget spent(absl::InfiniteFuture(), /*steps=*/0);
  EXPECT_EQ(ProportionHolds(Count(50), AnyCount(), PercentPoint(7),
                            WorkContext{&spent}),
            Decision::kUndecided);
  EXPECT_EQ(ProportionHolds(Count(50), AnyCount(), PercentPoint(7), kNoBudget),
            Decision::kNo);
}

// TimesReciprocal, whose divisor of one value above zero takes a shortcut,
// gives exactly Times by the Reciprocal interval (nullopt where that is),
// for every pair of intervals with ends among none, below zero, zero and
// above zero, open or closed, whole or not, single values and empty.
TEST(Proportion, TimesReciprocalIsTimesByTheReciprocal) {
  const std::vector<Interval> cases = IntervalGrid(
      {-3, Rational(-1, 2), 0, Rational(1, 3), 1, Rational(5, 2), 7});
  int shortcut = 0;
  for (const Interval& y : cases) {
    for (const Interval& m : cases) {
      const std::string what = y.Text() + (y.whole() ? " whole" : "") +
                               " over " + m.Text() +
                               (m.whole() ? " whole" : "");
      const std::optional<Interval> got = TimesReciprocal(y, m);
      const std::optional<Interval> inverse = Reciprocal(m);
      ASSERT_EQ(got.has_value(), inverse.has_value()) << what;
      if (!got) continue;
      if (m.IsPoint() && m.lower()->value > 0) ++shortcut;
      ExpectSameEnds(*got, y.Times(*inverse), what);
    }
  }
  EXPECT_GT(shortcut, 1000);
}

}  // namespace
}  // namespace claimcheck
