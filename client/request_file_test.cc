#include "client/request_file.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;

struct ParseCase {
  std::string name;
  std::string json;
  // Empty: the JSON must parse. Otherwise a part of the error message.
  std::string error;
};

class ParseRequestJsonTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseRequestJsonTest, ParsesOrNamesTheProblem) {
  absl::StatusOr<v1::CheckClaimsRequest> request =
      ParseRequestJson(GetParam().json, "ice.json");
  if (GetParam().error.empty()) {
    ASSERT_THAT(request, IsOk());
    return;
  }
  EXPECT_THAT(request, StatusIs(absl::StatusCode::kInvalidArgument,
                                AllOf(StartsWith("ice.json: "),
                                      HasSubstr(GetParam().error))));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseRequestJsonTest,
    ::testing::Values(
        ParseCase{"CamelCase",
                  R"({"figures": [{"id": "a", "text": "1"}],
                      "claims": [{"id": "s", "total": {"totalId": "a"}}]})",
                  ""},
        ParseCase{"SnakeCase",
                  R"({"article_id": "x",
                      "claims": [{"id": "s", "total": {"total_id": "a"}}]})",
                  ""},
        ParseCase{"EnumNames",
                  R"({"figures": [{"id": "a", "unit": "UNIT_COUNT",
                                   "rounding": "ROUNDING_MODE_DOWN"}]})",
                  ""},
        ParseCase{"UnknownField", R"({"figures": [{"id": "a", "txt": "1"}]})",
                  "txt"},
        ParseCase{"UnknownEnumName",
                  R"({"figures": [{"id": "a", "unit": "UNIT_BOGUS"}]})",
                  "UNIT_BOGUS"},
        ParseCase{"Truncated", R"({"figures": [)",
                  "not a CheckClaimsRequest in proto3 JSON"},
        ParseCase{"Empty", "", "not a CheckClaimsRequest in proto3 JSON"},
        ParseCase{"NotAnObject", "[1, 2]",
                  "not a CheckClaimsRequest in proto3 JSON"}),
    [](const auto& info) { return info.param.name; });

std::string TempPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
}

// The request's messages are not recursive, so nothing in a request nests
// deep; a file that does (100,000 levels) is refused as unreadable, not
// parsed by recursing without end.
TEST(ParseRequestJsonNestingTest, DeepNestingIsRefusedNotACrash) {
  const std::string deep = "{\"figures\":[{\"id\":" + std::string(100000, '[') +
                           std::string(100000, ']') + "}]}";
  EXPECT_THAT(
      ParseRequestJson(deep, "deep.json"),
      StatusIs(absl::StatusCode::kInvalidArgument,
               ::testing::HasSubstr("deep.json: not a CheckClaimsRequest")));
}

TEST(ReadRequestFileTest, ReadsAFile) {
  const std::string path = TempPath("good.json");
  std::ofstream(path) << R"({"articleId": "kqed", "claims": [{"id": "s"}]})";
  absl::StatusOr<v1::CheckClaimsRequest> request = ReadRequestFile(path);
  ASSERT_THAT(request, IsOk());
  EXPECT_EQ(request->article_id(), "kqed");
  EXPECT_EQ(request->claims_size(), 1);
}

TEST(ReadRequestFileTest, MissingFileIsNotFoundAndNamed) {
  const std::string path = TempPath("no-such-file.json");
  EXPECT_THAT(ReadRequestFile(path),
              StatusIs(absl::StatusCode::kNotFound,
                       AllOf(StartsWith(path), HasSubstr("cannot open"))));
}

TEST(ReadRequestFileTest, DirectoryIsAnErrorNotACrash) {
  absl::StatusOr<v1::CheckClaimsRequest> request =
      ReadRequestFile(TempPath(""));
  EXPECT_FALSE(request.ok());
  EXPECT_THAT(std::string(request.status().message()),
              HasSubstr("cannot read"));
}

TEST(ReadRequestFileTest, MalformedFileNamesTheFile) {
  const std::string path = TempPath("bad.json");
  std::ofstream(path) << R"({"figures": [{"id": )";
  EXPECT_THAT(ReadRequestFile(path),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       StartsWith(path + ": not a CheckClaimsRequest")));
}

TEST(DisplayNameTest, StdinHasAName) {
  EXPECT_EQ(DisplayName("-"), "<stdin>");
  EXPECT_EQ(DisplayName("examples/a.json"), "examples/a.json");
}

}  // namespace
}  // namespace claimcheck
