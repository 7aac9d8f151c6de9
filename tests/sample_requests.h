// Requests that several tests send, built in C++:
//
//   v1::CheckClaimsRequest good = GoodRequest();    // 101 + six = 107: OK
//   v1::CheckClaimsRequest slow = SlowRequest(3);   // three slow claims
//
// SlowRequest's claims each take the engine seconds: a share whose percent
// ("41.421356237", close to the square root of 2 minus 1) makes the search
// try about a million whole-number bases before it decides. Tests of
// deadlines, cancellation, the work budget and draining use it, often with
// options.work_budget set to make it shorter but still deterministic.
#ifndef CLAIMCHECK_TESTS_SAMPLE_REQUESTS_H_
#define CLAIMCHECK_TESTS_SAMPLE_REQUESTS_H_

#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Two counts and a total over them (101 and six make 107): readable and
// consistent in every version of the engine.
v1::CheckClaimsRequest GoodRequest();

v1::CheckClaimsRequest SlowRequest(int claims);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_SAMPLE_REQUESTS_H_
