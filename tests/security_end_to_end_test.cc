// The real claimcheck_server and claimcheck binaries with TLS and bearer
// tokens, as a newsroom would run them, and a server stopped under load:
// the calls in flight finish with the right answers, later ones are refused.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/engine.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/prometheus_text.h"
#include "tests/sample_requests.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr char kExample[] = "examples/kqed-ice-arrests.json";

std::string TempDir() { return std::getenv("TEST_TMPDIR"); }

std::string WriteFile(const std::string& name, const std::string& contents) {
  const std::string path = absl::StrCat(TempDir(), "/", name);
  std::ofstream(path) << contents;
  return path;
}

ProcessResult Cli(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {RunfilesRoot() + "/client/claimcheck"};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.cwd = RunfilesRoot();
  absl::StatusOr<ProcessResult> result = RunProcess(argv, options);
  if (!result.ok()) {
    ADD_FAILURE() << result.status();
    return ProcessResult{};
  }
  return *result;
}

class TlsAndTokensTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<TestCertificate> cert =
        MakeTestCertificate(TempDir(), "server");
    ASSERT_TRUE(cert.ok()) << cert.status();
    cert_ = *cert;
    token_file_ =
        WriteFile("tokens", "# the desk's tokens\nsports-desk\nnews-desk\n");
    absl::StatusOr<ServerProcess> server = StartServerProcess(
        {"--tls_cert=" + cert_.cert_file, "--tls_key=" + cert_.key_file,
         "--token_file=" + token_file_});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::make_unique<ServerProcess>(*std::move(server));
    // The certificate names localhost and 127.0.0.1.
    server_flag_ = absl::StrCat("--server=localhost:", server_->port);
  }

  void TearDown() override { unsetenv("CLAIMCHECK_TOKEN"); }

  TestCertificate cert_;
  std::string token_file_;
  std::unique_ptr<ServerProcess> server_;
  std::string server_flag_;
};

TEST_F(TlsAndTokensTest, TheCliWithCaAndTokenGetsTheInProcessReport) {
  const ProcessResult local = Cli({"check", kExample});
  const ProcessResult remote =
      Cli({"check", server_flag_, "--ca=" + cert_.cert_file,
           "--token_file=" + WriteFile("my-token", "news-desk\n"), kExample});
  EXPECT_EQ(remote.exit_code, 0) << remote.err;
  EXPECT_EQ(remote.out, local.out);

  setenv("CLAIMCHECK_TOKEN", "sports-desk", 1);
  const ProcessResult from_env =
      Cli({"check", server_flag_, "--ca=" + cert_.cert_file, kExample});
  EXPECT_EQ(from_env.exit_code, 0) << from_env.err;
  EXPECT_EQ(from_env.out, local.out);
}

TEST_F(TlsAndTokensTest, WithoutAValidTokenTheCheckIsRefused) {
  const ProcessResult none =
      Cli({"check", server_flag_, "--ca=" + cert_.cert_file, kExample});
  EXPECT_EQ(none.exit_code, 2) << none.err;
  EXPECT_THAT(none.out, HasSubstr("needs a bearer token"));
  EXPECT_THAT(none.out, HasSubstr("the request was not checked"));

  setenv("CLAIMCHECK_TOKEN", "weather-desk", 1);
  const ProcessResult wrong =
      Cli({"check", server_flag_, "--ca=" + cert_.cert_file, "--format=json",
           kExample});
  EXPECT_EQ(wrong.exit_code, 2) << wrong.err;
  EXPECT_THAT(wrong.out, HasSubstr("\"reason\": \"INVALID_TOKEN\""));
}

TEST_F(TlsAndTokensTest, PlaintextToATlsServerCannotConnect) {
  const ProcessResult run = Cli({"check", server_flag_, "--timeout=5s",
                                 "--token_file=" + token_file_, kExample});
  EXPECT_EQ(run.exit_code, 3) << run.out;
  EXPECT_THAT(run.out, IsEmpty());
}

TEST_F(TlsAndTokensTest, HealthStaysOpenWithoutAToken) {
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = cert_.cert_pem;
  auto stub = grpc::health::v1::Health::NewStub(grpc::CreateChannel(
      absl::StrCat("localhost:", server_->port), grpc::SslCredentials(ssl)));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  grpc::health::v1::HealthCheckResponse response;
  ASSERT_TRUE(stub->Check(&context, {}, &response).ok());
  EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
}

