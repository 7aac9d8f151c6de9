// CheckClaims over SPEC's examples and the rounding edges, table-driven: each
// case is a request as a user would write it (proto3 JSON) and the verdict,
// code and words a user would see.
#include "engine/engine.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "engine/checks/check.h"
#include "engine/reading/request_error.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

std::string Total(const std::string& figures, const std::string& total,
                  const std::vector<std::string>& parts, bool partial = false) {
  std::string p;
  for (const auto& id : parts)
    absl::StrAppend(&p, p.empty() ? "" : ",", "{\"figureId\":\"", id, "\"}");
  return absl::StrCat("{", figures,
                      ",\"claims\":[{\"id\":\"c\",\"total\":{\"totalId\":\"",
                      total, "\",\"parts\":[", p, "]",
                      partial ? ",\"partial\":true" : "", "}}]}");
}

INSTANTIATE_TEST_SUITE_P(
    Totals, ClaimTest,
    ::testing::Values(
        // XBRL's "1 + 1 = 3": rounded amounts can be 1.4 + 1.3 = 2.7...
        ClaimCase{"OnePlusOneIsThreeWhenRounded",
                  Total(Figures({"a:1:a", "b:1:a", "t:3:a"}), "t", {"a", "b"}),
                  kOk, "", ""},
        // ...but whole-number counts cannot.
        ClaimCase{
            "OnePlusOneIsNotThreeForCounts",
            Total(Figures({"a:1:c", "b:1:c", "t:3:c"}), "t", {"a", "b"}),
            kError, "total.sum_mismatch",
            "The 2 parts add up to 2, but the total is given as 3: 1 short."},
        ClaimCase{"PointOnePlusPointTwoIsExactlyPointThree",
                  Total(Figures({"a:0.1:a:ROUNDING_MODE_EXACT",
                                 "b:0.2:a:ROUNDING_MODE_EXACT",
                                 "t:0.3:a:ROUNDING_MODE_EXACT"}),
                        "t", {"a", "b"}),
                  kOk, "", ""},
        ClaimCase{"PointOnePlusPointTwoIsNotPointThreeOne",
                  Total(Figures({"a:0.1:a:ROUNDING_MODE_EXACT",
                                 "b:0.2:a:ROUNDING_MODE_EXACT",
                                 "t:0.31:a:ROUNDING_MODE_EXACT"}),
                        "t", {"a", "b"}),
                  kError, "total.sum_mismatch", "0.01 short"},
        ClaimCase{"AboutFiveHundredAllowsFourSeventyFive",
                  Total(Figures({"a:230:c", "b:245:c", "t:about 500:c"}), "t",
                        {"a", "b"}),
                  kOk, "", ""},
        ClaimCase{"AboutFiveHundredIsNotFourThirty",
                  Total(Figures({"a:230:c", "b:200:c", "t:about 500:c"}), "t",
                        {"a", "b"}),
                  kError, "total.sum_mismatch", "70 short"},
        ClaimCase{"MoreThanHundredIsNotNinety",
                  Total(Figures({"a:60:c", "b:30:c", "t:more than 100:c"}), "t",
                        {"a", "b"}),
                  kError, "total.sum_mismatch", "add up to 90"},
        ClaimCase{"MoreThanHundredAllowsHundredAndFive",
                  Total(Figures({"a:60:c", "b:45:c", "t:more than 100:c"}), "t",
                        {"a", "b"}),
                  kOk, "", ""},
        ClaimCase{"PartialBreakdownMayFallShort",
                  Total(Figures({"a:60:c", "b:30:c", "t:498:c"}), "t",
                        {"a", "b"}, true),
                  kOk, "", ""},
        ClaimCase{"PartialBreakdownMayNotExceed",
                  Total(Figures({"a:260:c", "b:300:c", "t:498:c"}), "t",
                        {"a", "b"}, true),
                  kError, "total.parts_exceed_total",
                  "more than the total of 498"},
        ClaimCase{
            "SubtractedPart",
            Claim(
                Figures({"a:500:c", "b:2:c", "t:498:c"}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"figureId\":\"b\",\"sign\":\"SIGN_MINUS\"}]}"),
            kOk, "", ""}),
    [](const auto& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    SharesAndCounts, ClaimTest,
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
        // Two of three is 66.7%: "66" only if truncated, not if rounded.
        ClaimCase{"TwoThirdsRoundedIsNotSixtySix",
                  Claim(Figures({"n:3:c", "k:2:c", "p:66:p"}),
                        "\"share\":{\"partId\":\"k\",\"baseId\":\"n\","
                        "\"percentId\":\"p\"}"),
                  kError, "share.mismatch", "66.7 percent"},
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
        ClaimCase{"ShareWithOnlyAPercent",
                  Claim(Figures({"p:63:p"}), "\"share\":{\"percentId\":\"p\"}"),
                  kNotCheckable, "share.missing_figure", "at least two"},
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
        ClaimCase{"ElevenCitiesListed",
                  Claim(Figures({"n:eleven:c", "a:1:c", "b:1:c", "c:1:c",
                                 "d:1:c", "e:1:c", "f:1:c", "g:1:c", "h:1:c",
                                 "i:1:c", "j:1:c", "k:1:c"}),
                        "\"count\":{\"countId\":\"n\",\"itemIds\":[\"a\",\"b\","
                        "\"c\",\"d\",\"e\",\"f\","
                        "\"g\",\"h\",\"i\",\"j\",\"k\"]}"),
                  kOk, "", ""},
        ClaimCase{"TwelveCitiesButElevenListed",
                  Claim(Figures({"n:12:c", "a:1:c", "b:1:c", "c:1:c", "d:1:c",
                                 "e:1:c", "f:1:c", "g:1:c", "h:1:c", "i:1:c",
                                 "j:1:c", "k:1:c"}),
                        "\"count\":{\"countId\":\"n\",\"itemIds\":[\"a\",\"b\","
                        "\"c\",\"d\",\"e\",\"f\","
                        "\"g\",\"h\",\"i\",\"j\",\"k\"]}"),
                  kError, "count.mismatch",
                  "lists 11 items, but the count is given as 12"}),
    [](const auto& info) { return info.param.name; });

std::string Change(const std::string& figures, const std::string& fields) {
  return Claim(figures,
               absl::StrCat("\"change\":{\"changeId\":\"d\"", fields, "}"));
}

INSTANTIATE_TEST_SUITE_P(
    Changes, ClaimTest,
    ::testing::Values(
        ClaimCase{"ClimbedThirtySevenPercentWithoutEndpoints",
                  Change(Figures({"d:37 percent:p"}),
                         ",\"direction\":\"DIRECTION_UP\""),
                  kNotCheckable, "change.missing_figure",
                  "values it runs from and to"},
        ClaimCase{"FellTwentyFivePercent",
                  Change(Figures({"a:100:c", "b:75:c", "d:25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"NegativePercentWithoutDirectionWord",
                  Change(Figures({"a:100:c", "b:75:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\""),
                  kOk, "", ""},
        ClaimCase{"RoseWhenItFell",
                  Change(Figures({"a:100:c", "b:75:c", "d:25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kError, "change.direction_reversed",
                  "From 100 to 75 is a fall of 25 percent, not a rise."},
        ClaimCase{"FellMoreThanAHundredPercent",
                  Change(Figures({"a:40:c", "b:10:c", "d:120%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kError, "change.mismatch",
                  "From 40 to 10 is a fall of 75 percent"},
        ClaimCase{
            "FellMoreThanAHundredPercentWithoutEndpoints",
            Change(Figures({"d:120%:p"}), ",\"direction\":\"DIRECTION_DOWN\""),
            kWarning, "change.fall_over_100_percent", "below zero"},
        ClaimCase{"MeasuredFromTheLaterValue",
                  Change(Figures({"a:80:c", "b:100:c", "d:20%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.wrong_base",
                  "only if measured from the later value"},
        ClaimCase{"PercentWherePointsWereMeant",
                  Change(Figures({"a:40%:p", "b:50%:p", "d:10 percent:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.percent_vs_points",
                  "only if it means percentage points"},
        ClaimCase{"RoseFivePoints",
                  Change(Figures({"a:40%:p", "b:45%:p", "d:5 points:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":"
                         "\"CHANGE_MEASURE_PERCENTAGE_POINTS\""),
                  kOk, "", ""},
        ClaimCase{"AbsoluteDifference",
                  Change(Figures({"a:471:c", "b:498:c", "d:27:c"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\""),
                  kOk, "", ""},
        ClaimCase{
            "Doubled",
            Change(Figures({"a:21:c", "b:42:c", "d:2:a:ROUNDING_MODE_EXACT"}),
                   ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":\"CHANGE_"
                   "MEASURE_MULTIPLE\""),
            kOk, "", ""},
        ClaimCase{
            "NotDoubled",
            Change(Figures({"a:21:c", "b:45:c", "d:2:a:ROUNDING_MODE_EXACT"}),
                   ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":\"CHANGE_"
                   "MEASURE_MULTIPLE\""),
            kError, "change.mismatch", "2.14 times"},
        ClaimCase{"ImpliedEarlierValue",
                  Change(Figures({"b:137:c", "d:37%:p"}),
                         ",\"toId\":\"b\",\"direction\":\"DIRECTION_UP\""),
                  kNotCheckable, "change.missing_figure", "earlier one"}),
    [](const auto& info) { return info.param.name; });

// Every kind of claim has a check. A kind added to the proto without one is
// reported as not checkable ("<kind>.not_supported"), never as consistent;
// this test says when that happens.
TEST(ClaimCheck, EveryKindOfClaimHasACheck) {
  const auto* oneof = v1::Claim::descriptor()->FindOneofByName("kind");
  for (int i = 0; i < oneof->field_count(); ++i) {
    bool found = false;
    for (const Check& check : AllChecks()) {
      found |= static_cast<int>(check.kind) == oneof->field(i)->number();
    }
    EXPECT_TRUE(found) << oneof->field(i)->name();
  }
}

// The worked example's 11 regional counts, with Denver printed as `denver`.
std::string Regions(const std::string& denver) {
  return Total(
      Figures({"la:101:c", "sc:21:c", "sf:six:c", "ba:28:c", "cc:30:c",
               "de:" + denver + ":c", "ny:45:c", "ph:107:c", "se:33:c",
               "dc:14:c", "ma:50:c", "all:498:c"}),
      "all",
      {"la", "sc", "sf", "ba", "cc", "de", "ny", "ph", "se", "dc", "ma"});
}

TEST(ClaimCheck, TheWorkedExampleRegionsAddUpToTheTotal) {
  auto response = CheckClaims(Parse(Regions("63")));
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->results(0).verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(response->results(0).discrepancies_size(), 0);
}

TEST(ClaimCheck, TheDenverTranspositionIsFoundAndFixed) {
  auto response = CheckClaims(Parse(Regions("36")));
  ASSERT_THAT(response, IsOk());
  const v1::Discrepancy& d = response->results(0).discrepancies(0);
  EXPECT_EQ(
      d.message(),
      "The 11 parts add up to 471, but the total is given as 498: 27 short.");
  EXPECT_EQ(d.gap(), "27");
  EXPECT_EQ(d.stated().text(), "498");
  EXPECT_EQ(d.implied().text(), "471");
  EXPECT_EQ(d.cause(), v1::CAUSE_DIGITS_TRANSPOSED);
  ASSERT_GE(d.corrections_size(), 1);
  EXPECT_EQ(d.corrections(0).figure_id(), "de");
  EXPECT_EQ(d.corrections(0).corrected_text(), "63");
  EXPECT_EQ(response->summary().errors(), 1);
}

// Found by fuzz/engine_fuzzer: a mean whose count is a rate "below 0". The
// article search split a real value again and again toward a limit no simple
// value reaches, and its numbers doubled in size each time: one request ran
// for minutes and took over a gigabyte, whatever its step budget. Now the
// search keeps numbers small and stays within its budget.
TEST(ClaimCheck, AnEndlessSplitStaysWithinItsBudget) {
  CheckOptions options;
  options.work_budget = 50'000;
  auto response = CheckClaims(
      Parse(
          R"({"figures":[)"
          R"({"id":"f0","text":"63%","unit":"UNIT_RATE","qualifier":"QUALIFIER_LESS_THAN"},)"
          R"({"id":"f1","text":"0","unit":"UNIT_RATE","qualifier":"QUALIFIER_LESS_THAN"},)"
          R"({"id":"f2","text":"0","unit":"UNIT_RATE"},{"id":"f3","text":"0","unit":"UNIT_RATE"}],)"
          R"("claims":[{"id":"c0","share":{}},)"
          R"({"id":"c1","mean":{"meanId":"f0","nId":"f1","sumId":"f2"}},)"
          R"({"id":"c2","share":{}}]})"),
      options);
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->results(1).verdict(), v1::VERDICT_ERROR);
  EXPECT_EQ(response->results(1).discrepancies(0).code(), "mean.no_values");
  EXPECT_EQ(response->article().verdict(), v1::VERDICT_ERROR);
  EXPECT_LE(response->article().work_used(), options.work_budget);
}

TEST(ClaimCheck, UnreadableRequestsListEveryViolation) {
  auto response = CheckClaims(
      Parse(absl::StrCat("{", Figures({"a:1:c", "a:2:c", "b:x:c"}),
                         ",\"claims\":[{\"id\":\"c\",\"total\":{\"totalId\":"
                         "\"a\",\"parts\":[{\"figureId\":\"a\"},"
                         "{\"figureId\":\"nope\"}]}},{\"id\":\"d\",\"total\":{"
                         "\"totalId\":\"a\"}}]}")));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  std::vector<std::string> seen;
  for (const auto& v : bad.field_violations())
    seen.push_back(v.field() + " " + v.reason());
  EXPECT_THAT(seen, ::testing::ElementsAre(
                        "figures[1].id DUPLICATE_ID",
                        "figures[2].text UNPARSABLE_NUMBER",
                        "claims[0].total.parts[0].figure_id SELF_REFERENCE",
                        "claims[0].total.parts[1].figure_id UNKNOWN_FIGURE_ID",
                        "claims[1].total.parts NO_PARTS"));
  EXPECT_EQ(ErrorInfoOf(response.status()).reason(), "INVALID_REQUEST");
  EXPECT_EQ(ErrorInfoOf(response.status()).domain(), "claimcheck.v1");
}

TEST(ClaimCheck, ClaimsNeedAKindAndAnId) {
  auto response = CheckClaims(Parse("{\"claims\":[{\"text\":\"hello\"}]}"));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  ASSERT_EQ(bad.field_violations_size(), 2);
  EXPECT_EQ(bad.field_violations(0).reason(), "MISSING_ID");
  EXPECT_EQ(bad.field_violations(1).reason(), "MISSING_KIND");
}

}  // namespace
}  // namespace claimcheck
