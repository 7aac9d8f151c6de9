// ExtractClaims and CheckText, the engine's entry points for article text.
#include <string>

#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

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
