// Every case of the error corpus: the engine ranks the known correction
// where the manifest says (the first suspect, for all but the ties that only
// the article's order breaks), and at least 90 percent come first.
#include "tests/corpus.h"

#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

constexpr char kCorpus[] = "tests/testdata/corpus";

class CorpusTest : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(CorpusTest, RanksTheKnownCorrection) {
  const CorpusCase& c = GetParam();
  absl::StatusOr<int> rank = RankOf(c);
  ASSERT_THAT(rank, IsOk());
  EXPECT_EQ(Outcome(*rank), c.expect)
      << c.figure_id << " should be \"" << c.correct_text << "\" (" << c.source
      << "); the engine ranks that correction " << *rank << " (0: not at all)";
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, CorpusTest, ::testing::ValuesIn(ReadCorpus(kCorpus)),
    [](const auto& info) {
      std::string name;
      bool upper = true;
      for (char ch : info.param.name) {
        if (ch == '-') {
          upper = true;
          continue;
        }
        name.push_back(upper ? static_cast<char>(std::toupper(ch)) : ch);
        upper = false;
      }
      return name;
    });

TEST(CorpusSizeTest, HasTwentyCasesOrMoreAndNinetyPercentFirst) {
  const std::vector<CorpusCase> cases = ReadCorpus(kCorpus);
  ASSERT_GE(cases.size(), 20u);
  int first = 0;
  for (const CorpusCase& c : cases) first += c.expect == "top1";
  EXPECT_GE(first * 10, static_cast<int>(cases.size()) * 9);
}

}  // namespace
}  // namespace claimcheck
