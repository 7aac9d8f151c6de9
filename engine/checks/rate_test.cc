// Rates per N: "17.4 per 100,000", the N read from rate_per, implied counts
// and populations, and a rate printed with a percent sign.
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/engine.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

// A rate claim over figures k (the count), n (the population) and r (the
// rate), any of k and n left out when absent from `figures`.
std::string Rate(const std::vector<std::string>& figures, bool count = true,
                 bool population = true) {
  return Claim(Figures(figures),
               absl::StrCat("\"rate\":{\"rateId\":\"r\"",
                            count ? ",\"countId\":\"k\"" : "",
                            population ? ",\"populationId\":\"n\"" : "", "}"));
}

constexpr char kPopulation[] = "n:1,234,567:c";

INSTANTIATE_TEST_SUITE_P(
    Rates, ClaimTest,
    ::testing::Values(
        // 215 / 1,234,567 x 100,000 = 17.415.
        ClaimCase{"SeventeenPointFourPerHundredThousand",
                  Rate({"k:215:c", kPopulation, "r:17.4:r:per=100,000"}), kOk,
                  "", ""},
        ClaimCase{"PerThousand",
                  Rate({"k:5:c", "n:2,000:c", "r:2.5:r:per=1,000"}), kOk, "",
                  ""},
        ClaimCase{"PerNInTheTextOnly",
                  Rate({"k:215:c", kPopulation, "r:1.74 per 100,000:-"}),
                  kError, "rate.mismatch",
                  "is 17.415 per 100,000, not 1.74 per 100,000."},
        ClaimCase{
            "WrongRate", Rate({"k:215:c", kPopulation, "r:1.74:r:per=100,000"}),
            kError, "rate.mismatch",
            "215 among 1,234,567 is 17.415 per 100,000, not 1.74 per 100,000."},
        ClaimCase{
            "RoundedFiguresAllowARange",
            Rate({"k:215:a", "n:1.2 million:a", "r:1.74:r:per=100,000"}),
            kError, "rate.mismatch",
            "is 17.917 per 100,000 (17.16 to 18.739 allowing for rounding)"},
        ClaimCase{"SwappedDigits",
                  Rate({"k:215:c", kPopulation, "r:71.4:r:per=100,000"}),
                  kError, "rate.mismatch", "not 71.4 per 100,000",
                  v1::CAUSE_DIGITS_TRANSPOSED},
        ClaimCase{"ImpliedCount",
                  Rate({kPopulation, "r:17.4:r:per=100,000"}, false), kOk, "",
                  "215"},
        ClaimCase{"ImpliedPopulation",
                  Rate({"k:215:c", "r:17.4:r:per=100,000"}, true, false), kOk,
                  "", "1,232,092 to 1,239,193"},
        ClaimCase{
            "NoWholeCountFits",
            Rate({"n:1,000:c", "r:17.4:r:per=100,000"}, false), kError,
            "rate.impossible",
            "No whole number fits a rate of 17.4 per 100,000 with 1,000."},
        ClaimCase{"NeitherCountNorPopulation",
                  Rate({"r:17.4:r:per=100,000"}, false, false), kNotCheckable,
                  "rate.missing_figure", "the article gives neither"},
        ClaimCase{
            "RateAmongNobody", Rate({"k:0:c", "n:0:c", "r:17.4:r:per=100,000"}),
            kNotCheckable, "rate.undefined", "A rate among 0 is not defined."},
        // A population printed 0 that is no count may be a little above
        // zero, but no rate can be stated from it (once a division by
        // zero that stopped the server).
        ClaimCase{"RateAmongAPopulationPrintedZero",
                  Rate({"k:215:c", "n:0:-", "r:498:r:per=100,000"}),
                  kNotCheckable, "rate.undefined",
                  "A rate among 0 is not defined."}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    PercentForRate, ClaimTest,
    ::testing::Values(
        ClaimCase{
            "PercentSignOnARateThatHolds",
            Rate({"k:215:c", kPopulation, "r:17.4%:r:per=100,000"}), kWarning,
            "rate.percent_for_rate",
            "17.4% is given as a percentage, but it is a rate per 100,000.",
            v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"PercentUnitOnARateThatHolds",
                  Rate({"k:215:c", kPopulation, "r:17.4:p:per=100,000"}),
                  kWarning, "rate.percent_for_rate",
                  "17.4 percent is given as a percentage",
                  v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"PercentSignWithAnImpliedCount",
                  Rate({kPopulation, "r:17.4%:r:per=100,000"}, false), kWarning,
                  "rate.percent_for_rate", "a rate per 100,000",
                  v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"PerNInTheText",
                  Rate({"k:215:c", kPopulation, "r:17.4% per 100,000:-"}),
                  kWarning, "rate.percent_for_rate",
                  "17.4% per 100,000 is given as a percentage, but it is a "
                  "rate per 100,000.",
                  v1::CAUSE_PERCENT_FOR_RATE},
        // A percentage that prints no N is a rate per 100; when it fails so
        // and holds per a common N, the percent sign is the slip.
        ClaimCase{"PercentWithNoNThatHoldsAsAPercentage",
                  Rate({"k:5:c", "n:2,000:c", "r:0.25%:-"}), kOk, "", ""},
        ClaimCase{"PercentWithNoNThatHoldsPerHundredThousand",
                  Rate({"k:215:c", kPopulation, "r:17.4%:-"}), kWarning,
                  "rate.percent_for_rate",
                  "17.4% is given as a percentage, but the claim holds only "
                  "if it is a rate per 100,000.",
                  v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"PercentUnitWithNoNThatHoldsPerThousand",
                  Rate({"k:215:c", "n:12,345:c", "r:17.4 percent:p"}), kWarning,
                  "rate.percent_for_rate", "a rate per 1,000.",
                  v1::CAUSE_PERCENT_FOR_RATE},
        ClaimCase{"PercentWithNoNThatFitsNoN",
                  Rate({"k:215:c", kPopulation, "r:5.2%:-"}), kError,
                  "rate.mismatch", "215 among 1,234,567 is 0.017%, not 5.2%."},
        ClaimCase{
            "PercentSignOnARateThatFails",
            Rate({"k:215:c", kPopulation, "r:1.74%:r:per=100,000"}), kError,
            "rate.mismatch",
            "not 1.74% per 100,000, and a rate per N is not a percentage.",
            v1::CAUSE_PERCENT_FOR_RATE}),
    CaseName);

TEST(RateRequest, ARateNeedsItsN) {
  EXPECT_THAT(
      Violations(Rate({"k:215:c", kPopulation, "r:17.4:r"})),
      ::testing::ElementsAre("claims[0].rate.rate_id MISSING_RATE_PER"));
  EXPECT_THAT(
      Violations(Rate({"k:215:c", kPopulation, "r:17.4:r:per=0"})),
      ::testing::ElementsAre("claims[0].rate.rate_id MISSING_RATE_PER"));
  // A percentage needs none: it is a rate per 100.
  EXPECT_TRUE(
      CheckClaims(Parse(Rate({"k:215:c", kPopulation, "r:17.4%:-"}))).ok());
  EXPECT_THAT(Violations(Rate({"k:215:c", kPopulation, "r:17.4:r:per=lots"})),
              ::testing::ElementsAre("figures[2].rate_per BAD_RATE_PER"));
  EXPECT_THAT(
      Violations(Claim(Figures({"k:215:c"}), "\"rate\":{\"countId\":\"k\"}")),
      ::testing::ElementsAre("claims[0].rate.rate_id MISSING_FIGURE"));
}

}  // namespace
}  // namespace claimcheck
