// Prints how claimcheck reads Microsoft Recognizers-Text's English number
// spec cases: read right, refused and read wrong, per model file and in all,
// with the share read right. scripts/recognizers_suite.sh runs it;
// `--list` also prints every case not read right, with what was read.
#include <cstdio>
#include <map>
#include <string>

#include "absl/strings/str_format.h"
#include "tests/recognizers.h"

int main(int argc, char** argv) {
  using namespace claimcheck;
  const std::string dir = "tests/testdata/recognizers";
  const bool list = argc > 1 && std::string(argv[1]) == "--list";
  const auto cases = LoadRecognizersCases(dir);
  const auto expected = LoadExpectedRefusals(dir);
  if (!cases.ok() || !expected.ok()) {
    std::fprintf(
        stderr, "%s\n",
        std::string((cases.ok() ? expected.status() : cases.status()).message())
            .c_str());
    return 2;
  }
  struct Tally {
    int right = 0, refused = 0, wrong = 0;
  };
  std::map<std::string, Tally> by_model;
  Tally all;
  for (const RecognizersCase& c : *cases) {
    const RecognizersResult r = ReadRecognizersCase(c);
    Tally& t = by_model[c.model];
    switch (r.outcome) {
      case RecognizersOutcome::kRight:
        ++t.right, ++all.right;
        break;
      case RecognizersOutcome::kRefused:
        ++t.refused, ++all.refused;
        break;
      case RecognizersOutcome::kWrong:
        ++t.wrong, ++all.wrong;
        break;
    }
    if (list && r.outcome != RecognizersOutcome::kRight) {
      const auto why = expected->find({c.model, c.text});
      std::printf("%-8s %-12s \"%s\" (spec %s): %s%s\n",
                  r.outcome == RecognizersOutcome::kWrong ? "WRONG" : "refused",
                  c.model.c_str(), c.text.c_str(), c.value.c_str(),
                  r.read.c_str(),
                  why == expected->end()
                      ? "  [NOT in refused.tsv]"
                      : absl::StrFormat("  [listed: %s]", why->second).c_str());
    }
  }
  auto line = [](const std::string& name, const Tally& t) {
    const int n = t.right + t.refused + t.wrong;
    std::printf(
        "%-12s %4d cases: %4d read right, %3d refused, %2d wrong (%.1f%% "
        "right)\n",
        name.c_str(), n, t.right, t.refused, t.wrong,
        n ? 100.0 * t.right / n : 0.0);
  };
  for (const auto& [model, t] : by_model) line(model, t);
  line("all", all);
  return 0;
}
