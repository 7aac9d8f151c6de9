// The other readings of a figure's precision (precision.h), through the
// engine as a caller sees them: a claim that fails as printed and holds with
// one figure read otherwise is a warning, KIND.other_rounding, that names
// the figure and the reading; a reading a reader would not assume leaves the
// error standing.
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    OtherPrecisions, ClaimTest,
    ::testing::Values(
        // 95 kilometres is 59.0 miles, which a conversion prints as 60.
        ClaimCase{"ConversionRoundedToTens",
                  Claim(Figures({"km:95:a:sym=km", "mi:60:a:sym=mi"}),
                        "\"sameQuantity\":{\"figureIds\":[\"km\",\"mi\"]}"),
                  kWarning, "same_quantity.other_rounding",
                  "\"95\" and \"60\" cannot both describe the same quantity. "
                  "It holds if 60 miles was rounded to its last non-zero "
                  "digit (55 to 65).",
                  v1::CAUSE_COARSE_ROUNDING},
        // "60.0" prints its zero after the point: it is a printed digit.
        ClaimCase{"ConversionWithAPrintedZeroDecimal",
                  Claim(Figures({"km:95:a:sym=km", "mi:60.0:a:sym=mi"}),
                        "\"sameQuantity\":{\"figureIds\":[\"km\",\"mi\"]}"),
                  kError, "same_quantity.mismatch", "cannot both describe"},
        // Outside a conversion a round figure reads as printed: 20 read as
        // 15 to 25 would excuse the slip (233 percent printed as 333).
        ClaimCase{"RoundFigureOutsideAConversion",
                  Claim(Figures({"a:6:a", "b:20:a", "d:333 percent:p"}),
                        "\"change\":{\"fromId\":\"a\",\"toId\":\"b\","
                        "\"changeId\":\"d\",\"direction\":\"DIRECTION_UP\"}"),
                  kError, "change.mismatch", "a rise of 233.3 percent"},
        // 9,979 against 6,857 is a rise of 45.53 percent.
        ClaimCase{"PercentTruncated",
                  Claim(Figures({"a:6,857:c", "b:9,979:c", "d:45 percent:p"}),
                        "\"change\":{\"fromId\":\"a\",\"toId\":\"b\","
                        "\"changeId\":\"d\",\"direction\":\"DIRECTION_UP\"}"),
                  kWarning, "change.other_rounding",
                  "From 6,857 to 9,979 is a rise of 45.5 percent, not 45 "
                  "percent. It holds if 45 percent was truncated instead of "
                  "rounded (at least 45 and less than 46).",
                  v1::CAUSE_TRUNCATION},
        // A percentage in words is no truncated decimal: 48 of 500 is 9.6
        // percent, and "nine percent" is not 9 to 10.
        ClaimCase{"PercentInWordsNotTruncated",
                  Claim(Figures({"n:500:c", "k:48:c", "p:nine percent:p"}),
                        "\"share\":{\"partId\":\"k\",\"baseId\":\"n\","
                        "\"percentId\":\"p\"}"),
                  kError, "share.mismatch", "9.6 percent"},
        // Only a quotient reads as truncated: a mean's last digit decides
        // the GRIM test, and 5.28 is no mean of 28 whole numbers (5.25 and
        // 5.29 are), though 5.2857 truncated is 5.28.
        ClaimCase{"MeanNotTruncated",
                  Claim(Figures({"m:5.28:a", "n:28:c"}),
                        "\"mean\":{\"meanId\":\"m\",\"nId\":\"n\","
                        "\"wholeNumberValues\":true}"),
                  kError, "mean.grim_inconsistent", "5.25 and 5.29"},
        // The reading must make the claim hold outright: 4.8 truncated
        // reaches 4.9's rounding only at its edge.
        ClaimCase{"ComparisonOnlyAtTheEdge",
                  Claim(Figures({"s:4.8:a", "o:4.9:a"}),
                        "\"comparison\":{\"subjectId\":\"s\",\"relation\":"
                        "\"RELATION_GREATER\",\"otherIds\":[\"o\"]}"),
                  kError, "comparison.false", "4.8 is not larger than 4.9"},
        // A statistical test's figures have no other reading: t(28) = 2.0
        // truncated (2.0 to 2.1) gives p = .045 to .055, but its own rules
        // decide, and p = .048 is no p of 1.95 to 2.05.
        ClaimCase{"StatisticalTestKeepsItsOwnRules",
                  Claim(Figures({"v:2.0:a", "d:28:a", "p:.048:a"}),
                        "\"statisticalTest\":{\"statistic\":"
                        "\"TEST_STATISTIC_T\",\"valueId\":\"v\",\"df1Id\":"
                        "\"d\",\"pRelation\":\"P_RELATION_EQUAL\",\"pId\":"
                        "\"p\"}"),
                  kError, "statistical_test.p_mismatch", "cannot be right"}),
    CaseName);

}  // namespace
}  // namespace claimcheck
