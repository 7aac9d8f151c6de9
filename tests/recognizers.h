// Microsoft Recognizers-Text's English number, percent, number-range and
// ordinal spec cases (tests/testdata/recognizers, with their source and
// licence in its README.md) read as claimcheck reads printed figures: each
// case's Text as a Figure.text, its Resolution value as what a reader takes
// it to say.
//
//   absl::StatusOr<std::vector<RecognizersCase>> cases =
//       LoadRecognizersCases("tests/testdata/recognizers");
//   RecognizersResult r = ReadRecognizersCase((*cases)[0]);
//   r.outcome;   // kRight: "192" reads as 192
//
// A case is read RIGHT when claimcheck reads the text and what it reads says
// what the spec says: the same value (to the digits the spec prints, for
// values such as 0.666666666666667), inside the figure's interval, with
// percent for a percentage; for a range, the same ends and, where the text
// states it ("more than", "at least"), whether each end is included; for an
// ordinal, the same rank, marked as a rank. It is REFUSED when claimcheck
// does not read it, and WRONG when it reads it as saying something else.
#ifndef CLAIMCHECK_TESTS_RECOGNIZERS_H_
#define CLAIMCHECK_TESTS_RECOGNIZERS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace claimcheck {

struct RecognizersCase {
  std::string model;  // "number", "percent", "numberrange", "ordinal"
  std::string input;  // the spec's Input, for reference
  std::string text;   // the spec's Text: what is read
  std::string value;  // the spec's Resolution value: "0.75", "20%", "(20,35]"
};

enum class RecognizersOutcome { kRight, kRefused, kWrong };

struct RecognizersResult {
  RecognizersOutcome outcome;
  // What claimcheck read ("0.75, interval 0.745 to 0.755"), or why it refused.
  std::string read;
};

// The cases of every model file in `dir` (MODEL.tsv: input, text, value);
// inputs with no result (an empty text) are left out.
absl::StatusOr<std::vector<RecognizersCase>> LoadRecognizersCases(
    const std::string& dir);

// The cases claimcheck refuses on purpose, by model and text, with the
// reason (refused.tsv: model, text, reason).
absl::StatusOr<std::map<std::pair<std::string, std::string>, std::string>>
LoadExpectedRefusals(const std::string& dir);

RecognizersResult ReadRecognizersCase(const RecognizersCase& c);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_RECOGNIZERS_H_