TEST(ServerFlags, BadSecurityFlagsStopTheServerWithAMessage) {
  RunOptions options;
  options.cwd = RunfilesRoot();
  const std::string server = RunfilesRoot() + "/service/claimcheck_server";
  for (const auto& [flag, message] :
       {std::pair<std::string, std::string>{"--tls_cert=/no/such.crt", "both"},
        {"--token_file=/no/such/tokens", "/no/such/tokens"}}) {
    absl::StatusOr<ProcessResult> run =
        RunProcess({server, "--port=0", flag}, options);
    ASSERT_TRUE(run.ok()) << run.status();
    EXPECT_NE(run->exit_code, 0) << flag;
    EXPECT_THAT(run->err, HasSubstr(message));
    EXPECT_THAT(run->out, IsEmpty());
  }
}

// A request that keeps the engine busy a fraction of a second (seconds under
// the sanitizers), deterministically.
v1::CheckClaimsRequest BusyRequest() {
  v1::CheckClaimsRequest request = SlowRequest(1);
  request.mutable_options()->set_work_budget(100'000);
  return request;
}

// A server started with its HTTP port, so a test can watch its /metrics: a
// test that must wait for the server to reach a state (every call arrived,
// every call finished) polls the state the server reports instead of
// sleeping for a time that a slow machine may not honour.
struct WatchedServer {
  ServerProcess server;
  std::string metrics_url;  // http://127.0.0.1:PORT/metrics
};

absl::StatusOr<WatchedServer> StartWatchedServer(
    std::vector<std::string> flags) {
  flags.push_back("--http_port=0");
  absl::StatusOr<ServerProcess> server = StartServerProcess(flags);
  if (!server.ok()) return server.status();
  absl::StatusOr<std::string> line =
      server->process->ReadLine(absl::Seconds(30));
  if (!line.ok()) return line.status();
  absl::string_view host_port = *line;
  if (!absl::ConsumePrefix(&host_port, "claimcheck_server http on ")) {
    return absl::InternalError(absl::StrCat("unexpected line: ", *line));
  }
  return WatchedServer{*std::move(server),
                       absl::StrCat("http://", host_port, "/metrics")};
}

// The value of `name` in one scrape of `url`.
absl::StatusOr<double> ScrapeValue(const std::string& url,
                                   absl::string_view name) {
  absl::StatusOr<ProcessResult> run =
      RunProcess({"/usr/bin/curl", "--silent", "--show-error", "--fail",
                  "--max-time", "10", url},
                 RunOptions{});
  if (!run.ok()) return run.status();
  if (run->exit_code != 0) {
    return absl::UnavailableError(absl::StrCat("curl ", url, ": ", run->err));
  }
  absl::StatusOr<Scrape> scrape = ParsePrometheusText(run->out);
  if (!scrape.ok()) return scrape.status();
  return scrape->Value(name);
}

// Polls `url` until `name` is `value`; the last value seen otherwise, after
// `timeout`. The pause between scrapes only spares the CPU: the wait ends on
// the server's own report.
::testing::AssertionResult WaitForMetric(const std::string& url,
                                         absl::string_view name, double value,
                                         absl::Duration timeout) {
  const absl::Time until = absl::Now() + timeout;
  std::string last = "no scrape";
  while (true) {
    absl::StatusOr<double> seen = ScrapeValue(url, name);
    if (seen.ok() && *seen == value) return ::testing::AssertionSuccess();
    last = seen.ok() ? absl::StrCat(*seen) : seen.status().ToString();
    if (absl::Now() > until) break;
    absl::SleepFor(absl::Milliseconds(10));
  }
  return ::testing::AssertionFailure()
         << name << " did not reach " << value << " within "
         << absl::FormatDuration(timeout) << "; last: " << last;
}

// Polls the gRPC health service until it stops saying SERVING (the server
// has begun to shut down), or `timeout` passes.
::testing::AssertionResult WaitUntilNotServing(grpc::Channel* channel,
                                               absl::Duration timeout) {
  auto health = grpc::health::v1::Health::NewStub(
      std::shared_ptr<grpc::Channel>(channel, [](grpc::Channel*) {}));
  const absl::Time until = absl::Now() + timeout;
  while (absl::Now() < until) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(5));
    grpc::health::v1::HealthCheckResponse answer;
    const grpc::Status status = health->Check(&context, {}, &answer);
    if (!status.ok() ||
        answer.status() != grpc::health::v1::HealthCheckResponse::SERVING) {
      return ::testing::AssertionSuccess();
    }
    absl::SleepFor(absl::Milliseconds(10));
  }
  return ::testing::AssertionFailure() << "health still says SERVING";
}

