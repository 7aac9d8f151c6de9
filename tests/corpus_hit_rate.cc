// Prints, for the error corpus, where the article-level check ranks each
// known correction, and how many it ranks first and among the first three.
// Run by scripts/corpus_hit_rate.sh (bazel run //tests:corpus_hit_rate).
#include <cstdio>

#include "tests/corpus.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "tests/testdata/corpus";
  const std::vector<claimcheck::CorpusCase> cases = claimcheck::ReadCorpus(dir);
  if (cases.empty()) {
    std::fprintf(stderr, "no cases in %s/manifest.tsv\n", dir.c_str());
    return 2;
  }
  int top1 = 0, top3 = 0;
  for (const auto& c : cases) {
    absl::StatusOr<int> rank = claimcheck::RankOf(c);
    if (!rank.ok()) {
      std::printf("%-40s error: %s\n", c.name.c_str(),
                  std::string(rank.status().message()).c_str());
      continue;
    }
    top1 += *rank == 1;
    top3 += *rank >= 1 && *rank <= 3;
    std::printf("%-40s %-6s %s \"%s\"\n", c.name.c_str(),
                *rank == 0 ? "miss" : ("#" + std::to_string(*rank)).c_str(),
                c.figure_id.c_str(), c.correct_text.c_str());
  }
  const double n = static_cast<double>(cases.size());
  std::printf("top-1: %d of %zu (%.1f%%)\n", top1, cases.size(),
              100.0 * top1 / n);
  std::printf("top-3: %d of %zu (%.1f%%)\n", top3, cases.size(),
              100.0 * top3 / n);
  return 0;
}
