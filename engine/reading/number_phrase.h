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
//   ReadNumberPhrase("between 20 and 30 percent");
//   // range kSpan: value 20, high.value 30, unit UNIT_PERCENT
//
// At `pos` the reader takes the longest phrase that reads as one number:
//   qualifier  before: "about", "nearly", "just over", "close to", "more
//              than", "at least", "no fewer than", "greater than or equal to",
//              "~", ">", "≤" ...; after: "or more", "or less", "or so", "+"
//   sign       "-", "+", U+2212, an en dash before a digit ("–2.03"), "minus",
//              "negative"
//   currency   "$", "US$", "€", "£", "¥"
//   the number digits with separators ("1,234", "1 234 567" with no-break,
//              thin or narrow spaces, or ASCII spaces in two groups or more),
//              decimals (".03"), "1.2e6"; words ("six", "twenty-one",
//              "a dozen", "two hundred and five", "twenty-one trillion three
//              hundred", "two point five"); fractions and ratios ("half",
//              "a third", "two-thirds", "three quarters", "3/4", "½", "one in
//              five", "one out of three", "1 over 3"); mixed numbers ("one
//              and a half", "1 4/5", "2½", "2 million and a half");
//              multiples ("twice", "doubled", "tripled", "halved"); ordinals
//              ("21st", "twenty-first": read, but marked as ranks)
//   scale      "thousand", "million", "billion", "trillion"; right after
//              digits also "k", "m", "bn", "mn", "mln", "tn"; "hundred" and
//              "dozen" after digits ("322 hundred", "3 dozen")
//   unit       "%", "percent", "per cent", "percentage points", "points",
//              "basis points" (read as hundredths of a point), "times",
//              "-fold", "x"; "of a percent" after a fraction
//   per N      "per 100,000", "per 1 million", "per million" (a rate)
//   a ratio    in a figure's text, "2.1:1" (to one, the multiple) and "4:3"
//              (two terms: NumberRange::kRatio)
//   a range    "between 20 and 30", "20-30", "20–30", "20~30" (a span, low
//              end first); "more than 10 and less than 20" (two bounds); in
//              a figure's text also "20 to 30", "from 1,000 to 1,500" and "20
//              through 30" (see NumberPhraseOptions)
// and returns what it read, or nullopt when no number starts at `pos`. The
// phrase never includes the spaces after it, nor a full stop after it that no
// digit follows ("in 192." reads "192"). Matching ignores ASCII case; spaces
// between words may be any run of ASCII white space, U+00A0, U+2009 or
// U+202F. Spaces before `pos`'s phrase are skipped.
//
// Forms a reader could take two ways are not read: a sign apart from its
// digits ("- 5"), a one-letter scale apart from them ("5 k"), "percent of 10",
// powers ("1.1^23"), a fraction word right after a scale word
// ("one hundred one thousand fifths"), and a span whose ends do not rise
// ("from 10 to 5" is two numbers, as in a change).
//
// What a phrase STANDS FOR (its interval of true values) is decided by the
// figure reader (figure.h: ReadFigure, IntervalFor) from `value`,
// `digit_unit`, the qualifier and the range: the reader only says what was
// printed. `digit_unit` is the printed precision: the unit of the last digit
// for digits; for words, what the same number in digits would print ("two
// hundred" 1, "three thousand" 1000 as "3 thousand"); for fractions, ratios
// and multiples in words, two significant digits ("a third" 1/100,
// "doubled" 1/10); for "tenths of a percent" a decimal in words (1/10).
//
// The reader allocates nothing for a phrase that reads (figures are read in
// a request's hot path), and its time is linear in the length of the phrase.
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
  kDigits,    // "498", "1,234.5", ".03", "1 4/5" (mixed), "1.2e6"
  kWords,     // "six", "twenty-one", "two hundred", "one and a half"
  kFraction,  // a proportion with no whole part: "half", "two-thirds",
              // "3/4", "½", "one in five", "one out of three"
  kMultiple,  // "twice", "doubled", "tripled", "quadrupled", "halved"
  kOrdinal,   // a rank, not a quantity: "21st", "twenty-first", "third"
};

// Whether the phrase is a range, and which kind.
enum class NumberRange {
  kNone,
  // Both ends printed as one span: "between 20 and 30", "20 to 30", "20-30".
  // `value` is the low end, `high` the high end; the qualifier (none or
  // "about") applies to both.
  kSpan,
  // Two bounds: "more than 10 and less than 20", "at most 100 and at least
  // 20". `value` and `qualifier` are the lower bound, `high` the upper.
  kBounds,
  // A ratio of two printed numbers, in a figure's own text only: "4:3",
  // "7:2". `value` is the first term, `high` the second (above 0); the
  // qualifier (none or "about") applies to both. A ratio to one ("2.1:1")
  // is not one: it is read as the multiple, UNIT_MULTIPLE.
  kRatio,
};

