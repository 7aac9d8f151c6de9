#include "engine/testing/claim_cases.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "tests/status_matchers.h"

namespace claimcheck {

std::string CaseName(const ::testing::TestParamInfo<ClaimCase>& info) {
  return info.param.name;
}

void ExpectClaim(const ClaimCase& c) {
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(c.request));
  ASSERT_THAT(response, IsOk());
  ASSERT_GE(response->results_size(), 1);
  const v1::ClaimResult& result = response->results(0);
  EXPECT_EQ(result.verdict(), c.verdict) << result.DebugString();
  if (c.code.empty()) {
    EXPECT_EQ(result.discrepancies_size(), 0) << result.DebugString();
    if (!c.words.empty()) {
      ASSERT_GE(result.implied_values_size(), 1) << result.DebugString();
      EXPECT_EQ(result.implied_values(0).range().text(), c.words);
    }
    return;
  }
  ASSERT_GE(result.discrepancies_size(), 1) << result.DebugString();
  EXPECT_EQ(result.discrepancies(0).code(), c.code) << result.DebugString();
  EXPECT_THAT(result.discrepancies(0).message(), ::testing::HasSubstr(c.words));
  if (c.cause != v1::CAUSE_UNSPECIFIED) {
    EXPECT_EQ(result.discrepancies(0).cause(), c.cause) << result.DebugString();
  }
}

v1::CheckClaimsRequest Parse(const std::string& json) {
  v1::CheckClaimsRequest request;
  const auto status =
      google::protobuf::util::JsonStringToMessage(json, &request);
  EXPECT_TRUE(status.ok()) << status.ToString() << "\n" << json;
  return request;
}

std::vector<std::string> Violations(const std::string& request) {
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(request));
  EXPECT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  std::vector<std::string> seen;
  for (const auto& v : bad.field_violations())
    seen.push_back(v.field() + " " + v.reason());
  return seen;
}

std::string Figures(const std::vector<std::string>& specs) {
  std::string out = "\"figures\": [";
  for (size_t i = 0; i < specs.size(); ++i) {
    std::vector<std::string> f = absl::StrSplit(specs[i], ':');
    const std::string unit = f[2] == "c"   ? "UNIT_COUNT"
                             : f[2] == "p" ? "UNIT_PERCENT"
                             : f[2] == "a" ? "UNIT_AMOUNT"
                             : f[2] == "r" ? "UNIT_RATE"
                             : f[2] == "m" ? "UNIT_MULTIPLE"
                                           : "UNIT_UNSPECIFIED";
    absl::StrAppend(&out, i ? "," : "", "{\"id\":\"", f[0], "\",\"text\":\"",
                    f[1], "\",\"unit\":\"", unit, "\"");
    for (size_t k = 3; k < f.size(); ++k) {
      absl::string_view extra = f[k];
      if (absl::ConsumePrefix(&extra, "per=")) {
        absl::StrAppend(&out, ",\"ratePer\":\"", extra, "\"");
      } else if (absl::ConsumePrefix(&extra, "label=")) {
        absl::StrAppend(&out, ",\"label\":\"", extra, "\"");
      } else if (absl::ConsumePrefix(&extra, "sym=")) {
        absl::StrAppend(&out, ",\"unitSymbol\":\"", extra, "\"");
      } else if (absl::ConsumePrefix(&extra, "scope=")) {
        absl::StrAppend(&out, ",\"percentScope\":\"PERCENT_SCOPE_", extra,
                        "\"");
      } else {
        absl::StrAppend(&out, ",\"rounding\":\"", extra, "\"");
      }
    }
    absl::StrAppend(&out, "}");
  }
  return out + "]";
}

std::string Claim(const std::string& figures, const std::string& claim) {
  return absl::StrCat("{", figures, ",\"claims\":[{\"id\":\"c\",", claim,
                      "}]}");
}

}  // namespace claimcheck
