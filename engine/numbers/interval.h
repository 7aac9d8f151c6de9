// Intervals of exact values: what a printed figure can stand for.
// "63" rounded to nearest is [62.5, 63.5]; "more than 100" is (100, inf);
// a count is intersected with the whole numbers, so "6" people is {6}.
//
//   Interval share = Interval::Closed(Rational(625, 10), Rational(635, 10));
//   Interval base = Interval::Point(498).WholeNumbers();
//   Interval part = share.Times(base).Scale(Rational(1, 100)).WholeNumbers();
//   part.Text();                                   // "312 to 316"
//
// An interval may be empty, unbounded on either side, and open or closed at
// each finite end. One that is `whole` stands only for the integers in it,
// and its finite ends are then always closed integers.
#ifndef CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_H_
#define CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_H_

#include <optional>
#include <string>

#include "engine/numbers/exact.h"

namespace claimcheck {

// A finite end of an interval; `open` when the value itself is excluded.
struct Endpoint {
  Rational value;
  bool open = false;
};

class Interval {
 public:
  // Every real number.
  Interval() = default;
  static Interval Empty();
  static Interval Point(const Rational& v);
  static Interval Closed(const Rational& lo, const Rational& hi);
  // Either end may be absent (unbounded).
  static Interval Of(std::optional<Endpoint> lower,
                     std::optional<Endpoint> upper);
  // [lo, inf) or (lo, inf).
  static Interval AtLeast(const Rational& lo, bool open = false);
  static Interval AtMost(const Rational& hi, bool open = false);

  bool empty() const { return empty_; }
  bool whole() const { return whole_; }
  const std::optional<Endpoint>& lower() const { return lower_; }
  const std::optional<Endpoint>& upper() const { return upper_; }
  bool bounded() const { return lower_ && upper_; }
  // True when exactly one value is in the interval.
  bool IsPoint() const;
  bool Contains(const Rational& v) const;

  // The integers in this interval, with closed integer ends.
  Interval WholeNumbers() const&;
  Interval WholeNumbers() &&;
  // The integers of at least 0 in it: Intersect(AtLeast(0)).WholeNumbers()
  // in one step, the values a count printed as this interval may take.
  Interval Counts() const;
  // Whole when either side is. A temporary's ends are moved into the
  // result instead of copied.
  Interval Intersect(const Interval& other) const&;
  Interval Intersect(const Interval& other) &&;
  // The smallest interval holding both; whole only when both are.
  Interval Hull(const Interval& other) const;
  // {a + b}; whole when both are (a sum of integer ranges has no gaps).
  Interval Plus(const Interval& other) const;
  Interval Negate() const;
  // {k * a}; whole only when both this and k are whole numbers.
  Interval Scale(const Rational& k) const;
  // {a * b} over both intervals; never whole.
  Interval Times(const Interval& other) const;
  // Times(Point(k)) for one value k other than 0: each end times k, in two
  // products, without the interval of k made.
  Interval TimesValue(const Rational& k) const;
  // The same by the four products of the ends, without Times's shortcuts
  // (one factor a single value; both above zero), which must give exactly
  // this: for tests.
  Interval TimesByCorners(const Interval& other) const;

  // The interval for people, with numbers at most `max_decimals` decimals:
  // "312 to 316", "62.5 to 63.5", "more than 100", "498".
  std::string Text(int max_decimals = 4) const;

 private:
  // Puts this in normal form: an empty interval is Empty(), and a whole one
  // has closed integer ends.
  void Normalize();
  // Intersect's work on this interval, not empty, in place: each end
  // replaced by `other`'s where that one is tighter. Normalizes only when
  // something changed (this one is in normal form already).
  void TightenBy(const Interval& other);

  std::optional<Endpoint> lower_;
  std::optional<Endpoint> upper_;
  bool whole_ = false;
  bool empty_ = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_H_
