// Totals: parts that add up to a total, rounded, qualified, partial or
// subtracted, and the worked example's regions with Denver transposed.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/engine.h"
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

}  // namespace
}  // namespace claimcheck
