// Quantities the article does not print: unstated ones that claims share
// ("up 1,200, or 8 percent" implies a base of about 15,000), and ones defined
// by an expression ("A and B together make up 40 percent of C", twice a
// count, a mean over "n minus the 3 excluded", a Wald z = b / SE). The cases
// are docs/spec.md's.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "engine/engine.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

// A request with `figures`, the quantities `quantities` (JSON objects) and
// one claim "c" of `kind`.
std::string With(const std::string& figures,
                 const std::vector<std::string>& quantities,
                 const std::string& kind) {
  std::string q;
  for (const auto& one : quantities)
    absl::StrAppend(&q, q.empty() ? "" : ",", one);
  return absl::StrCat("{", figures, ",\"quantities\":[", q,
                      "],\"claims\":[{\"id\":\"c\",", kind, "}]}");
}

// A quantity `id` defined by `operation` ("SUM") over `operands`: figure ids,
// or numbers written as "=2".
std::string Defined(const std::string& id, const std::string& operation,
                    const std::vector<std::string>& operands,
                    const std::string& extra = "") {
  std::string o;
  for (const auto& one : operands) {
    absl::StrAppend(&o, o.empty() ? "" : ",",
                    one[0] == '='
                        ? absl::StrCat("{\"constant\":\"", one.substr(1), "\"}")
                        : absl::StrCat("{\"figureId\":\"", one, "\"}"));
  }
  return absl::StrCat("{\"id\":\"", id, "\"", extra,
                      ",\"expression\":{\"operation\":\"OPERATION_", operation,
                      "\",\"operands\":[", o, "]}}");
}

std::string Unstated(const std::string& id, const std::string& unit,
                     const std::string& label = "") {
  return absl::StrCat("{\"id\":\"", id, "\",\"unit\":\"", unit, "\"",
                      label.empty() ? "" : ",\"label\":\"" + label + "\"", "}");
}

const char kShare[] =
    "\"share\":{\"partId\":\"both\",\"baseId\":\"c\",\"percentId\":\"p\"}";

// "With the LGA only 26.1sq km, planting one million trees would equate to
// about 38 trees per sq m": the area in square metres is a quantity the
// article defines but does not print.
const char kTreesPerSquareMetre[] =
    R"({"figures":[
              {"id":"trees","text":"one million","unit":"UNIT_COUNT",
               "unitName":"trees"},
              {"id":"area","text":"26.1","unit":"UNIT_AMOUNT",
               "unitSymbol":"km2","unitName":"square kilometres"},
              {"id":"density","text":"about 38","unit":"UNIT_RATE",
               "ratePer":"1","unitName":"trees per square metre"}],
             "quantities":[{"id":"area-m2","unit":"UNIT_AMOUNT",
               "unitSymbol":"m2","unitName":"square metres",
               "expression":{"operation":"OPERATION_SUM",
                             "operands":[{"figureId":"area"}]}}],
             "claims":[{"id":"c","rate":{"countId":"trees",
               "populationId":"area-m2","rateId":"density"}}]})";

