// Holds claimcheck to Microsoft Recognizers-Text's English number spec
// cases: none read wrong, at least 90 percent read right, and every refusal
// is one refused.tsv lists with its reason (and every listed one is still
// refused, so the list stays true).
#include "tests/recognizers.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr char kDir[] = "tests/testdata/recognizers";

TEST(RecognizersSuite, NoneWrongNineInTenRightRefusalsListed) {
  const auto cases = LoadRecognizersCases(kDir);
  ASSERT_TRUE(cases.ok()) << cases.status();
  const auto refused = LoadExpectedRefusals(kDir);
  ASSERT_TRUE(refused.ok()) << refused.status();
  ASSERT_GE(cases->size(), 200u);
  int right = 0;
  for (const RecognizersCase& c : *cases) {
    const RecognizersResult r = ReadRecognizersCase(c);
    const bool listed = refused->count({c.model, c.text}) > 0;
    EXPECT_NE(r.outcome, RecognizersOutcome::kWrong)
        << c.model << " \"" << c.text << "\" is " << c.value << ", read as "
        << r.read;
    if (r.outcome == RecognizersOutcome::kRefused) {
      EXPECT_TRUE(listed) << c.model << " \"" << c.text
                          << "\" is refused but not in refused.tsv: " << r.read;
    } else if (r.outcome == RecognizersOutcome::kRight) {
      ++right;
      EXPECT_FALSE(listed) << c.model << " \"" << c.text
                           << "\" now reads right: take it out of refused.tsv";
    }
  }
  EXPECT_GE(right * 10, static_cast<int>(cases->size()) * 9)
      << right << " of " << cases->size() << " read right";
}

}  // namespace
}  // namespace claimcheck
