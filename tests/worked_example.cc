#include "tests/worked_example.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

// The claim of `response`'s proposal that is of `kind` and whose sentence
// holds `words`, and its result; nullptr when there is none.
struct Found {
  const v1::Claim* claim = nullptr;
  const v1::ClaimResult* result = nullptr;
};

Found Find(const v1::CheckTextResponse& response, v1::Claim::KindCase kind,
           const std::string& words) {
  Found found;
  for (const v1::Claim& claim : response.extraction().request().claims()) {
    if (claim.kind_case() != kind ||
        claim.text().find(words) == std::string::npos) {
      continue;
    }
    found.claim = &claim;
    for (const v1::ClaimResult& result : response.check().results()) {
      if (result.claim_id() == claim.id()) found.result = &result;
    }
  }
  return found;
}

}  // namespace

void ExpectTheWorkedExample(const v1::CheckTextResponse& response) {
  const Found total = Find(response, v1::Claim::kTotal, "498 people");
  ASSERT_NE(total.result, nullptr) << "no total of 498 was checked";
  EXPECT_EQ(total.claim->total().parts_size(), 11);
  EXPECT_EQ(total.result->verdict(), v1::VERDICT_CONSISTENT);

  const Found share = Find(response, v1::Claim::kShare, "63 percent");
  ASSERT_NE(share.result, nullptr) << "no share of 63 percent was checked";
  EXPECT_EQ(share.result->verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(share.result->implied_values_size(), 1);
  EXPECT_EQ(share.result->implied_values(0).range().text(), "312 to 316");

  const Found rise = Find(response, v1::Claim::kChange, "37 percent");
  ASSERT_NE(rise.result, nullptr) << "no rise of 37 percent was checked";
  EXPECT_EQ(rise.result->verdict(), v1::VERDICT_NOT_CHECKABLE);
  ASSERT_GE(rise.result->discrepancies_size(), 1);
  EXPECT_EQ(rise.result->discrepancies(0).code(), "change.missing_figure");

  EXPECT_EQ(response.check().summary().errors(), 0);
  EXPECT_EQ(response.check().article().verdict(), v1::VERDICT_CONSISTENT);
}

void ExpectTheDenverMisprint(const v1::CheckTextResponse& response) {
  const Found total = Find(response, v1::Claim::kTotal, "498 people");
  ASSERT_NE(total.result, nullptr) << "no total of 498 was checked";
  EXPECT_EQ(total.result->verdict(), v1::VERDICT_ERROR);
  ASSERT_GE(total.result->discrepancies_size(), 1);
  const v1::Discrepancy& sum = total.result->discrepancies(0);
  EXPECT_EQ(sum.code(), "total.sum_mismatch");
  EXPECT_EQ(sum.gap(), "27");
  EXPECT_THAT(sum.message(), HasSubstr("27 people short"));
  bool denver = false;
  for (const v1::Correction& correction : sum.corrections()) {
    denver |= correction.printed_text() == "36" &&
              correction.corrected_text() == "63";
  }
  EXPECT_TRUE(denver) << sum.DebugString();
  EXPECT_EQ(response.check().article().verdict(), v1::VERDICT_ERROR);
}

}  // namespace claimcheck
