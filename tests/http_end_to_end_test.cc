// The HTTP/JSON gateway of the real claimcheck_server, driven with curl as a
// webhook or an editor would: the same verdicts as gRPC for the examples,
// gRPC's errors as HTTP statuses with JSON details, tokens, /healthz, and a
// /metrics scrape that parses and counts the calls made.
#include <google/protobuf/util/json_util.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "client/request_file.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/prometheus_text.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

constexpr char kExample[] = "examples/kqed-ice-arrests.json";
constexpr char kDenver[] = "examples/kqed-ice-arrests-denver-36.json";
constexpr char kUnknownFigure[] = "tests/testdata/unknown-figure.json";

struct HttpReply {
  int status = 0;
  std::string body;
};

// curl, with the HTTP status appended after a marker line.
HttpReply Curl(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/curl",
                                   "--silent",
                                   "--show-error",
                                   "--max-time",
                                   "30",
                                   "--write-out",
                                   "\n@@status %{http_code}"};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.cwd = RunfilesRoot();
  absl::StatusOr<ProcessResult> run = RunProcess(argv, options);
  HttpReply reply;
  if (!run.ok()) {
    ADD_FAILURE() << run.status();
    return reply;
  }
  EXPECT_EQ(run->exit_code, 0) << run->err;
  const size_t marker = run->out.rfind("\n@@status ");
  if (marker == std::string::npos) {
    ADD_FAILURE() << "no status from curl: " << run->out;
    return reply;
  }
  reply.body = run->out.substr(0, marker);
  EXPECT_TRUE(absl::SimpleAtoi(run->out.substr(marker + 10), &reply.status));
  return reply;
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string WriteTemp(const std::string& name, const std::string& contents) {
  const std::string path = absl::StrCat(std::getenv("TEST_TMPDIR"), "/", name);
  std::ofstream(path) << contents;
  return path;
}

// The response over gRPC, printed as the gateway prints it.
std::string GrpcJson(const std::string& address, const std::string& file) {
  absl::StatusOr<v1::CheckClaimsRequest> request =
      ParseRequestJson(ReadText(RunfilesRoot() + "/" + file), file);
  if (!request.ok()) {
    ADD_FAILURE() << request.status();
    return "";
  }
  auto stub = v1::ClaimCheckService::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(30));
  v1::CheckClaimsResponse response;
  grpc::Status status = stub->CheckClaims(&context, *request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  EXPECT_TRUE(
      google::protobuf::util::MessageToJsonString(response, &json, options)
          .ok());
  return json;
}

struct HttpServer {
  ServerProcess server;
  std::string url;  // "http://127.0.0.1:PORT"
};

// Starts the server with HTTP on a free port and reads its second line.
HttpServer StartHttpServer(const std::vector<std::string>& flags,
                           const std::string& scheme = "http") {
  std::vector<std::string> all = {"--http_port=0"};
  all.insert(all.end(), flags.begin(), flags.end());
  absl::StatusOr<ServerProcess> server = StartServerProcess(all);
  HttpServer result;
  if (!server.ok()) {
    ADD_FAILURE() << server.status();
    return result;
  }
  absl::StatusOr<std::string> line =
      server->process->ReadLine(absl::Seconds(30));
  if (!line.ok()) {
    ADD_FAILURE() << line.status();
    return result;
  }
  absl::string_view host_port = *line;
  EXPECT_TRUE(absl::ConsumePrefix(&host_port, "claimcheck_server http on "))
      << *line;
  result.url = absl::StrCat(scheme, "://", host_port);
  result.server = *std::move(server);
  return result;
}

void StopServer(HttpServer& http) {
  if (http.server.process == nullptr) return;
  ASSERT_TRUE(http.server.process->Signal(SIGTERM));
  absl::StatusOr<int> code = http.server.process->Wait(absl::Seconds(30));
  ASSERT_TRUE(code.ok()) << code.status();
  EXPECT_EQ(*code, 0);
}

