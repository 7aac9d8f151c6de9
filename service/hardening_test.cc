// The server's defences, through a real TCP channel as clients call it:
// bearer tokens (health stays open), TLS with a certificate the test makes,
// deadlines that stop the engine, and limits refused with rich details.
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "rpc/status_mapping.h"
#include "service/server.h"
#include "tests/harness.h"
#include "tests/sample_requests.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::HasSubstr;

std::unique_ptr<ClaimCheckServer> Start(ServerOptions options) {
  options.port = 0;
  absl::StatusOr<std::unique_ptr<ClaimCheckServer>> server =
      ClaimCheckServer::Start(options);
  EXPECT_THAT(server, IsOk());
  return server.ok() ? *std::move(server) : nullptr;
}

// Calls CheckClaims; `token` goes in "authorization: Bearer" when not empty.
absl::Status Check(const std::shared_ptr<grpc::Channel>& channel,
                   const v1::CheckClaimsRequest& request,
                   const std::string& token = "",
                   absl::Duration timeout = absl::Seconds(30)) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       absl::ToChronoMilliseconds(timeout));
  if (!token.empty()) context.AddMetadata("authorization", "Bearer " + token);
  v1::CheckClaimsResponse response;
  return FromGrpcStatus(v1::ClaimCheckService::NewStub(channel)->CheckClaims(
      &context, request, &response));
}

grpc::Status Health(const std::shared_ptr<grpc::Channel>& channel) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  HealthCheckResponse response;
  return grpc::health::v1::Health::NewStub(channel)->Check(
      &context, HealthCheckRequest(), &response);
}

std::shared_ptr<grpc::Channel> Plaintext(const ClaimCheckServer& server) {
  return grpc::CreateChannel(server.listening_address(),
                             grpc::InsecureChannelCredentials());
}

TEST(Tokens, CheckClaimsNeedsAnAcceptedBearerTokenAndHealthDoesNot) {
  ServerOptions options;
  options.service.tokens = {"desk-one", "desk-two"};
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  auto channel = Plaintext(*server);

  absl::Status missing = Check(channel, GoodRequest());
  EXPECT_THAT(missing, StatusIs(absl::StatusCode::kUnauthenticated,
                                HasSubstr("Bearer")));
  EXPECT_EQ(ErrorInfoOf(missing).reason(), "MISSING_TOKEN");
  absl::Status wrong = Check(channel, GoodRequest(), "desk-three");
  EXPECT_THAT(wrong, StatusIs(absl::StatusCode::kUnauthenticated));
  EXPECT_EQ(ErrorInfoOf(wrong).reason(), "INVALID_TOKEN");
  EXPECT_EQ(ErrorInfoOf(wrong).domain(), "claimcheck.v1");

  EXPECT_THAT(Check(channel, GoodRequest(), "desk-two"), IsOk());
  EXPECT_TRUE(Health(channel).ok());
}

TEST(Tokens, TheTextCallsNeedOneToo) {
  ServerOptions options;
  options.service.tokens = {"desk-one"};
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  auto stub = v1::ClaimCheckService::NewStub(Plaintext(*server));
  for (const std::string token : {"", "desk-two", "desk-one"}) {
    SCOPED_TRACE("token \"" + token + "\"");
    grpc::ClientContext extract_context;
    grpc::ClientContext check_context;
    if (!token.empty()) {
      extract_context.AddMetadata("authorization", "Bearer " + token);
      check_context.AddMetadata("authorization", "Bearer " + token);
    }
    v1::ExtractClaimsRequest extract;
    extract.set_text("Police arrested 107 people.");
    v1::ExtractClaimsResponse extraction;
    const absl::Status extracted = FromGrpcStatus(
        stub->ExtractClaims(&extract_context, extract, &extraction));
    v1::CheckTextRequest check;
    check.set_text("Police arrested 107 people.");
    v1::CheckTextResponse checked;
    const absl::Status text_checked =
        FromGrpcStatus(stub->CheckText(&check_context, check, &checked));
    const std::string reason = token.empty()         ? "MISSING_TOKEN"
                               : token == "desk-two" ? "INVALID_TOKEN"
                                                     : "";
    for (const absl::Status& status : {extracted, text_checked}) {
      if (reason.empty()) {
        EXPECT_THAT(status, IsOk());
      } else {
        EXPECT_THAT(status, StatusIs(absl::StatusCode::kUnauthenticated));
        EXPECT_EQ(ErrorInfoOf(status).reason(), reason);
      }
    }
  }
}

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = std::getenv("TEST_TMPDIR");
    absl::StatusOr<TestCertificate> cert = MakeTestCertificate(dir, "server");
    ASSERT_THAT(cert, IsOk());
    cert_ = *cert;
    ServerOptions options;
    options.tls_cert_file = cert_.cert_file;
    options.tls_key_file = cert_.key_file;
    server_ = Start(options);
    ASSERT_NE(server_, nullptr);
  }

  std::shared_ptr<grpc::Channel> Tls(const std::string& ca_pem,
                                     const std::string& host) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = ca_pem;
    return grpc::CreateChannel(absl::StrCat(host, ":", server_->port()),
                               grpc::SslCredentials(ssl));
  }

  TestCertificate cert_;
  std::unique_ptr<ClaimCheckServer> server_;
};

