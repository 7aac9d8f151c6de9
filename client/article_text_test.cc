#include "client/article_text.h"

#include <ostream>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

constexpr char kSentence[] =
    "police arrested 107 people, including 101 in Los Angeles and six in San "
    "Francisco.";

struct Case {
  std::string name;
  bool html;
  std::string source;
  // Where the figure "101" stands, and the line of its sentence.
  std::string position;
  std::string sentence;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ArticleTextTest : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    v1::ExtractClaimsRequest request;
    if (GetParam().html) {
      request.set_html(GetParam().source);
    } else {
      request.set_text(GetParam().source);
    }
    absl::StatusOr<v1::ExtractClaimsResponse> read =
        ExtractClaims(request, CheckOptions());
    ASSERT_THAT(read, IsOk());
    extraction_ = *std::move(read);
    for (const v1::Figure& figure : extraction_.request().figures()) {
      if (figure.text() == "101") la_ = &figure;
    }
    ASSERT_NE(la_, nullptr) << extraction_.DebugString();
    ASSERT_EQ(extraction_.request().claims_size(), 1);
  }

  v1::ExtractClaimsResponse extraction_;
  const v1::Figure* la_ = nullptr;
};

TEST_P(ArticleTextTest, GivesTheLineAndColumnInTheFile) {
  const ArticleText article(GetParam().source, extraction_);
  EXPECT_EQ(article.Position(la_->span()), GetParam().position);
  EXPECT_EQ(article.Position(v1::Span()), "");  // a span written by hand
}

TEST_P(ArticleTextTest, MarksTheFiguresInTheirSentence) {
  const ArticleText article(GetParam().source, extraction_);
  EXPECT_THAT(article.Sentences({&la_->span(), &la_->span()}),
              ElementsAre(GetParam().sentence));
}

TEST_P(ArticleTextTest, MarksEveryFigureOfAClaimsSentence) {
  const ArticleText article(GetParam().source, extraction_);
  const v1::Claim* claim = article.Claim(extraction_.request().claims(0).id());
  ASSERT_NE(claim, nullptr);
  const std::string line = article.SentenceWithItsFigures(claim->span());
  EXPECT_THAT(line, ::testing::HasSubstr("arrested [107] people, including "
                                         "[101] in Los Angeles and [six] in"));
  EXPECT_EQ(article.Claim("no-such-claim"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArticleTextTest,
    ::testing::Values(
        // Columns count characters: "Été" is 3, not 5 bytes.
        Case{"Text", false,
             std::string("Crime report\n\n\xC3\x89t\xC3\xA9: ") + kSentence +
                 "\n",
             "3:44",
             "3:1: \xC3\x89t\xC3\xA9: police arrested 107 people, including "
             "[101] in Los Angeles and six in San Francisco."},
        // A sentence broken over lines is shown on one.
        Case{"HardWrappedText", false,
             "Crime report\n\nIn July police arrested 107 people,\n"
             "including 101 in Los Angeles and six in San Francisco.\n",
             "4:11",
             "3:1: In July police arrested 107 people, including [101] in Los "
             "Angeles and six in San Francisco."},
        // In HTML, the place in the source; the sentence as a reader sees it.
        Case{"Html", true,
             std::string("<html><body>\n<h1>Crime report</h1>\n<p>In July, ") +
                 "police arrested <b>107</b> people, including 101 in Los "
                 "Angeles and six in San Francisco.</p>\n</body></html>\n",
             "3:58",
             "3:4: In July, police arrested 107 people, including [101] in "
             "Los Angeles and six in San Francisco."}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace claimcheck
