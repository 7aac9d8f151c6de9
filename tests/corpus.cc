#include "tests/corpus.h"

#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/engine.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {

std::vector<CorpusCase> ReadCorpus(const std::string& dir) {
  std::vector<CorpusCase> cases;
  std::ifstream manifest(dir + "/manifest.tsv");
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 5) continue;
    cases.push_back(
        {f[0], absl::StrCat(dir, "/", f[0], ".json"), f[1], f[2], f[3], f[4]});
  }
  return cases;
}

absl::StatusOr<int> RankOf(const CorpusCase& c) {
  std::ifstream file(c.path);
  std::stringstream json;
  json << file.rdbuf();
  v1::CheckClaimsRequest request;
  if (!file ||
      !google::protobuf::util::JsonStringToMessage(json.str(), &request).ok()) {
    return absl::InvalidArgumentError(absl::StrCat("cannot read ", c.path));
  }
  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(request);
  if (!response.ok()) return response.status();
  const auto& suspects = response->article().suspects();
  for (int i = 0; i < suspects.size(); ++i) {
    const v1::Correction& fix = suspects[i].correction();
    if (fix.figure_id() == c.figure_id &&
        fix.corrected_text() == c.correct_text)
      return i + 1;
  }
  return 0;
}

std::string Outcome(int rank) {
  if (rank == 1) return "top1";
  if (rank >= 2 && rank <= 3) return "top3";
  return "miss";
}

}  // namespace claimcheck
