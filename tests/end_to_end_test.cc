// Runs the real claimcheck_server and claimcheck binaries as a user would:
// the server on a free loopback port, the CLI against it and in process.
// The request files to check come as arguments (see BUILD.bazel), as paths
// relative to the runfiles root, which is every process's working directory.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/worked_example.h"

namespace claimcheck {
namespace {

using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::AnyOf;
using ::testing::Eq;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string>* request_files = nullptr;

constexpr absl::Duration kStartTimeout = absl::Seconds(30);
constexpr absl::Duration kStopTimeout = absl::Seconds(30);

std::string Root() { return RunfilesRoot(); }

ProcessResult Cli(const std::vector<std::string>& args,
                  const std::string& stdin_path = "/dev/null") {
  std::vector<std::string> argv = {Root() + "/client/claimcheck"};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.cwd = Root();
  options.stdin_path = stdin_path;
  absl::StatusOr<ProcessResult> result = RunProcess(argv, options);
  if (!result.ok()) {
    ADD_FAILURE() << result.status();
    return ProcessResult{};
  }
  return *result;
}

grpc::Status HealthCheck(const std::string& address, const std::string& service,
                         HealthCheckResponse* response) {
  auto stub = grpc::health::v1::Health::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  HealthCheckRequest request;
  request.set_service(service);
  return stub->Check(&context, request, response);
}

std::string FileNamed(absl::string_view suffix) {
  for (const std::string& file : *request_files) {
    if (absl::EndsWith(file, suffix)) return file;
  }
  ADD_FAILURE() << "no request file ends with " << suffix;
  return "";
}

class EndToEndTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<ServerProcess> server = StartServerProcess();
    if (server.ok()) {
      server_ = new ServerProcess(*std::move(server));
    } else {
      start_error_ = new std::string(server.status().ToString());
    }
  }

  static void TearDownTestSuite() {
    if (server_ != nullptr) {
      server_->process->Signal(SIGTERM);
      (void)server_->process->Wait(kStopTimeout);
      delete server_;  // kills it if it did not stop
      server_ = nullptr;
    }
    delete start_error_;
    start_error_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(server_, nullptr) << "claimcheck_server did not start: "
                                << (start_error_ ? *start_error_ : "");
    ASSERT_FALSE(request_files->empty()) << "no request files given";
  }

  static std::string ServerFlag() { return "--server=" + server_->address; }

  static ServerProcess* server_;
  static std::string* start_error_;
};

ServerProcess* EndToEndTest::server_ = nullptr;
std::string* EndToEndTest::start_error_ = nullptr;

TEST_F(EndToEndTest, RemoteAndInProcessPrintTheSameAndExitTheSame) {
  for (const std::string& file : *request_files) {
    for (const std::string format : {"--format=text", "--format=json"}) {
      SCOPED_TRACE(file + " " + format);
      ProcessResult local = Cli({"check", format, file});
      ProcessResult remote = Cli({"check", ServerFlag(), format, file});
      EXPECT_THAT(local.exit_code, AnyOf(Eq(0), Eq(1), Eq(2))) << local.err;
      EXPECT_THAT(local.out, Not(IsEmpty()));
      EXPECT_EQ(remote.exit_code, local.exit_code) << remote.err;
      EXPECT_EQ(remote.out, local.out);
    }
  }
}

TEST_F(EndToEndTest, TheWorkedExampleIsConsistentWithItsImpliedCount) {
  const std::string file = FileNamed("examples/kqed-ice-arrests.json");
  ProcessResult run = Cli({"check", ServerFlag(), file});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("312 to 316"));
  EXPECT_THAT(run.out, Not(HasSubstr(": error: ")));
}

TEST_F(EndToEndTest, DenverPrintedAs36IsAnErrorWithTheCorrection) {
  const std::string file =
      FileNamed("examples/kqed-ice-arrests-denver-36.json");
  ProcessResult run = Cli({"check", ServerFlag(), file});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr(file + ": claim "));
  EXPECT_THAT(run.out, HasSubstr("\"36\" should be \"63\""));
}

TEST_F(EndToEndTest, StandardInputWorksLikeAFile) {
  const std::string file =
      FileNamed("examples/kqed-ice-arrests-denver-36.json");
  ProcessResult from_file = Cli({"check", ServerFlag(), file});
  ProcessResult from_stdin =
      Cli({"check", ServerFlag(), "-"}, Root() + "/" + file);
  EXPECT_EQ(from_stdin.exit_code, from_file.exit_code) << from_stdin.err;
  EXPECT_EQ(absl::StrReplaceAll(from_stdin.out, {{"<stdin>", file}}),
            from_file.out);
}

