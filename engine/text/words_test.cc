// The rules' word lists (text::Set): a word is found ignoring ASCII case,
// with or without letters past ASCII, and a word not in the list is not.
#include "engine/text/words.h"

#include "gtest/gtest.h"

namespace claimcheck::text {
namespace {

TEST(WordSet, FindsAWordIgnoringAsciiCase) {
  const Set set{"from", "rose", "percent"};
  EXPECT_TRUE(set.contains("rose"));
  EXPECT_TRUE(set.ContainsLower("Rose"));
  EXPECT_TRUE(set.ContainsLower("PERCENT"));
  EXPECT_FALSE(set.ContainsLower("rise"));
  EXPECT_FALSE(set.ContainsLower("roses"));
  EXPECT_FALSE(set.ContainsLower(""));
}

// A byte past ASCII second in the word (the first of "ü" in "Zürich") once
// chose its place in the lengths-by-second-byte table as a negative number,
// read outside the table and could miss the word (found by the text fuzzer).
TEST(WordSet, FindsAWordWithLettersPastAscii) {
  const Set set{"zürich", "café", "cafés"};
  EXPECT_TRUE(set.ContainsLower("Zürich"));
  EXPECT_TRUE(set.ContainsLower("zürich"));
  EXPECT_TRUE(set.ContainsLower("Café"));
  EXPECT_TRUE(set.ContainsLower("cafés"));
  EXPECT_FALSE(set.ContainsLower("Zurich"));
  EXPECT_FALSE(set.ContainsLower("Zörich"));
  EXPECT_FALSE(set.ContainsLower("\xC3\xA9t\xC3\xA9"));  // "été"
}

TEST(WordSet, UnionOfSetsHoldsEveryWord) {
  const Set up{"rose", "grew"};
  const Set down{"fell", "zürich"};
  const Set both{&up, &down};
  EXPECT_TRUE(both.ContainsLower("Grew"));
  EXPECT_TRUE(both.ContainsLower("Zürich"));
  EXPECT_FALSE(both.ContainsLower("climbed"));
}

}  // namespace
}  // namespace claimcheck::text
