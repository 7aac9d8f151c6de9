// ExtractClaims and CheckText, the engine's entry points for article text.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

v1::CheckTextResponse CheckFile(const std::string& path) {
  v1::CheckTextRequest request;
  request.set_article_id("kqed");
  request.set_text(ReadFile(path));
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  EXPECT_THAT(r, IsOk());
  return r.ok() ? *r : v1::CheckTextResponse();
}

const v1::ClaimResult* ResultOfKind(const v1::CheckTextResponse& r,
                                    v1::Claim::KindCase kind) {
  const v1::CheckClaimsRequest& request = r.extraction().request();
  for (const v1::ClaimResult& result : r.check().results()) {
    for (const v1::Claim& c : request.claims()) {
      if (c.id() == result.claim_id() && c.kind_case() == kind) {
        return &result;
      }
    }
  }
  return nullptr;
}

// The worked example, from the story's text: the 11 regional figures add up
// to the nationwide 498, 63 percent of 498 people is 312 to 316 people, and
// the 37 percent rise cannot be checked without its endpoints.
TEST(CheckTextTest, TheWorkedExampleFromItsText) {
  const v1::CheckTextResponse r = CheckFile("examples/kqed-ice-arrests.txt");
  const v1::CheckClaimsRequest& request = r.extraction().request();
  const v1::ClaimResult* total = ResultOfKind(r, v1::Claim::kTotal);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->verdict(), v1::VERDICT_CONSISTENT);
  for (const v1::Claim& c : request.claims()) {
    if (c.has_total()) {
      EXPECT_EQ(c.total().parts_size(), 11);
      EXPECT_FALSE(c.total().partial());
    }
  }
  std::vector<std::string> labels;
  for (const v1::Figure& f : request.figures()) {
    if (f.unit() == v1::UNIT_COUNT) labels.push_back(f.label());
  }
  EXPECT_THAT(labels,
              ElementsAre("nationwide", "Los Angeles", "Santa Clara County",
                          "San Francisco", "Baltimore", "Cook County, Illinois",
                          "Denver", "New York", "Philadelphia", "Seattle",
                          "Washington, D.C.", "Massachusetts"));
  const v1::ClaimResult* share = ResultOfKind(r, v1::Claim::kShare);
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(share->implied_values_size(), 1);
  EXPECT_EQ(share->implied_values(0).range().text(), "312 to 316");
  int rises = 0;
  for (const v1::ClaimResult& result : r.check().results()) {
    for (const v1::Claim& c : request.claims()) {
      if (c.id() != result.claim_id() || !c.has_change()) continue;
      ++rises;
      EXPECT_EQ(result.verdict(), v1::VERDICT_NOT_CHECKABLE);
      if (c.text().find("37 percent") != std::string::npos) {
        EXPECT_THAT(result.discrepancies(0).message(), HasSubstr("37 percent"));
      }
    }
  }
  EXPECT_EQ(rises, 2);  // 37 percent nationally, 10 percent in SF
  EXPECT_EQ(r.check().article().verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_TRUE(r.proposed_claim_ids().empty());
}

