// An interval in the API's form: the v1.Range that responses carry, with
// exact ends and the interval's text.
//
//   ToRange(Interval::Closed(Rational(625, 10), Rational(635, 10)));
//   // lower {value: "62.5"}, upper {value: "63.5"}, text: "62.5 to 63.5"
//
// Here and not in interval.h so that the numbers layer knows no protobuf.
#ifndef CLAIMCHECK_ENGINE_READING_RANGE_H_
#define CLAIMCHECK_ENGINE_READING_RANGE_H_

#include "engine/numbers/interval.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// `interval` with its numbers at most `max_decimals` decimals in the text.
v1::Range ToRange(const Interval& interval, int max_decimals = 4);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_RANGE_H_
