// The common ways news prints arithmetic (tests/testdata/phrasings.tsv),
// checked as article text: a correct sentence gets no error or warning, and
// a wrong one the reader catches today keeps its error or warning. Rows the
// reader misses are listed in the file and not held here, so a new reading
// only has to mark its rows "caught".
#include <cctype>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "engine/engine.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Phrasing {
  std::string kind;
  std::string correct;
  std::string wrong;
  bool caught = false;
};

// gtest names a failing row by its kind.
void PrintTo(const Phrasing& p, std::ostream* os) { *os << p.kind; }

std::vector<Phrasing> ReadPhrasings() {
  std::ifstream in("tests/testdata/phrasings.tsv");
  std::vector<Phrasing> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != 4) continue;  // PhrasingsTest.EveryRowIsRead says so
    out.push_back({f[0], f[1], f[2], f[3] == "caught"});
  }
  return out;
}

// The errors and warnings of the sentence checked as text: its claims',
// and one more when the claims checked together conflict or warn ("fell
// $2.50, or 15%, to $22.50": each change holds alone, from some price).
int Flagged(const std::string& sentence) {
  v1::CheckTextRequest request;
  request.set_article_id("phrasing");
  request.set_text(sentence);
  const absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  EXPECT_TRUE(r.ok()) << r.status();
  if (!r.ok()) return 0;
  const v1::Summary& s = r->check().summary();
  const v1::Verdict article = r->check().article().verdict();
  return s.errors() + s.warnings() +
         (article == v1::VERDICT_ERROR || article == v1::VERDICT_WARNING);
}

TEST(PhrasingsTest, EveryRowIsRead) {
  std::ifstream in("tests/testdata/phrasings.tsv");
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++rows;
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 4u) << line;
    EXPECT_TRUE(f[3] == "caught" || f[3] == "missed") << line;
  }
  EXPECT_EQ(rows, static_cast<int>(ReadPhrasings().size()));
  EXPECT_GE(rows, 50);
}

class PhrasingTest : public testing::TestWithParam<Phrasing> {};

TEST_P(PhrasingTest, CorrectIsNotFlaggedAndCaughtWrongIsFlagged) {
  const Phrasing& p = GetParam();
  EXPECT_EQ(Flagged(p.correct), 0) << p.correct;
  if (p.caught) {
    EXPECT_GT(Flagged(p.wrong), 0) << p.wrong;
  }
}

INSTANTIATE_TEST_SUITE_P(Phrasings, PhrasingTest,
                         testing::ValuesIn(ReadPhrasings()),
                         [](const testing::TestParamInfo<Phrasing>& info) {
                           std::string name;
                           for (char c : info.param.kind)
                             name += std::isalnum(static_cast<unsigned char>(c))
                                         ? c
                                         : '_';
                           return name;
                         });

}  // namespace
}  // namespace claimcheck
