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
#include "tests/worked_example.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

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

// `message` in proto3 JSON, as the gateway prints it.
std::string Json(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  EXPECT_TRUE(
      google::protobuf::util::MessageToJsonString(message, &json, options)
          .ok());
  return json;
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
  return Json(response);
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

constexpr char kExampleText[] = "examples/kqed-ice-arrests.txt";
constexpr char kDenverText[] = "examples/kqed-ice-arrests-denver-36.txt";

template <typename Message>
Message FromJson(const std::string& json) {
  Message message;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &message).ok())
      << json;
  return message;
}

// A file holding {"articleId": "", "text": CONTENTS OF `file`} (or "html"),
// as a CMS posts an article to either route; its path.
std::string TextBody(const std::string& file, bool html = false) {
  v1::ExtractClaimsRequest request;
  const std::string contents = ReadText(RunfilesRoot() + "/" + file);
  if (html) {
    request.set_html(contents);
  } else {
    request.set_text(contents);
  }
  std::string name = file.substr(file.rfind('/') + 1);
  return WriteTemp(name + (html ? ".html.json" : ".json"), Json(request));
}

// CheckText over gRPC: what the gateway's answer must be.
v1::CheckTextResponse GrpcCheckText(const std::string& address,
                                    const std::string& file) {
  v1::CheckTextRequest request;
  request.set_text(ReadText(RunfilesRoot() + "/" + file));
  auto stub = v1::ClaimCheckService::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(30));
  v1::CheckTextResponse response;
  grpc::Status status = stub->CheckText(&context, request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  return response;
}

TEST(HttpEndToEndTest, TheWorkedExampleFromItsTextOverGrpcAndHttp) {
  HttpServer http = StartHttpServer({});
  ASSERT_FALSE(http.url.empty());
  const v1::CheckTextResponse example =
      GrpcCheckText(http.server.address, kExampleText);
  ExpectTheWorkedExample(example);
  const v1::CheckTextResponse denver =
      GrpcCheckText(http.server.address, kDenverText);
  ExpectTheDenverMisprint(denver);

  HttpReply reply =
      Curl({"--data-binary", "@" + TextBody(kExampleText), "--header",
            "Content-Type: application/json", http.url + "/v1/text:check"});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, Json(example));
  ExpectTheWorkedExample(FromJson<v1::CheckTextResponse>(reply.body));
  reply = Curl({"--data-binary", "@" + TextBody(kDenverText),
                http.url + "/v1/text:check"});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, Json(denver));
  ExpectTheDenverMisprint(FromJson<v1::CheckTextResponse>(reply.body));

  // The request ExtractClaims proposes is checked by /v1/claims:check as
  // CheckText checked it.
  reply = Curl({"--data-binary", "@" + TextBody(kDenverText),
                http.url + "/v1/text:extract"});
  EXPECT_EQ(reply.status, 200);
  const auto extraction = FromJson<v1::ExtractClaimsResponse>(reply.body);
  EXPECT_EQ(extraction.request().SerializeAsString(),
            denver.extraction().request().SerializeAsString());
  const std::string proposed =
      WriteTemp("proposed.json", Json(extraction.request()));
  reply =
      Curl({"--data-binary", "@" + proposed, http.url + "/v1/claims:check"});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, Json(denver.check()));

  // The text as HTML paragraphs, as a CMS stores it.
  const std::string html = WriteTemp(
      "denver.html.json",
      absl::StrCat("{\"html\": \"<article><h1>ICE arrests</h1><p>",
                   "ICE arrested 498 people nationwide.</p><p>",
                   "Of those, 101 were in Los Angeles and 397 elsewhere.",
                   "</p></article>\"}"));
  reply = Curl({"--data-binary", "@" + html, http.url + "/v1/text:check"});
  EXPECT_EQ(reply.status, 200) << reply.body;
  EXPECT_THAT(reply.body, HasSubstr("\"sourceUtf8\""));
  StopServer(http);
}

