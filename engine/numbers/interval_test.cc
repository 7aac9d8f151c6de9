#include "engine/numbers/interval.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Same values, same open ends, same whole-number constraint.
void ExpectSame(const Interval& got, const Interval& want) {
  EXPECT_EQ(got.empty(), want.empty());
  EXPECT_EQ(got.whole(), want.whole()) << got.Text();
  EXPECT_EQ(got.Text(), want.Text());
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
