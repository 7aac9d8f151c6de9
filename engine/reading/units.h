// Units of measure: the one table of the units claimcheck knows (grams and
// kilograms, pence and pounds, minutes and hours, feet and kilometres), the
// words and signs that print them, and what each is in its dimension's base
// unit. The figure reader reads a unit word or sign from a figure's text
// with it, and the checks convert figures of one dimension into one unit
// with it before they compare them (docs/spec.md, "Units of measure").
//
//   const MeasureUnit* lb = FindMeasureUnit("lb");
//   lb->dimension;        // "mass"
//   lb->Scale();          // 45359237/100000: a pound is 453.59237 grams
//   FindMeasureUnit("GBp")->Scale();   // 1/100 of the "GBP" dimension's £1
//
//   // "12 kilograms" and "roughly 24 pounds" in one claim: both are mass,
//   // so 24 lb is converted exactly to 10.886... kg before they compare.
//
// Every conversion is exact: a unit's size in its base unit is a fraction
// (an inch is 254/10000 m exactly, by definition). Units whose size is not
// fixed (months, years, a currency against another) are not in the table:
// such a relation needs an unstated quantity (an exchange rate) or an
// expression (docs/spec.md).
//
// Three kinds of unit of measure come from the API's Figure.unit, not from
// this table: UNIT_PERCENT and UNIT_PERCENTAGE_POINTS are hundredths of a
// whole, and UNIT_RATE with its rate_per N is N-ths of one; all three share
// the dimension "proportion", so "17.4%" and "17.4 per 100,000" in one claim
// are converted (and differ a thousandfold), which is how a percent sign
// printed on a rate per N is caught. Counts, plain amounts and multiples have
// no unit of measure: they are taken to be in the unit of the claim.
#ifndef CLAIMCHECK_ENGINE_READING_UNITS_H_
#define CLAIMCHECK_ENGINE_READING_UNITS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "engine/numbers/exact.h"
#include "engine/reading/request_error.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One unit of the table.
struct MeasureUnit {
  // Its symbol, as Figure.unit_symbol gives it: "kg", "GBp", "degF".
  absl::string_view symbol;
  // What it measures; units of one dimension convert into each other.
  // Each currency is a dimension of its own ("USD"): no rate is fixed.
  absl::string_view dimension;
  // Its size in the dimension's base unit, as a fraction.
  int64_t numerator;
  int64_t denominator;
  // Its name for messages: "kilograms", "pence".
  absl::string_view name;
  // The API's unit a figure in it has: UNIT_CURRENCY for money,
  // UNIT_AMOUNT for everything else.
  v1::Unit unit;

  Rational Scale() const { return Rational(Integer(numerator), denominator); }
};

// The unit with `symbol` (exact, case-sensitive: "GBp" is pence, "GBP"
// pounds), or nullptr.
const MeasureUnit* FindMeasureUnit(absl::string_view symbol);

// Every unit of the table, in the order docs/spec.md lists them.
absl::Span<const MeasureUnit> MeasureUnits();

// A word or sign that prints a unit in a figure's text or in running text:
// "kilograms", "kg", "p" ("75p"), "£", "per cent", "pc" ("40pc").
struct UnitWord {
  // Lower case (a reader compares ignoring ASCII case); a space stands for
  // any run of spaces.
  absl::string_view word;
  // The unit it prints: a symbol of the table, or empty for the units that
  // come from the API's Figure.unit (percent, points, a multiple).
  absl::string_view symbol;
  v1::Unit unit;
  // Printed before the number ("$", "£"), or after it (and after any scale
  // word: "$4.5 billion", "423 billion dollars").
  bool before;
  // Only straight after the digits, with no space: "75p" and "40pc" are
  // units, "75 p" is not one.
  bool attached;
  // Basis points: hundredths of a percentage point, read as points.
  bool hundredths = false;
  // A one-letter word is read in one case only, as the symbol prints it:
  // lower case ("75p", "40g": "10G" is giga, no gram), or capital when set
  // ("4C", "39.2F": "4c" may be cents).
  bool capital = false;
};

// Every unit word, longest first within each placement, so that a reader
// that takes the first match takes the longest ("per cent" before "p",
// "US$" before "$").
absl::Span<const UnitWord> UnitWords();

// A figure's unit of measure: its dimension and how big it is in the
// dimension's base unit, with a name for messages.
struct Measure {
  absl::string_view dimension;
  Rational scale;
  std::string name;  // "kilograms", "percent", "per 100,000"
};

// The unit of measure of a figure, from its unit_symbol field, its text's
// currency sign, the unit word its text prints after the number (`printed`,
// as the figure reader found it: "75p", "12 kilograms"), or its resolved
// `unit` (percent, points, a rate with `rate_per` N > 0); nullopt when it
// has none. Records in `errors`, under `path` ("figures[2]"), a unit_symbol
// not in the table (UNKNOWN_UNIT_SYMBOL) or one that contradicts the
// figure's unit, the currency sign or the unit word its text prints
// (CONFLICTING_UNIT_SYMBOL), and a printed unit word that contradicts the
// figure's unit (CONFLICTING_UNIT: "12 kilograms" as UNIT_COUNT); `ok` is
// then set to false.
std::optional<Measure> MeasureOf(
    const v1::Figure& figure, v1::Unit unit, const Rational& rate_per,
    const std::string& path, RequestErrors* errors, bool* ok,
    const std::optional<Measure>& printed = std::nullopt);

// The same for a quantity the article does not print (a Quantity of the
// request, which has no text), under `path` ("quantities[0]").
std::optional<Measure> MeasureOfQuantity(absl::string_view unit_symbol,
                                         v1::Unit unit,
                                         const Rational& rate_per,
                                         const std::string& path,
                                         RequestErrors* errors, bool* ok);

// Whether two measures are of one dimension and one size.
bool SameScale(const Measure& a, const Measure& b);

// What a change printed in `unit` measures when nothing else says: a
// percent change for a percent ("up 37 percent"), points for points, a
// multiple for a multiple ("tripled"), and a difference for anything else
// ("up 1,200"). The change check and text in's change rule both read it.
v1::ChangeMeasure ChangeMeasureOf(v1::Unit unit);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_UNITS_H_
