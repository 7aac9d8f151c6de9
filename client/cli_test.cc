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
        BadLineCase{"NoFile", {}, "no file given"},
        BadLineCase{"TwoFiles", {"a.json", "b.json"}, "one file at a time"},
        BadLineCase{"UnknownFlag", {"--verbose", "a.json"}, "--verbose"},
        BadLineCase{"BadFormat", {"--format=xml", "a.json"}, "xml"},
        BadLineCase{"ZeroTimeout", {"--timeout=0s", "a.json"}, "--timeout"},
        BadLineCase{
            "TimeoutWithoutUnit", {"--timeout=10", "a.json"}, "--timeout"},
        BadLineCase{"ServerWithoutValue",
                    {"a.json", "--server"},
                    "--server needs a value"},
        BadLineCase{"EmptyServer", {"--server=", "a.json"}, "HOST:PORT"},
        BadLineCase{"BadInput", {"--input=pdf", "a.pdf"}, "json, text or html"},
        BadLineCase{"BadConfidence",
                    {"--min_confidence=certain", "a.txt"},
                    "high, medium or low"}),
    [](const auto& info) { return info.param.name; });

struct InputCase {
  std::string name;
  std::vector<std::string> args;
  bool extracting;
  InputKind input;
  v1::Confidence min_confidence;
};

class InputTest : public ::testing::TestWithParam<InputCase> {};

TEST_P(InputTest, ComesFromTheFlagElseTheName) {
  absl::StatusOr<CheckCommand> command = ParseCheckCommand(GetParam().args);
  ASSERT_THAT(command, IsOk());
  EXPECT_EQ(InputOf(*command, GetParam().extracting), GetParam().input);
  EXPECT_EQ(command->min_confidence, GetParam().min_confidence);
}

INSTANTIATE_TEST_SUITE_P(
    Table, InputTest,
    ::testing::Values(InputCase{"Json",
                                {"a.json"},
                                false,
                                InputKind::kJson,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"Text",
                                {"story.txt"},
                                false,
                                InputKind::kText,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"Markdown",
                                {"story.MD"},
                                false,
                                InputKind::kText,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"Html",
                                {"story.htm"},
                                false,
                                InputKind::kHtml,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"StdinIsJsonForCheck",
                                {"-"},
                                false,
                                InputKind::kJson,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"StdinIsTextForExtract",
                                {"-"},
                                true,
                                InputKind::kText,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"FlagOverTheName",
                                {"--input=html", "story.txt"},
                                false,
                                InputKind::kHtml,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"FlagAsNextArgument",
                                {"--input", "text", "-"},
                                false,
                                InputKind::kText,
                                v1::CONFIDENCE_UNSPECIFIED},
                      InputCase{"MinConfidence",
                                {"--min_confidence=low", "story.txt"},
                                false,
                                InputKind::kText,
                                v1::CONFIDENCE_LOW}),
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

TEST(RunClaimcheckTest, ExtractPrintsTheProposedRequestAndItChecks) {
  const std::string article = WriteTemp(
      "article.txt",
      "Police arrested 100 people, including 101 in Los Angeles and six in "
      "San Francisco.\n");
  Outcome extracted = RunWith({"extract", article});
  EXPECT_EQ(extracted.exit_code, kExitOk) << extracted.err;
  EXPECT_THAT(extracted.out, AllOf(StartsWith("{"), HasSubstr("\"total\": {"),
                                   EndsWith("}\n")));
  EXPECT_THAT(extracted.err, HasSubstr("3 figures and 1 claim proposed"));
  const std::string saved = WriteTemp("proposed.json", extracted.out);
  Outcome checked = RunWith({"check", saved});
  EXPECT_EQ(checked.exit_code, kExitFindings) << checked.out << checked.err;
  Outcome from_text = RunWith({"check", article});
  EXPECT_EQ(from_text.exit_code, kExitFindings) << from_text.err;
  EXPECT_THAT(from_text.out,
              HasSubstr(article + ":1:1: claim people-total: error: "));
  EXPECT_THAT(from_text.out,
              HasSubstr("  sentence 1:1: Police arrested [100] people, "
                        "including [101] in Los Angeles and [six] in San "
                        "Francisco.\n"));
}

TEST(RunClaimcheckTest, ExtractRefusesWhatIsNotAnArticle) {
  const std::string request = WriteTemp("good-extract.json", kGoodRequest);
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{
           {"extract", request},
           {"extract", "--format=json", "a.txt"},
           {"extract", "--min_confidence=low", "a.txt"}}) {
    Outcome run = RunWith(args);
    EXPECT_EQ(run.exit_code, kExitUnreadable) << args[1];
    EXPECT_THAT(run.err, StartsWith("claimcheck: extract "));
    EXPECT_THAT(run.out, IsEmpty());
  }
}

TEST(RunClaimcheckTest, TextInputTakesOneArticleNotAFolder) {
  Outcome run = RunWith({"check", "--input=text", std::getenv("TEST_TMPDIR")});
  EXPECT_EQ(run.exit_code, kExitUnreadable);
  EXPECT_THAT(run.err, HasSubstr("take one article"));
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
