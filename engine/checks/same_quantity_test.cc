// The same quantity printed more than once, table-driven over claim_cases:
// XBRL's duplicate facts (every two must overlap, then all together) and the
// newsroom's "498", "nearly 500" and "more than 500".
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

std::string Same(const std::vector<std::string>& figures,
                 const std::vector<std::string>& ids) {
  return Claim(Figures(figures),
               absl::StrCat("\"sameQuantity\":{\"figureIds\":[\"",
                            absl::StrJoin(ids, "\",\""), "\"]}"));
}

INSTANTIATE_TEST_SUITE_P(
    SameQuantity, ClaimTest,
    ::testing::Values(
        ClaimCase{"NearlyFiveHundredIs498",
                  Same({"a:498:c", "b:nearly 500:c"}, {"a", "b"}), kOk, "",
                  "498"},
        ClaimCase{"MoreThanFiveHundredIsNot498",
                  Same({"a:498:c", "b:more than 500:c"}, {"a", "b"}), kError,
                  "same_quantity.mismatch",
                  "\"498\" and \"more than 500\" cannot both describe the same "
                  "count."},
        ClaimCase{"AboutFiveHundredAndMoreThanFiveHundred",
                  Same({"a:about 500:c", "b:more than 500:c"}, {"a", "b"}), kOk,
                  "", "501 to 550"},
        // XBRL: 3.811 and 3.83 each agree with 3.8, but not with each other.
        ClaimCase{"DuplicateFactsEachAgreeWithTheRounded",
                  Same({"a:3.811:a", "c:3.8:a"}, {"a", "c"}), kOk, "",
                  "3.8105 to 3.8115"},
        ClaimCase{"DuplicateFactsThatDisagree",
                  Same({"a:3.811:a", "b:3.83:a", "c:3.8:a"}, {"a", "b", "c"}),
                  kError, "same_quantity.mismatch",
                  "\"3.811\" and \"3.83\" cannot both describe"},
        // Every two overlap as intervals, but no whole number fits all three.
        ClaimCase{"PairsOverlapButNotAllTogether",
                  Same({"a:1:a", "b:2:a", "n:nearly 2:c"}, {"a", "b", "n"}),
                  kError, "same_quantity.no_common_value",
                  "no one quantity fits them all", v1::CAUSE_UNSPECIFIED},
        ClaimCase{"TransposedDuplicate",
                  Same({"a:498:c", "b:489:c"}, {"a", "b"}), kError,
                  "same_quantity.mismatch",
                  "cannot both describe the same count",
                  v1::CAUSE_DIGITS_TRANSPOSED}),
    CaseName);

TEST(SameQuantityTest, NeedsTwoFigures) {
  EXPECT_THAT(Violations(Same({"a:498:c"}, {"a"})),
              ::testing::ElementsAre(
                  "claims[0].same_quantity.figure_ids TOO_FEW_FIGURES"));
}

}  // namespace
}  // namespace claimcheck
