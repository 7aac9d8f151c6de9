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
                  "not 100: 5 points short."},
        // Shares that need not be all of the whole: at most 100 together.
        ClaimCase{"SomeSharesUnderAHundred",
                  Claim(Figures({"a:50:p", "b:40:p", "c:5:p"}),
                        "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"],"
                        "\"partial\":true}"),
                  kOk, "", ""},
        ClaimCase{"SomeSharesAtAHundredAllowingForRounding",
                  Claim(Figures({"a:60:p", "b:35:p", "c:5.4:p"}),
                        "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"],"
                        "\"partial\":true}"),
                  kOk, "", ""},
        ClaimCase{"SomeSharesOverAHundred",
                  Claim(Figures({"a:60:p", "b:35:p", "c:12:p"}),
                        "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"],"
                        "\"partial\":true}"),
                  kError, "shares_sum.over_100",
                  "add up to 107 percent (105.5 to 108.5 allowing for "
                  "rounding), more than the whole: 7 points over."}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace claimcheck
