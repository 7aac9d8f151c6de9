// CheckClaims over whole requests: the work budget, a long article, and
// requests that cannot be read. Each kind's cases sit beside its check
// (engine/checks/*_test.cc).
#include "engine/engine.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/reading/request_error.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

// Found by fuzz/engine_fuzzer: a mean whose count is a rate "below 0". The
// article search split a real value again and again toward a limit no simple
// value reaches, and its numbers doubled in size each time: one request ran
// for minutes and took over a gigabyte, whatever its step budget. Now the
// search keeps numbers small and stays within its budget.
TEST(ClaimCheck, AnEndlessSplitStaysWithinItsBudget) {
  CheckOptions options;
  options.work_budget = 50'000;
  auto response = CheckClaims(
      Parse(
          R"({"figures":[)"
          R"({"id":"f0","text":"63%","unit":"UNIT_RATE","qualifier":"QUALIFIER_LESS_THAN"},)"
          R"({"id":"f1","text":"0","unit":"UNIT_RATE","qualifier":"QUALIFIER_LESS_THAN"},)"
          R"({"id":"f2","text":"0","unit":"UNIT_RATE"},{"id":"f3","text":"0","unit":"UNIT_RATE"}],)"
          R"("claims":[{"id":"c0","share":{}},)"
          R"({"id":"c1","mean":{"meanId":"f0","nId":"f1","sumId":"f2"}},)"
          R"({"id":"c2","share":{}}]})"),
      options);
  ASSERT_THAT(response, IsOk());
  EXPECT_EQ(response->results(1).verdict(), v1::VERDICT_ERROR);
  EXPECT_EQ(response->results(1).discrepancies(0).code(), "mean.no_values");
  EXPECT_EQ(response->article().verdict(), v1::VERDICT_ERROR);
  EXPECT_LE(response->article().work_used(), options.work_budget);
}

TEST(ClaimCheck, UnreadableRequestsListEveryViolation) {
  auto response = CheckClaims(
      Parse(absl::StrCat("{", Figures({"a:1:c", "a:2:c", "b:x:c"}),
                         ",\"claims\":[{\"id\":\"c\",\"total\":{\"totalId\":"
                         "\"a\",\"parts\":[{\"figureId\":\"a\"},"
                         "{\"figureId\":\"nope\"}]}},{\"id\":\"d\",\"total\":{"
                         "\"totalId\":\"a\"}}]}")));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  std::vector<std::string> seen;
  for (const auto& v : bad.field_violations())
    seen.push_back(v.field() + " " + v.reason());
  EXPECT_THAT(seen, ::testing::ElementsAre(
                        "figures[1].id DUPLICATE_ID",
                        "figures[2].text UNPARSABLE_NUMBER",
                        "claims[0].total.parts[0].figure_id SELF_REFERENCE",
                        "claims[0].total.parts[1].figure_id UNKNOWN_FIGURE_ID",
                        "claims[1].total.parts NO_PARTS"));
  EXPECT_EQ(ErrorInfoOf(response.status()).reason(), "INVALID_REQUEST");
  EXPECT_EQ(ErrorInfoOf(response.status()).domain(), "claimcheck.v1");
}

TEST(ClaimCheck, ClaimsNeedAKindAndAnId) {
  auto response = CheckClaims(Parse("{\"claims\":[{\"text\":\"hello\"}]}"));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  ASSERT_EQ(bad.field_violations_size(), 2);
  EXPECT_EQ(bad.field_violations(0).reason(), "MISSING_ID");
  EXPECT_EQ(bad.field_violations(1).reason(), "MISSING_KIND");
}

