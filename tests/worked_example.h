// What the worked example's text must give, however it is checked (in
// process, through the server over gRPC, over HTTP): the verdicts of the
// structured example. The checks are gtest expectations.
//
//   v1::CheckTextResponse r = ...;  // examples/kqed-ice-arrests.txt checked
//   ExpectTheWorkedExample(r);
//   ExpectTheDenverMisprint(d);     // examples/kqed-ice-arrests-denver-36.txt
#ifndef CLAIMCHECK_TESTS_WORKED_EXAMPLE_H_
#define CLAIMCHECK_TESTS_WORKED_EXAMPLE_H_

#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// The 11 regional figures add up to the total of 498 (consistent), 63
// percent of 498 people is 312 to 316 people, the 37 percent rise is not
// checkable, and nothing is an error.
void ExpectTheWorkedExample(const v1::CheckTextResponse& response);

// With Denver printed as 36: the total is an error, 27 people short, and
// 36 -> 63 is among the corrections.
void ExpectTheDenverMisprint(const v1::CheckTextResponse& response);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_WORKED_EXAMPLE_H_