TEST(Shutdown, CallsInFlightFinishAndLaterCallsAreRefused) {
  absl::StatusOr<WatchedServer> watched =
      StartWatchedServer({"--drain_seconds=120", "--max_check_seconds=120"});
  ASSERT_TRUE(watched.ok()) << watched.status();
  ServerProcess* server = &watched->server;
  auto channel =
      grpc::CreateChannel(server->address, grpc::InsecureChannelCredentials());
  auto stub = v1::ClaimCheckService::NewStub(channel);
  ASSERT_TRUE(channel->WaitForConnected(std::chrono::system_clock::now() +
                                        std::chrono::seconds(10)));
  const v1::CheckClaimsRequest request = BusyRequest();
  absl::StatusOr<v1::CheckClaimsResponse> expected = CheckClaims(request);
  ASSERT_TRUE(expected.ok()) << expected.status();

  constexpr int kCalls = 6;
  std::vector<grpc::Status> statuses(kCalls);
  std::vector<v1::CheckClaimsResponse> responses(kCalls);
  std::vector<std::thread> callers;
  for (int i = 0; i < kCalls; ++i) {
    callers.emplace_back([&, i] {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::seconds(120));
      statuses[i] = stub->CheckClaims(&context, request, &responses[i]);
    });
  }
  // All six are on the server when it counts them in flight.
  EXPECT_TRUE(WaitForMetric(watched->metrics_url, "claimcheck_calls_in_flight",
                            kCalls, absl::Seconds(60)));
  ASSERT_TRUE(server->process->Signal(SIGTERM));
  EXPECT_TRUE(WaitUntilNotServing(channel.get(), absl::Seconds(60)));
  // Health turns NOT_SERVING just before the server stops taking calls: a
  // late call may still slip in (and must then be answered right), one that
  // reaches it at the moment it stops may be cut off with CANCELLED (as
  // docs/operations.md says), and the next are refused with UNAVAILABLE.
  // Each is a small request, answered at once.
  const v1::CheckClaimsRequest small = GoodRequest();
  absl::StatusOr<v1::CheckClaimsResponse> small_expected = CheckClaims(small);
  ASSERT_TRUE(small_expected.ok()) << small_expected.status();
  grpc::Status refused;
  for (int attempt = 0;
       attempt < 100 && refused.error_code() != grpc::StatusCode::UNAVAILABLE;
       ++attempt) {
    grpc::ClientContext late_context;
    late_context.set_deadline(std::chrono::system_clock::now() +
                              std::chrono::seconds(10));
    v1::CheckClaimsResponse late;
    refused = stub->CheckClaims(&late_context, small, &late);
    if (refused.ok()) {
      EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
          late, *small_expected));
    } else if (refused.error_code() != grpc::StatusCode::UNAVAILABLE) {
      EXPECT_EQ(refused.error_code(), grpc::StatusCode::CANCELLED)
          << refused.error_message();
    }
  }
  for (std::thread& caller : callers) caller.join();

  for (int i = 0; i < kCalls; ++i) {
    EXPECT_TRUE(statuses[i].ok()) << i << ": " << statuses[i].error_message();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(responses[i],
                                                                   *expected))
        << i;
  }
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE)
      << refused.error_message();
  absl::StatusOr<int> exit_code = server->process->Wait(absl::Seconds(120));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 0);
}

// Sends `calls` copies of `request` at once; their statuses and responses.
std::vector<std::pair<grpc::Status, v1::CheckClaimsResponse>> Burst(
    v1::ClaimCheckService::Stub* stub, const v1::CheckClaimsRequest& request,
    int calls) {
  std::vector<std::pair<grpc::Status, v1::CheckClaimsResponse>> out(calls);
  std::vector<std::thread> callers;
  for (int i = 0; i < calls; ++i) {
    callers.emplace_back([&, i] {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::seconds(120));
      out[i].first = stub->CheckClaims(&context, request, &out[i].second);
    });
  }
  for (std::thread& caller : callers) caller.join();
  return out;
}