// The other end of a range, as printed.
struct NumberEnd {
  Rational value;
  Rational digit_unit;
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  // Where its number is printed (byte offsets).
  size_t begin = 0;
  size_t end = 0;
};

// One number phrase, as printed.
struct NumberPhrase {
  // Byte offsets into the text: the phrase is text.substr(begin, end - begin).
  size_t begin = 0;
  size_t end = 0;
  // Where the number itself is printed, without qualifier, sign words,
  // currency or unit ("nearly 500": the "500"); for a range, its low end.
  size_t value_begin = 0;
  size_t value_end = 0;
  NumberForm form = NumberForm::kDigits;
  // The printed number, signed and scaled: "-1.2 million" is -1200000,
  // "two-thirds" 2/3, "doubled" 2, "21st" 21, "25 basis points" 1/4.
  Rational value;
  // The printed precision, scaled (see above): "1.2 million" 100000, "1.20"
  // 1/100, "two-thirds" 1/100.
  Rational digit_unit;
  // Significant digits printed ("0.030" has 2); never more than
  // kMaxSignificantDigits (more is refused with TOO_MANY_DIGITS).
  int significant_digits = 0;
  // The qualifier printed before or after it; QUALIFIER_UNSPECIFIED if none.
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  // The scale word printed; SCALE_UNSPECIFIED for none. `value` and
  // `digit_unit` already include it.
  v1::Scale scale = v1::SCALE_UNSPECIFIED;
  // The unit word or sign printed (UNIT_PERCENT, UNIT_PERCENTAGE_POINTS,
  // UNIT_MULTIPLE); UNIT_UNSPECIFIED for none. A multiple in words
  // ("doubled") is UNIT_MULTIPLE. A rate's "per N" is apart.
  v1::Unit unit = v1::UNIT_UNSPECIFIED;
  // The currency sign printed ("$", "US$", "€", "£", "¥" as UTF-8), or empty.
  absl::string_view currency;
  // The unit of measure printed after the number, as a symbol of units.h's
  // table ("75p": "GBp"; "12 kilograms": "kg"), or empty. Read only when the
  // text is one figure's (NumberPhraseOptions::whole_text).
  absl::string_view measure_symbol;
  // The N of "per N" ("17.4 per 100,000": 100000); 0 when none was printed.
  Rational rate_per;
  // Where "per N"'s N is printed (byte offsets); both 0 when none.
  size_t rate_per_begin = 0;
  size_t rate_per_end = 0;
  NumberRange range = NumberRange::kNone;
  // The range's high end or upper bound, or a ratio's second term; unset for
  // kNone.
  NumberEnd high;
};

// Why a number that starts at a position cannot be read, for the figure
// reader's field violations. `reason` is BAD_THOUSANDS_SEPARATOR,
// TOO_MANY_DIGITS, EXPONENT_OUT_OF_RANGE or UNPARSABLE_NUMBER (nothing there
// reads as a number).
struct NumberPhraseError {
  absl::string_view reason;
  // What follows the quoted number in a message: "cannot be read as a
  // number: thousands separators must group the digits in threes, as in
  // \"1,234,567\"", "has 41 significant digits; the engine reads at most 40".
  std::string detail;
};

struct NumberPhraseOptions {
  // The text is one figure's printed text, so "20 to 30", "from 1,000 to
  // 1,500" and "20 through 30" can only be ranges, and are read as spans.
  // In running text they are not: a change prints its two endpoints the same
  // way ("rose from 1,200 to 2,400"), so the phrase stops after "1,200" (and
  // at "from" none starts).
  bool whole_text = false;
};

// Reads the longest number phrase that starts at byte `pos` of `text`.
// Returns nullopt when none does; then, if `error` is not null, says why.
// Callers scanning running text pass null and try the next word.
std::optional<NumberPhrase> ReadNumberPhrase(
    absl::string_view text, size_t pos = 0, NumberPhraseError* error = nullptr,
    const NumberPhraseOptions& options = NumberPhraseOptions());

// False only where ReadNumberPhrase(text, pos) of running text (whole_text
// false) reads nothing: at a run of letters that no word the reader knows
// starts ("arrested", "officials"). One look-up: running text asks at every
// word, and most start nothing.
bool MayStartNumberPhrase(absl::string_view text, size_t pos);

// The position after the spaces that start at `pos`, as the reader counts
// spaces (ASCII white space, U+00A0, U+2009, U+202F).
size_t SpacesEnd(absl::string_view text, size_t pos);

// The factor of a scale word: 1000 for SCALE_THOUSAND, 1 for none.
Rational ScaleFactor(v1::Scale scale);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_NUMBER_PHRASE_H_