TEST_F(TlsTest, AClientThatTrustsTheCertificateIsServed) {
  EXPECT_THAT(Check(Tls(cert_.cert_pem, "localhost"), GoodRequest()), IsOk());
  EXPECT_THAT(Check(Tls(cert_.cert_pem, "127.0.0.1"), GoodRequest()), IsOk());
  EXPECT_TRUE(Health(Tls(cert_.cert_pem, "localhost")).ok());
}

TEST_F(TlsTest, PlaintextAndUntrustedClientsAreNotServed) {
  EXPECT_THAT(Check(Plaintext(*server_), GoodRequest(), "", absl::Seconds(5)),
              StatusIs(absl::StatusCode::kUnavailable));
  absl::StatusOr<TestCertificate> other =
      MakeTestCertificate(std::getenv("TEST_TMPDIR"), "other");
  ASSERT_THAT(other, IsOk());
  EXPECT_THAT(Check(Tls(other->cert_pem, "localhost"), GoodRequest(), "",
                    absl::Seconds(5)),
              StatusIs(absl::StatusCode::kUnavailable));
}

TEST(TlsOptions, ACertificateWithoutItsKeyOrAMissingFileIsRefused) {
  ServerOptions options;
  options.port = 0;
  options.tls_cert_file = "/no/such.crt";
  EXPECT_THAT(ClaimCheckServer::Start(options),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("both")));
  options.tls_key_file = "/no/such.key";
  EXPECT_THAT(
      ClaimCheckServer::Start(options),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("/no/such.crt")));
}

// One check thread: had the engine gone on with the slow request after its
// caller's deadline (it takes the engine seconds), the next call would wait
// behind it past its own deadline of three seconds.
TEST(Deadlines, ACallWhoseDeadlinePassesStopsTheEngineAndServingGoesOn) {
  ServerOptions options;
  options.service.check_threads = 1;
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  auto channel = Plaintext(*server);
  ASSERT_THAT(Check(channel, GoodRequest()), IsOk());  // connected

  EXPECT_THAT(Check(channel, SlowRequest(20), "", absl::Milliseconds(300)),
              StatusIs(absl::StatusCode::kDeadlineExceeded));
  EXPECT_THAT(Check(channel, GoodRequest(), "", absl::Seconds(3)), IsOk());
}

// The caller sets no deadline; the server's limit stops the engine partway
// through the twenty claims, and the message says how far it got.
TEST(Deadlines, TheServersOwnLimitEndsACallWithoutDeadline) {
  ServerOptions options;
  options.service.max_check_time = absl::Milliseconds(200);
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  grpc::ClientContext context;  // no deadline at all
  v1::CheckClaimsResponse response;
  absl::Status status =
      FromGrpcStatus(v1::ClaimCheckService::NewStub(Plaintext(*server))
                         ->CheckClaims(&context, SlowRequest(20), &response));
  EXPECT_THAT(status, StatusIs(absl::StatusCode::kDeadlineExceeded,
                               HasSubstr("of 20 claims")));
  EXPECT_EQ(ErrorInfoOf(status).reason(), "DEADLINE_EXCEEDED");
}

// An engine for article text that only waits, as the real one would on a
// long article, until the call's deadline passes or its caller leaves, and
// counts which of the two it saw, the calls that ended, and the deadline
// the last call was given.
struct WaitingTextEngine {
  std::atomic<int64_t> last_deadline_ms{0};
  std::atomic<int> deadlines{0};
  std::atomic<int> cancellations{0};
  std::atomic<int> ended{0};

  absl::Status Wait(const CheckOptions& options) {
    last_deadline_ms = absl::ToUnixMillis(options.deadline);
    while (absl::Now() < options.deadline) {
      if (options.cancelled()) {
        ++cancellations;
        ++ended;
        return absl::CancelledError("cancelled");
      }
      absl::SleepFor(absl::Milliseconds(2));
    }
    ++deadlines;
    ++ended;
    return absl::DeadlineExceededError("the deadline passed");
  }

  ServiceOptions Service() {
    ServiceOptions service;
    service.extract = [this](const v1::ExtractClaimsRequest&,
                             const CheckOptions& options)
        -> absl::StatusOr<v1::ExtractClaimsResponse> { return Wait(options); };
    service.check_text = [this](const v1::CheckTextRequest&,
                                const CheckOptions& options)
        -> absl::StatusOr<v1::CheckTextResponse> { return Wait(options); };
    return service;
  }
};

