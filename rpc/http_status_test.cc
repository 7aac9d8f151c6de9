#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "rpc/status_mapping.h"

namespace claimcheck {
namespace {

struct Case {
  absl::StatusCode code;
  int http;
};

class HttpStatusTest : public ::testing::TestWithParam<Case> {};

TEST_P(HttpStatusTest, MapsAsGoogleHttpApisDo) {
  EXPECT_EQ(HttpStatusFromCode(GetParam().code), GetParam().http)
      << absl::StatusCodeToString(GetParam().code);
}

// google/rpc/code.proto gives each canonical code its HTTP status.
INSTANTIATE_TEST_SUITE_P(
    EveryCode, HttpStatusTest,
    ::testing::Values(Case{absl::StatusCode::kOk, 200},
                      Case{absl::StatusCode::kCancelled, 499},
                      Case{absl::StatusCode::kUnknown, 500},
                      Case{absl::StatusCode::kInvalidArgument, 400},
                      Case{absl::StatusCode::kDeadlineExceeded, 504},
                      Case{absl::StatusCode::kNotFound, 404},
                      Case{absl::StatusCode::kAlreadyExists, 409},
                      Case{absl::StatusCode::kPermissionDenied, 403},
                      Case{absl::StatusCode::kResourceExhausted, 429},
                      Case{absl::StatusCode::kFailedPrecondition, 400},
                      Case{absl::StatusCode::kAborted, 409},
                      Case{absl::StatusCode::kOutOfRange, 400},
                      Case{absl::StatusCode::kUnimplemented, 501},
                      Case{absl::StatusCode::kInternal, 500},
                      Case{absl::StatusCode::kUnavailable, 503},
                      Case{absl::StatusCode::kDataLoss, 500},
                      Case{absl::StatusCode::kUnauthenticated, 401},
                      Case{static_cast<absl::StatusCode>(99), 500}),
    [](const ::testing::TestParamInfo<Case>& info) {
      return std::to_string(static_cast<int>(info.param.code));
    });

}  // namespace
}  // namespace claimcheck
