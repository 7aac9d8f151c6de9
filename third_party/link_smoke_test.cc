// Links and exercises each system library once, so a missing -l flag or a
// broken Debian package shows up here rather than in the first real test.

#include <gmpxx.h>
#include <grpcpp/support/status.h>

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/cord.h"
#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

ABSL_FLAG(int, smoke_port, 50051,
          "Parsed by the test, like a server's --port.");

namespace {

TEST(LinkSmokeTest, GmpAddsDecimalsExactly) {
  mpq_class sum = mpq_class(1, 10) + mpq_class(2, 10);
  EXPECT_EQ(sum, mpq_class(3, 10));
  EXPECT_EQ(sum.get_str(), "3/10");
}

TEST(LinkSmokeTest, AbslStatusPayloadAndFormat) {
  absl::Status status = absl::InvalidArgumentError("bad figure");
  status.SetPayload("type.example/claimcheck", absl::Cord("claims[3]"));
  absl::StatusOr<int> not_a_value = status;
  ASSERT_FALSE(not_a_value.ok());
  EXPECT_EQ(not_a_value.status().GetPayload("type.example/claimcheck"),
            absl::Cord("claims[3]"));
  EXPECT_EQ(absl::StrFormat("%d short of %d", 27, 498), "27 short of 498");
}

TEST(LinkSmokeTest, AbslFlagsParse) {
  std::vector<char*> argv = {const_cast<char*>("smoke"),
                             const_cast<char*>("--smoke_port=8080"),
                             const_cast<char*>("input.json")};
  std::vector<char*> rest =
      absl::ParseCommandLine(static_cast<int>(argv.size()), argv.data());
  EXPECT_EQ(absl::GetFlag(FLAGS_smoke_port), 8080);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(std::string(rest[1]), "input.json");
}

TEST(LinkSmokeTest, GrpcStatus) {
  grpc::Status status(grpc::StatusCode::INVALID_ARGUMENT, "bad figure",
                      "details");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_details(), "details");
  EXPECT_TRUE(grpc::Status::OK.ok());
}

}  // namespace
