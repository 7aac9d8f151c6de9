// The factories of every check, one per file in this folder; registry.cc
// lists them. Each file's opening comment says what its check decides.
#ifndef CLAIMCHECK_ENGINE_CHECKS_CHECKS_H_
#define CLAIMCHECK_ENGINE_CHECKS_CHECKS_H_

#include "engine/checks/check.h"

namespace claimcheck {

Check TotalCheck();            // Kind 1: a total is the sum of its parts.
Check CountCheck();            // Kind 2: "11 cities" counts the items listed.
Check ShareCheck();            // Kind 3: part is percent of base.
Check SharesSumCheck();        // Kind 4: shares of one whole add up to 100.
Check ChangeCheck();           // Kind 5: a change from one value to another.
Check RatioCheck();            // Kind 6: "one in three", "three times as many".
Check RateCheck();             // Kind 6: "17.4 per 100,000".
Check MeanCheck();             // Kind 7: a mean, and the GRIM test.
Check ComparisonCheck();       // Kind 8: "the largest", "a majority", "half".
Check StatisticalTestCheck();  // Kind 9: "t(28) = 2.20, p = .03".
Check SameQuantityCheck();     // The same quantity printed more than once.

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_CHECKS_H_
