// Other readings of a printed figure's precision (docs/spec.md, "When a
// claim gets a warning"). A figure printed plainly ("60", "45 per cent") is
// read as rounded to the nearest unit of its last digit; two other readings
// are known, and a claim that fails as printed but holds under one of them
// gets a warning, `KIND.other_rounding`, naming the figure and the reading:
// - a whole number ending in zeros rounded to its last non-zero digit
//   ("60 miles" for 59.0 miles, 55 to 65: CAUSE_COARSE_ROUNDING), as
//   trailing zeros of a whole number may or may not be printed digits; only
//   where a reader assumes it: in a claim that one quantity is given again
//   in another unit ("95 kilometres (60 miles)"), as conversions are
//   rounded to a round figure. A round figure elsewhere ("from 50 cents to
//   $7.50", "100,000 troops") reads as printed: read coarsely it spans a
//   tenth to a half of its value, and would excuse real slips;
// - a quotient (a percentage, percentage points, a multiple or a rate per
//   N) printed in digits, truncated instead of rounded ("45 per cent" for
//   45.53 percent, 45 to 46: CAUSE_TRUNCATION), as a calculator's figure is
//   when its decimals are cut off. Other figures read as rounded: a count or
//   amount is measured, not read off a division, and a mean's last digit
//   decides the GRIM test; a number in words ("eight") is no truncated
//   decimal.
//
//   for (const OtherPrecision& other : OtherPrecisions(figure)) {
//     // "60": other.interval is 55 to 65, other.cause CAUSE_COARSE_ROUNDING
//   }
//
// A figure with a qualifier ("about 60"), a rounding mode or interval
// override of its own, a range, or a quantity the article does not print has
// no other reading: its precision is stated.
#ifndef CLAIMCHECK_ENGINE_CHECKS_PRECISION_H_
#define CLAIMCHECK_ENGINE_CHECKS_PRECISION_H_

#include <string>
#include <vector>

#include "engine/numbers/interval.h"
#include "engine/reading/figure.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct OtherPrecision {
  // The figure's values under this reading, in the figure's unit as the
  // claim sees it (a converted copy's, conversion.h).
  Interval interval;
  // The unit of its last digit under this reading, likewise.
  Rational digit_unit;
  // CAUSE_COARSE_ROUNDING or CAUSE_TRUNCATION.
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  // The reading for a message: "60 rounded to its last non-zero digit (55 to
  // 65)", in the figure's printed unit.
  std::string words;
};

// The other readings of `figure`'s precision that stand for other values
// than it does as printed, coarse rounding first; none for a figure whose
// precision is stated. `given_again` says that the claim gives one quantity
// again in another unit (a same-quantity claim over figures in different
// units, conversion.h): only then does a figure with a unit of measure have
// the coarse reading.
std::vector<OtherPrecision> OtherPrecisions(const Figure& figure,
                                            bool given_again);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_PRECISION_H_