// True once `counter` reaches `value`, within two seconds.
bool Reaches(const std::atomic<int>& counter, int value) {
  const absl::Time limit = absl::Now() + absl::Seconds(2);
  while (counter < value && absl::Now() < limit) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  return counter >= value;
}

// The deadline the text engine is given is the call's own when the caller
// sets one, and the server's limit when not. What the engine sees first when
// the caller's deadline passes, the deadline or the call's cancellation, is
// a race that gRPC decides; the deadline it was handed is not.
TEST(Deadlines, TheCallsDeadlineAndTheServersLimitReachTheTextEngine) {
  WaitingTextEngine engine;
  ServerOptions options;
  options.service = engine.Service();
  options.service.max_check_time = absl::Seconds(2);
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  auto stub = v1::ClaimCheckService::NewStub(Plaintext(*server));

  const absl::Time start = absl::Now();
  grpc::ClientContext with_deadline;
  with_deadline.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::milliseconds(200));
  v1::CheckTextRequest check;
  check.set_text("Police arrested 107 people.");
  v1::CheckTextResponse checked;
  EXPECT_EQ(stub->CheckText(&with_deadline, check, &checked).error_code(),
            grpc::StatusCode::DEADLINE_EXCEEDED);
  ASSERT_TRUE(Reaches(engine.ended, 1));
  const int cancelled = engine.cancellations;
  // 200 ms and the time the request took to arrive, far from the 2 s limit.
  EXPECT_LT(absl::FromUnixMillis(engine.last_deadline_ms),
            start + absl::Seconds(1));

  const absl::Time second = absl::Now();
  grpc::ClientContext without_deadline;  // --max_check_seconds ends it
  v1::ExtractClaimsRequest extract;
  extract.set_text("Police arrested 107 people.");
  v1::ExtractClaimsResponse extraction;
  EXPECT_EQ(
      stub->ExtractClaims(&without_deadline, extract, &extraction).error_code(),
      grpc::StatusCode::DEADLINE_EXCEEDED);
  ASSERT_TRUE(Reaches(engine.ended, 2));
  const absl::Time limit = absl::FromUnixMillis(engine.last_deadline_ms);
  EXPECT_GE(limit, second + absl::Seconds(2) - absl::Milliseconds(1));
  EXPECT_LE(limit, absl::Now());
  // With no deadline of the caller's, the server's limit ended it.
  EXPECT_EQ(engine.cancellations, cancelled);
}

TEST(Deadlines, ACallerThatGivesUpStopsTheTextEngine) {
  WaitingTextEngine engine;
  ServerOptions options;
  options.service = engine.Service();
  std::unique_ptr<ClaimCheckServer> server = Start(options);
  ASSERT_NE(server, nullptr);
  auto stub = v1::ClaimCheckService::NewStub(Plaintext(*server));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  v1::CheckTextRequest check;
  check.set_text("Police arrested 107 people.");
  v1::CheckTextResponse checked;
  absl::Notification done;
  grpc::Status status;
  stub->async()->CheckText(&context, &check, &checked, [&](grpc::Status s) {
    status = std::move(s);
    done.Notify();
  });
  absl::SleepFor(absl::Milliseconds(200));
  context.TryCancel();
  ASSERT_TRUE(done.WaitForNotificationWithTimeout(absl::Seconds(10)));
  EXPECT_EQ(status.error_code(), grpc::StatusCode::CANCELLED);
  EXPECT_TRUE(Reaches(engine.cancellations, 1));
  EXPECT_EQ(engine.deadlines, 0);
}

TEST(Limits, ARequestOverTheLimitsIsRefusedWithBadRequestDetails) {
  std::unique_ptr<ClaimCheckServer> server = Start(ServerOptions{});
  ASSERT_NE(server, nullptr);
  v1::CheckClaimsRequest request = GoodRequest();
  for (int i = 0; i <= kMaxFigures; ++i) {
    v1::Figure* figure = request.add_figures();
    figure->set_id(absl::StrCat("f", i));
    figure->set_text("1");
  }
  absl::Status status = Check(Plaintext(*server), request);
  EXPECT_THAT(status, StatusIs(absl::StatusCode::kInvalidArgument));
  const google::rpc::BadRequest bad = BadRequestOf(status);
  ASSERT_EQ(bad.field_violations_size(), 1);
  EXPECT_EQ(bad.field_violations(0).field(), "figures");
  EXPECT_EQ(bad.field_violations(0).reason(), "TOO_MANY_FIGURES");
  EXPECT_EQ(ErrorInfoOf(status).reason(), "INVALID_REQUEST");
}

}  // namespace
}  // namespace claimcheck
