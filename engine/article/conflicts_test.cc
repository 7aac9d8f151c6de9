// FindConflicts against an oracle that knows the answer: a set of claims
// conflicts when it includes one of the given smallest conflicting sets.
#include "engine/article/conflicts.h"

#include <algorithm>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using Sets = std::vector<std::vector<int>>;

struct ConflictCase {
  std::string name;
  int claims;
  Sets truth;
  bool complete = true;
  int max_sets = kMaxConflictSets;
};

class ConflictsTest : public ::testing::TestWithParam<ConflictCase> {};

TEST_P(ConflictsTest, FindsEverySmallestSet) {
  const ConflictCase& c = GetParam();
  int calls = 0;
  Oracle oracle = [&](const std::vector<int>& s) {
    ++calls;
    for (const auto& set : c.truth) {
      if (std::includes(s.begin(), s.end(), set.begin(), set.end())) {
        return Outcome::kInconsistent;
      }
    }
    return Outcome::kConsistent;
  };
  std::vector<int> all(c.claims);
  for (int i = 0; i < c.claims; ++i) all[i] = i;
  const ConflictSets found = FindConflicts(all, oracle, c.max_sets);
  EXPECT_EQ(found.complete, c.complete);
  EXPECT_FALSE(found.undecided);
  if (c.complete) {
    Sets expected = c.truth;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found.sets, expected);
  } else {
    EXPECT_EQ(static_cast<int>(found.sets.size()), c.max_sets);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Oracles, ConflictsTest,
    ::testing::Values(
        ConflictCase{"OneClaimAlone", 3, {{1}}},
        ConflictCase{"TwoClaimsOfMany", 40, {{7, 31}}},
        ConflictCase{"TwoSetsSharingAClaim", 5, {{0, 2}, {1, 2}}},
        ConflictCase{"DisjointSets", 6, {{0, 1}, {2, 3}, {4}}},
        ConflictCase{"ThreeClaimsTogether", 10, {{2, 5, 9}}},
        ConflictCase{"TooManyToList", 12, {{0}, {1}, {2}, {3}, {4}}, false, 3}),
    [](const auto& info) { return info.param.name; });

TEST(ConflictsTest, StopsWhenTheOracleCannotDecide) {
  Oracle oracle = [](const std::vector<int>& s) {
    return s.size() == 3 ? Outcome::kInconsistent : Outcome::kUndecided;
  };
  const ConflictSets found = FindConflicts({0, 1, 2}, oracle);
  EXPECT_TRUE(found.undecided);
  EXPECT_FALSE(found.complete);
}

}  // namespace
}  // namespace claimcheck
