// Units of measure in claims: figures of one dimension are converted exactly
// before they compare (rates per million and per 100,000, pence and pounds,
// kilograms and pounds, minutes and hours); figures of two dimensions make
// the request unreadable; a percent sign printed on a rate per N is a
// warning. The examples are docs/spec.md's.
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

std::string Ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids)
    absl::StrAppend(&out, out.empty() ? "" : ",", "\"", id, "\"");
  return out;
}

std::string Total(const std::string& figures, const std::string& total,
                  const std::vector<std::string>& parts) {
  std::string p;
  for (const auto& id : parts)
    absl::StrAppend(&p, p.empty() ? "" : ",", "{\"figureId\":\"", id, "\"}");
  return Claim(figures, absl::StrCat("\"total\":{\"totalId\":\"", total,
                                     "\",\"parts\":[", p, "]}"));
}

std::string Same(const std::string& figures,
                 const std::vector<std::string>& ids) {
  return Claim(figures, absl::StrCat("\"sameQuantity\":{\"figureIds\":[",
                                     Ids(ids), "]}"));
}

std::string Change(const std::string& figures, const std::string& extra) {
  return Claim(figures,
               absl::StrCat("\"change\":{\"fromId\":\"from\",\"toId\":\"to\","
                            "\"changeId\":\"k\"",
                            extra, "}"));
}

// Four death rates, two per million and two per 100,000 (docs/spec.md).
const std::vector<std::string> kRates = {
    "a:13:r:per=1 million", "b:15:r:per=1 million", "c:4.5:r:per=100,000",
    "d:10.2:r:per=100,000"};

std::vector<std::string> With(std::vector<std::string> figures,
                              const std::string& more) {
  figures.push_back(more);
  return figures;
}

INSTANTIATE_TEST_SUITE_P(
    Units, ClaimTest,
    ::testing::Values(
        // 13 and 15 per million are 1.3 and 1.5 per 100,000: 17.5 in all.
        ClaimCase{"RatesPerMillionConvertToPerHundredThousand",
                  Total(Figures(With(kRates, "t:17.5:r:per=100,000")), "t",
                        {"a", "b", "c", "d"}),
                  kOk, "", ""},
        ClaimCase{"RatesAddedAsPrintedAreAnError",
                  Total(Figures(With(kRates, "t:about 43:r:per=100,000")), "t",
                        {"a", "b", "c", "d"}),
                  kError, "total.sum_mismatch",
                  "The 4 parts add up to 17.5 (17.3 to 17.7 allowing for "
                  "rounding), but the total is given as about 43: 25.5 short."},
        // 75p to £1.00 is a rise of a third, not a quarter: 25 percent is
        // the fall from £1.00 to 75p (the wrong base).
        ClaimCase{"PenceToPoundsRiseByAThird",
                  Change(Figures({"from:75:a:sym=GBp", "to:£1.00:-",
                                  "k:33 percent:p"}),
                         ""),
                  kOk, "", ""},
        ClaimCase{"PenceToPoundsByAQuarterIsTheWrongBase",
                  Change(Figures({"from:75:a:sym=GBp", "to:£1.00:-",
                                  "k:25 percent:p"}),
                         ",\"direction\":\"DIRECTION_UP\""),
                  kWarning, "change.wrong_base", "", v1::CAUSE_WRONG_BASE},
        // A difference is in the endpoints' unit: 25p is £0.25.
        ClaimCase{
            "PenceDifferenceBetweenPounds",
            Change(Figures({"from:£4.41:-", "to:£4.54:-", "k:13:a:sym=GBp"}),
                   ""),
            kOk, "", ""},
        // 12 kilograms are 26.46 pounds, not roughly 24.
        ClaimCase{"KilogramsAreNotRoughlyTwentyFourPounds",
                  Same(Figures({"kg:12:a:sym=kg", "lb:roughly 24:a:sym=lb"}),
                       {"kg", "lb"}),
                  kError, "same_quantity.mismatch",
                  "\"12\" and \"roughly 24\" cannot both describe the same "
                  "quantity."},
        ClaimCase{
            "KilogramsAreTwentySixAndAHalfPounds",
            Same(Figures({"kg:12:a:sym=kg", "lb:26.5:a:sym=lb"}), {"kg", "lb"}),
            kOk, "", ""},
        ClaimCase{
            "NinetyMinutesAreOneAndAHalfHours",
            Same(Figures({"m:90:a:sym=min", "h:1.5:a:sym=h"}), {"m", "h"}), kOk,
            "", ""},
        // A figure without a unit of measure is in the claim's unit.
        ClaimCase{"ACountHasNoUnitToConvert",
                  Total(Figures({"a:2:a:sym=kg", "b:3:c", "t:5:a:sym=kg"}), "t",
                        {"a", "b"}),
                  kOk, "", ""},
        // A percent sign printed on a rate per 100,000.
        ClaimCase{
            "APercentSignOnARateIsAWarning",
            Same(Figures({"r:17.4:r:per=100,000", "p:17.4%:-"}), {"r", "p"}),
            kWarning, "same_quantity.percent_for_rate",
            "17.4% is printed as a percentage, but the claim holds "
            "only if it is a rate per 100,000, like 17.4.",
            v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"APercentAmongRatesThatFitsNeitherWayIsAnError",
                  Total(Figures({"a:10.2:r:per=100,000", "b:3%:-",
                                 "t:17.4:r:per=100,000"}),
                        "t", {"a", "b"}),
                  kError, "total.sum_mismatch", ""}),
    CaseName);

TEST(Units, OfTwoDimensionsInOneClaimAreUnreadable) {
  EXPECT_THAT(Violations(Same(Figures({"a:12:a:sym=kg", "b:30:a:sym=ft",
                                       "c:$5:-", "d:£4:-"}),
                              {"a", "b", "c", "d"})),
              ::testing::ElementsAre(
                  "claims[0].same_quantity.figure_ids[1] INCOMPATIBLE_UNITS",
                  "claims[0].same_quantity.figure_ids[2] INCOMPATIBLE_UNITS",
                  "claims[0].same_quantity.figure_ids[3] INCOMPATIBLE_UNITS"));
  EXPECT_THAT(
      Violations(Same(Figures({"a:12:a:sym=furlong", "b:1:a"}), {"a", "b"})),
      ::testing::Contains("figures[0].unit_symbol UNKNOWN_UNIT_SYMBOL"));
}

TEST(Units, ConvertInTheArticleModelToo) {
  for (const auto& [total, verdict] :
       {std::pair<std::string, v1::Verdict>{"17.5", v1::VERDICT_CONSISTENT},
        {"about 43", v1::VERDICT_ERROR}}) {
    const absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(
        Parse(Total(Figures(With(kRates, "t:" + total + ":r:per=100,000")), "t",
                    {"a", "b", "c", "d"})));
    ASSERT_THAT(response, IsOk());
    EXPECT_EQ(response->article().verdict(), verdict) << total;
  }
}

}  // namespace
}  // namespace claimcheck
