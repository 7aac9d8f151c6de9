// Shares: a percentage of a base, the part it implies, and GRIM on
// percentages of whole numbers.
#include <string>

#include "engine/testing/claim_cases.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Shares, ClaimTest,
    ::testing::Values(
        ClaimCase{"SixtyThreePercentOf498IsThreeTwelveToThreeSixteen",
                  Claim(Figures({"n:498:c", "p:63:p"}),
                        "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
                  kOk, "", "312 to 316"},
        // scrutiny's GRIM on percentages: of 50 people, 6% is 3, 7% is nobody.
        ClaimCase{"SixPercentOfFiftyPeople",
                  Claim(Figures({"n:50:c", "p:6%:p"}),
                        "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
                  kOk, "", "3"},
        ClaimCase{"SevenPercentOfFiftyPeople",
                  Claim(Figures({"n:50:c", "p:7%:p"}),
                        "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
                  kError, "share.unattainable",
                  "3 would be 6 percent and 4 would be 8 percent"},
        ClaimCase{"StatedPartThatIsTheWrongShare",
                  Claim(Figures({"n:498:c", "k:300:c", "p:63:p"}),
                        "\"share\":{\"partId\":\"k\",\"baseId\":\"n\","
                        "\"percentId\":\"p\"}"),
                  kError, "share.mismatch", "300 is 60.2 percent of 498"},
        // Two of three is 66.7%: "66" only if truncated, not if rounded,
        // which is another reading of its precision (precision.h).
        ClaimCase{"TwoThirdsRoundedIsNotSixtySix",
                  Claim(Figures({"n:3:c", "k:2:c", "p:66:p"}),
                        "\"share\":{\"partId\":\"k\",\"baseId\":\"n\","
                        "\"percentId\":\"p\"}"),
                  kWarning, "share.other_rounding",
                  "2 is 66.7 percent of 3, not 66 percent. It holds if 66 "
                  "percent was truncated instead of rounded",
                  v1::CAUSE_TRUNCATION},
        ClaimCase{
            "TwoThirdsTruncatedIsSixtySix",
            Claim(Figures({"n:3:c", "k:2:c", "p:66:p:ROUNDING_MODE_DOWN"}),
                  "\"share\":{\"partId\":\"k\",\"baseId\":\"n\",\"percentId\":"
                  "\"p\"}"),
            kOk, "", ""},
        ClaimCase{"ImpliedBase",
                  Claim(Figures({"k:3:c", "p:7%:p"}),
                        "\"share\":{\"partId\":\"k\",\"percentId\":\"p\"}"),
                  kOk, "", "40 to 46"},
        ClaimCase{"ShareOverOneHundredPercent",
                  Claim(Figures({"n:50:c", "p:120%:p"}),
                        "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
                  kError, "share.percent_out_of_range", "120%"},
        // No base is needed to see that 130 percent is no share of a whole.
        ClaimCase{"OneHundredThirtyPercentAlone",
                  Claim(Figures({"p:130 percent:p"}),
                        "\"share\":{\"percentId\":\"p\"}"),
                  kError, "share.percent_out_of_range", "130 percent"},
        ClaimCase{"ShareWithOnlyAPercent",
                  Claim(Figures({"p:63:p"}), "\"share\":{\"percentId\":\"p\"}"),
                  kNotCheckable, "share.missing_figure", "at least two"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace claimcheck
