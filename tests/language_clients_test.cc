// The example clients in other languages against the real claimcheck_server:
// Python (Debian's python3-grpcio, stubs generated here with /usr/bin/protoc)
// and Node.js (@grpc/grpc-js from integrations/node's node_modules). Each must
// read the verdicts of both worked examples and the rich error details of a bad
// request.
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/harness.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

constexpr char kExample[] = "examples/kqed-ice-arrests.json";
constexpr char kDenver[] = "examples/kqed-ice-arrests-denver-36.json";
constexpr char kUnknownFigure[] = "tests/testdata/unknown-figure.json";

// Runs `argv` under /usr/bin/env with `env` ("NAME=value") from the runfiles.
ProcessResult RunWithEnv(const std::vector<std::string>& env,
                         const std::vector<std::string>& argv) {
  std::vector<std::string> all = {"/usr/bin/env"};
  all.insert(all.end(), env.begin(), env.end());
  all.insert(all.end(), argv.begin(), argv.end());
  RunOptions options;
  options.cwd = RunfilesRoot();
  options.timeout = absl::Seconds(60);
  absl::StatusOr<ProcessResult> result = RunProcess(all, options);
  if (!result.ok()) {
    ADD_FAILURE() << result.status();
    return ProcessResult{};
  }
  return *result;
}

// What both clients print for the three requests (the same lines by design).
void ExpectVerdictsAndDetails(
    const std::function<ProcessResult(const std::string& file)>& check) {
  ProcessResult ok = check(kExample);
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_THAT(ok.out, HasSubstr("claim regional-total: VERDICT_CONSISTENT"));
  EXPECT_THAT(ok.out, HasSubstr("claim arrests-rise: VERDICT_NOT_CHECKABLE"));
  EXPECT_THAT(
      ok.out,
      HasSubstr(
          "3 claims: 2 consistent, 0 errors, 0 warnings, 1 not checkable"));

  ProcessResult denver = check(kDenver);
  EXPECT_EQ(denver.exit_code, 1) << denver.out << denver.err;
  EXPECT_THAT(denver.out, HasSubstr("claim regional-total: VERDICT_ERROR"));
  EXPECT_THAT(
      denver.out,
      HasSubstr(
          "SEVERITY_ERROR total.sum_mismatch: The 11 parts add up to 471, "
          "but the total is given as 498: 27 people short."));
  EXPECT_THAT(denver.out, HasSubstr("article: VERDICT_ERROR article.conflict"));

  ProcessResult bad = check(kUnknownFigure);
  EXPECT_EQ(bad.exit_code, 2) << bad.out << bad.err;
  EXPECT_THAT(bad.out, HasSubstr("INVALID_ARGUMENT"));
  EXPECT_THAT(
      bad.out,
      HasSubstr("  field claims[0].total.total_id: no figure has the id "
                "\"nationwide\" [UNKNOWN_FIGURE_ID]"));
  EXPECT_THAT(bad.out,
              HasSubstr("  error info: INVALID_REQUEST (claimcheck.v1) "
                        "first_field=claims[0].total.total_id"));
}

class LanguageClientsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<ServerProcess> server = StartServerProcess();
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
  }
  ServerProcess server_;  // killed when the test ends
};

TEST_F(LanguageClientsTest, Python) {
  const std::string root = RunfilesRoot();
  const std::string stubs =
      absl::StrCat(std::getenv("TEST_TMPDIR"), "/python_stubs");
  ProcessResult mkdir = RunWithEnv({}, {"/bin/mkdir", "-p", stubs});
  ASSERT_EQ(mkdir.exit_code, 0) << mkdir.err;
  ProcessResult protoc = RunWithEnv(
      {}, {"/usr/bin/protoc", "-I" + root + "/proto", "--python_out=" + stubs,
           "--grpc_python_out=" + stubs,
           "--plugin=protoc-gen-grpc_python=" + root +
               "/external/system_tools/grpc_python_plugin",
           "claimcheck/v1/claimcheck.proto", "google/rpc/status.proto",
           "google/rpc/error_details.proto"});
  ASSERT_EQ(protoc.exit_code, 0) << protoc.err;
  ExpectVerdictsAndDetails([&](const std::string& file) {
    return RunWithEnv(
        {"PYTHONPATH=" + stubs, "PYTHONDONTWRITEBYTECODE=1"},
        {"/usr/bin/python3", "integrations/python/check_claims.py",
         "--server=" + server_.address, file});
  });
}

TEST_F(LanguageClientsTest, Node) {
  const std::string root = RunfilesRoot();
  std::ifstream path_file(root +
                          "/external/system_tools/client_node_modules.txt");
  std::string node_modules;
  std::getline(path_file, node_modules);
  ASSERT_FALSE(node_modules.empty())
      << "integrations/node/node_modules is missing: run scripts/setup.sh (npm "
         "ci in "
         "integrations/node), then 'bazel shutdown'";
  ExpectVerdictsAndDetails([&](const std::string& file) {
    return RunWithEnv(
        {"NODE_PATH=" + node_modules},
        {root + "/external/system_tools/node", "integrations/node/example.js",
         "--proto_dir=" + root + "/proto", "--server=" + server_.address,
         file});
  });
}

}  // namespace
}  // namespace claimcheck
