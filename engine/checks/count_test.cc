// Counts: the number of items an article lists.
#include <string>

#include "engine/testing/claim_cases.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Counts, ClaimTest,
    ::testing::Values(
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

}  // namespace
}  // namespace claimcheck