INSTANTIATE_TEST_SUITE_P(
    Quantities, ClaimTest,
    ::testing::Values(
        // "With the LGA only 26.1sq km, planting one million trees would
        // equate to about 38 trees per sq m": the area defined in square
        // metres shows its converted value, and the rate per one its unit.
        ClaimCase{
            "ConvertedOperandAndRatePerOne", kTreesPerSquareMetre, kError,
            "rate.mismatch",
            "one million trees among 26,100,000 square metres is 0.038 trees "
            "per square metre (0.019 to 0.058 allowing for rounding), not "
            "about 38 trees per square metre."},
        // "A and B together make up 40 percent of C".
        ClaimCase{"TogetherFortyPercentOfTheTotal",
                  With(Figures({"a:60:c", "b:50:c", "c:275:c", "p:40%:p"}),
                       {Defined("both", "SUM", {"a", "b"})}, kShare),
                  kOk, "", ""},
        ClaimCase{"TogetherNotFortyPercent",
                  With(Figures({"a:60:c", "b:50:c", "c:312:c", "p:40%:p"}),
                       {Defined("both", "SUM", {"a", "b"})}, kShare),
                  kError, "share.mismatch",
                  "60 + 50 is 35.3 percent of 312, not 40%."},
        // A mean over "n minus the 3 excluded": 28 whole-number values
        // cannot average 5.19 (GRIM), 27 can.
        ClaimCase{"MeanOverNMinusTheExcluded",
                  With(Figures({"n:30:c", "x:3:c", "m:5.19:a"}),
                       {Defined("used", "DIFFERENCE", {"n", "x"})},
                       "\"mean\":{\"meanId\":\"m\",\"nId\":\"used\","
                       "\"wholeNumberValues\":true}"),
                  kOk, "", ""},
        ClaimCase{"MeanOverNMinusTheExcludedFailsGrim",
                  With(Figures({"n:31:c", "x:3:c", "m:5.19:a"}),
                       {Defined("used", "DIFFERENCE", {"n", "x"})},
                       "\"mean\":{\"meanId\":\"m\",\"nId\":\"used\","
                       "\"wholeNumberValues\":true}"),
                  kError, "mean.grim_inconsistent",
                  "A mean of 5.19 from 31 - 3 whole-number values is "
                  "impossible"},
        // Twice "about 30" people spans 50 to 70 but is even: never 63.
        ClaimCase{"TwiceACountIsEven",
                  With(Figures({"x:about 30:c", "y:63:c"}),
                       {Defined("twice", "PRODUCT", {"=2", "x"})},
                       "\"sameQuantity\":{\"figureIds\":[\"twice\",\"y\"]}"),
                  kError, "same_quantity.cannot_hold",
                  "No values within the figures' rounding make this claim "
                  "hold exactly"},
        ClaimCase{"TwiceACountIsSixtyTwo",
                  With(Figures({"x:about 30:c", "y:62:c"}),
                       {Defined("twice", "PRODUCT", {"=2", "x"})},
                       "\"sameQuantity\":{\"figureIds\":[\"twice\",\"y\"]}"),
                  kOk, "", ""},
        // "Twice A minus B": expressions nest through quantities.
        ClaimCase{"TwiceAMinusB",
                  With(Figures({"a:30:c", "b:12:c", "r:48:c"}),
                       {Defined("twice", "PRODUCT", {"=2", "a"}),
                        Defined("d", "DIFFERENCE", {"twice", "b"})},
                       "\"sameQuantity\":{\"figureIds\":[\"d\",\"r\"]}"),
                  kOk, "", ""},
        ClaimCase{"TwiceAMinusBIsNotFortySeven",
                  With(Figures({"a:30:c", "b:12:c", "r:47:c"}),
                       {Defined("twice", "PRODUCT", {"=2", "a"}),
                        Defined("d", "DIFFERENCE", {"twice", "b"})},
                       "\"sameQuantity\":{\"figureIds\":[\"d\",\"r\"]}"),
                  kError, "same_quantity.mismatch", "(2 \xC3\x97 30) - 12"},
        // A difference over an unstated base: "up 1,200" alone leaves the
        // new value at least 1,200.
        ClaimCase{"UpTwelveHundredAlone",
                  With(Figures({"rise:1,200:c"}),
                       {Unstated("before", "UNIT_COUNT"),
                        Unstated("after", "UNIT_COUNT")},
                       "\"change\":{\"fromId\":\"before\",\"toId\":"
                       "\"after\",\"changeId\":\"rise\",\"direction\":"
                       "\"DIRECTION_UP\"}"),
                  kOk, "", "at least 1,200"},
        // A figure counted twice: the margin after 1,236,162 switched sides.
        ClaimCase{"AFigureTwiceInOneDifference",
                  With(Figures({"lead:1,269,501:c", "switch:1,236,162:c",
                                "after:-1,202,823:a"}),
                       {Defined("margin", "DIFFERENCE",
                                {"lead", "switch", "switch"})},
                       "\"sameQuantity\":{\"figureIds\":[\"margin\","
                       "\"after\"]}"),
                  kOk, "", ""},
        // A Wald z from an estimate and its standard error.
        ClaimCase{"WaldZFromEstimateAndError",
                  With(Figures({"b:0.52:a", "se:0.21:a", "p:.04:a"}),
                       {Defined("z", "QUOTIENT", {"b", "se"})},
                       "\"statisticalTest\":{\"statistic\":"
                       "\"TEST_STATISTIC_Z\",\"valueId\":\"z\",\"pId\":\"p\"}"),
                  kError, "statistical_test.p_mismatch",
                  "z = 0.52 / 0.21 gives p = 0.0133"},
        // An unstated base: "1.6 percent" of the total vote implies it.
        ClaimCase{"ShareOfAnUnstatedWhole",
                  With(Figures({"m:1,586:c", "p:1.6 percent:p"}),
                       {Unstated("vote", "UNIT_COUNT", "the total vote")},
                       "\"share\":{\"partId\":\"m\",\"baseId\":\"vote\","
                       "\"percentId\":\"p\"}"),
                  kOk, "", "96,122 to 102,322"},
        // Comparisons over an unstated quantity: "last year's jobs, more
        // than 5,000" leaves at least 5,001; a count below zero is none.
        ClaimCase{
            "AnUnstatedQuantityAboveAFigure",
            With(Figures({"a:5,000:c"}),
                 {Unstated("before", "UNIT_COUNT", "last year's jobs")},
                 "\"comparison\":{\"subjectId\":\"before\","
                 "\"relation\":\"RELATION_GREATER\",\"otherIds\":[\"a\"]}"),
            kOk, "", "at least 5,001"},
        ClaimCase{"AnUnstatedCountBelowZero",
                  With(Figures({"a:0:c"}), {Unstated("before", "UNIT_COUNT")},
                       "\"comparison\":{\"subjectId\":\"before\","
                       "\"relation\":\"RELATION_LESS\",\"otherIds\":[\"a\"]}"),
                  kError, "comparison.cannot_hold",
                  "No value of the unstated quantity before makes this claim "
                  "hold"},
        ClaimCase{"AnUnstatedWholeThatAFigureIsAMajorityOf",
                  With(Figures({"a:60:c"}),
                       {Unstated("all", "UNIT_COUNT", "the voters")},
                       "\"comparison\":{\"subjectId\":\"a\",\"wholeId\":"
                       "\"all\",\"relation\":\"RELATION_MAJORITY\"}"),
                  kOk, "", "60 to 119"},
        // No whole number of people is 7 percent of 50.
        ClaimCase{"AnUnstatedPartThatNoneFits",
                  With(Figures({"b:50:c", "p:7%:p"}),
                       {Unstated("part", "UNIT_COUNT")},
                       "\"share\":{\"partId\":\"part\",\"baseId\":\"b\","
                       "\"percentId\":\"p\"}"),
                  kError, "share.cannot_hold",
                  "No value of the unstated quantity part makes this claim "
                  "hold"}),
    CaseName);

