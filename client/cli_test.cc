#include "client/cli.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::AllOf;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

struct GoodLineCase {
  std::string name;
  std::vector<std::string> args;
  std::string file;
  std::string server;
  ReportFormat format;
  absl::Duration timeout;
};

class ParseGoodCommandTest : public ::testing::TestWithParam<GoodLineCase> {};

TEST_P(ParseGoodCommandTest, Parses) {
  const GoodLineCase& test_case = GetParam();
  absl::StatusOr<CheckCommand> command = ParseCheckCommand(test_case.args);
  ASSERT_THAT(command, IsOk());
  EXPECT_EQ(command->file, test_case.file);
  EXPECT_EQ(command->server, test_case.server);
  EXPECT_EQ(command->format, test_case.format);
  EXPECT_EQ(command->timeout, test_case.timeout);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseGoodCommandTest,
    ::testing::Values(
        GoodLineCase{"FileOnly",
                     {"a.json"},
                     "a.json",
                     "",
                     ReportFormat::kText,
                     absl::Seconds(10)},
        GoodLineCase{
            "Stdin", {"-"}, "-", "", ReportFormat::kText, absl::Seconds(10)},
        GoodLineCase{"ServerWithEquals",
                     {"--server=127.0.0.1:50051", "a.json"},
                     "a.json",
                     "127.0.0.1:50051",
                     ReportFormat::kText,
                     absl::Seconds(10)},
        GoodLineCase{"ServerAsNextArgument",
                     {"--server", "h:1", "a.json"},
                     "a.json",
                     "h:1",
                     ReportFormat::kText,
                     absl::Seconds(10)},
        GoodLineCase{"FlagsAfterTheFile",
                     {"a.json", "--format=json", "--timeout=500ms"},
                     "a.json",
                     "",
                     ReportFormat::kJson,
                     absl::Milliseconds(500)},
        GoodLineCase{"DashDashEndsFlags",
                     {"--format", "text", "--", "--odd-name.json"},
                     "--odd-name.json",
                     "",
                     ReportFormat::kText,
                     absl::Seconds(10)}),
    [](const auto& info) { return info.param.name; });

struct BadLineCase {
  std::string name;
  std::vector<std::string> args;
  std::string error;
};

class ParseBadCommandTest : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(ParseBadCommandTest, SaysWhatIsWrong) {
  EXPECT_THAT(ParseCheckCommand(GetParam().args),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(GetParam().error)));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseBadCommandTest,
    ::testing::Values(
        BadLineCase{"NoFile", {}, "no request file"},
        BadLineCase{"TwoFiles", {"a.json", "b.json"}, "one request file"},
        BadLineCase{"UnknownFlag", {"--verbose", "a.json"}, "--verbose"},
        BadLineCase{"BadFormat", {"--format=xml", "a.json"}, "xml"},
        BadLineCase{"ZeroTimeout", {"--timeout=0s", "a.json"}, "--timeout"},
        BadLineCase{
            "TimeoutWithoutUnit", {"--timeout=10", "a.json"}, "--timeout"},
        BadLineCase{"ServerWithoutValue",
                    {"a.json", "--server"},
                    "--server needs a value"},
        BadLineCase{"EmptyServer", {"--server=", "a.json"}, "HOST:PORT"}),
    [](const auto& info) { return info.param.name; });

struct ExitCase {
  std::string name;
  absl::Status status;
  bool remote;
  int exit_code;
};

class ExitCodeTest : public ::testing::TestWithParam<ExitCase> {};

TEST_P(ExitCodeTest, FollowsTheSpec) {
  EXPECT_EQ(ExitCodeFor(GetParam().status, GetParam().remote),
            GetParam().exit_code);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExitCodeTest,
    ::testing::Values(
        ExitCase{"Ok", absl::OkStatus(), true, kExitOk},
        ExitCase{"InvalidRequest", absl::InvalidArgumentError("x"), true,
                 kExitUnreadable},
        ExitCase{"TooLarge", absl::ResourceExhaustedError("x"), true,
                 kExitUnreadable},
        ExitCase{"EngineFailure", absl::InternalError("x"), true,
                 kExitUnreadable},
        ExitCase{"Unavailable", absl::UnavailableError("x"), true,
                 kExitUnreachable},
        ExitCase{"NoAnswerInTime", absl::DeadlineExceededError("x"), true,
                 kExitUnreachable},
        ExitCase{"NotAClaimcheckServer", absl::UnimplementedError("x"), true,
                 kExitUnreachable},
        ExitCase{"InProcessHasNoServer", absl::UnavailableError("x"), false,
                 kExitUnreadable}),
    [](const auto& info) { return info.param.name; });

struct Outcome {
  int exit_code;
  std::string out;
  std::string err;
};

