// For the numbers' tests: every kind of interval over a few values, and an
// expectation that two intervals are the same in every part.
//
//   for (const Interval& a : IntervalGrid({-1, 0, Rational(1, 2)})) ...
//   ExpectSameEnds(a.Times(b), a.TimesByCorners(b), "what");
#ifndef CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_CASES_H_
#define CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_CASES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/numbers/interval.h"
#include "gtest/gtest.h"

namespace claimcheck {

// Every interval whose ends are none or one of `values`, open or closed,
// each also as whole numbers, and the empty interval: single values, ends
// out of order (empty), unbounded sides among them.
inline std::vector<Interval> IntervalGrid(const std::vector<Rational>& values) {
  std::vector<std::optional<Endpoint>> ends = {std::nullopt};
  for (const Rational& v : values) {
    ends.push_back(Endpoint{v, false});
    ends.push_back(Endpoint{v, true});
  }
  std::vector<Interval> out = {Interval::Empty()};
  for (const auto& lower : ends) {
    for (const auto& upper : ends) {
      const Interval i = Interval::Of(lower, upper);
      out.push_back(i);
      out.push_back(i.WholeNumbers());
    }
  }
  return out;
}

// `got` and `want` alike: empty, whole, and each end's presence, value and
// openness.
inline void ExpectSameEnds(const Interval& got, const Interval& want,
                           const std::string& what) {
  EXPECT_EQ(got.empty(), want.empty()) << what;
  EXPECT_EQ(got.whole(), want.whole()) << what;
  for (const auto& [g, w] : {std::pair{&got.lower(), &want.lower()},
                             std::pair{&got.upper(), &want.upper()}}) {
    ASSERT_EQ(g->has_value(), w->has_value()) << what;
    if (*g) {
      EXPECT_EQ((*g)->value, (*w)->value) << what;
      EXPECT_EQ((*g)->open, (*w)->open) << what;
    }
  }
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_INTERVAL_CASES_H_