// --max_threads caps the threads that serve calls: a burst beyond them is
// refused with RESOURCE_EXHAUSTED (a code clients may retry), never queued
// without bound or answered wrongly, and the server goes on serving. The same
// burst on a server with the default cap is served in full.
TEST(ServerFlags, MaxThreadsRefusesABurstBeyondItAndKeepsServing) {
  const v1::CheckClaimsRequest request = BusyRequest();
  absl::StatusOr<v1::CheckClaimsResponse> expected = CheckClaims(request);
  ASSERT_TRUE(expected.ok()) << expected.status();
  constexpr int kCalls = 8;
  for (const bool capped : {true, false}) {
    SCOPED_TRACE(capped ? "--max_threads=2" : "default --max_threads");
    absl::StatusOr<WatchedServer> watched =
        StartWatchedServer(capped ? std::vector<std::string>{"--max_threads=2"}
                                  : std::vector<std::string>{});
    ASSERT_TRUE(watched.ok()) << watched.status();
    ServerProcess* server = &watched->server;
    auto channel = grpc::CreateChannel(server->address,
                                       grpc::InsecureChannelCredentials());
    auto stub = v1::ClaimCheckService::NewStub(channel);
    ASSERT_TRUE(channel->WaitForConnected(std::chrono::system_clock::now() +
                                          std::chrono::seconds(10)));
    int served = 0, refused = 0;
    for (const auto& [status, response] : Burst(stub.get(), request, kCalls)) {
      if (status.ok()) {
        ++served;
        EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
            response, *expected));
      } else {
        ++refused;
        EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
            << status.error_message();
      }
    }
    if (capped) {
      EXPECT_GE(refused, 1);
      EXPECT_GE(served, 1);
    } else {
      EXPECT_EQ(served, kCalls);
    }
    // Afterwards, once the server has finished the burst, one call at a
    // time is served (a refused client retries; a thread may take a moment
    // to be handed back after its call ends).
    EXPECT_TRUE(WaitForMetric(watched->metrics_url,
                              "claimcheck_calls_in_flight", 0,
                              absl::Seconds(60)));
    grpc::Status status;
    v1::CheckClaimsResponse response;
    for (int attempt = 0; attempt < 100; ++attempt) {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::seconds(60));
      status = stub->CheckClaims(&context, request, &response);
      if (status.error_code() != grpc::StatusCode::RESOURCE_EXHAUSTED) break;
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(response,
                                                                   *expected));
    ASSERT_TRUE(server->process->Signal(SIGTERM));
    absl::StatusOr<int> exit_code = server->process->Wait(absl::Seconds(60));
    ASSERT_TRUE(exit_code.ok()) << exit_code.status();
    EXPECT_EQ(*exit_code, 0);
  }
}

// Checks run on the service's own threads (--check_threads), so a health
// probe is answered while every one of them is busy and more checks wait:
// a busy replica is not taken for a dead one. The waiting checks are served
// in turn, none refused under the default --max_threads.
TEST(ServerFlags, HealthAnswersWhileEveryCheckThreadIsBusy) {
  const v1::CheckClaimsRequest request = BusyRequest();
  absl::StatusOr<v1::CheckClaimsResponse> expected = CheckClaims(request);
  ASSERT_TRUE(expected.ok()) << expected.status();
  absl::StatusOr<WatchedServer> watched =
      StartWatchedServer({"--check_threads=1"});
  ASSERT_TRUE(watched.ok()) << watched.status();
  ServerProcess* server = &watched->server;
  auto channel =
      grpc::CreateChannel(server->address, grpc::InsecureChannelCredentials());
  auto stub = v1::ClaimCheckService::NewStub(channel);
  auto health = grpc::health::v1::Health::NewStub(channel);
  ASSERT_TRUE(channel->WaitForConnected(std::chrono::system_clock::now() +
                                        std::chrono::seconds(10)));

  constexpr int kCalls = 4;
  std::atomic<bool> burst_done{false};
  std::vector<std::pair<grpc::Status, v1::CheckClaimsResponse>> results;
  std::thread burst([&] {
    results = Burst(stub.get(), request, kCalls);
    burst_done = true;
  });
  // Every call has arrived: the one check thread is busy, the rest wait.
  EXPECT_TRUE(WaitForMetric(watched->metrics_url, "claimcheck_calls_in_flight",
                            kCalls, absl::Seconds(60)));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  grpc::health::v1::HealthCheckRequest probe;
  grpc::health::v1::HealthCheckResponse answer;
  const grpc::Status probed = health->Check(&context, probe, &answer);
  const bool checks_pending = !burst_done;
  burst.join();

  EXPECT_TRUE(probed.ok()) << probed.error_message();
  EXPECT_EQ(answer.status(), grpc::health::v1::HealthCheckResponse::SERVING);
  EXPECT_TRUE(checks_pending)
      << "the checks ended before the probe was answered";
  ASSERT_EQ(results.size(), static_cast<size_t>(kCalls));
  for (const auto& [status, response] : results) {
    EXPECT_TRUE(status.ok()) << status.error_message();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(response,
                                                                   *expected));
  }
  ASSERT_TRUE(server->process->Signal(SIGTERM));
  absl::StatusOr<int> exit_code = server->process->Wait(absl::Seconds(60));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 0);
}

}  // namespace
}  // namespace claimcheck
