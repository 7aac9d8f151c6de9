#include "rpc/status_mapping.h"

#include <grpcpp/support/status.h>

#include <algorithm>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/cord.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

// What the engine returns for a total whose total_id names no figure.
absl::Status UnknownTotalId() {
  RequestErrors errors;
  errors.Add("claims[0].total.total_id", "UNKNOWN_FIGURE_ID",
             "no figure has the id \"nationwide\"");
  return errors.ToStatus();
}

std::vector<std::string> TypeUrls(const google::rpc::Status& status) {
  std::vector<std::string> urls;
  for (const auto& any : status.details()) urls.push_back(any.type_url());
  return urls;
}

struct ToGrpcCase {
  std::string name;
  absl::Status input;
  grpc::StatusCode code;
  // Type URLs of the Any details, in order; empty means no error_details.
  std::vector<std::string> detail_type_urls;
};

class ToGrpcStatusTest : public ::testing::TestWithParam<ToGrpcCase> {};

TEST_P(ToGrpcStatusTest, KeepsCodeMessageAndPayloads) {
  const ToGrpcCase& test_case = GetParam();
  grpc::Status status = ToGrpcStatus(test_case.input);

  EXPECT_EQ(status.error_code(), test_case.code);
  EXPECT_EQ(status.error_message(), test_case.input.message());
  if (test_case.detail_type_urls.empty()) {
    EXPECT_THAT(status.error_details(), IsEmpty());
    return;
  }
  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  EXPECT_EQ(details.code(), static_cast<int>(test_case.code));
  EXPECT_EQ(details.message(), test_case.input.message());
  EXPECT_THAT(TypeUrls(details), ElementsAreArray(test_case.detail_type_urls));
}

absl::Status WithPayloads(absl::Status status,
                          const std::vector<std::string>& type_urls) {
  for (const std::string& url : type_urls) {
    status.SetPayload(url, absl::Cord("x"));
  }
  return status;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ToGrpcStatusTest,
    ::testing::Values(
        ToGrpcCase{"Ok", absl::OkStatus(), grpc::StatusCode::OK, {}},
        ToGrpcCase{
            "InvalidRequest",
            UnknownTotalId(),
            grpc::StatusCode::INVALID_ARGUMENT,
            {std::string(kBadRequestTypeUrl), std::string(kErrorInfoTypeUrl)}},
        ToGrpcCase{"NoPayloads",
                   absl::InternalError("engine bug"),
                   grpc::StatusCode::INTERNAL,
                   {}},
        ToGrpcCase{"ResourceExhausted",
                   absl::ResourceExhaustedError("too many claims"),
                   grpc::StatusCode::RESOURCE_EXHAUSTED,
                   {}},
        ToGrpcCase{"PayloadsSortedByTypeUrl",
                   WithPayloads(absl::FailedPreconditionError("x"),
                                {"type.googleapis.com/z.Z",
                                 "type.googleapis.com/a.A"}),
                   grpc::StatusCode::FAILED_PRECONDITION,
                   {"type.googleapis.com/a.A", "type.googleapis.com/z.Z"}}),
    [](const auto& info) { return info.param.name; });

// What grpcurl prints for a bad request comes from these bytes alone.
TEST(ToGrpcStatusTest, DetailsDecodeAsBadRequestAndErrorInfo) {
  grpc::Status status = ToGrpcStatus(UnknownTotalId());
  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  ASSERT_EQ(details.details_size(), 2);

  google::rpc::BadRequest bad_request;
  ASSERT_TRUE(bad_request.ParseFromString(details.details(0).value()));
  ASSERT_EQ(bad_request.field_violations_size(), 1);
  EXPECT_EQ(bad_request.field_violations(0).field(),
            "claims[0].total.total_id");
  EXPECT_EQ(bad_request.field_violations(0).reason(), "UNKNOWN_FIGURE_ID");

  google::rpc::ErrorInfo info;
  ASSERT_TRUE(info.ParseFromString(details.details(1).value()));
  EXPECT_EQ(info.domain(), kErrorDomain);
  EXPECT_EQ(info.reason(), kInvalidRequestReason);
}