TEST_F(EndToEndTest, MalformedFileExitsTwoAndTheServerStillAnswers) {
  const std::string malformed =
      absl::StrCat(std::getenv("TEST_TMPDIR"), "/malformed.json");
  ASSERT_THAT(RunProcess({"/bin/sh", "-c",
                          "printf '{\"claims\": [{\"id\": ' > " + malformed},
                         RunOptions{}),
              ::testing::Property(&absl::StatusOr<ProcessResult>::ok, true));
  ProcessResult bad = Cli({"check", ServerFlag(), malformed});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr(malformed + ": not a CheckClaimsRequest"));
  EXPECT_THAT(bad.out, IsEmpty());

  ProcessResult invalid =
      Cli({"check", ServerFlag(), FileNamed("testdata/unknown-figure.json")});
  EXPECT_EQ(invalid.exit_code, 2) << invalid.err;
  EXPECT_THAT(invalid.out, HasSubstr("claims[0].total.total_id: "));
  EXPECT_THAT(invalid.out, HasSubstr("[UNKNOWN_FIGURE_ID]"));

  ProcessResult good =
      Cli({"check", ServerFlag(), FileNamed("examples/kqed-ice-arrests.json")});
  EXPECT_EQ(good.exit_code, 0) << good.err;
  EXPECT_THAT(good.out, HasSubstr(" claims: "));
}

template <typename Message>
Message FromJson(const std::string& json) {
  Message message;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &message).ok())
      << json;
  return message;
}

std::string TempPath(const std::string& name) {
  return absl::StrCat(std::getenv("TEST_TMPDIR"), "/", name);
}

void WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
}

// The worked example from its text and from its HTML, in this process and
// through the server: the structured example's verdicts.
TEST_F(EndToEndTest, TheWorkedExampleFromItsTextInProcessAndThroughTheServer) {
  for (const std::string& file :
       {FileNamed("examples/kqed-ice-arrests.txt"),
        FileNamed("examples/kqed-ice-arrests.html")}) {
    for (const std::string& where : {std::string(""), ServerFlag()}) {
      SCOPED_TRACE(file + " " + where);
      std::vector<std::string> args = {"check", "--format=json", file};
      if (!where.empty()) args.insert(args.begin() + 1, where);
      ProcessResult run = Cli(args);
      EXPECT_EQ(run.exit_code, 0) << run.err;
      ExpectTheWorkedExample(FromJson<v1::CheckTextResponse>(run.out));
    }
  }
  ProcessResult report =
      Cli({"check", ServerFlag(), FileNamed("examples/kqed-ice-arrests.txt")});
  EXPECT_EQ(report.exit_code, 0) << report.err;
  EXPECT_THAT(report.out, HasSubstr("note: 63 percent of 498 people is 312 to "
                                    "316\n  sentence 7:1: Of all those "
                                    "arrested nationally, [63 percent] had"));
  EXPECT_THAT(report.out, HasSubstr("have climbed [37 percent] nationally"));
}

TEST_F(EndToEndTest, TheDenverMisprintFromItsTextIsAnErrorPointingAtThe36) {
  const std::string file = FileNamed("examples/kqed-ice-arrests-denver-36.txt");
  for (const std::string& where : {std::string(""), ServerFlag()}) {
    SCOPED_TRACE(where);
    std::vector<std::string> args = {"check", file};
    if (!where.empty()) args.insert(args.begin() + 1, where);
    ProcessResult run = Cli(args);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_THAT(run.out, HasSubstr(file + ":1:1: claim "));
    EXPECT_THAT(run.out, HasSubstr("27 people short"));
    EXPECT_THAT(run.out, HasSubstr("figure denver \"36\" (Denver) at 5:"));
    EXPECT_THAT(run.out, HasSubstr("correction: denver \"36\" should be "
                                   "\"63\""));
    EXPECT_THAT(run.out,
                HasSubstr("  sentence 5:1: ICE reports agents also "
                          "rounded up [28] people in Baltimore; [30] "
                          "in Cook County, Illinois; [36] in Denver;"));
    args.insert(args.begin() + 1, "--format=json");
    ExpectTheDenverMisprint(FromJson<v1::CheckTextResponse>(Cli(args).out));
  }
}

// `claimcheck extract` proposes a request that `claimcheck check` takes back
// as it is, with the same verdicts.
TEST_F(EndToEndTest, ExtractProposesARequestThatChecksAsTheTextDoes) {
  const std::string file = FileNamed("examples/kqed-ice-arrests-denver-36.txt");
  ProcessResult extracted = Cli({"extract", ServerFlag(), file});
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  EXPECT_THAT(extracted.err, HasSubstr("figures and 4 claims proposed"));
  EXPECT_EQ(Cli({"extract", file}).out, extracted.out);
  const std::string saved = TempPath("proposed.json");
  WriteFile(saved, extracted.out);
  ProcessResult structured = Cli({"check", "--format=json", saved});
  ProcessResult text = Cli({"check", "--format=json", file});
  EXPECT_EQ(structured.exit_code, 1);
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_EQ(FromJson<v1::CheckClaimsResponse>(structured.out).DebugString(),
            FromJson<v1::CheckTextResponse>(text.out).check().DebugString());
}

