#include "service/server.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "rpc/status_mapping.h"
#include "tests/sample_requests.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::HasSubstr;

// The same, with a total that names no figure: the engine must reject it.
v1::CheckClaimsRequest BadRequest() {
  v1::CheckClaimsRequest request = GoodRequest();
  request.mutable_claims(0)->mutable_total()->set_total_id("nationwide");
  return request;
}

std::chrono::system_clock::time_point Deadline() {
  return std::chrono::system_clock::now() + std::chrono::seconds(10);
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { StartServer(ServerOptions{}); }

  void StartServer(ServerOptions options) {
    options.port = 0;
    absl::StatusOr<std::unique_ptr<ClaimCheckServer>> server =
        ClaimCheckServer::Start(options);
    ASSERT_THAT(server, IsOk());
    server_ = *std::move(server);
    channel_ = grpc::CreateChannel(server_->listening_address(),
                                   grpc::InsecureChannelCredentials());
    stub_ = v1::ClaimCheckService::NewStub(channel_);
  }

  grpc::Status Check(const v1::CheckClaimsRequest& request,
                     v1::CheckClaimsResponse* response) {
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    return stub_->CheckClaims(&context, request, response);
  }

  grpc::Status Extract(const v1::ExtractClaimsRequest& request,
                       v1::ExtractClaimsResponse* response) {
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    return stub_->ExtractClaims(&context, request, response);
  }

  grpc::Status CheckText(const v1::CheckTextRequest& request,
                         v1::CheckTextResponse* response) {
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    return stub_->CheckText(&context, request, response);
  }

  std::unique_ptr<ClaimCheckServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::ClaimCheckService::Stub> stub_;
};

// "including": the parts need not make the whole, but may not exceed it.
constexpr char kIncluding[] =
    "Police arrested 107 people, including 101 in Los Angeles and six in San "
    "Francisco.";
constexpr char kPartsExceedTheTotal[] =
    "Police arrested 100 people, including 101 in Los Angeles and six in San "
    "Francisco.";

// The one field violation of `status`, as "FIELD REASON: DESCRIPTION".
std::string OnlyViolation(const grpc::Status& status) {
  const google::rpc::BadRequest bad = BadRequestOf(FromGrpcStatus(status));
  if (bad.field_violations_size() != 1) {
    return absl::StrCat(bad.field_violations_size(),
                        " violations: ", status.error_message());
  }
  const auto& v = bad.field_violations(0);
  return absl::StrCat(v.field(), " ", v.reason(), ": ", v.description());
}

TEST_F(ServerTest, ListensOnTheBoundPort) {
  EXPECT_GT(server_->port(), 0);
  EXPECT_EQ(server_->listening_address(),
            "127.0.0.1:" + std::to_string(server_->port()));
}

TEST_F(ServerTest, GoodRequestReturnsOneResultPerClaim) {
  v1::CheckClaimsResponse response;
  grpc::Status status = Check(GoodRequest(), &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.article_id(), "good");
  ASSERT_EQ(response.results_size(), 1);
  EXPECT_EQ(response.results(0).claim_id(), "sum");
  EXPECT_NE(response.results(0).verdict(), v1::VERDICT_UNSPECIFIED);
  EXPECT_EQ(response.summary().claims(), 1);
}

TEST_F(ServerTest, InProcessChannelServesToo) {
  auto stub = v1::ClaimCheckService::NewStub(server_->InProcessChannel());
  grpc::ClientContext context;
  context.set_deadline(Deadline());
  v1::CheckClaimsResponse response;
  grpc::Status status = stub->CheckClaims(&context, GoodRequest(), &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.results_size(), 1);
}