struct FromGrpcCase {
  std::string name;
  grpc::Status input;
  absl::StatusCode code;
  std::string message;
  std::vector<std::string> payload_type_urls;
};

std::vector<std::string> PayloadTypeUrls(const absl::Status& status) {
  std::vector<std::string> urls;
  status.ForEachPayload([&urls](absl::string_view url, const absl::Cord&) {
    urls.emplace_back(url);
  });
  std::sort(urls.begin(), urls.end());
  return urls;
}

class FromGrpcStatusTest : public ::testing::TestWithParam<FromGrpcCase> {};

TEST_P(FromGrpcStatusTest, RestoresCodeMessageAndPayloads) {
  const FromGrpcCase& test_case = GetParam();
  absl::Status status = FromGrpcStatus(test_case.input);
  EXPECT_THAT(status, StatusIs(test_case.code, test_case.message));
  EXPECT_THAT(PayloadTypeUrls(status),
              ElementsAreArray(test_case.payload_type_urls));
}

grpc::Status WithDetails(grpc::StatusCode code, const std::string& message,
                         const std::vector<std::string>& type_urls) {
  google::rpc::Status details;
  details.set_code(static_cast<int>(code));
  details.set_message(message);
  for (const std::string& url : type_urls) {
    details.add_details()->set_type_url(url);
  }
  return grpc::Status(code, message, details.SerializeAsString());
}

INSTANTIATE_TEST_SUITE_P(
    Table, FromGrpcStatusTest,
    ::testing::Values(
        FromGrpcCase{"Ok", grpc::Status::OK, absl::StatusCode::kOk, "", {}},
        FromGrpcCase{"ConnectionRefused",
                     grpc::Status(grpc::StatusCode::UNAVAILABLE,
                                  "failed to connect to all addresses"),
                     absl::StatusCode::kUnavailable,
                     "failed to connect to all addresses",
                     {}},
        FromGrpcCase{
            "InvalidRequest",
            WithDetails(grpc::StatusCode::INVALID_ARGUMENT, "bad",
                        {std::string(kBadRequestTypeUrl),
                         std::string(kErrorInfoTypeUrl)}),
            absl::StatusCode::kInvalidArgument,
            "bad",
            {std::string(kBadRequestTypeUrl), std::string(kErrorInfoTypeUrl)}},
        FromGrpcCase{"DetailsThatDoNotParse",
                     grpc::Status(grpc::StatusCode::INTERNAL, "boom",
                                  "\xff\xff not a proto"),
                     absl::StatusCode::kInternal,
                     "boom",
                     {}},
        FromGrpcCase{"CodeOutOfRange",
                     grpc::Status(static_cast<grpc::StatusCode>(20), "odd"),
                     absl::StatusCode::kUnknown,
                     "odd",
                     {}}),
    [](const auto& info) { return info.param.name; });

class RoundTripTest : public ::testing::TestWithParam<absl::Status> {};

TEST_P(RoundTripTest, FromUndoesTo) {
  EXPECT_EQ(FromGrpcStatus(ToGrpcStatus(GetParam())), GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, RoundTripTest,
    ::testing::Values(absl::OkStatus(), UnknownTotalId(),
                      absl::InternalError("engine bug"),
                      absl::DeadlineExceededError("slow"),
                      WithPayloads(absl::AbortedError("x"),
                                   {"type.googleapis.com/a.A"})));

TEST(RoundTripTest, BadRequestSurvives) {
  absl::Status restored = FromGrpcStatus(ToGrpcStatus(UnknownTotalId()));
  google::rpc::BadRequest bad_request = BadRequestOf(restored);
  ASSERT_EQ(bad_request.field_violations_size(), 1);
  EXPECT_EQ(bad_request.field_violations(0).field(),
            "claims[0].total.total_id");
  EXPECT_EQ(ErrorInfoOf(restored).reason(), kInvalidRequestReason);
}

}  // namespace
}  // namespace claimcheck
