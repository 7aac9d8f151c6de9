// CheckClaims over whole requests: the work budget, and requests that cannot
// be read. Each kind's cases sit beside its check (engine/checks/*_test.cc).
#include "engine/engine.h"

#include <string>

#include "absl/strings/str_cat.h"
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

}  // namespace
}  // namespace claimcheck
