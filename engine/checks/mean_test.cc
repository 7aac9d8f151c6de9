// Means and the GRIM test over scrutiny's published cases (the R package's
// own test suite, by Lukas Jung), the sum form, implied sums and the words
// a user sees.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "engine/engine.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

// A mean claim over figures m (the mean), n and s (the sum), with `fields`
// added to the claim (",\"wholeNumberValues\":true").
std::string Mean(const std::vector<std::string>& figures,
                 const std::string& fields) {
  return Claim(
      Figures(figures),
      absl::StrCat("\"mean\":{\"meanId\":\"m\",\"nId\":\"n\"", fields, "}"));
}

// One of scrutiny's GRIM cases: the mean as printed (trailing zeros count), n,
// items per respondent, and whether scrutiny finds it consistent (rounding
// "up_or_down", which is ROUNDING_MODE_NEAREST with both ends included).
ClaimCase Grim(const std::string& mean, const std::string& n, bool consistent,
               int items = 1) {
  return ClaimCase{
      absl::StrCat("Mean",
                   absl::StrReplaceAll(mean, {{".", "p"}, {"-", "Minus"}}), "N",
                   n, items > 1 ? absl::StrCat("Items", items) : ""),
      Mean({"m:" + mean + ":-", "n:" + n + ":c"},
           absl::StrCat(",\"wholeNumberValues\":true",
                        items > 1 ? absl::StrCat(",\"items\":", items) : "")),
      consistent ? kOk : kError, consistent ? "" : "mean.grim_inconsistent",
      consistent ? "" : absl::StrCat("A mean of ", mean, " from ", n)};
}

INSTANTIATE_TEST_SUITE_P(
    ScrutinyGrim, ClaimTest,
    ::testing::Values(
        Grim("5.19", "28", false), Grim("5.19", "32", true),
        // 5.19, 5.20, ..., 5.30 from 28: only 5.21, 5.25 and 5.29.
        Grim("5.20", "28", false), Grim("5.21", "28", true),
        Grim("5.22", "28", false), Grim("5.23", "28", false),
        Grim("5.24", "28", false), Grim("5.25", "28", true),
        Grim("5.26", "28", false), Grim("5.27", "28", false),
        Grim("5.28", "28", false), Grim("5.29", "28", true),
        Grim("5.30", "28", false),
        // 0.150 ... 0.159 from 120 respondents with 3 items each.
        Grim("0.150", "120", true, 3), Grim("0.151", "120", false, 3),
        Grim("0.152", "120", false, 3), Grim("0.153", "120", true, 3),
        Grim("0.154", "120", false, 3), Grim("0.155", "120", false, 3),
        Grim("0.156", "120", true, 3), Grim("0.157", "120", false, 3),
        Grim("0.158", "120", true, 3), Grim("0.159", "120", false, 3),
        // 0.80 ... 0.89 from 28 respondents with 2 items each; 0.87 and 0.88
        // share the attainable 49/56 = 0.875 at the edge of both intervals.
        Grim("0.80", "28", true, 2), Grim("0.81", "28", false, 2),
        Grim("0.82", "28", true, 2), Grim("0.83", "28", false, 2),
        Grim("0.84", "28", true, 2), Grim("0.85", "28", false, 2),
        Grim("0.86", "28", true, 2), Grim("0.87", "28", true, 2),
        Grim("0.88", "28", true, 2), Grim("0.89", "28", true, 2)),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    ScrutinyPigs, ClaimTest,
    ::testing::Values(Grim("7.22", "32", true), Grim("4.74", "25", false),
                      Grim("5.23", "29", false), Grim("2.57", "24", false),
                      Grim("6.77", "27", false), Grim("2.68", "28", true),
                      Grim("7.01", "29", false), Grim("7.38", "26", true),
                      Grim("3.14", "27", false), Grim("6.89", "31", false),
                      // "5.00" has two decimals: 124.875 to 125.125 out of 25.
                      Grim("5.00", "25", true), Grim("0.24", "28", false),
                      // Often-quoted GRIM examples.
                      Grim("3.48", "20", false), Grim("5.93", "49", false)),
    CaseName);