// "Up 1,200, or 8 percent": two changes of one unstated base.
std::string UpTwelveHundred(const std::string& percent,
                            const std::string& more = "") {
  std::vector<std::string> figures = {"rise:1,200:c", "pct:" + percent + ":p"};
  if (!more.empty()) figures.push_back("printed:15,000:c");
  return absl::StrCat(
      "{", Figures(figures), ",\"quantities\":[",
      Unstated("before", "UNIT_COUNT", "last year's jobs"), ",",
      Unstated("after", "UNIT_COUNT", "this year's jobs"),
      "],\"claims\":["
      "{\"id\":\"by\",\"change\":{\"fromId\":\"before\",\"toId\":\"after\","
      "\"changeId\":\"rise\",\"direction\":\"DIRECTION_UP\"}},"
      "{\"id\":\"pct\",\"change\":{\"fromId\":\"before\",\"toId\":\"after\","
      "\"changeId\":\"pct\",\"direction\":\"DIRECTION_UP\"}}",
      more, "]}");
}

// A correction is of a printed figure: the quantity "26,100,000" square
// metres is not in the article, so "should be 26,100" is never proposed; the
// density "about 38" for "about 0.038" is.
TEST(Quantities, AreNeverCorrectedThemselves) {
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(kTreesPerSquareMetre));
  ASSERT_THAT(response, IsOk());
  ASSERT_EQ(response->results(0).discrepancies_size(), 1);
  const v1::Discrepancy& d = response->results(0).discrepancies(0);
  ASSERT_GE(d.corrections_size(), 1) << d.DebugString();
  for (const v1::Correction& c : d.corrections()) {
    EXPECT_NE(c.figure_id(), "area-m2") << d.DebugString();
  }
  EXPECT_EQ(d.corrections(0).figure_id(), "density");
  EXPECT_EQ(d.corrections(0).corrected_text(), "about 0.038");
}

