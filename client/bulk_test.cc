// `claimcheck check` over many articles, in-process: a JSON-lines file and a
// folder, in order, an unreadable article reported without stopping the
// others, and the exit status of the worst article.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "client/cli.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

constexpr char kGood[] =
    R"({"articleId":"good","figures":[{"id":"a","text":"101","unit":"UNIT_COUNT"},)"
    R"({"id":"b","text":"six","unit":"UNIT_COUNT"},{"id":"t","text":"107","unit":"UNIT_COUNT"}],)"
    R"("claims":[{"id":"sum","total":{"totalId":"t","parts":[{"figureId":"a"},{"figureId":"b"}]}}]})";
constexpr char kWrong[] =
    R"({"articleId":"wrong","figures":[{"id":"a","text":"101","unit":"UNIT_COUNT"},)"
    R"({"id":"b","text":"six","unit":"UNIT_COUNT"},{"id":"t","text":"170","unit":"UNIT_COUNT"}],)"
    R"("claims":[{"id":"sum","total":{"totalId":"t","parts":[{"figureId":"a"},{"figureId":"b"}]}}]})";

std::string TempDir() {
  const char* dir = std::getenv("TEST_TMPDIR");
  return dir != nullptr ? dir : "/tmp";
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

struct CliRun {
  int exit_code;
  std::string out, err;
};

CliRun RunCheck(const std::string& path) {
  std::ostringstream out, err;
  const int code = RunClaimcheck({"check", path}, out, err);
  return {code, out.str(), err.str()};
}

TEST(BulkCheckTest, JsonLinesInOrder) {
  const std::string path = TempDir() + "/archive.jsonl";
  Write(path, std::string(kGood) + "\n\n" + kWrong + "\n" + kGood + "\n");
  const CliRun run = RunCheck(path);
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  const size_t first = run.out.find(path + ":1:");
  const size_t wrong = run.out.find(path + ":3: claim sum: error");
  const size_t last = run.out.find(path + ":4:");
  ASSERT_NE(wrong, std::string::npos) << run.out;
  EXPECT_LT(first, wrong);
  EXPECT_LT(wrong, last);
  EXPECT_NE(last, std::string::npos);
  EXPECT_THAT(run.out,
              HasSubstr("3 articles: 3 checked, 1 with errors, 0 unreadable"));
}

TEST(BulkCheckTest, AnUnreadableArticleDoesNotStopTheOthers) {
  const std::string path = TempDir() + "/broken.jsonl";
  Write(path, std::string(kGood) + "\n{\"figures\": [\n" + kGood + "\n");
  const CliRun run = RunCheck(path);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr(path + ":2"));
  EXPECT_THAT(run.out, HasSubstr(path + ":3:"));
  EXPECT_THAT(run.out,
              HasSubstr("3 articles: 2 checked, 0 with errors, 1 unreadable"));
}

TEST(BulkCheckTest, AFolderOfRequestFiles) {
  const std::string dir = TempDir() + "/folder";
  std::filesystem::create_directories(dir);
  Write(dir + "/b.json", kWrong);
  Write(dir + "/a.json", kGood);
  Write(dir + "/notes.txt", "not an article");
  const CliRun run = RunCheck(dir);
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr(dir + "/b.json: claim sum: error"));
  EXPECT_THAT(run.out,
              HasSubstr("2 articles: 2 checked, 1 with errors, 0 unreadable"));
}

}  // namespace
}  // namespace claimcheck
