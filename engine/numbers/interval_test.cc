#include "engine/numbers/interval.h"

#include <optional>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Same values, same open ends, same whole-number constraint.
void ExpectSame(const Interval& got, const Interval& want) {
  EXPECT_EQ(got.empty(), want.empty());
  EXPECT_EQ(got.whole(), want.whole()) << got.Text();
  EXPECT_EQ(got.Text(), want.Text());
}

// Counts() is Intersect(AtLeast(0)).WholeNumbers() in one step: the same
// ends, open or closed, for every kind of interval a figure reads as.
TEST(Interval, CountsIsTheWholeNumbersOfAtLeastZero) {
  const std::vector<Interval> cases = {
      Interval::Closed(Rational(71, 2), Rational(73, 2)),
      Interval::Closed(Rational(-1, 2), Rational(1, 2)),
      Interval::Closed(Rational(-3, 2), Rational(-1, 2)),
      Interval::Of(Endpoint{0, true}, Endpoint{Rational(5, 2), false}),
      Interval::Of(Endpoint{0, false}, Endpoint{1, true}),
      Interval::Of(Endpoint{3, true}, Endpoint{4, true}),
      Interval::Of(Endpoint{-2, true}, std::nullopt),
      Interval::AtLeast(50, true),
      Interval::AtMost(20, true),
      Interval::AtMost(-1),
      Interval::Point(7),
      Interval::Point(Rational(1, 3)),
      Interval(),
      Interval::Empty(),
  };
  for (const Interval& i : cases) {
    ExpectSame(i.Counts(), i.Intersect(Interval::AtLeast(0)).WholeNumbers());
    const Interval counts = i.Counts();
    const Interval reference = i.Intersect(Interval::AtLeast(0)).WholeNumbers();
    EXPECT_EQ(counts.lower().has_value(), reference.lower().has_value());
    EXPECT_EQ(counts.upper().has_value(), reference.upper().has_value());
    if (counts.lower() && reference.lower()) {
      EXPECT_EQ(counts.lower()->value, reference.lower()->value) << i.Text();
      EXPECT_EQ(counts.lower()->open, reference.lower()->open) << i.Text();
    }
    if (counts.upper() && reference.upper()) {
      EXPECT_EQ(counts.upper()->value, reference.upper()->value) << i.Text();
      EXPECT_EQ(counts.upper()->open, reference.upper()->open) << i.Text();
    }
  }
}

// A product with one value takes a shortcut; it must give what the four
// corners give.
TEST(Interval, TimesOneValueIsTheCornersProduct) {
  const Interval counts = Interval::Closed(1, 3).WholeNumbers();
  // {2, 4, 6} spans 2 to 6 and is never whole: its values are not all whole.
  ExpectSame(counts.Times(Interval::Point(2)), Interval::Closed(2, 6));
  ExpectSame(Interval::Point(2).Times(counts), Interval::Closed(2, 6));
  EXPECT_TRUE(counts.Times(Interval::Point(2)).Contains(Rational(5, 2)));
  ExpectSame(Interval::Of(Endpoint{1, true}, Endpoint{2, true})
                 .Times(Interval::Point(-3)),
             Interval::Of(Endpoint{-6, true}, Endpoint{-3, true}));
  ExpectSame(Interval::AtLeast(1).Times(Interval::Point(Rational(1, 2))),
             Interval::AtLeast(Rational(1, 2)));
  ExpectSame(Interval::AtMost(5).Times(Interval::Point(-1)),
             Interval::AtLeast(-5));
  ExpectSame(Interval::Point(3).Times(Interval::Point(Rational(1, 3))),
             Interval::Point(1));
  ExpectSame(Interval::Closed(-1, 4).Times(Interval::Point(0)),
             Interval::Point(0));
  ExpectSame(Interval::Closed(-1, 4).Times(Interval::Closed(2, 3)),
             Interval::Closed(-3, 12));
  EXPECT_TRUE(Interval::Point(2).Times(Interval::Empty()).empty());
}

}  // namespace
}  // namespace claimcheck