Outcome RunWith(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int exit_code = RunClaimcheck(args, out, err);
  return Outcome{exit_code, out.str(), err.str()};
}

std::string WriteTemp(const std::string& name, const std::string& contents) {
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path =
      std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
  std::ofstream(path) << contents;
  return path;
}

constexpr char kGoodRequest[] =
    R"({"figures": [{"id": "a", "text": "1", "unit": "UNIT_COUNT"},
                    {"id": "b", "text": "2", "unit": "UNIT_COUNT"},
                    {"id": "t", "text": "3", "unit": "UNIT_COUNT"}],
        "claims": [{"id": "sum", "total": {"totalId": "t",
                    "parts": [{"figureId": "a"}, {"figureId": "b"}]}}]})";

TEST(RunClaimcheckTest, HelpPrintsUsageAndSucceeds) {
  Outcome run = RunWith({"--help"});
  EXPECT_EQ(run.exit_code, kExitOk);
  EXPECT_THAT(run.out, StartsWith("Usage: claimcheck check"));
}

TEST(RunClaimcheckTest, BadCommandLinesExitTwoWithUsage) {
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{},
                                             {"verify", "a.json"},
                                             {"check"},
                                             {"check", "--format=xml", "a"}}) {
    Outcome run = RunWith(args);
    EXPECT_EQ(run.exit_code, kExitUnreadable) << args.size();
    EXPECT_THAT(run.err,
                AllOf(StartsWith("claimcheck: "), HasSubstr("Usage:")));
    EXPECT_THAT(run.out, IsEmpty());
  }
}

TEST(RunClaimcheckTest, MissingFileExitsTwoNamingIt) {
  Outcome run = RunWith({"check", "/nonexistent/ice.json"});
  EXPECT_EQ(run.exit_code, kExitUnreadable);
  EXPECT_THAT(run.err, HasSubstr("/nonexistent/ice.json: cannot open"));
  EXPECT_THAT(run.out, IsEmpty());
}

TEST(RunClaimcheckTest, MalformedJsonExitsTwoWithTheParsersMessage) {
  const std::string path = WriteTemp("malformed.json", R"({"claims": [}")");
  Outcome run = RunWith({"check", path});
  EXPECT_EQ(run.exit_code, kExitUnreadable);
  EXPECT_THAT(run.err,
              HasSubstr(path + ": not a CheckClaimsRequest in proto3 JSON: "));
  EXPECT_THAT(run.out, IsEmpty());
}

TEST(RunClaimcheckTest, InProcessCheckPrintsAReport) {
  const std::string path = WriteTemp("good.json", kGoodRequest);
  Outcome run = RunWith({"check", path});
  EXPECT_EQ(run.exit_code, kExitOk) << run.out << run.err;
  EXPECT_THAT(run.out, EndsWith("1 claim: 1 consistent, 0 errors, 0 warnings, "
                                "0 not checkable\n"));
  EXPECT_THAT(run.err, IsEmpty());
}

TEST(RunClaimcheckTest, JsonFormatPrintsTheResponse) {
  const std::string path = WriteTemp("good-json.json", kGoodRequest);
  Outcome run = RunWith({"check", "--format=json", path});
  EXPECT_EQ(run.exit_code, kExitOk) << run.out << run.err;
  EXPECT_THAT(run.out, AllOf(StartsWith("{"), HasSubstr("\"claimId\": \"sum\""),
                             EndsWith("}\n")));
}

TEST(RunClaimcheckTest, UnknownFigureExitsTwoWithTheViolation) {
  const std::string path = WriteTemp("unknown-figure.json",
                                     R"({"figures": [{"id": "a", "text": "1"}],
          "claims": [{"id": "sum", "total": {"totalId": "nowhere",
                      "parts": [{"figureId": "a"}]}}]})");
  Outcome run = RunWith({"check", path});
  EXPECT_EQ(run.exit_code, kExitUnreadable);
  EXPECT_THAT(run.out,
              HasSubstr(absl::StrCat(path, ": claims[0].total.total_id: ")));
  EXPECT_THAT(run.out, HasSubstr("[UNKNOWN_FIGURE_ID]"));
}

TEST(RunClaimcheckTest, UnreachableServerExitsThree) {
  const std::string path = WriteTemp("good-remote.json", kGoodRequest);
  const std::string server = absl::StrCat("127.0.0.1:", UnusedLoopbackPort());
  Outcome run = RunWith({"check", "--server=" + server, "--timeout=5s", path});
  EXPECT_EQ(run.exit_code, kExitUnreachable) << run.out << run.err;
  EXPECT_THAT(run.err, HasSubstr("no answer from the server at " + server));
  EXPECT_THAT(run.out, IsEmpty());
}

}  // namespace
}  // namespace claimcheck
