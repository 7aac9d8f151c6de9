// Table-driven claim tests: each case is a request as a user would write it
// (proto3 JSON) and the verdict, code, cause and words a user would see.
//
//   INSTANTIATE_TEST_SUITE_P(
//       Shares, ClaimTest,
//       ::testing::Values(ClaimCase{
//           "SevenPercentOfFiftyPeople",
//           Claim(Figures({"n:50:c", "p:7%:p"}),
//                 "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
//           kError, "share.unattainable", "3 would be 6 percent"}),
//       CaseName);
//
// A test file defines the one TEST_P, calling ExpectClaim(GetParam()).
#ifndef CLAIMCHECK_ENGINE_TESTING_CLAIM_CASES_H_
#define CLAIMCHECK_ENGINE_TESTING_CLAIM_CASES_H_

#include <ostream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct ClaimCase {
  std::string name;
  std::string request;  // JSON
  v1::Verdict verdict;  // of the first claim
  std::string code;     // of its first discrepancy, "" when none
  std::string words;    // in its first message, or its implied value's range
  v1::Cause cause =
      v1::CAUSE_UNSPECIFIED;  // of its first discrepancy, when set
};

// Prints a case as its name in test output.
inline void PrintTo(const ClaimCase& c, std::ostream* os) { *os << c.name; }

class ClaimTest : public ::testing::TestWithParam<ClaimCase> {};

// The test name of a case, for INSTANTIATE_TEST_SUITE_P.
std::string CaseName(const ::testing::TestParamInfo<ClaimCase>& info);

// Checks `c.request` and expects what `c` says: with a code, the first
// discrepancy has it (and the cause, when set) and its message holds
// `c.words`; without one, there is no discrepancy and the first implied
// value's range reads `c.words` (when set).
void ExpectClaim(const ClaimCase& c);

v1::CheckClaimsRequest Parse(const std::string& json);

// Figures for the cases: "id:text:unit[:extra...]", unit c (count),
// p (percent), a (amount), r (rate), m (multiple) or - (unspecified: read
// from the text); extras "ROUNDING_MODE_DOWN" (any rounding mode),
// "per=100,000" (the rate's N), "label=Denver" or "sym=kg" (the unit of
// measure's symbol).
std::string Figures(const std::vector<std::string>& specs);

// The field violations of a request that cannot be read, each as
// "field REASON" ("claims[0].mean.items NEGATIVE_ITEMS"); fails the test when
// the request is read.
std::vector<std::string> Violations(const std::string& request);

// A request with `figures` and one claim "c" whose kind is `claim`
// ("\"share\":{...}").
std::string Claim(const std::string& figures, const std::string& claim);

inline constexpr auto kOk = v1::VERDICT_CONSISTENT;
inline constexpr auto kError = v1::VERDICT_ERROR;
inline constexpr auto kWarning = v1::VERDICT_WARNING;
inline constexpr auto kNotCheckable = v1::VERDICT_NOT_CHECKABLE;

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_TESTING_CLAIM_CASES_H_
