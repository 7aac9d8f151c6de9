// Comparisons and orders over the worked example's arrests by region, with
// the strict and tied readings, the rounding edge, and shares of a whole.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/engine.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

// A comparison of figure "s" with the figures `others`; `extra` adds fields
// ("\"rank\":2", "\"wholeId\":\"w\"").
std::string Compare(const std::vector<std::string>& figures,
                    const std::string& relation,
                    const std::vector<std::string>& others,
                    const std::string& extra = "") {
  return Claim(
      Figures(figures),
      absl::StrCat(
          "\"comparison\":{\"subjectId\":\"s\",\"relation\":\"RELATION_",
          relation, "\",\"otherIds\":[\"", absl::StrJoin(others, "\",\""),
          "\"]", extra.empty() ? "" : ",", extra, "}"));
}

// Figure "s" as `relation` of the whole "w".
std::string OfWhole(const std::vector<std::string>& figures,
                    const std::string& relation) {
  return Claim(
      Figures(figures),
      absl::StrCat(
          "\"comparison\":{\"subjectId\":\"s\",\"relation\":\"RELATION_",
          relation, "\",\"wholeId\":\"w\"}"));
}

// The worked example's 11 regions, with region `subject` compared with the
// other ten.
std::string Among(const std::string& subject, const std::string& relation,
                  int rank = 0) {
  const std::vector<std::string> regions = {
      "la:101:c:label=Los Angeles",   "sc:21:c:label=Santa Clara County",
      "sf:six:c:label=San Francisco", "bal:28:c:label=Baltimore",
      "cook:30:c:label=Cook County",  "den:63:c:label=Denver",
      "ny:45:c:label=New York",       "phl:107:c:label=Philadelphia",
      "sea:33:c:label=Seattle",       "dc:14:c:label=Washington",
      "ma:50:c:label=Massachusetts"};
  std::vector<std::string> others;
  for (const std::string& r : regions) {
    const std::string id = r.substr(0, r.find(':'));
    if (id != subject) others.push_back(id);
  }
  return Claim(
      Figures(regions),
      absl::StrCat("\"comparison\":{\"subjectId\":\"", subject,
                   "\",\"relation\":\"RELATION_", relation,
                   "\",\"otherIds\":[\"", absl::StrJoin(others, "\",\""), "\"]",
                   rank ? absl::StrCat(",\"rank\":", rank) : "", "}"));
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, ClaimTest,
    ::testing::Values(
        ClaimCase{"MoreThan",
                  Compare({"s:107:c:label=Philadelphia", "a:63:c:label=Denver"},
                          "GREATER", {"a"}),
                  kOk, "", ""},
        ClaimCase{"NotMoreThan",
                  Compare({"s:63:c:label=Denver", "a:107:c:label=Philadelphia"},
                          "GREATER", {"a"}),
                  kError, "comparison.false",
                  "Denver's 63 is not larger than Philadelphia's 107."},
        ClaimCase{"NotMoreThanEvenAllowingForRounding",
                  Compare({"s:4.9:a", "a:5.0:a"}, "GREATER", {"a"}), kError,
                  "comparison.false",
                  "4.9 is not larger than 5.0, even allowing for rounding."},
        // 5.04 > 4.96, but the printed figures are equal.
        ClaimCase{"MoreThanOnlyAllowingForRounding",
                  Compare({"s:5.0:a:label=Denver", "a:5.0:a:label=Boston"},
                          "GREATER", {"a"}),
                  kWarning, "comparison.rounding_edge",
                  "Denver's 5.0 is larger than Boston's 5.0 only allowing for "
                  "rounding, not as "
                  "printed.",
                  v1::CAUSE_ROUNDING_EDGE},
        ClaimCase{"AtLeastAsPrinted",
                  Compare({"s:5.0:a", "a:5.0:a"}, "GREATER_OR_EQUAL", {"a"}),
                  kOk, "", ""},
        // "More than" is strict: equal counts are no tie to forgive.
        ClaimCase{"EqualCountsAreNotMoreThan",
                  Compare({"s:63:c", "a:63:c"}, "GREATER", {"a"}), kError,
                  "comparison.false", "63 is not larger than 63."},
        ClaimCase{"SmallerThanAtLeast",
                  Compare({"s:62:c", "a:63:c"}, "GREATER_OR_EQUAL", {"a"}),
                  kError, "comparison.false", "62 is smaller than 63."},
        ClaimCase{"MoreThanEachOther",
                  Compare({"s:63:c", "a:50:c", "b:107:c:label=Philadelphia"},
                          "GREATER", {"a", "b"}),
                  kError, "comparison.false",
                  "63 is not larger than Philadelphia's 107."},
        ClaimCase{"NotSmallerThan",
                  Compare({"s:107:c", "a:63:c"}, "LESS", {"a"}), kError,
                  "comparison.false", "107 is not smaller than 63."},
        ClaimCase{"LargerThan",
                  Compare({"s:64:c", "a:63:c"}, "LESS_OR_EQUAL", {"a"}), kError,
                  "comparison.false", "64 is larger than 63."},
        // "More than 100" is not 100: its printed value is its whole interval.
        ClaimCase{"MoreThanAnOpenBound",
                  Compare({"s:more than 100:c", "a:100:c"}, "GREATER", {"a"}),
                  kOk, "", ""},
        ClaimCase{"FewerThanFiftyIsNotMoreThanFifty",
                  Compare({"s:fewer than 50:c", "a:50:c"}, "GREATER", {"a"}),
                  kError, "comparison.false",
                  "fewer than 50 is not larger than 50."},
        ClaimCase{"Equal", Compare({"s:63:c", "a:63:c"}, "EQUAL", {"a"}), kOk,
                  "", ""},
        ClaimCase{"NotEqual", Compare({"s:63:c", "a:64:c"}, "EQUAL", {"a"}),
                  kError, "comparison.false", "63 does not equal 64."},
        ClaimCase{
            "EqualOnlyAllowingForRounding",
            Compare({"s:5.0:a", "a:5.04:a"}, "EQUAL", {"a"}), kWarning,
            "comparison.rounding_edge",
            "5.0 is equal to 5.04 only allowing for rounding, not as printed.",
            v1::CAUSE_ROUNDING_EDGE},
        // Each pair overlaps, but 5.4 and 4.6 leave no value for all three.
        ClaimCase{
            "NotAllEqual",
            Compare({"s:5:a", "a:5.4:a", "b:4.6:a"}, "EQUAL", {"a", "b"}),
            kError, "comparison.false",
            "5, 5.4 and 4.6 cannot all be equal, even allowing for rounding."}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Orders, ClaimTest,
    ::testing::Values(
        ClaimCase{"PhiladelphiaIsTheLargest", Among("phl", "LARGEST"), kOk, "",
                  ""},
        ClaimCase{"DenverIsNotTheLargest", Among("den", "LARGEST"), kError,
                  "comparison.not_largest",
                  "Denver's 63 is not the largest: Los Angeles' 101 and "
                  "Philadelphia's 107 are "
                  "larger."},
        ClaimCase{"SanFranciscoIsTheSmallest", Among("sf", "SMALLEST"), kOk, "",
                  ""},
        ClaimCase{"SeattleIsNotTheSmallest", Among("sea", "SMALLEST"), kError,
                  "comparison.not_smallest",
                  "Seattle's 33 is not the smallest: Santa Clara County's 21, "
                  "San Francisco's six, "
                  "Baltimore's 28 and 2 others are smaller."},
        ClaimCase{"PhiladelphiaHasTheMost", Among("phl", "MOST"), kOk, "", ""},
        ClaimCase{"DenverDoesNotHaveTheMost", Among("den", "MOST"), kError,
                  "comparison.not_most",
                  "Denver's 63 is not the most: Los Angeles' 101 and "
                  "Philadelphia's 107 are "
                  "larger."},
        ClaimCase{"DenverIsThird", Among("den", "RANK", 3), kOk, "", ""},
        ClaimCase{"DenverIsNotSecond", Among("den", "RANK", 2), kError,
                  "comparison.rank_mismatch",
                  "Denver's 63 is not the second-largest: Los Angeles' 101 and "
                  "Philadelphia's 107 "
                  "are larger."},
        ClaimCase{
            "DenverIsNotFourth", Among("den", "RANK", 4), kError,
            "comparison.rank_mismatch",
            "Denver's 63 is not the fourth-largest: only Los Angeles' 101 and "
            "Philadelphia's 107 can be larger."},
        ClaimCase{"PhiladelphiaIsNotSecond", Among("phl", "RANK", 2), kError,
                  "comparison.rank_mismatch",
                  "Philadelphia's 107 is not the second-largest: no other "
                  "figure is larger."},
        ClaimCase{"SanFranciscoIsEleventh", Among("sf", "RANK", 11), kOk, "",
                  ""},
        ClaimCase{"TwelfthOfElevenNeedsMoreFigures", Among("sf", "RANK", 12),
                  kNotCheckable, "comparison.missing_figure",
                  "San Francisco's six can be the 12th-largest only among at "
                  "least 12 figures; "
                  "the claim compares it with 10 others."},
        // Ties: a superlative shared with an equal figure is a warning.
        ClaimCase{"TiedForTheLargest",
                  Compare({"s:63:c:label=Denver", "a:63:c:label=Philadelphia",
                           "b:50:c"},
                          "LARGEST", {"a", "b"}),
                  kWarning, "comparison.tied",
                  "Denver's 63 is at best tied with Philadelphia's 63 for the "
                  "largest."},
        ClaimCase{
            "TiedForTheMost",
            Compare({"s:63:c:label=Denver", "a:63:c:label=Philadelphia"},
                    "MOST", {"a"}),
            kWarning, "comparison.tied",
            "Denver's 63 is at best tied with Philadelphia's 63 for the most."},
        ClaimCase{"TiedForSecond",
                  Compare({"s:63:c", "a:107:c", "b:63:c"}, "RANK", {"a", "b"},
                          "\"rank\":2"),
                  kWarning, "comparison.tied",
                  "63 is at best tied for the second-largest."},
        ClaimCase{
            "LargestOnlyAllowingForRounding",
            Compare({"s:5.0:a", "a:5.0:a", "b:4.0:a"}, "LARGEST", {"a", "b"}),
            kWarning, "comparison.rounding_edge",
            "5.0 is the largest only allowing for rounding, not as printed.",
            v1::CAUSE_ROUNDING_EDGE},
        // 4.95 (4.945 to 4.955) lies below 4.9 only if 4.9 was 4.95.
        ClaimCase{"SecondOnlyAllowingForRounding",
                  Compare({"s:4.9:a", "a:4.95:a", "b:6:a"}, "RANK", {"a", "b"},
                          "\"rank\":2"),
                  kWarning, "comparison.rounding_edge",
                  "4.9 is the second-largest only allowing for rounding, not "
                  "as printed.",
                  v1::CAUSE_ROUNDING_EDGE},
        // "More than 100" people may be 101 to 106, between 107 and 50.
        ClaimCase{"SecondWithAnOpenBound",
                  Compare({"s:more than 100:c", "a:107:c", "b:50:c"}, "RANK",
                          {"a", "b"}, "\"rank\":2"),
                  kOk, "", ""},
        ClaimCase{
            "NotThirdWithAnOpenBound",
            Compare({"s:more than 100:c", "a:107:c", "b:50:c"}, "RANK",
                    {"a", "b"}, "\"rank\":3"),
            kError, "comparison.rank_mismatch",
            "more than 100 is not the third-largest: only 107 can be larger."}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    SharesOfAWhole, ClaimTest,
    ::testing::Values(
        ClaimCase{"AMajority", OfWhole({"s:300:c", "w:498:c"}, "MAJORITY"), kOk,
                  "", ""},
        ClaimCase{"DenverIsNotAMajority",
                  OfWhole({"s:63:c:label=Denver", "w:498:c"}, "MAJORITY"),
                  kError, "comparison.not_majority",
                  "Denver's 63 is 12.7 percent of 498, not a majority (more "
                  "than half)."},
        ClaimCase{"ExactlyHalfIsNotAMajority",
                  OfWhole({"s:249:c", "w:498:c"}, "MAJORITY"), kError,
                  "comparison.not_majority",
                  "249 is 50 percent of 498, not a majority (more than half)."},
        ClaimCase{"MajorityOnlyAllowingForRounding",
                  OfWhole({"s:5.0 million:c", "w:10.0 million:c"}, "MAJORITY"),
                  kWarning, "comparison.rounding_edge",
                  "5.0 million is a majority of 10.0 million only allowing for "
                  "rounding: as "
                  "printed, it is 50 percent.",
                  v1::CAUSE_ROUNDING_EDGE},
        ClaimCase{"MajorityOfAboutFiveHundred",
                  OfWhole({"s:251:c", "w:about 500:c"}, "MAJORITY"), kOk, "",
                  ""},
        ClaimCase{"MoreThanTheWhole",
                  OfWhole({"s:600:c", "w:498:c"}, "MAJORITY"), kError,
                  "comparison.part_exceeds_whole",
                  "600 is more than the whole of 498."},
        // "Most" of a whole, with no other parts listed: more than half.
        ClaimCase{"MostOfTheWhole", OfWhole({"s:300:c", "w:498:c"}, "MOST"),
                  kOk, "", ""},
        ClaimCase{
            "NotMostOfTheWhole", OfWhole({"s:200:c", "w:498:c"}, "MOST"),
            kError, "comparison.not_most",
            "200 is 40.2 percent of 498, not most of it (more than half)."},
        // "Half" is 50 percent to the whole percent: 247 to 251 of 498.
        ClaimCase{"HalfOf498", OfWhole({"s:249:c", "w:498:c"}, "HALF"), kOk, "",
                  ""},
        ClaimCase{"HalfOf498AtFortyNinePointSix",
                  OfWhole({"s:247:c", "w:498:c"}, "HALF"), kOk, "", ""},
        ClaimCase{
            "HalfOf498AtFortyNinePointFour",
            OfWhole({"s:246:c", "w:498:c"}, "HALF"), kError,
            "comparison.not_half",
            "246 is 49.4 percent of 498, not half (49.5 to 50.5 percent)."},
        ClaimCase{"HalfOfAnOddWhole", OfWhole({"s:248:c", "w:497:c"}, "HALF"),
                  kOk, "", ""},
        ClaimCase{
            "NotHalf", OfWhole({"s:240:c", "w:498:c"}, "HALF"), kError,
            "comparison.not_half",
            "240 is 48.2 percent of 498, not half (49.5 to 50.5 percent)."},
        ClaimCase{"HalfOfNinePeople", OfWhole({"s:4:c", "w:9:c"}, "HALF"),
                  kError, "comparison.not_half",
                  "4 is 44.4 percent of 9, not half (49.5 to 50.5 percent)."},
        ClaimCase{"NearlyHalf", OfWhole({"s:240:c", "w:498:c"}, "NEARLY_HALF"),
                  kOk, "", ""},
        ClaimCase{
            "NotNearlyHalfButLess",
            OfWhole({"s:195:c", "w:498:c"}, "NEARLY_HALF"), kError,
            "comparison.not_nearly_half",
            "195 is 39.2 percent of 498, not nearly half (40 to 50 percent)."},
        ClaimCase{"NotNearlyHalfButMore",
                  OfWhole({"s:260:c", "w:498:c"}, "NEARLY_HALF"), kError,
                  "comparison.not_nearly_half",
                  "260 is 52.2 percent of 498, not nearly half"},
        // "A third" is "one in three": one in 3.5 to one in 2.5.
        ClaimCase{"AThirdOf100Is33", OfWhole({"s:33:c", "w:100:c"}, "THIRD"),
                  kOk, "", ""},
        ClaimCase{"AThirdOf100Is34", OfWhole({"s:34:c", "w:100:c"}, "THIRD"),
                  kOk, "", ""},
        ClaimCase{"AThirdAsOneInTwoPointFive",
                  OfWhole({"s:40:c", "w:100:c"}, "THIRD"), kOk, "", ""},
        ClaimCase{"NotAThirdButLess", OfWhole({"s:28:c", "w:100:c"}, "THIRD"),
                  kError, "comparison.not_third",
                  "28 is 28 percent of 100, not a third (28.6 to 40 percent)."},
        ClaimCase{
            "NotAThirdButMore", OfWhole({"s:45:c", "w:100:c"}, "THIRD"), kError,
            "comparison.not_third",
            "45 is 45 percent of 100, not a third (28.6 to 40 percent)."}),
    CaseName);

TEST(ComparisonResult, SaysWhatTheSubjectWouldNeed) {
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(Among("den", "LARGEST")));
  ASSERT_THAT(response, IsOk());
  const v1::Discrepancy& d = response->results(0).discrepancies(0);
  EXPECT_EQ(d.implied().text(), "at least 108");
  EXPECT_EQ(d.gap(), "-45");
}

TEST(ComparisonResult, SuggestsTheSwappedDigits) {
  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(
      Parse(Compare({"s:36:c:label=Denver", "a:50:c"}, "GREATER", {"a"})));
  ASSERT_THAT(response, IsOk());
  const v1::Discrepancy& d = response->results(0).discrepancies(0);
  ASSERT_GE(d.corrections_size(), 1) << d.DebugString();
  EXPECT_EQ(d.corrections(0).figure_id(), "s");
  EXPECT_EQ(d.corrections(0).corrected_text(), "63");
  EXPECT_EQ(d.corrections(0).cause(), v1::CAUSE_DIGITS_TRANSPOSED);
}

// A claim that cannot be read, and the field violation it gets.
struct BadComparison {
  std::string name;
  std::string comparison;  // the claim's "comparison" object
  std::string violation;
};

class ComparisonRequestTest : public ::testing::TestWithParam<BadComparison> {};

TEST_P(ComparisonRequestTest, NamesTheFieldAndTheReason) {
  EXPECT_THAT(
      Violations(Claim(Figures({"s:63:c", "a:107:c", "w:498:c"}),
                       absl::StrCat("\"comparison\":", GetParam().comparison))),
      ElementsAre(GetParam().violation));
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, ComparisonRequestTest,
    ::testing::Values(
        BadComparison{"NoSubject",
                      R"({"relation":"RELATION_LARGEST","otherIds":["a"]})",
                      "claims[0].comparison.subject_id MISSING_FIGURE"},
        BadComparison{"NoRelation", R"({"subjectId":"s","otherIds":["a"]})",
                      "claims[0].comparison.relation MISSING_RELATION"},
        BadComparison{"NoOthers",
                      R"({"subjectId":"s","relation":"RELATION_LARGEST"})",
                      "claims[0].comparison.other_ids NO_OTHERS"},
        BadComparison{
            "NoRank",
            R"({"subjectId":"s","relation":"RELATION_RANK","otherIds":["a"]})",
            "claims[0].comparison.rank INVALID_RANK"},
        BadComparison{
            "NegativeRank",
            R"({"subjectId":"s","relation":"RELATION_RANK","otherIds":["a"],"rank":-1})",
            "claims[0].comparison.rank INVALID_RANK"},
        BadComparison{
            "RankOfALargest",
            R"({"subjectId":"s","relation":"RELATION_LARGEST","otherIds":["a"],"rank":2})",
            "claims[0].comparison.rank UNUSED_FIELD"},
        BadComparison{"NoWhole",
                      R"({"subjectId":"s","relation":"RELATION_MAJORITY"})",
                      "claims[0].comparison.whole_id MISSING_FIGURE"},
        BadComparison{"MostOfNothing",
                      R"({"subjectId":"s","relation":"RELATION_MOST"})",
                      "claims[0].comparison.whole_id MISSING_FIGURE"},
        BadComparison{
            "WholeOfAPair",
            R"({"subjectId":"s","relation":"RELATION_GREATER","otherIds":["a"],)"
            R"("wholeId":"w"})",
            "claims[0].comparison.whole_id UNUSED_FIELD"},
        BadComparison{
            "MostOfThePartsAndTheWhole",
            R"({"subjectId":"s","relation":"RELATION_MOST","otherIds":["a"],)"
            R"("wholeId":"w"})",
            "claims[0].comparison.whole_id UNUSED_FIELD"},
        BadComparison{
            "OthersOfAHalf",
            R"({"subjectId":"s","relation":"RELATION_HALF","otherIds":["a"],)"
            R"("wholeId":"w"})",
            "claims[0].comparison.other_ids UNUSED_FIELD"},
        BadComparison{
            "SubjectAmongTheOthers",
            R"({"subjectId":"s","relation":"RELATION_LARGEST","otherIds":["s"]})",
            "claims[0].comparison.other_ids[0] SELF_REFERENCE"}),
    [](const ::testing::TestParamInfo<BadComparison>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimcheck
