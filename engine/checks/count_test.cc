// Counts: the number of items an article lists, as figures or as names.
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

// A count of items the article names rather than numbers: "four other
// states -- Alabama, Arkansas, Mississippi and Oklahoma".
std::string Named(const std::string& count,
                  const std::vector<std::string>& names,
                  const std::vector<std::string>& item_figures = {}) {
  std::vector<std::string> figures = {"n:" + count + ":c"};
  std::vector<std::string> ids;
  for (const std::string& f : item_figures) {
    figures.push_back(f + ":1:c");
    ids.push_back("\"" + f + "\"");
  }
  std::vector<std::string> quoted;
  for (const std::string& name : names) quoted.push_back("\"" + name + "\"");
  return Claim(
      Figures(figures),
      absl::StrCat(
          "\"count\":{\"countId\":\"n\"",
          ids.empty() ? "" : ",\"itemIds\":[" + absl::StrJoin(ids, ",") + "]",
          ",\"itemNames\":[", absl::StrJoin(quoted, ","), "]}"));
}

INSTANTIATE_TEST_SUITE_P(
    NamedItems, ClaimTest,
    ::testing::Values(
        ClaimCase{
            "FourStatesNamed",
            Named("four", {"Alabama", "Arkansas", "Mississippi", "Oklahoma"}),
            kOk, "", ""},
        ClaimCase{"ThreeCitiesButTwoNamed",
                  Named("three", {"Denver", "Seattle"}), kError,
                  "count.mismatch",
                  "The article names 2 items (Denver and Seattle), but the "
                  "count is given as three."},
        ClaimCase{"ATrioOfFourNames",
                  Named("3", {"Sean Fleming", "Linda Brunner", "David DeBolt",
                              "Ann Lee"}),
                  kError, "count.mismatch",
                  "names 4 items (Sean Fleming, Linda Brunner, David DeBolt "
                  "and Ann Lee), but the count is given as 3."},
        // A name given twice is one item.
        ClaimCase{"ANameGivenTwiceCountsOnce",
                  Named("three", {"Denver", "Seattle", " denver"}), kError,
                  "count.mismatch", "names 2 items (Denver and Seattle)"},
        // Figures and names together: "Los Angeles and four named
        // counties", five in all.
        ClaimCase{"NamesAndFiguresTogether",
                  Named("five", {"Orange", "Riverside", "San Bernardino"},
                        {"la", "sd"}),
                  kOk, "", ""},
        ClaimCase{"NamesAndFiguresThatFallShort",
                  Named("six", {"Orange", "Riverside"}, {"la", "sd"}), kError,
                  "count.mismatch",
                  "The article lists 4 items, but the count is given as six."}),
    CaseName);

TEST(CountRequest, NamesMustBeGivenAndNotEmpty) {
  EXPECT_THAT(Violations(Named("three", {"Denver", " "})),
              ::testing::ElementsAre("claims[0].count.item_names[1] "
                                     "EMPTY_ITEM_NAME"));
  EXPECT_THAT(
      Violations(Claim(Figures({"n:3:c"}), "\"count\":{\"countId\":\"n\"}")),
      ::testing::ElementsAre("claims[0].count.item_ids NO_ITEMS"));
}

}  // namespace
}  // namespace claimcheck
