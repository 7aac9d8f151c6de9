// Printed figures to exact intervals of the true values they stand for.
//
//   v1::Figure f;  f.set_text("1.2 million");
//   RequestErrors errors;
//   std::optional<Figure> fig = ReadFigure(f, "figures[0]", &errors);
//   fig->interval.Text();   // "1,150,000 to 1,250,000"
//
// The printed text sets the precision: the unit of its last digit, times any
// scale word. Rounded to nearest (the default) is plus or minus half a unit;
// "about" widens to half a unit of the last non-zero digit, "nearly" is up to
// one such unit below, "more than", "at least", "fewer than", "at most" bound
// one side. A count is intersected with the whole numbers >= 0.
//
// The text is read by the number-phrase reader (number_phrase.h), the same
// one that finds numbers in running text, and must be one phrase whole. It
// may carry a qualifier ("about 500", "~500", "more than 100"), a
// sign, a currency sign ("$4.5 billion"), thousands separators ("1,234"),
// number words ("six", "twenty-one", "a dozen", "two hundred"), a scale word
// ("1.2 million", "3bn", "40k"), a unit word ("63%", "63 percent",
// "5 percentage points", "3 times", "2.5-fold") and a rate's N ("17.4 per
// 100,000", a rate unless the text says percent). The proto's own fields say
// the same things; where both do, they must agree. A number beyond the
// engine's limits (limits.h: kMaxSignificantDigits, kMaxExponent) is refused
// with a clear error rather than checked slowly or wrongly.
#ifndef CLAIMCHECK_ENGINE_READING_FIGURE_H_
#define CLAIMCHECK_ENGINE_READING_FIGURE_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/numbers/exact.h"
#include "engine/numbers/interval.h"
#include "engine/reading/limits.h"
#include "engine/reading/number_phrase.h"
#include "engine/reading/request_error.h"
#include "engine/reading/units.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct Figure;

// One operand of a quantity's expression: a figure or another quantity, or
// a constant.
struct ExpressionOperand {
  const Figure* figure = nullptr;  // null for a constant
  Rational constant;
  // For a sum or difference: what converts the operand into the quantity's
  // unit (1 when it is in it already).
  Rational factor = 1;
};

// A figure as the engine reads it. A quantity the article does not print
// (the request's `quantities`) is read into one too, so that claims find it
// by id as they find figures: `quantity` is then set, and `interval` holds
// the values it may take (an unstated one's domain, or what its expression
// allows).
struct Figure {
  const v1::Figure* proto = nullptr;
  // The printed value, scaled ("1.2 million" is 1200000); for a range
  // ("between 20 and 30"), the middle of its printed ends.
  Rational value;
  // The unit of the last printed digit, scaled ("1.2 million": 100000); for
  // words, fractions and multiples, the precision number_phrase.h gives them.
  Rational digit_unit;
  // Printed as a range: its interval spans both ends, and it has no slips of
  // one printed number.
  bool range = false;
  // Printed as an ordinal ("seventh", "7th") that the request gives as a
  // figure: it reads as its number, and messages print both ("7 (seventh)").
  bool ordinal = false;
  // The unit, resolved from the field and the text.
  v1::Unit unit = v1::UNIT_AMOUNT;
  // The unit the text itself prints ("35pc": percent), for messages; none
  // when only the field gives one, or for a figure not read from a text.
  v1::Unit printed_unit = v1::UNIT_UNSPECIFIED;
  // The true values the printed text stands for.
  Interval interval;
  // The N of a rate "per N", read like a printed figure ("100,000", "100k",
  // "1 million") from rate_per or from the text ("17.4 per 100,000"); 0 when
  // the figure has none.
  Rational rate_per;
  // The unit of measure (units.h): from unit_symbol, a currency sign, or a
  // percent, points or rate unit; none for counts and plain amounts. Set by
  // the engine after ReadFigure.
  std::optional<Measure> measure;
  // For a copy of a figure converted into a claim's unit (the checks' view
  // of one claim, conversion.h): the figure as read, and the factor its
  // value, digit unit and interval were multiplied by. Null and 1 otherwise.
  const Figure* source = nullptr;
  Rational conversion = 1;
  // For a quantity of the request: the quantity (`proto` is then a figure
  // made for it, with its id, label and units, and as text its expression
  // or its label). Null for a printed figure.
  const v1::Quantity* quantity = nullptr;
  // For a quantity defined by an expression: its operation and operands,
  // and `value` its value at the operands' printed values. Unset for an
  // unstated quantity.
  v1::Operation operation = v1::OPERATION_UNSPECIFIED;
  std::vector<ExpressionOperand> operands;
  // True for an unstated quantity and for one defined, directly or through
  // others, over an unstated one: no printed figures fix its value.
  bool unstated = false;
  // The figure's place in the request's `figures` (set by the engine when it
  // reads them; a copy keeps it, so it stands for the figure's id): what a
  // model finds a figure's variable by without hashing its id. -1 for a
  // figure read from anything else (a quantity, a reprinted candidate).
  int index = -1;

  bool defined() const { return operation != v1::OPERATION_UNSPECIFIED; }

  const std::string& id() const { return proto->id(); }
  const std::string& text() const { return proto->text(); }
  // "Denver's 36" reads better than "36"; falls back to the text alone.
  std::string Named() const;
  // The printed text for messages, with a unit word when the text has none
  // ("63" with UNIT_PERCENT prints as "63 percent"); an ordinal with its
  // number ("7 (seventh)").
  std::string Printed() const;
  // Printed() and what is counted: "498 people".
  std::string Quantity() const;
  // How many decimals the text prints: "5.19" and "5.00" 2, "498" and
  // "1.2 million" 0.
  int Decimals() const;
  // The figure as a discrepancy names it, written into `ref` (a message
  // the caller has added: no copy is made and moved).
  void Ref(v1::FigureRef* ref) const;
};

// Reads `figure`; on failure records why under `path` and returns nullopt.
std::optional<Figure> ReadFigure(const v1::Figure& figure,
                                 const std::string& path,
                                 RequestErrors* errors);
// The same, read into `*out`, a default Figure (one in the place it is to be
// kept: a figure is some ten exact numbers, and moving one costs a hundred
// instructions and more); false on failure, `*out` then partly read.
bool ReadFigure(const v1::Figure& figure, const std::string& path,
                RequestErrors* errors, Figure* out);

// The interval printed `value` stands for with `digit_unit` precision, under
// `figure`'s qualifier, rounding and unit. Used for figures as printed and for
// candidate corrections of them.
Interval IntervalFor(const Rational& value, const Rational& digit_unit,
                     v1::Qualifier qualifier, v1::RoundingMode rounding,
                     v1::Unit unit);

// The interval a number phrase (number_phrase.h) stands for: IntervalFor its
// value, or for a range the span of its ends' intervals ("between 20 and 30"
// from 19.5 to 30.5) or what lies within both its bounds. Text in reads its
// phrases with it, so they stand for what the figure they propose does.
Interval PhraseInterval(const NumberPhrase& phrase, v1::RoundingMode rounding,
                        v1::Unit unit);

// True for units whose values are whole numbers >= 0.
bool IsCountUnit(v1::Unit unit);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_FIGURE_H_