// The paths of figures and claims are counted up element by element: they
// stay right where the count carries into a new digit.
TEST(ClaimCheck, ViolationsNameTheirElementPastTenAndAHundred) {
  std::string figures, claims;
  for (int i = 0; i < 120; ++i) {
    // Figures 10, 99, 100 and 119 take the id of figure 0.
    const bool again = i == 10 || i == 99 || i == 100 || i == 119;
    absl::StrAppend(&figures, i == 0 ? "" : ",", "{\"id\":\"f", again ? 0 : i,
                    "\",\"text\":\"1\"}");
  }
  // Claims without a kind, each a violation (a request lists at most 100).
  for (int i = 0; i < 12; ++i) {
    absl::StrAppend(&claims, i == 0 ? "" : ",", "{\"id\":\"c", i, "\"}");
  }
  auto response = CheckClaims(Parse(
      absl::StrCat("{\"figures\":[", figures, "],\"claims\":[", claims, "]}")));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  std::vector<std::string> seen;
  for (const auto& v : bad.field_violations()) seen.push_back(v.field());
  ASSERT_EQ(seen.size(), 4u + 12u);
  EXPECT_THAT(std::vector<std::string>(seen.begin(), seen.begin() + 4),
              ::testing::ElementsAre("figures[10].id", "figures[99].id",
                                     "figures[100].id", "figures[119].id"));
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(seen[4 + i], absl::StrCat("claims[", i, "]"));
  }
}

// A long article's figures are kept in several blocks of the figure table
// (4,096 figures a block): each claim still sees its own figures, and a
// slip in the last block is found and named like one in the first.
TEST(ClaimCheck, ALongArticlesClaimsEachSeeTheirOwnFigures) {
  constexpr int kClaims = 3'000;  // 9,000 figures: three blocks
  // Printed as a newspaper prints them, and as the findings quote them.
  auto printed = [](int value) {
    return value < 1000
               ? absl::StrCat(value)
               : absl::StrFormat("%d,%03d", value / 1000, value % 1000);
  };
  v1::CheckClaimsRequest request;
  auto figure = [&](const std::string& id, int value) {
    v1::Figure* f = request.add_figures();
    f->set_id(id);
    f->set_text(printed(value));
    f->set_unit(v1::UNIT_COUNT);
    return id;
  };
  // Claim i: i + 10 and 2i + 20 make 3i + 30, but every 700th total is
  // printed one too high.
  auto slipped = [](int i) { return i % 700 == 0; };
  for (int i = 0; i < kClaims; ++i) {
    const std::string p = absl::StrCat("c", i, "-");
    v1::Claim* claim = request.add_claims();
    claim->set_id(absl::StrCat("c", i));
    v1::TotalClaim* total = claim->mutable_total();
    total->set_total_id(figure(p + "all", 3 * i + 30 + (slipped(i) ? 1 : 0)));
    total->add_parts()->set_figure_id(figure(p + "a", i + 10));
    total->add_parts()->set_figure_id(figure(p + "b", 2 * i + 20));
  }
  auto response = CheckClaims(request);
  ASSERT_THAT(response, IsOk());
  ASSERT_EQ(response->results_size(), kClaims);
  for (int i = 0; i < kClaims; ++i) {
    const v1::ClaimResult& result = response->results(i);
    ASSERT_EQ(result.claim_id(), absl::StrCat("c", i));
    if (!slipped(i)) {
      EXPECT_EQ(result.verdict(), v1::VERDICT_CONSISTENT) << result.claim_id();
      continue;
    }
    EXPECT_EQ(result.verdict(), v1::VERDICT_ERROR) << result.claim_id();
    ASSERT_GT(result.discrepancies_size(), 0) << result.claim_id();
    EXPECT_THAT(result.discrepancies(0).message(),
                ::testing::HasSubstr(absl::StrCat(
                    "add up to ", printed(3 * i + 30),
                    ", but the total is given as ", printed(3 * i + 31))))
        << result.claim_id();
    std::vector<std::string> ids;
    for (const auto& f : result.discrepancies(0).figures())
      ids.push_back(f.id());
    const std::string p = absl::StrCat("c", i, "-");
    EXPECT_THAT(ids,
                ::testing::UnorderedElementsAre(p + "all", p + "a", p + "b"));
  }
}

}  // namespace
}  // namespace claimcheck