// The same text with "63 in Denver" printed as "36 in Denver": 27 short,
// and 36 -> 63 is the correction.
TEST(CheckTextTest, TheDenverMisprintIsFoundFromTheText) {
  const v1::CheckTextResponse r =
      CheckFile("examples/kqed-ice-arrests-denver-36.txt");
  const v1::ClaimResult* total = ResultOfKind(r, v1::Claim::kTotal);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->verdict(), v1::VERDICT_ERROR);
  ASSERT_GE(total->discrepancies_size(), 1);
  const v1::Discrepancy& d = total->discrepancies(0);
  EXPECT_EQ(d.code(), "total.sum_mismatch");
  EXPECT_EQ(d.gap(), "27");
  EXPECT_THAT(d.message(), HasSubstr("27 people short"));
  bool denver = false;
  for (const v1::Correction& c : d.corrections()) {
    if (c.printed_text() == "36" && c.corrected_text() == "63") denver = true;
  }
  EXPECT_TRUE(denver);
  // The finding points at the words: Denver's 36 where the text prints it.
  bool pointed = false;
  for (const v1::FigureRef& f : d.figures()) {
    if (f.label() != "Denver") continue;
    pointed = true;
    EXPECT_EQ(f.span().quote(), "36");
    const std::string& text = r.extraction().text();
    EXPECT_EQ(text.substr(f.span().utf8().start(), 2), "36");
    EXPECT_EQ(text.substr(f.span().utf8().start(), 12), "36 in Denver");
  }
  EXPECT_TRUE(pointed);
  EXPECT_EQ(r.check().article().verdict(), v1::VERDICT_ERROR);
  ASSERT_GE(r.check().article().suspects_size(), 1);
  EXPECT_EQ(r.check().article().suspects(0).correction().corrected_text(),
            "63");
}

// A text of 50,000 numbers (lists of counts by place, percentages, changes,
// statistics) is read and checked within the request limits and the work
// budget: OK, every claim has a result, nothing over the limits.
TEST(CheckTextTest, FiftyThousandNumbersStayWithinTheLimits) {
  std::string text = "Agents arrested 250000 people nationwide.\n\n";
  int numbers = 1;
  for (int p = 0; numbers < 50000; ++p) {
    text += "Agents also arrested ";
    for (int i = 0; i < 20; ++i, ++numbers) {
      text += std::to_string(10 + (p * 20 + i) % 89) + " people in Town" +
              std::to_string(i) + (i < 19 ? ", " : ". ");
    }
    text += "Arrests rose 5 percent from 120 to 126, t(12) = 2.1, p = .05. ";
    numbers += 6;
    if (p % 10 == 9) text += "\n\n";
  }
  ASSERT_LT(text.size(), 1u << 20);
  v1::CheckTextRequest request;
  request.set_text(text);
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  const v1::CheckClaimsRequest& proposed = r->extraction().request();
  EXPECT_GE(r->extraction().unused_size() + proposed.figures_size(), 50000);
  EXPECT_LE(proposed.figures_size(), 50000);
  EXPECT_LE(proposed.claims_size(), 10000);
  EXPECT_GT(proposed.claims_size(), 1000);
  EXPECT_EQ(r->check().results_size() + r->proposed_claim_ids_size(),
            proposed.claims_size());
}

// Claims below the threshold are proposed and not checked.
TEST(CheckTextTest, ClaimsBelowTheThresholdAreOnlyProposed) {
  v1::CheckTextRequest request;
  request.set_text(ReadFile("examples/kqed-ice-arrests.txt"));
  request.set_min_confidence(v1::CONFIDENCE_HIGH);
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->check().results_size(), 0);
  EXPECT_EQ(r->proposed_claim_ids_size(),
            r->extraction().request().claims_size());
  EXPECT_GE(r->proposed_claim_ids_size(), 4);
}

