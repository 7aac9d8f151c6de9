// The edge rule (docs/spec.md, "The edge rule"), which the checks share: a
// claim that holds for some true values may hold only at the edge of what
// its figures stand for, while the printed values fit a likelier reading.
// Two measures decide it, both over the figures the claim computes its
// result from (a change's endpoints, a ratio's two figures, a test's
// statistic), the result keeping its whole interval:
// - the share of their values for which the claim holds (ShareHolding):
//   a minority, under half, when the claim also fails at the printed values;
// - the inner half of one figure's interval (InnerHalf): the values nearer
//   to the printed value than to the interval's ends.
//
//   // "From 85 percent to 81 percent, a fall of 4 percent": 4 percent holds
//   // for about a third of the endpoints' values (85 toward 84.5, 81 toward
//   // 81.5), and 4 percentage points holds at 85 and 81 themselves.
//   const std::optional<Rational> share =
//       MinorityShare({from, to}, [&](const std::vector<Interval>& at) {
//         return Holds(measure, at[0], at[1], change->interval, sign);
//       });  // about 0.34
#ifndef CLAIMCHECK_ENGINE_CHECKS_EDGE_H_
#define CLAIMCHECK_ENGINE_CHECKS_EDGE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/numbers/exact.h"
#include "engine/numbers/interval.h"
#include "engine/reading/figure.h"

namespace claimcheck {

// The claim at some values of its input figures, one interval each, in the
// order they were given.
using HoldsAt = std::function<bool(const std::vector<Interval>& values)>;

// The printed values of `inputs`, each as a point; nullopt when a figure's
// interval does not hold its printed value ("just over 500").
std::optional<std::vector<Interval>> PrintedValues(
    const std::vector<const Figure*>& inputs);

// The share, from 0 to 1, of the values of `inputs` (every combination, on
// an even grid of each figure's interval, its whole numbers when a count has
// few) for which `holds`; nullopt when an interval is unbounded or empty.
std::optional<Rational> ShareHolding(const std::vector<const Figure*>& inputs,
                                     const HoldsAt& holds);

// The share of ShareHolding when the claim holds only for a minority of the
// values of `inputs`: it fails at their printed values and the share is
// under one half. nullopt otherwise.
std::optional<Rational> MinorityShare(const std::vector<const Figure*>& inputs,
                                      const HoldsAt& holds);

// "about a third of", "under a tenth of": a share in words, for a message.
std::string ShareWords(const Rational& share);

// The values of `values` (the interval of `figure`, perhaps cut to a
// domain) nearer to the printed value than to the interval's ends; nullopt
// when the interval has no such inner part.
std::optional<Interval> InnerHalf(const Figure& figure, const Interval& values);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_EDGE_H_