TEST_F(ServerTest, BadRequestIsInvalidArgumentWithBadRequestDetails) {
  v1::CheckClaimsResponse response;
  grpc::Status status = Check(BadRequest(), &response);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
      << status.error_message();
  EXPECT_THAT(status.error_message(), HasSubstr("claims[0].total.total_id"));

  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  EXPECT_EQ(details.code(),
            static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  google::rpc::BadRequest bad_request;
  google::rpc::ErrorInfo info;
  for (const auto& any : details.details()) {
    if (any.type_url() == kBadRequestTypeUrl) {
      ASSERT_TRUE(bad_request.ParseFromString(any.value()));
    } else if (any.type_url() == kErrorInfoTypeUrl) {
      ASSERT_TRUE(info.ParseFromString(any.value()));
    }
  }
  ASSERT_EQ(bad_request.field_violations_size(), 1);
  EXPECT_EQ(bad_request.field_violations(0).field(),
            "claims[0].total.total_id");
  EXPECT_EQ(bad_request.field_violations(0).reason(), "UNKNOWN_FIGURE_ID");
  EXPECT_EQ(info.domain(), kErrorDomain);
}

TEST_F(ServerTest, KeepsServingAfterABadRequest) {
  v1::CheckClaimsResponse response;
  ASSERT_FALSE(Check(BadRequest(), &response).ok());
  grpc::Status status = Check(GoodRequest(), &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.results_size(), 1);
}

TEST_F(ServerTest, CheckTextProposesAndChecksTheArticlesClaims) {
  v1::CheckTextRequest request;
  request.set_article_id("police");
  request.set_text(kPartsExceedTheTotal);
  v1::CheckTextResponse response;
  grpc::Status status = CheckText(request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.extraction().article_id(), "police");
  EXPECT_EQ(response.extraction().text(), kPartsExceedTheTotal);
  ASSERT_EQ(response.check().results_size(), 1);
  EXPECT_EQ(response.check().results(0).verdict(), v1::VERDICT_ERROR);

  request.set_text(kIncluding);
  status = CheckText(request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.check().results_size(), 1);
  EXPECT_EQ(response.check().results(0).verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(ServerTest, ExtractClaimsProposesARequestThatCheckClaimsTakes) {
  v1::ExtractClaimsRequest request;
  request.set_html(absl::StrCat("<p>", kIncluding, "</p>"));
  v1::ExtractClaimsResponse extraction;
  grpc::Status status = Extract(request, &extraction);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(extraction.request().figures_size(), 3);
  EXPECT_EQ(extraction.request().claims_size(), 1);
  v1::CheckClaimsResponse checked;
  status = Check(extraction.request(), &checked);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(checked.results(0).verdict(), v1::VERDICT_CONSISTENT);
}

// gRPC's parser would refuse these requests with INTERNAL and no message;
// the service reads them itself, so the caller learns where the text goes
// wrong. (protobuf logs that the client sent a string that is not UTF-8.)
TEST_F(ServerTest, ABodyThatIsNotUtf8IsInvalidArgumentWithItsByteOffset) {
  const std::string latin1 = "Caf\xE9 owners: 498 people";
  v1::ExtractClaimsRequest extract;
  extract.set_text(latin1);
  v1::ExtractClaimsResponse extraction;
  grpc::Status status = Extract(extract, &extraction);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(OnlyViolation(status), HasSubstr("text INVALID_UTF8: "));
  EXPECT_THAT(OnlyViolation(status), HasSubstr("offset 3 "));

  v1::CheckTextRequest check;
  check.set_html(absl::StrCat("<p>", latin1, "</p>"));
  v1::CheckTextResponse response;
  status = CheckText(check, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(OnlyViolation(status), HasSubstr("html INVALID_UTF8: "));
  EXPECT_THAT(OnlyViolation(status), HasSubstr("offset 6 "));

  check.set_text(kIncluding);
  EXPECT_TRUE(CheckText(check, &response).ok());
}

TEST_F(ServerTest, ATextOverMaxTextBytesOrNoTextIsInvalidArgument) {
  ServerOptions options;
  options.service.max_text_bytes = 40;
  StartServer(options);
  v1::CheckTextRequest request;
  request.set_text(kIncluding);
  v1::CheckTextResponse response;
  grpc::Status status = CheckText(request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(OnlyViolation(status),
              HasSubstr("text TEXT_TOO_LONG: the article is 82 bytes long; "
                        "the limit is 40 bytes"));

  status = CheckText(v1::CheckTextRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(OnlyViolation(status), HasSubstr("text MISSING_TEXT: "));

  request.set_text("Police arrested 107 people.");
  EXPECT_TRUE(CheckText(request, &response).ok());
}

TEST_F(ServerTest, HealthIsServingForTheServerAndTheService) {
  auto health = grpc::health::v1::Health::NewStub(channel_);
  for (const std::string service : {"", kServiceName}) {
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    HealthCheckRequest request;
    request.set_service(service);
    HealthCheckResponse response;
    grpc::Status status = health->Check(&context, request, &response);
    ASSERT_TRUE(status.ok())
        << "\"" << service << "\": " << status.error_message();
    EXPECT_EQ(response.status(), HealthCheckResponse::SERVING)
        << "\"" << service << "\"";
  }
}

TEST_F(ServerTest, OversizedRequestIsRejectedAndServingGoesOn) {
  ServerOptions options;
  options.max_message_bytes = 1024;
  StartServer(options);
  v1::CheckClaimsRequest big = GoodRequest();
  big.mutable_figures(0)->set_label(std::string(2048, 'x'));
  v1::CheckClaimsResponse response;
  EXPECT_EQ(Check(big, &response).error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_TRUE(Check(GoodRequest(), &response).ok());
}

TEST(ClaimCheckServerTest, TakenPortIsAnError) {
  ServerOptions options;
  options.port = 0;
  absl::StatusOr<std::unique_ptr<ClaimCheckServer>> first =
      ClaimCheckServer::Start(options);
  ASSERT_THAT(first, IsOk());
  options.port = (*first)->port();
  EXPECT_THAT(ClaimCheckServer::Start(options),
              StatusIs(absl::StatusCode::kUnavailable,
                       HasSubstr(std::to_string(options.port))));
}

struct BadOptionsCase {
  std::string name;
  ServerOptions options;
};

class BadOptionsTest : public ::testing::TestWithParam<BadOptionsCase> {};

TEST_P(BadOptionsTest, IsInvalidArgument) {
  EXPECT_THAT(ClaimCheckServer::Start(GetParam().options),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

ServerOptions Options(std::string address, int port, int max_message_bytes,
                      absl::Duration drain) {
  ServerOptions options;
  options.address = std::move(address);
  options.port = port;
  options.max_message_bytes = max_message_bytes;
  options.drain = drain;
  return options;
}

ServerOptions WithThreads(int max_threads, int check_threads) {
  ServerOptions options = Options("127.0.0.1", 0, 1024, absl::Seconds(1));
  options.max_threads = max_threads;
  options.service.check_threads = check_threads;
  return options;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadOptionsTest,
    ::testing::Values(
        BadOptionsCase{"EmptyAddress", Options("", 0, 1024, absl::Seconds(1))},
        BadOptionsCase{"NegativePort",
                       Options("127.0.0.1", -1, 1024, absl::Seconds(1))},
        BadOptionsCase{"PortTooLarge",
                       Options("127.0.0.1", 65536, 1024, absl::Seconds(1))},
        BadOptionsCase{"ZeroMessageSize",
                       Options("127.0.0.1", 0, 0, absl::Seconds(1))},
        BadOptionsCase{"NegativeDrain",
                       Options("127.0.0.1", 0, 1024, absl::Seconds(-1))},
        BadOptionsCase{"OneThread", WithThreads(1, 0)},
        BadOptionsCase{"NegativeCheckThreads", WithThreads(64, -1)}),
    [](const auto& info) { return info.param.name; });

struct JoinCase {
  std::string host;
  int port;
  std::string joined;
};

class JoinHostPortTest : public ::testing::TestWithParam<JoinCase> {};

TEST_P(JoinHostPortTest, Joins) {
  EXPECT_EQ(JoinHostPort(GetParam().host, GetParam().port), GetParam().joined);
}

INSTANTIATE_TEST_SUITE_P(
    Table, JoinHostPortTest,
    ::testing::Values(JoinCase{"127.0.0.1", 50051, "127.0.0.1:50051"},
                      JoinCase{"0.0.0.0", 0, "0.0.0.0:0"},
                      JoinCase{"localhost", 80, "localhost:80"},
                      JoinCase{"::1", 80, "[::1]:80"},
                      JoinCase{"[::1]", 80, "[::1]:80"},
                      JoinCase{"::", 50051, "[::]:50051"}));

}  // namespace
}  // namespace claimcheck