TEST(HttpEndToEndTest, TextErrorsAreGoogleJsonErrorsAndAreCounted) {
  HttpServer http =
      StartHttpServer({"--max_text_bytes=500", "--max_message_bytes=8000"});
  ASSERT_FALSE(http.url.empty());
  const std::string check = http.url + "/v1/text:check";
  const std::string extract = http.url + "/v1/text:extract";

  // JSON is UTF-8: a body that is not is refused with the offset of the
  // first bad byte, never echoed.
  HttpReply latin1 =
      Curl({"--data-binary",
            "@" + WriteTemp("latin1.json", "{\"text\": \"Caf\xE9 owners\"}"),
            check});
  EXPECT_EQ(latin1.status, 400);
  EXPECT_THAT(latin1.body, HasSubstr("\"status\": \"INVALID_ARGUMENT\""));
  EXPECT_THAT(latin1.body, HasSubstr("offset 13 of the body"));
  EXPECT_THAT(latin1.body, HasSubstr("\"reason\": \"INVALID_UTF8\""));

  HttpReply too_long =
      Curl({"--data-binary", "@" + TextBody(kExampleText), check});
  EXPECT_EQ(too_long.status, 400);
  EXPECT_THAT(
      too_long.body,
      HasSubstr("\"@type\": \"type.googleapis.com/google.rpc.BadRequest\""));
  EXPECT_THAT(too_long.body, HasSubstr("\"field\": \"text\""));
  EXPECT_THAT(too_long.body, HasSubstr("\"reason\": \"TEXT_TOO_LONG\""));
  EXPECT_THAT(too_long.body, HasSubstr("the limit is 500 bytes"));

  HttpReply no_text = Curl({"--data", "{\"articleId\": \"a1\"}", extract});
  EXPECT_EQ(no_text.status, 400);
  EXPECT_THAT(no_text.body, HasSubstr("\"reason\": \"MISSING_TEXT\""));

  HttpReply misspelled = Curl({"--data", "{\"txt\": \"498 people\"}", extract});
  EXPECT_EQ(misspelled.status, 400);
  EXPECT_THAT(
      misspelled.body,
      HasSubstr("the body is not an ExtractClaimsRequest in proto3 JSON"));

  // Past --max_message_bytes the body is not even read.
  EXPECT_EQ(Curl({"--data-binary",
                  "@" + WriteTemp("big.json",
                                  absl::StrCat("{\"text\": \"",
                                               std::string(9000, 'x'), "\"}")),
                  check})
                .status,
            413);

  HttpReply escaped =
      Curl({"--data", "{\"text\": \"Caf\\u00e9 owners: 107 people\"}", check});
  EXPECT_EQ(escaped.status, 200) << escaped.body;

  absl::StatusOr<Scrape> scrape =
      ParsePrometheusText(Curl({http.url + "/metrics"}).body);
  ASSERT_TRUE(scrape.ok()) << scrape.status();
  EXPECT_EQ(
      scrape->Value("claimcheck_calls_total", {{"transport", "http"},
                                               {"method", "CheckText"},
                                               {"code", "INVALID_ARGUMENT"}}),
      2);
  EXPECT_EQ(
      scrape->Value("claimcheck_calls_total", {{"transport", "http"},
                                               {"method", "ExtractClaims"},
                                               {"code", "INVALID_ARGUMENT"}}),
      2);
  EXPECT_EQ(scrape->Value("claimcheck_calls_total", {{"transport", "http"},
                                                     {"method", "CheckText"},
                                                     {"code", "OK"}}),
            1);
  StopServer(http);
}

TEST(HttpEndToEndTest, TextChecksAreCountedWithWhatTheyFound) {
  HttpServer http = StartHttpServer({});
  ASSERT_FALSE(http.url.empty());
  EXPECT_EQ(Curl({"--data-binary", "@" + TextBody(kDenverText),
                  http.url + "/v1/text:check"})
                .status,
            200);
  GrpcCheckText(http.server.address, kDenverText);
  absl::StatusOr<Scrape> scrape =
      ParsePrometheusText(Curl({http.url + "/metrics"}).body);
  ASSERT_TRUE(scrape.ok()) << scrape.status();
  for (const std::string transport : {"http", "grpc"}) {
    SCOPED_TRACE(transport);
    EXPECT_EQ(scrape->Value("claimcheck_calls_total", {{"transport", transport},
                                                       {"method", "CheckText"},
                                                       {"code", "OK"}}),
              1);
    EXPECT_EQ(
        scrape->Value("claimcheck_call_duration_seconds_count",
                      {{"transport", transport}, {"method", "CheckText"}}),
        1);
    EXPECT_GE(scrape->Value("claimcheck_claims_checked_total",
                            {{"transport", transport}}),
              3);
  }
  // The Denver total, once over each transport.
  EXPECT_EQ(
      scrape->Value("claimcheck_discrepancies_total",
                    {{"code", "total.sum_mismatch"}, {"severity", "error"}}),
      2);
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
  for (const std::string route : {"/v1/text:check", "/v1/text:extract"}) {
    SCOPED_TRACE(route);
    const std::vector<std::string> text = {
        "--data-binary", "@" + TextBody(kExampleText), http.url + route};
    EXPECT_EQ(Curl(text).status, 401);
    std::vector<std::string> with_token = text;
    with_token.insert(with_token.begin(),
                      {"--header", "Authorization: Bearer news-desk"});
    EXPECT_EQ(Curl(with_token).status, 200);
  }
  EXPECT_EQ(Curl({http.url + "/healthz"}).status, 200);
  EXPECT_EQ(Curl({http.url + "/metrics"}).status, 200);
  StopServer(http);
}

// The editors' page is served at "/" unless the server is run for the API
// alone; the API, health and metrics are there either way.
TEST(HttpEndToEndTest, TheEditorsPageIsServedUnlessTurnedOff) {
  for (const bool page : {true, false}) {
    SCOPED_TRACE(page ? "--editors_page" : "--noeditors_page");
    HttpServer http =
        StartHttpServer({page ? "--editors_page" : "--noeditors_page"});
    ASSERT_FALSE(http.url.empty());
    HttpReply root = Curl({http.url + "/"});
    if (page) {
      EXPECT_EQ(root.status, 200);
      EXPECT_THAT(root.body, HasSubstr("Check the figures"));
    } else {
      EXPECT_EQ(root.status, 404);
      EXPECT_THAT(root.body, Not(HasSubstr("<html")));
    }
    EXPECT_EQ(Curl({"--data-binary", absl::StrCat("@", kExample),
                    http.url + "/v1/claims:check"})
                  .status,
              200);
    EXPECT_EQ(Curl({http.url + "/healthz"}).status, 200);
    StopServer(http);
  }
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
