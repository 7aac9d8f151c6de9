// The one reader of numbers as news prints them: a figure's printed text
// (figure.h) and the numbers found in an article's running text both go
// through it, so the two can never read one phrase two ways.
//
//   const std::string text = "ICE arrested nearly 500 people in 2017.";
//   std::optional<NumberPhrase> p = ReadNumberPhrase(text, 13);
//   // p->begin == 13, p->end == 23: "nearly 500" (the words after it are not
//   // part of a number, so the phrase stops there)
//   // p->qualifier == QUALIFIER_NEARLY, p->value == 500, p->digit_unit == 1
//   ReadNumberPhrase(text, 3);   // nullopt: "arrested" starts no number
//
// At `pos` the reader takes the longest phrase that reads as one number:
//   qualifier   "about", "nearly", "more than", "at least", "~", ">" ...
//   sign        "-", U+2212 minus, an en dash before a digit ("–2.03")
//   currency    "$", "US$", "€", "£"
//   the number  digits with separators ("1,234", "1 234 567" with no-break
//               or narrow spaces), decimals (".03"), or words ("six",
//               "twenty-one", "a dozen", "two hundred")
//   scale       "thousand", "million", "billion", "trillion"; right after
//               digits also "k", "m", "bn", "mn", "mln", "tn"
//   unit        "%", "percent", "per cent", "percentage points", "points",
//               "times", "-fold", "x"
//   per N       "per 100,000", "per 1 million" (a rate)
// and returns what it read, or nullopt when no number starts at `pos`. The
// phrase never includes the spaces after it, nor a full stop after it that no
// digit follows ("in 192." reads "192"). Matching ignores ASCII case; spaces
// between words may be any run of ASCII white space, U+00A0, U+2009 or
// U+202F.
//
// What a phrase STANDS FOR (its interval of true values) is decided by the
// figure reader (figure.h: IntervalFor), from `value`, `digit_unit` and the
// qualifier: the reader only says what was printed.
//
// Spaces before `pos`'s phrase are skipped. The reader allocates nothing for
// a phrase that reads (figures are read in a request's hot path), and its
// time is linear in the length of the phrase.
#ifndef CLAIMCHECK_ENGINE_READING_NUMBER_PHRASE_H_
#define CLAIMCHECK_ENGINE_READING_NUMBER_PHRASE_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "engine/numbers/exact.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// How the number itself was printed.
enum class NumberForm {
  kDigits,  // "498", "1,234.5", ".03"
  kWords,   // "six", "twenty-one", "a dozen", "two hundred"
};

// One number phrase, as printed.
struct NumberPhrase {
  // Byte offsets into the text: the phrase is text.substr(begin, end - begin).
  size_t begin = 0;
  size_t end = 0;
  NumberForm form = NumberForm::kDigits;
  // The printed number, signed and scaled: "-1.2 million" is -1200000.
  Rational value;
  // The unit of its last printed digit, scaled: "1.2 million" 100000,
  // "1.20" 1/100, "two hundred" 100.
  Rational digit_unit;
  // Significant digits printed ("0.030" has 2); a phrase with more than
  // kMaxSignificantDigits is refused (TOO_MANY_DIGITS), so this is at most
  // that.
  int significant_digits = 0;
  // The qualifier words printed before it; QUALIFIER_UNSPECIFIED for none.
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  // The scale word printed; SCALE_UNSPECIFIED for none. `value` and
  // `digit_unit` already include it.
  v1::Scale scale = v1::SCALE_UNSPECIFIED;
  // The unit word or sign printed (UNIT_PERCENT, UNIT_PERCENTAGE_POINTS,
  // UNIT_MULTIPLE); UNIT_UNSPECIFIED for none. A rate's "per N" is apart.
  v1::Unit unit = v1::UNIT_UNSPECIFIED;
  // The currency sign printed ("$", "US$", "€", "£" as UTF-8), or empty.
  absl::string_view currency;
  // The N of "per N" ("17.4 per 100,000": 100000); 0 when none was printed.
  Rational rate_per;
  // Where "per N"'s N is printed (byte offsets); both 0 when none.
  size_t rate_per_begin = 0;
  size_t rate_per_end = 0;
};

// Why a number that starts at a position cannot be read, for the figure
// reader's field violations. `reason` is BAD_THOUSANDS_SEPARATOR,
// TOO_MANY_DIGITS or UNPARSABLE_NUMBER (nothing there reads as a number).
struct NumberPhraseError {
  absl::string_view reason;
  // What follows the quoted number in a message: "cannot be read as a
  // number: thousands separators must group the digits in threes, as in
  // \"1,234,567\"", "has 41 significant digits; the engine reads at most 40".
  std::string detail;
};

// Reads the longest number phrase that starts at byte `pos` of `text`.
// Returns nullopt when none does; then, if `error` is not null, says why.
// Callers scanning running text pass null and try the next word.
std::optional<NumberPhrase> ReadNumberPhrase(
    absl::string_view text, size_t pos = 0, NumberPhraseError* error = nullptr);

// The position after the spaces that start at `pos`, as the reader counts
// spaces (ASCII white space, U+00A0, U+2009, U+202F).
size_t SpacesEnd(absl::string_view text, size_t pos);

// The factor of a scale word: 1000 for SCALE_THOUSAND, 1 for none.
Rational ScaleFactor(v1::Scale scale);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_NUMBER_PHRASE_H_