TEST(Quantities, SharedByTwoClaimsAreImpliedTogether) {
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(UpTwelveHundred("8 percent")));
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->article().verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(response->article().implied_values_size(), 2);
  EXPECT_EQ(response->article().implied_values(0).quantity_id(), "before");
  // 1,200 / 8.5% to 1,200 / 7.5%, in whole jobs.
  EXPECT_EQ(response->article().implied_values(0).range().text(),
            "14,118 to 16,000");
  EXPECT_EQ(response->article().implied_values(1).range().text(),
            "15,318 to 17,200");
}

// A comparison joins the claims that share an unstated quantity: "up 1,200,
// or 8 percent" leaves a base of 14,118 to 16,000, which "more than 16,000"
// cannot be.
TEST(Quantities, AComparisonHoldsWithTheClaimsThatShareItsQuantity) {
  for (const auto& [above, verdict] :
       std::vector<std::pair<std::string, v1::Verdict>>{
           {"15,000", v1::VERDICT_CONSISTENT}, {"16,000", v1::VERDICT_ERROR}}) {
    SCOPED_TRACE(above);
    const std::string request = absl::StrReplaceAll(
        UpTwelveHundred("8 percent",
                        ",{\"id\":\"more\",\"comparison\":{\"subjectId\":"
                        "\"before\",\"relation\":\"RELATION_GREATER\","
                        "\"otherIds\":[\"printed\"]}}"),
        {{"15,000", above}});
    const absl::StatusOr<v1::CheckClaimsResponse> response =
        CheckClaims(Parse(request));
    ASSERT_THAT(response, IsOk());
    EXPECT_EQ(response->results(2).verdict(), v1::VERDICT_CONSISTENT);
    EXPECT_EQ(response->article().verdict(), verdict)
        << response->article().DebugString();
  }
}

TEST(Quantities, SharedByClaimsThatDisagreeConflict) {
  // "Up 1,200, or 12 percent" from a base printed elsewhere as 15,000.
  const std::string more =
      ",{\"id\":\"base\",\"sameQuantity\":{\"figureIds\":[\"before\","
      "\"printed\"]}}";
  const std::string request = UpTwelveHundred("12 percent", more);
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(request));
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->article().verdict(), v1::VERDICT_ERROR);
  ASSERT_GE(response->article().conflicts_size(), 1);
  EXPECT_THAT(response->article().conflicts(0).quantity_ids(),
              ::testing::ElementsAre("before", "after"));
}

TEST(Quantities, ConflictNamesTheQuantityTheClaimsShare) {
  // The Montana Senate race: the margin's 1.6 percent is of the total vote,
  // which the three candidates' votes add up to.
  const std::string request = absl::StrCat(
      "{",
      Figures({"tester:198,302:c", "burns:196,283:c", "jones:10,377:c",
               "margin:1,586:c", "pct:1.6 percent:p"}),
      ",\"quantities\":[", Unstated("vote", "UNIT_COUNT", "the total vote"),
      "],\"claims\":["
      "{\"id\":\"all\",\"total\":{\"totalId\":\"vote\",\"parts\":["
      "{\"figureId\":\"tester\"},{\"figureId\":\"burns\"},"
      "{\"figureId\":\"jones\"}]}},"
      "{\"id\":\"share\",\"share\":{\"partId\":\"margin\",\"baseId\":"
      "\"vote\",\"percentId\":\"pct\"}}]}");
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(request));
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->results(0).verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(response->results(1).verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(response->article().verdict(), v1::VERDICT_ERROR);
  ASSERT_EQ(response->article().conflicts_size(), 1);
  EXPECT_EQ(response->article().conflicts(0).message(),
            "Claims all and share cannot both hold with one value of the "
            "total vote: all needs it to be 404,962 and share needs it to be "
            "96,122 to 102,322.");
  ASSERT_GE(response->article().suspects_size(), 1);
  EXPECT_EQ(response->article().suspects(0).correction().corrected_text(),
            "0.4 percent");
}