TEST(HttpEndToEndTest, SameVerdictsAsGrpcAndMetricsCountTheCalls) {
  HttpServer http = StartHttpServer({});
  ASSERT_FALSE(http.url.empty());
  for (const char* file : {kExample, kDenver}) {
    SCOPED_TRACE(file);
    HttpReply reply =
        Curl({"--data-binary", absl::StrCat("@", file), "--header",
              "Content-Type: application/json", http.url + "/v1/claims:check"});
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, GrpcJson(http.server.address, file));
  }
  HttpReply denver = Curl({"--data-binary", absl::StrCat("@", kDenver),
                           http.url + "/v1/claims:check"});
  EXPECT_THAT(denver.body, HasSubstr("\"code\": \"total.sum_mismatch\""));

  HttpReply bad = Curl({"--data-binary", absl::StrCat("@", kUnknownFigure),
                        http.url + "/v1/claims:check"});
  EXPECT_EQ(bad.status, 400);
  EXPECT_THAT(bad.body, HasSubstr("\"status\": \"INVALID_ARGUMENT\""));
  EXPECT_THAT(
      bad.body,
      HasSubstr("\"@type\": \"type.googleapis.com/google.rpc.BadRequest\""));
  EXPECT_THAT(bad.body, HasSubstr("\"reason\": \"UNKNOWN_FIGURE_ID\""));
  HttpReply not_json =
      Curl({"--data", "{\"claims\": [", http.url + "/v1/claims:check"});
  EXPECT_EQ(not_json.status, 400);
  EXPECT_THAT(not_json.body, HasSubstr("not a CheckClaimsRequest"));
  EXPECT_EQ(Curl({http.url + "/v1/nothing"}).status, 404);

  HttpReply health = Curl({http.url + "/healthz"});
  EXPECT_EQ(health.status, 200);
  EXPECT_THAT(health.body, HasSubstr("SERVING"));

  HttpReply metrics = Curl({http.url + "/metrics"});
  EXPECT_EQ(metrics.status, 200);
  absl::StatusOr<Scrape> scrape = ParsePrometheusText(metrics.body);
  ASSERT_TRUE(scrape.ok()) << scrape.status() << "\n" << metrics.body;
  const std::map<std::string, std::string> http_ok = {
      {"transport", "http"}, {"method", "CheckClaims"}, {"code", "OK"}};
  EXPECT_EQ(scrape->Value("claimcheck_calls_total", http_ok), 3)
      << metrics.body;
  EXPECT_EQ(
      scrape->Value("claimcheck_calls_total",
                    {{"transport", "http"}, {"code", "INVALID_ARGUMENT"}}),
      2);
  EXPECT_EQ(scrape->Value("claimcheck_calls_total",
                          {{"transport", "grpc"}, {"code", "OK"}}),
            2);
  EXPECT_EQ(scrape->Value("claimcheck_call_duration_seconds_count",
                          {{"transport", "http"}}),
            5);
  // 3 claims in each of the 5 requests that were read (the unknown figure's
  // request was read, then refused).
  EXPECT_GE(scrape->Value("claimcheck_claims_checked_total"), 15);
  EXPECT_EQ(
      scrape->Value("claimcheck_discrepancies_total",
                    {{"code", "total.sum_mismatch"}, {"severity", "error"}}),
      3);
  EXPECT_EQ(scrape->Value("claimcheck_calls_in_flight"), 0);
  StopServer(http);
}

TEST(HttpEndToEndTest, TokensGuardTheCheckButNotHealthOrMetrics) {
  const std::string tokens = WriteTemp("tokens", "news-desk\n");
  HttpServer http = StartHttpServer({"--token_file=" + tokens});
  ASSERT_FALSE(http.url.empty());
  const std::vector<std::string> post = {"--data-binary",
                                         absl::StrCat("@", kExample),
                                         http.url + "/v1/claims:check"};
  HttpReply missing = Curl(post);
  EXPECT_EQ(missing.status, 401);
  EXPECT_THAT(missing.body, HasSubstr("\"status\": \"UNAUTHENTICATED\""));
  EXPECT_THAT(missing.body, HasSubstr("MISSING_TOKEN"));
  std::vector<std::string> wrong = post;
  wrong.insert(wrong.begin(),
               {"--header", "Authorization: Bearer sports-desk"});
  EXPECT_THAT(Curl(wrong).body, HasSubstr("INVALID_TOKEN"));
  std::vector<std::string> right = post;
  right.insert(right.begin(), {"--header", "Authorization: Bearer news-desk"});
  EXPECT_EQ(Curl(right).status, 200);
  EXPECT_EQ(Curl({http.url + "/healthz"}).status, 200);
  EXPECT_EQ(Curl({http.url + "/metrics"}).status, 200);
  StopServer(http);
}

TEST(HttpEndToEndTest, ServesHttpsWithTheServersCertificate) {
  absl::StatusOr<TestCertificate> cert =
      MakeTestCertificate(std::getenv("TEST_TMPDIR"), "http");
  ASSERT_TRUE(cert.ok()) << cert.status();
  HttpServer http = StartHttpServer(
      {"--tls_cert=" + cert->cert_file, "--tls_key=" + cert->key_file},
      "https");
  ASSERT_FALSE(http.url.empty());
  HttpReply reply =
      Curl({"--cacert", cert->cert_file, "--data-binary",
            absl::StrCat("@", kExample), http.url + "/v1/claims:check"});
  EXPECT_EQ(reply.status, 200);
  EXPECT_THAT(reply.body, HasSubstr("\"verdict\": \"VERDICT_CONSISTENT\""));
  StopServer(http);
}

}  // namespace
}  // namespace claimcheck
