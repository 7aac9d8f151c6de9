// The corpus of realistic error cases (tests/testdata/corpus/): requests
// written from public reporting, each with one figure known to be wrong, and
// where the article-level check ranks its correction.
//
//   for (const CorpusCase& c : ReadCorpus("tests/testdata/corpus")) {
//     absl::StatusOr<int> rank = RankOf(c);   // 1: the first suspect
//   }
//
// manifest.tsv has one case a line: the request file (without .json), the
// id of the wrong figure, its correct text, the rank the engine gives the
// correction now (top1, top3 or miss: what //tests:corpus_test holds the
// engine to, so that a change for better or worse shows), and the reporting
// the case is written from. Lines starting with # are comments.
#ifndef CLAIMCHECK_TESTS_CORPUS_H_
#define CLAIMCHECK_TESTS_CORPUS_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace claimcheck {

struct CorpusCase {
  std::string name;
  std::string path;  // of the request file
  std::string figure_id;
  std::string correct_text;
  std::string expect;  // "top1", "top3" or "miss"
  std::string source;
};

inline void PrintTo(const CorpusCase& c, std::ostream* os) { *os << c.name; }

// The cases listed in `dir`/manifest.tsv; none when it cannot be read.
std::vector<CorpusCase> ReadCorpus(const std::string& dir);

// The 1-based place of the case's correction (its figure and correct text)
// among the article's suspects, or 0 when it is not among them.
absl::StatusOr<int> RankOf(const CorpusCase& c);

// "top1" for rank 1, "top3" for 2 or 3, "miss" otherwise.
std::string Outcome(int rank);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_CORPUS_H_
