// Golden reports: runs the claimcheck CLI in process over each file given as
// an argument (see BUILD.bazel) and compares, byte for byte, its standard
// output with tests/golden/NAME.txt (--format=text) and NAME.json
// (--format=json), and its exit status with NAME.exit, where NAME is the
// request file's name without ".json", or for an article's text or HTML its
// name with "-txt", "-md" or "-html" for its extension (the report of
// examples/kqed-ice-arrests.txt is kqed-ice-arrests-txt.txt). Every process
// runs in the runfiles root, so reports name files as "examples/NAME.json"
// on every machine.
//
// After a deliberate change to the engine or the report, regenerate them and
// review the diff:
//
//   UPDATE_GOLDEN=1 bazel run //tests:golden_test
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/harness.h"

namespace claimcheck {
namespace {

constexpr char kGoldenDir[] = "tests/golden";

// "examples/kqed-ice-arrests.json" -> "kqed-ice-arrests";
// "examples/kqed-ice-arrests.txt" -> "kqed-ice-arrests-txt".
std::string GoldenName(const std::string& input) {
  std::string name = input.substr(input.rfind('/') + 1);
  if (absl::EndsWith(name, ".json")) {
    name.resize(name.size() - 5);
  } else if (const size_t dot = name.rfind('.'); dot != std::string::npos) {
    name[dot] = '-';
  }
  return name;
}

// "kqed-ice-arrests-denver-36" -> "KqedIceArrestsDenver36".
std::string TestName(const std::string& golden_name) {
  std::string name;
  bool upper = true;
  for (char c : golden_name) {
    if (!absl::ascii_isalnum(c)) {
      upper = true;
      continue;
    }
    name.push_back(upper ? absl::ascii_toupper(c) : c);
    upper = false;
  }
  return name;
}

bool ReadFile(const std::string& path, std::string* contents) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  *contents = buffer.str();
  return true;
}

bool WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << contents;
  return static_cast<bool>(file);
}

// A line diff from `expected` to `actual` ("-" golden only, "+" actual only),
// with three lines of context around each change.
std::string LineDiff(const std::string& expected, const std::string& actual) {
  const std::vector<std::string> a = absl::StrSplit(expected, '\n');
  const std::vector<std::string> b = absl::StrSplit(actual, '\n');
  std::vector<std::vector<int>> common(a.size() + 1,
                                       std::vector<int>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      common[i][j] = a[i] == b[j]
                         ? common[i + 1][j + 1] + 1
                         : std::max(common[i + 1][j], common[i][j + 1]);
    }
  }
  std::vector<std::pair<char, std::string>> lines;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      lines.emplace_back(' ', a[i++]);
      ++j;
    } else if (i < a.size() &&
               (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
      lines.emplace_back('-', a[i++]);
    } else {
      lines.emplace_back('+', b[j++]);
    }
  }
  constexpr int kContext = 3;
  std::vector<bool> shown(lines.size(), false);
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].first == ' ') continue;
    const size_t from = k >= kContext ? k - kContext : 0;
    const size_t to = std::min(lines.size(), k + kContext + 1);
    for (size_t m = from; m < to; ++m) shown[m] = true;
  }
  std::string diff = "--- golden\n+++ actual\n";
  bool skipping = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!shown[k]) {
      if (!skipping) absl::StrAppend(&diff, "@@ ... @@\n");
      skipping = true;
      continue;
    }
    skipping = false;
    absl::StrAppend(&diff, std::string(1, lines[k].first), lines[k].second,
                    "\n");
  }
  return diff;
}

class GoldenTest : public ::testing::Test {
 public:
  explicit GoldenTest(std::string input) : input_(std::move(input)) {}

  void TestBody() override {
    const std::string name = GoldenName(input_);
    const char* update = std::getenv("UPDATE_GOLDEN");
    const bool updating = update != nullptr && std::string(update) == "1";
    const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
    if (updating && (workspace == nullptr || *workspace == '\0')) {
      FAIL() << "UPDATE_GOLDEN=1 needs `bazel run //tests:golden_test`, "
                "which tells the test where the source tree is";
    }

    std::string exit_codes;
    for (const auto& [format, extension] :
         std::vector<std::pair<std::string, std::string>>{{"text", ".txt"},
                                                          {"json", ".json"}}) {
      SCOPED_TRACE(absl::StrCat(input_, " --format=", format));
      RunOptions options;
      options.cwd = RunfilesRoot();
      absl::StatusOr<ProcessResult> run =
          RunProcess({options.cwd + "/client/claimcheck", "check",
                      "--format=" + format, input_},
                     options);
      ASSERT_TRUE(run.ok()) << run.status();
      const std::string exit_code = absl::StrCat(run->exit_code, "\n");
      if (exit_codes.empty()) {
        exit_codes = exit_code;
      } else {
        EXPECT_EQ(exit_code, exit_codes) << "text and json exit differently";
      }
      const std::string golden = absl::StrCat(kGoldenDir, "/", name, extension);
      if (updating) {
        ASSERT_TRUE(WriteFile(absl::StrCat(workspace, "/", golden), run->out))
            << "cannot write " << golden;
        std::cout << "updated " << golden << "\n";
        continue;
      }
      Compare(golden, run->out, run->err);
    }
    const std::string golden_exit =
        absl::StrCat(kGoldenDir, "/", name, ".exit");
    if (updating) {
      ASSERT_TRUE(
          WriteFile(absl::StrCat(workspace, "/", golden_exit), exit_codes))
          << "cannot write " << golden_exit;
      std::cout << "updated " << golden_exit << "\n";
      return;
    }
    Compare(golden_exit, exit_codes, "");
  }

 private:
  static void Compare(const std::string& golden, const std::string& actual,
                      const std::string& err) {
    std::string expected;
    if (!ReadFile(absl::StrCat(RunfilesRoot(), "/", golden), &expected)) {
      ADD_FAILURE() << "no golden file " << golden
                    << "; create it with UPDATE_GOLDEN=1 bazel run "
                       "//tests:golden_test\nactual output:\n"
                    << actual << err;
      return;
    }
    if (actual == expected) return;
    ADD_FAILURE() << golden << " differs from the actual output.\n"
                  << LineDiff(expected, actual) << "\nactual output:\n"
                  << actual << (err.empty() ? "" : "\nstandard error:\n") << err
                  << "\nIf the change is intended: UPDATE_GOLDEN=1 bazel run "
                     "//tests:golden_test";
  }

  const std::string input_;
};

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (argc < 2) {
    std::cerr << "usage: golden_test FILE...\n";
    return 2;
  }
  std::set<std::string> names;
  for (int i = 1; i < argc; ++i) {
    const std::string input = argv[i];
    const std::string name = claimcheck::GoldenName(input);
    if (!names.insert(name).second) {
      std::cerr << "two files have the golden name " << name
                << "; their golden files would collide\n";
      return 2;
    }
    ::testing::RegisterTest("GoldenTest", claimcheck::TestName(name).c_str(),
                            nullptr, input.c_str(), __FILE__, __LINE__,
                            [input]() -> ::testing::Test* {
                              return new claimcheck::GoldenTest(input);
                            });
  }
  return RUN_ALL_TESTS();
}