// scrutiny's GRIM on percentages is claimcheck's share check: of 50 people,
// the even percentages are attainable and the odd ones are not; pigs2 is of
// 150.
ClaimCase Percent(const std::string& percent, const std::string& n,
                  bool consistent) {
  return ClaimCase{
      absl::StrCat("Percent", absl::StrReplaceAll(percent, {{".", "p"}}), "Of",
                   n),
      Claim(Figures({"n:" + n + ":c", "p:" + percent + "%:p"}),
            "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
      consistent ? kOk : kError, consistent ? "" : "share.unattainable",
      consistent ? "" : absl::StrCat("out of ", n, " is ", percent, "%")};
}

INSTANTIATE_TEST_SUITE_P(
    ScrutinyPercentages, ClaimTest,
    ::testing::Values(Percent("6", "50", true), Percent("7", "50", false),
                      Percent("8", "50", true), Percent("9", "50", false),
                      Percent("10", "50", true), Percent("11", "50", false),
                      Percent("12", "50", true), Percent("13", "50", false),
                      Percent("14", "50", true), Percent("15", "50", false),
                      Percent("16", "50", true), Percent("67.4", "150", false),
                      Percent("54.2", "150", false),
                      Percent("54.0", "150", true),
                      Percent("69.8", "150", false),
                      Percent("68.1", "150", false),
                      Percent("55.4", "150", false)),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Means, ClaimTest,
    ::testing::Values(
        ClaimCase{"GrimSaysWhyInOneSentence",
                  Mean({"m:5.19:-", "n:28:c"}, ",\"wholeNumberValues\":true"),
                  kError, "mean.grim_inconsistent",
                  "A mean of 5.19 from 28 whole-number values is impossible: "
                  "the nearest "
                  "possible means are 5.18 and 5.21."},
        // The attainable means keep the printed decimals, trailing zeros too.
        ClaimCase{"NearestMeansKeepTrailingZeros",
                  Mean({"m:5.30:-", "n:5:c"}, ",\"wholeNumberValues\":true"),
                  kError, "mean.grim_inconsistent",
                  "the nearest possible means are 5.20 and 5.40."},
        ClaimCase{"ItemsAreNamed",
                  Mean({"m:0.151:-", "n:120:c"},
                       ",\"wholeNumberValues\":true,\"items\":3"),
                  kError, "mean.grim_inconsistent",
                  "A mean of 0.151 from 120 values, each the average of 3 "
                  "whole-number "
                  "answers, is impossible: the nearest possible means are "
                  "0.150 and 0.153."},
        // Truncated, 5.19 stands for 5.19 up to 5.20: 140/27 = 5.185 would
        // print as 5.19, so it gets a decimal more.
        ClaimCase{"TruncatedMeanNeighboursGetADecimalMore",
                  Mean({"m:5.19:-:ROUNDING_MODE_DOWN", "n:27:c"},
                       ",\"wholeNumberValues\":true"),
                  kError, "mean.grim_inconsistent", "are 5.185 and 5.22."},
        // Rounded to nearest, 5.19 from 27 is fine: 140/27 = 5.185.
        Grim("5.19", "27", true),
        ClaimCase{"ExactMean",
                  Mean({"m:5.1875:-:ROUNDING_MODE_EXACT", "n:32:c"},
                       ",\"wholeNumberValues\":true"),
                  kOk, "", "166"},
        ClaimCase{"ExactMeanFromTheWrongN",
                  Mean({"m:5.1875:-:ROUNDING_MODE_EXACT", "n:28:c"},
                       ",\"wholeNumberValues\":true"),
                  kError, "mean.grim_inconsistent", "5.1786 and 5.2143"},
        Grim("-5.19", "28", false), Grim("-5.19", "32", true),
        // A loosely printed n: any whole n it allows will do (32 here)...
        ClaimCase{
            "AboutThirtyValues",
            Mean({"m:5.19:-", "n:about 30:c"}, ",\"wholeNumberValues\":true"),
            kOk, "", ""},
        // ...and when none does, the message says which were tried.
        ClaimCase{
            "NoNInARangeWorks",
            Claim(
                "\"figures\":[{\"id\":\"m\",\"text\":\"5.193\"},{\"id\":\"n\","
                "\"text\":\"28\",\"unit\":\"UNIT_COUNT\",\"intervalOverride\":{"
                "\"tolerance\":\"1\"}}]",
                "\"mean\":{\"meanId\":\"m\",\"nId\":\"n\","
                "\"wholeNumberValues\":true}"),
            kError, "mean.grim_inconsistent",
            "is impossible for any number of values from 27 to 29."},
        // GRIMMER is not checked yet. scrutiny's GRIMMER finds (3.44, SD 2.47,
        // n 18) inconsistent; its mean passes GRIM (62/18 = 3.444), so the
        // claim is not checkable - never consistent - until the SD is checked.
        ClaimCase{"GrimmerIsNotChecked",
                  Mean({"m:3.44:-", "n:18:c", "sd:2.47:-"},
                       ",\"wholeNumberValues\":true,\"sdId\":\"sd\""),
                  kNotCheckable, "mean.sd_not_checked",
                  "standard deviation of 2.47"},
        ClaimCase{"GrimmerConsistentCase",
                  Mean({"m:5.21:-", "n:28:c", "sd:1.6:-"},
                       ",\"wholeNumberValues\":true,\"sdId\":\"sd\""),
                  kNotCheckable, "mean.sd_not_checked", "only the mean is"},
        // A mean that fails GRIM is an error whatever its SD.
        ClaimCase{"GrimFailsWithAnSd",
                  Mean({"m:5.19:-", "n:28:c", "sd:1.6:-"},
                       ",\"wholeNumberValues\":true,\"sdId\":\"sd\""),
                  kError, "mean.grim_inconsistent", "5.18 and 5.21"},
        // Without whole-number values any mean is attainable; the sum is
        // implied.
        ClaimCase{"ImpliedSum", Mean({"m:5.19:-", "n:28:c"}, ""), kOk, "",
                  "145.18 to 145.46"},
        ClaimCase{"SumGivesTheMean",
                  Mean({"m:5.19:-", "n:28:c", "s:145.3:-"}, ",\"sumId\":\"s\""),
                  kOk, "", ""},
        ClaimCase{"SumGivesAnotherMean",
                  Mean({"m:5.19:-", "n:28:c", "s:145:c"}, ",\"sumId\":\"s\""),
                  kError, "mean.mismatch",
                  "28 values adding up to 145 have a mean of 5.179, not 5.19."},
        ClaimCase{
            "SumOfRoundedValuesAllowsARange",
            Mean({"m:5.3:-", "n:28:c", "s:145:-"}, ",\"sumId\":\"s\""), kError,
            "mean.mismatch",
            "a mean of 5.18 (5.16 to 5.2 allowing for rounding), not 5.3."},
        ClaimCase{"SwappedDigitsInTheMean",
                  Mean({"m:5.91:-", "n:28:c", "s:145.3:-"}, ",\"sumId\":\"s\""),
                  kError, "mean.mismatch", "not 5.91",
                  v1::CAUSE_DIGITS_TRANSPOSED},
        // Whole numbers add up to a whole number: 5.19 from 32 passes GRIM,
        // but not with a sum of 166.1.
        ClaimCase{"WholeNumberSumMustBeWhole",
                  Mean({"m:5.19:-", "n:32:c", "s:166.1:-"},
                       ",\"sumId\":\"s\",\"wholeNumberValues\":true"),
                  kError, "mean.sum_not_whole",
                  "Whole-number values cannot add up to 166.1."},
        ClaimCase{"WholeNumberSum",
                  Mean({"m:5.19:-", "n:32:c", "s:166:c"},
                       ",\"sumId\":\"s\",\"wholeNumberValues\":true"),
                  kOk, "", ""},
        ClaimCase{"MissingN",
                  Claim(Figures({"m:5.19:-"}), "\"mean\":{\"meanId\":\"m\"}"),
                  kNotCheckable, "mean.missing_figure",
                  "The mean of 5.19 can only be checked with the number of "
                  "values it averages"},
        ClaimCase{"MissingMean",
                  Claim(Figures({"n:28:c", "s:145:c"}),
                        "\"mean\":{\"nId\":\"n\",\"sumId\":\"s\"}"),
                  kNotCheckable, "mean.missing_figure",
                  "needs the mean itself"},
        ClaimCase{"NoValues",
                  Mean({"m:5.19:-", "n:0:c"}, ",\"wholeNumberValues\":true"),
                  kError, "mean.no_values", "at least one value"}),
    CaseName);

TEST(MeanImplied, MeanFromSumAndN) {
  auto response =
      CheckClaims(Parse(Claim(Figures({"n:28:c", "s:145:c"}),
                              "\"mean\":{\"nId\":\"n\",\"sumId\":\"s\"}")));
  ASSERT_THAT(response, IsOk());
  const v1::ClaimResult& result = response->results(0);
  ASSERT_EQ(result.implied_values_size(), 1);
  EXPECT_EQ(result.implied_values(0).role(), "mean");
  EXPECT_EQ(result.implied_values(0).range().lower().value(), "145/28");
}

TEST(MeanGap, GrimGivesTheNearestAttainableMean) {
  auto response = CheckClaims(
      Parse(Mean({"m:5.19:-", "n:28:c"}, ",\"wholeNumberValues\":true")));
  ASSERT_THAT(response, IsOk());
  const v1::Discrepancy& d = response->results(0).discrepancies(0);
  EXPECT_EQ(d.stated().text(), "5.185 to 5.195");
  // 145/28 = 5.1786 is nearer to 5.19 than 146/28 = 5.2143.
  EXPECT_EQ(d.implied().upper().value(), "145/28");
}

TEST(MeanRequest, NegativeItemsAreRefused) {
  EXPECT_THAT(Violations(Mean({"m:5.19:-", "n:28:c"},
                              ",\"wholeNumberValues\":true,\"items\":-2")),
              ::testing::ElementsAre("claims[0].mean.items NEGATIVE_ITEMS"));
}

}  // namespace
}  // namespace claimcheck
