// Replays a fuzz target's committed inputs through the target's own entry
// point, LLVMFuzzerTestOneInput, built by gcc like the rest of the suite:
// the inputs that once crashed (fuzz/corpus/TARGET/regression-*) and the
// seeds, in the normal run and under the sanitizers (--config=asan), so that
// a crash found once stays fixed without clang or a fuzzing run.
//
//   fuzz/engine_fuzzer_replay_test fuzz/corpus/engine/regression-endless-split
//
// The target checks what must hold and aborts when it does not (its
// Require); the test names each input before it runs it, so the log of a
// failed run says which one. Each file given on the command line is a case.
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::string>& Inputs() {
  static std::vector<std::string> inputs;
  return inputs;
}

TEST(Replay, EveryCommittedInputRunsClean) {
  ASSERT_FALSE(Inputs().empty()) << "no corpus files were given";
  int regressions = 0;
  for (const std::string& path : Inputs()) {
    std::ifstream file(path, std::ios::binary);
    ASSERT_TRUE(file) << path;
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), bytes.size());
    EXPECT_EQ(LLVMFuzzerTestOneInput(
                  reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
              0)
        << path;
    if (absl::StrContains(path, "/regression-")) ++regressions;
  }
  fprintf(stderr, "replayed %zu inputs, %d of them regressions\n",
          Inputs().size(), regressions);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) Inputs().push_back(argv[i]);
  return RUN_ALL_TESTS();
}
