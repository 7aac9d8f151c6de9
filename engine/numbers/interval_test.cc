#include "engine/numbers/interval.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/numbers/interval_cases.h"
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

// Times's shortcuts (a factor of one value; both factors above zero) give
// exactly what the four corners give, for every pair of intervals with ends
// among none, below zero, zero and above zero, open or closed, whole or
// not, single values and empty.
TEST(Interval, TimesIsTheCornersProductForEveryKindOfFactor) {
  const std::vector<Interval> cases = IntervalGrid(
      {-3, Rational(-1, 2), 0, Rational(1, 3), 1, Rational(5, 2), 7});
  int shortcut = 0;
  for (const Interval& a : cases) {
    for (const Interval& b : cases) {
      ExpectSameEnds(a.Times(b), a.TimesByCorners(b),
                     a.Text() + " times " + b.Text());
      if (!a.empty() && !b.empty() && a.lower() && b.lower() &&
          a.lower()->value > 0 && b.lower()->value > 0) {
        ++shortcut;
      }
    }
  }
  EXPECT_GT(shortcut, 1000);
}

// Intersect, on a copy or on a temporary, is the tighter end of each side
// (open when tied and either is), as whole numbers when either is.
TEST(Interval, IntersectKeepsTheTighterEnds) {
  const std::vector<Interval> grid =
      IntervalGrid({-1, 0, Rational(1, 2), 1, 2, Rational(7, 2)});
  for (const Interval& a : grid) {
    for (const Interval& b : grid) {
      const std::string what = a.Text() + (a.whole() ? " whole" : "") +
                               " and " + b.Text() + (b.whole() ? " whole" : "");
      Interval want = Interval::Empty();
      if (!a.empty() && !b.empty()) {
        auto tighter = [](const std::optional<Endpoint>& x,
                          const std::optional<Endpoint>& y, int side) {
          if (!x) return y;
          if (!y) return x;
          const int c = cmp(x->value, y->value) * side;
          if (c > 0) return x;
          if (c < 0) return y;
          return std::optional<Endpoint>(
              Endpoint{x->value, x->open || y->open});
        };
        want = Interval::Of(tighter(a.lower(), b.lower(), +1),
                            tighter(a.upper(), b.upper(), -1));
        if (a.whole() || b.whole()) want = want.WholeNumbers();
      }
      ExpectSameEnds(a.Intersect(b), want, what);
      ExpectSameEnds(Interval(a).Intersect(b), want, what);
    }
    ExpectSameEnds(a.Intersect(a), a, a.Text());
  }
  for (const Rational& v : {Rational(0), Rational(-3), Rational(7, 2)}) {
    ExpectSameEnds(Interval::Point(v), Interval::Closed(v, v), v.get_str());
  }
}

}  // namespace
}  // namespace claimcheck
