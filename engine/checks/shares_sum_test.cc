// Shares that add up to 100 percent, allowing for their rounding.
#include <string>

#include "engine/testing/claim_cases.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    SharesSums, ClaimTest,
    ::testing::Values(
        ClaimCase{"ThirtyThreeThriceIsAHundred",
                  Claim(Figures({"a:33:p", "b:33:p", "c:33:p"}),
                        "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"]}"),
                  kOk, "", ""},
        ClaimCase{"FiftyFortyFiveIsNot",
                  Claim(Figures({"a:50:p", "b:40:p", "c:5:p"}),
                        "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"]}"),
                  kError, "shares_sum.not_100",
                  "add up to 95 percent (93.5 to 96.5 allowing for rounding), "
                  "not 100: 5 points short."}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace claimcheck