TEST_F(EndToEndTest, StandardInputIsReadAsTextOrHtmlWhenAsked) {
  const std::string file = FileNamed("examples/kqed-ice-arrests-denver-36.txt");
  ProcessResult from_file = Cli({"check", ServerFlag(), file});
  ProcessResult from_stdin =
      Cli({"check", ServerFlag(), "--input=text", "-"}, Root() + "/" + file);
  EXPECT_EQ(from_stdin.exit_code, 1) << from_stdin.err;
  EXPECT_EQ(absl::StrReplaceAll(from_stdin.out, {{"<stdin>", file}}),
            from_file.out);
  // Without --input, standard input is a request in JSON.
  EXPECT_EQ(Cli({"check", "-"}, Root() + "/" + file).exit_code, 2);
  const std::string html = FileNamed("examples/kqed-ice-arrests.html");
  EXPECT_EQ(Cli({"check", "--input=html", "-"}, Root() + "/" + html).exit_code,
            0);
}

TEST_F(EndToEndTest, ATextThatIsNotUtf8ExitsTwoNamingTheByteOffset) {
  const std::string latin1 = TempPath("latin1.txt");
  WriteFile(latin1, "Police arrested 107 people in Caf\xE9 Street.");
  for (const std::string& where : {std::string(""), ServerFlag()}) {
    SCOPED_TRACE(where);
    std::vector<std::string> args = {"check", latin1};
    if (!where.empty()) args.insert(args.begin() + 1, where);
    ProcessResult run = Cli(args);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_THAT(run.out, HasSubstr(latin1 + ": text: the article is not valid "
                                            "UTF-8: the bytes at offset 33 "));
    EXPECT_THAT(run.out, HasSubstr("[INVALID_UTF8]"));
  }
  // The server goes on serving.
  EXPECT_EQ(
      Cli({"check", ServerFlag(), FileNamed("examples/kqed-ice-arrests.txt")})
          .exit_code,
      0);
}

TEST_F(EndToEndTest, UnreachableServerExitsThree) {
  const std::string address = absl::StrCat("127.0.0.1:", UnusedLoopbackPort());
  ProcessResult run = Cli({"check", "--server=" + address, "--timeout=5s",
                           FileNamed("examples/kqed-ice-arrests.json")});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.err, HasSubstr(address));
  EXPECT_THAT(run.out, IsEmpty());
}

TEST_F(EndToEndTest, HealthCheckSaysServing) {
  for (const std::string service : {"", "claimcheck.v1.ClaimCheckService"}) {
    SCOPED_TRACE("service \"" + service + "\"");
    HealthCheckResponse response;
    grpc::Status status = HealthCheck(server_->address, service, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(response.status(), HealthCheckResponse::SERVING);
  }
  HealthCheckResponse response;
  EXPECT_EQ(
      HealthCheck(server_->address, "no.such.Service", &response).error_code(),
      grpc::StatusCode::NOT_FOUND);
}

TEST_F(EndToEndTest, SecondServerOnATakenPortFailsClearly) {
  RunOptions options;
  options.cwd = Root();
  options.timeout = kStartTimeout;
  absl::StatusOr<ProcessResult> second =
      RunProcess({Root() + "/service/claimcheck_server",
                  absl::StrCat("--port=", server_->port)},
                 options);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_NE(second->exit_code, 0);
  EXPECT_THAT(second->err, HasSubstr("cannot listen on " + server_->address));
  EXPECT_THAT(second->out, IsEmpty());

  HealthCheckResponse response;
  EXPECT_TRUE(HealthCheck(server_->address, "", &response).ok());
}

class StopSignalTest : public ::testing::TestWithParam<int> {};

TEST_P(StopSignalTest, DrainsAndExitsZero) {
  absl::StatusOr<ServerProcess> server = StartServerProcess();
  ASSERT_TRUE(server.ok()) << server.status();
  const std::string server_flag = "--server=" + server->address;
  const std::string file = FileNamed("examples/kqed-ice-arrests.json");
  ASSERT_EQ(Cli({"check", server_flag, file}).exit_code, 0);

  ASSERT_TRUE(server->process->Signal(GetParam()));
  absl::StatusOr<int> exit_code = server->process->Wait(kStopTimeout);
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 0);

  EXPECT_EQ(Cli({"check", server_flag, "--timeout=5s", file}).exit_code, 3);
}

INSTANTIATE_TEST_SUITE_P(Signals, StopSignalTest,
                         ::testing::Values(SIGTERM, SIGINT),
                         [](const auto& info) {
                           return std::string(info.param == SIGTERM ? "Sigterm"
                                                                    : "Sigint");
                         });

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  claimcheck::request_files =
      new std::vector<std::string>(argv + 1, argv + argc);
  return RUN_ALL_TESTS();
}
