#include "rpc/tokens.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

TEST(ParseTokens, OnePerLineOrCommaSeparatedWithComments) {
  EXPECT_THAT(ParseTokens("# desk tokens\nalpha\n\n  beta  \r\ngamma,delta\n"),
              ElementsAre("alpha", "beta", "gamma", "delta"));
  EXPECT_THAT(ParseTokens(""), ElementsAre());
}

TEST(ReadTokenFile, NamesTheFileWhenItCannotBeRead) {
  EXPECT_THAT(ReadTokenFile("/no/such/tokens"),
              StatusIs(absl::StatusCode::kNotFound,
                       ::testing::HasSubstr("/no/such/tokens")));
}

}  // namespace
}  // namespace claimcheck