// A change printed two ways over a price the text does not print: the
// request lists the price once, as an unstated quantity both claims share,
// and it goes with them when a claim below the threshold is left out (the
// low "12 fewer homicides than a year ago"). Together they conflict.
TEST(CheckTextTest, AQuantityNotPrintedGoesWithTheClaimsChecked) {
  v1::CheckTextRequest request;
  request.set_text(
      "Shares fell $2.50, or 15%, to $22.50. There were 12 fewer homicides "
      "than a year ago.");
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  const v1::CheckClaimsRequest& proposed = r->extraction().request();
  ASSERT_EQ(proposed.quantities_size(), 1);
  EXPECT_EQ(proposed.quantities(0).unit(), v1::UNIT_CURRENCY);
  EXPECT_EQ(proposed.claims(0).change().from_id(), proposed.quantities(0).id());
  EXPECT_EQ(proposed.claims(1).change().from_id(), proposed.quantities(0).id());
  EXPECT_EQ(r->proposed_claim_ids_size(), 1);
  EXPECT_EQ(r->check().results_size(), 2);
  EXPECT_EQ(r->check().article().verdict(), v1::VERDICT_ERROR);
  EXPECT_EQ(r->check().article().code(), "article.conflict");
  // The conflict is told by the value not printed, which the two claims
  // leave apart ($25 for the $2.50 fall, $26.31 to $26.63 for 15%), not by
  // the $22.50 both use as printed.
  ASSERT_EQ(r->check().article().conflicts_size(), 1);
  EXPECT_THAT(r->check().article().conflicts(0).message(),
              HasSubstr("one value of the value before the fall: "));
  EXPECT_THAT(r->check().article().conflicts(0).message(),
              HasSubstr("needs it to be 24.99 to 25.01"));
  EXPECT_THAT(r->check().article().conflicts(0).message(),
              HasSubstr("needs it to be 26.3099 to 26.6331"));
}

// An amount for each share is no count of whole cents: "a decrease of
// 62.9% from 5 sen per share" holds with a later 1.855 sen, which rounds to
// "2 sen"; read as a count of sen, no whole number fitted and correct copy
// was an error. Counted things stay whole.
TEST(CheckTextTest, AnAmountPerShareNeedNotBeWhole) {
  v1::CheckTextRequest request;
  request.set_text(
      "The board declared a dividend of 2 sen per share, a decrease of 62.9% "
      "from 5 sen per share a year earlier.");
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  const v1::CheckClaimsRequest& proposed = r->extraction().request();
  ASSERT_NE(ResultOfKind(*r, v1::Claim::kChange), nullptr);
  EXPECT_NE(ResultOfKind(*r, v1::Claim::kChange)->verdict(), v1::VERDICT_ERROR);
  for (const v1::Figure& f : proposed.figures()) {
    EXPECT_NE(f.unit(), v1::UNIT_COUNT) << f.text();
  }
  EXPECT_NE(r->check().article().verdict(), v1::VERDICT_ERROR);

  // "a day later" says when: the 7 people are still counted, and no whole
  // number of them is 50%.
  request.set_text("Of the 7 people questioned a day later, 50% said yes.");
  r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  ASSERT_NE(ResultOfKind(*r, v1::Claim::kShare), nullptr);
  ASSERT_GT(ResultOfKind(*r, v1::Claim::kShare)->discrepancies_size(), 0);
  EXPECT_EQ(ResultOfKind(*r, v1::Claim::kShare)->discrepancies(0).code(),
            "share.unattainable");
}

TEST(CheckTextTest, TextWithNoClaimIsCheckedAndSaysSo) {
  v1::CheckTextRequest request;
  request.set_article_id("dates");
  request.set_text("The fair opens on March 3, 2017, at 7:30 p.m.");
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->extraction().article_id(), "dates");
  EXPECT_EQ(r->check().article_id(), "dates");
  EXPECT_EQ(r->check().results_size(), 0);
  EXPECT_EQ(r->extraction().unused_size(), 3);
}

TEST(CheckTextTest, BadTextIsRefusedWithTheByteOffset) {
  v1::CheckTextRequest request;
  request.set_html(std::string("<p>498 people \xFF</p>"));
  absl::StatusOr<v1::CheckTextResponse> r = CheckText(request, {});
  ASSERT_THAT(
      r, StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("offset 14")));
  EXPECT_EQ(BadRequestOf(r.status()).field_violations(0).field(), "html");
}

TEST(CheckTextTest, TheLimitIsAnOption) {
  v1::ExtractClaimsRequest request;
  request.set_text(std::string(2000, 'a'));
  CheckOptions options;
  options.max_text_bytes = 1000;
  EXPECT_THAT(ExtractClaims(request, options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("limit is 1000 bytes")));
  EXPECT_THAT(ExtractClaims(request, {}), IsOk());
}

}  // namespace
}  // namespace claimcheck
