#include "service/auth.h"

#include <map>
#include <string>

#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using Metadata = std::multimap<grpc::string_ref, grpc::string_ref>;

TEST(ConstantTimeEquals, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("s3cret", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("s3cre", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("s3cretX", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("S3cret", "s3cret"));
  // A guess that repeats the token is no match.
  EXPECT_FALSE(ConstantTimeEquals("s3crets3cret", "s3cret"));
}

struct AuthCase {
  std::string name;
  std::string header;  // "" sends none
  absl::StatusCode code;
  std::string reason;
};

class AuthenticateTest : public ::testing::TestWithParam<AuthCase> {};

TEST_P(AuthenticateTest, AcceptsOnlyAConfiguredBearerToken) {
  const TokenAuthenticator auth({"alpha", "beta"});
  Metadata metadata;
  const std::string key = "authorization";
  if (!GetParam().header.empty()) metadata.emplace(key, GetParam().header);
  const absl::Status status = auth.Authenticate(metadata);
  EXPECT_THAT(status, StatusIs(GetParam().code));
  EXPECT_EQ(ErrorInfoOf(status).reason(), GetParam().reason);
  if (!status.ok()) {
    EXPECT_EQ(ErrorInfoOf(status).domain(), "claimcheck.v1");
  }
}

INSTANTIATE_TEST_SUITE_P(
    Headers, AuthenticateTest,
    ::testing::Values(
        AuthCase{"First", "Bearer alpha", absl::StatusCode::kOk, ""},
        AuthCase{"Second", "Bearer beta", absl::StatusCode::kOk, ""},
        AuthCase{"SchemeInAnyCase", "bearer beta", absl::StatusCode::kOk, ""},
        AuthCase{"NoHeader", "", absl::StatusCode::kUnauthenticated,
                 "MISSING_TOKEN"},
        AuthCase{"NotBearer", "Basic YWxwaGE6",
                 absl::StatusCode::kUnauthenticated, "MISSING_TOKEN"},
        AuthCase{"EmptyBearer", "Bearer ", absl::StatusCode::kUnauthenticated,
                 "MISSING_TOKEN"},
        AuthCase{"Wrong", "Bearer gamma", absl::StatusCode::kUnauthenticated,
                 "INVALID_TOKEN"},
        AuthCase{"Prefix", "Bearer alph", absl::StatusCode::kUnauthenticated,
                 "INVALID_TOKEN"}),
    [](const auto& info) { return info.param.name; });

TEST(TokenAuthenticator, WithoutTokensEveryCallPasses) {
  const TokenAuthenticator auth({});
  EXPECT_FALSE(auth.enabled());
  EXPECT_THAT(auth.Authenticate(Metadata()), IsOk());
}

}  // namespace
}  // namespace claimcheck