TEST(Quantities, AnUnstatedOperandIsImpliedThroughItsExpression) {
  // 60 and the rest make 40 percent of 275, so the rest is 50 (49 to 51
  // within the percent's rounding).
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(With(Figures({"a:60:c", "c:275:c", "p:40%:p"}),
                             {Unstated("rest", "UNIT_COUNT", "the rest"),
                              Defined("both", "SUM", {"a", "rest"})},
                             kShare)));
  ASSERT_THAT(response, IsOk());
  const v1::ClaimResult& result = response->results(0);
  EXPECT_EQ(result.verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(result.implied_values_size(), 2);
  EXPECT_EQ(result.implied_values(0).quantity_id(), "both");
  EXPECT_EQ(result.implied_values(0).role(), "part");
  EXPECT_EQ(result.implied_values(0).range().text(), "109 to 111");
  EXPECT_EQ(result.implied_values(1).quantity_id(), "rest");
  EXPECT_EQ(result.implied_values(1).role(), "operand");
  EXPECT_EQ(result.implied_values(1).description(), "the rest");
  EXPECT_EQ(result.implied_values(1).range().text(), "49 to 51");
  // All claims together say the same of both.
  ASSERT_EQ(response->article().implied_values_size(), 2);
  EXPECT_EQ(response->article().implied_values(0).quantity_id(), "rest");
  EXPECT_EQ(response->article().implied_values(0).range().text(), "49 to 51");
}

TEST(Quantities, UnreadableOnesSayWhy) {
  const std::string figures = Figures({"a:1:a", "b:2:a"});
  const std::string claim = "\"sameQuantity\":{\"figureIds\":[\"a\",\"q\"]}";
  EXPECT_THAT(
      Violations(With(figures, {Defined("q", "SUM", {"a", "nowhere"})}, claim)),
      ::testing::ElementsAre(
          "quantities[0].expression.operands[1].figure_id UNKNOWN_FIGURE_ID"));
  EXPECT_THAT(Violations(With(figures,
                              {Defined("q", "SUM", {"a", "r"}),
                               Defined("r", "PRODUCT", {"=2", "q"})},
                              claim)),
              ::testing::ElementsAre("quantities[0].expression "
                                     "CYCLIC_DEFINITION"));
  EXPECT_THAT(
      Violations(With(figures, {Defined("q", "QUOTIENT", {"a", "=0"})}, claim)),
      ::testing::ElementsAre(
          "quantities[0].expression.operands[1].constant DIVISION_BY_ZERO"));
  EXPECT_THAT(
      Violations(With(figures, {Defined("q", "QUOTIENT", {"a"})}, claim)),
      ::testing::ElementsAre("quantities[0].expression.operands "
                             "WRONG_OPERAND_COUNT"));
  EXPECT_THAT(
      Violations(With(figures, {Defined("q", "SUM", {"a", "=two"})}, claim)),
      ::testing::ElementsAre(
          "quantities[0].expression.operands[1].constant BAD_CONSTANT"));
  EXPECT_THAT(Violations(With(figures, {Defined("a", "SUM", {"b"})}, claim)),
              ::testing::Contains("quantities[0].id DUPLICATE_ID"));
  EXPECT_THAT(Violations(With(Figures({"a:12:a:sym=kg", "b:3:a:sym=km"}),
                              {Defined("q", "SUM", {"a", "b"})}, claim)),
              ::testing::ElementsAre("quantities[0].expression.operands[1]."
                                     "figure_id INCOMPATIBLE_UNITS"));
}

}  // namespace
}  // namespace claimcheck
