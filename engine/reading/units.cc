#include "engine/reading/units.h"

#include <iterator>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

using v1::UNIT_AMOUNT;
using v1::UNIT_CURRENCY;

// Sizes are exact by definition: the international yard and pound (1959),
// the US gallon (231 cubic inches), the degree Fahrenheit (5/9 kelvin).
constexpr MeasureUnit kUnits[] = {
    // Mass, in grams.
    {"mg", "mass", 1, 1000, "milligrams", UNIT_AMOUNT},
    {"g", "mass", 1, 1, "grams", UNIT_AMOUNT},
    {"kg", "mass", 1000, 1, "kilograms", UNIT_AMOUNT},
    {"t", "mass", 1000000, 1, "tonnes", UNIT_AMOUNT},
    {"oz", "mass", 28349523125, 1000000000, "ounces", UNIT_AMOUNT},
    {"lb", "mass", 45359237, 100000, "pounds", UNIT_AMOUNT},
    {"st", "mass", 635029318, 100000, "stone", UNIT_AMOUNT},
    {"ton", "mass", 90718474000, 100000, "tons", UNIT_AMOUNT},
    // Length, in metres.
    {"mm", "length", 1, 1000, "millimetres", UNIT_AMOUNT},
    {"cm", "length", 1, 100, "centimetres", UNIT_AMOUNT},
    {"m", "length", 1, 1, "metres", UNIT_AMOUNT},
    {"km", "length", 1000, 1, "kilometres", UNIT_AMOUNT},
    {"in", "length", 254, 10000, "inches", UNIT_AMOUNT},
    {"ft", "length", 3048, 10000, "feet", UNIT_AMOUNT},
    {"yd", "length", 9144, 10000, "yards", UNIT_AMOUNT},
    {"mi", "length", 1609344, 1000, "miles", UNIT_AMOUNT},
    // Area, in square metres.
    {"m2", "area", 1, 1, "square metres", UNIT_AMOUNT},
    {"ha", "area", 10000, 1, "hectares", UNIT_AMOUNT},
    {"km2", "area", 1000000, 1, "square kilometres", UNIT_AMOUNT},
    {"ft2", "area", 9290304, 100000000, "square feet", UNIT_AMOUNT},
    {"acre", "area", 40468564224, 10000000, "acres", UNIT_AMOUNT},
    {"mi2", "area", 2589988110336, 1000000, "square miles", UNIT_AMOUNT},
    // Volume, in litres.
    {"ml", "volume", 1, 1000, "millilitres", UNIT_AMOUNT},
    {"l", "volume", 1, 1, "litres", UNIT_AMOUNT},
    {"gal", "volume", 3785411784, 1000000000, "gallons", UNIT_AMOUNT},
    {"m3", "volume", 1000, 1, "cubic metres", UNIT_AMOUNT},
    // Time, in seconds (no months or years: they have no one size).
    {"s", "time", 1, 1, "seconds", UNIT_AMOUNT},
    {"min", "time", 60, 1, "minutes", UNIT_AMOUNT},
    {"h", "time", 3600, 1, "hours", UNIT_AMOUNT},
    {"d", "time", 86400, 1, "days", UNIT_AMOUNT},
    {"wk", "time", 604800, 1, "weeks", UNIT_AMOUNT},
    // Differences of temperature, in kelvins: a rise of 4C is a rise of
    // 7.2F. Readings ("39.2F") are not differences: converting one needs an
    // offset, which an expression can state.
    {"K", "temperature difference", 1, 1, "kelvins", UNIT_AMOUNT},
    {"degC", "temperature difference", 1, 1, "degrees Celsius", UNIT_AMOUNT},
    {"degF", "temperature difference", 5, 9, "degrees Fahrenheit", UNIT_AMOUNT},
    // Money: each currency is its own dimension, with its hundredth.
    {"USD", "USD", 1, 1, "dollars", UNIT_CURRENCY},
    {"USc", "USD", 1, 100, "cents", UNIT_CURRENCY},
    {"GBP", "GBP", 1, 1, "pounds", UNIT_CURRENCY},
    {"GBp", "GBP", 1, 100, "pence", UNIT_CURRENCY},
    {"EUR", "EUR", 1, 1, "euros", UNIT_CURRENCY},
    {"EUc", "EUR", 1, 100, "euro cents", UNIT_CURRENCY},
    {"AUD", "AUD", 1, 1, "Australian dollars", UNIT_CURRENCY},
    {"AUc", "AUD", 1, 100, "Australian cents", UNIT_CURRENCY},
    {"CAD", "CAD", 1, 1, "Canadian dollars", UNIT_CURRENCY},
    {"NZD", "NZD", 1, 1, "New Zealand dollars", UNIT_CURRENCY},
    {"JPY", "JPY", 1, 1, "yen", UNIT_CURRENCY},
    {"CNY", "CNY", 1, 1, "yuan", UNIT_CURRENCY},
    {"INR", "INR", 1, 1, "rupees", UNIT_CURRENCY},
    {"CHF", "CHF", 1, 1, "Swiss francs", UNIT_CURRENCY},
};

using v1::UNIT_MULTIPLE;
using v1::UNIT_PERCENT;
using v1::UNIT_PERCENTAGE_POINTS;
using v1::UNIT_UNSPECIFIED;

// Longest first within each placement. "pounds" is weight: money in pounds
// is printed with "£" (or given as unit_symbol GBP). A bare "m", "c" or "in"
// is not read as a unit: they are a scale word and words of prose.
constexpr UnitWord kWords[] = {
    // Before the number.
    {"nz$", "NZD", UNIT_CURRENCY, true, false},
    {"us$", "USD", UNIT_CURRENCY, true, false},
    {"a$", "AUD", UNIT_CURRENCY, true, false},
    {"c$", "CAD", UNIT_CURRENCY, true, false},
    {"$", "USD", UNIT_CURRENCY, true, false},
    {"\xC2\xA3", "GBP", UNIT_CURRENCY, true, false},      // £
    {"\xE2\x82\xAC", "EUR", UNIT_CURRENCY, true, false},  // €
    {"\xC2\xA5", "JPY", UNIT_CURRENCY, true, false},      // ¥
    // After the number.
    {"square kilometres", "km2", UNIT_AMOUNT, false, false},
    {"square kilometers", "km2", UNIT_AMOUNT, false, false},
    {"percentage points", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"degrees fahrenheit", "degF", UNIT_AMOUNT, false, false},
    {"percentage point", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"basis points", "", UNIT_PERCENTAGE_POINTS, false, false, true},
    {"basis point", "", UNIT_PERCENTAGE_POINTS, false, false, true},
    {"percentage", "", UNIT_PERCENT, false, false},
    {"degrees celsius", "degC", UNIT_AMOUNT, false, false},
    {"square metres", "m2", UNIT_AMOUNT, false, false},
    {"square meters", "m2", UNIT_AMOUNT, false, false},
    {"square miles", "mi2", UNIT_AMOUNT, false, false},
    {"millimetres", "mm", UNIT_AMOUNT, false, false},
    {"millimeters", "mm", UNIT_AMOUNT, false, false},
    {"centimetres", "cm", UNIT_AMOUNT, false, false},
    {"centimeters", "cm", UNIT_AMOUNT, false, false},
    {"kilometres", "km", UNIT_AMOUNT, false, false},
    {"kilometers", "km", UNIT_AMOUNT, false, false},
    {"milligrams", "mg", UNIT_AMOUNT, false, false},
    {"millilitres", "ml", UNIT_AMOUNT, false, false},
    {"milliliters", "ml", UNIT_AMOUNT, false, false},
    {"square feet", "ft2", UNIT_AMOUNT, false, false},
    {"kilograms", "kg", UNIT_AMOUNT, false, false},
    {"kilogram", "kg", UNIT_AMOUNT, false, false},
    {"kilometre", "km", UNIT_AMOUNT, false, false},
    {"kilometer", "km", UNIT_AMOUNT, false, false},
    {"hectares", "ha", UNIT_AMOUNT, false, false},
    {"per cent", "", UNIT_PERCENT, false, false},
    {"gallons", "gal", UNIT_AMOUNT, false, false},
    {"percents", "", UNIT_PERCENT, false, false},
    {"percent", "", UNIT_PERCENT, false, false},
    {"dollars", "USD", UNIT_CURRENCY, false, false},
    {"minutes", "min", UNIT_AMOUNT, false, false},
    {"seconds", "s", UNIT_AMOUNT, false, false},
    {"sq km", "km2", UNIT_AMOUNT, false, false},
    {"tonnes", "t", UNIT_AMOUNT, false, false},
    {"ounces", "oz", UNIT_AMOUNT, false, false},
    {"pounds", "lb", UNIT_AMOUNT, false, false},
    {"metres", "m", UNIT_AMOUNT, false, false},
    {"meters", "m", UNIT_AMOUNT, false, false},
    {"litres", "l", UNIT_AMOUNT, false, false},
    {"liters", "l", UNIT_AMOUNT, false, false},
    {"points", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"dollar", "USD", UNIT_CURRENCY, false, false},
    {"grams", "g", UNIT_AMOUNT, false, false},
    {"pence", "GBp", UNIT_CURRENCY, false, false},
    {"penny", "GBp", UNIT_CURRENCY, false, false},
    {"cents", "USc", UNIT_CURRENCY, false, false},
    {"euros", "EUR", UNIT_CURRENCY, false, false},
    {"hours", "h", UNIT_AMOUNT, false, false},
    {"miles", "mi", UNIT_AMOUNT, false, false},
    {"acres", "acre", UNIT_AMOUNT, false, false},
    {"times", "", UNIT_MULTIPLE, false, false},
    {"-fold", "", UNIT_MULTIPLE, false, false},
    {"metre", "m", UNIT_AMOUNT, false, false},
    {"meter", "m", UNIT_AMOUNT, false, false},
    {"point", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"sq m", "m2", UNIT_AMOUNT, false, false},
    {"feet", "ft", UNIT_AMOUNT, false, false},
    {"foot", "ft", UNIT_AMOUNT, false, false},
    {"gram", "g", UNIT_AMOUNT, false, false},
    {"tons", "ton", UNIT_AMOUNT, false, false},
    {"hour", "h", UNIT_AMOUNT, false, false},
    {"days", "d", UNIT_AMOUNT, false, false},
    {"mile", "mi", UNIT_AMOUNT, false, false},
    {"cent", "USc", UNIT_CURRENCY, false, false},
    {"euro", "EUR", UNIT_CURRENCY, false, false},
    {"yuan", "CNY", UNIT_CURRENCY, false, false},
    {"yen", "JPY", UNIT_CURRENCY, false, false},
    {"fold", "", UNIT_MULTIPLE, false, false},
    {"\xC2\xB0"
     "f",
     "degF", UNIT_AMOUNT, false, false},  // °F
    {"\xC2\xB0"
     "c",
     "degC", UNIT_AMOUNT, false, false},  // °C
    {"km2", "km2", UNIT_AMOUNT, false, false},
    {"min", "min", UNIT_AMOUNT, false, false},
    {"kg", "kg", UNIT_AMOUNT, false, false},
    {"km", "km", UNIT_AMOUNT, false, false},
    {"mg", "mg", UNIT_AMOUNT, false, false},
    {"lbs", "lb", UNIT_AMOUNT, false, false},
    {"lb", "lb", UNIT_AMOUNT, false, false},
    {"oz", "oz", UNIT_AMOUNT, false, false},
    {"ft", "ft", UNIT_AMOUNT, false, false},
    {"mi", "mi", UNIT_AMOUNT, false, false},
    {"ha", "ha", UNIT_AMOUNT, false, false},
    {"pct", "", UNIT_PERCENT, false, false},
    {"pts", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"bps", "", UNIT_PERCENTAGE_POINTS, false, false, true},
    {"bp", "", UNIT_PERCENTAGE_POINTS, false, false, true},
    {"ppts", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"ppt", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"pc", "", UNIT_PERCENT, false, true},
    {"pp", "", UNIT_PERCENTAGE_POINTS, false, false},
    {"\xC2\xA2", "USc", UNIT_CURRENCY, false, false},  // ¢
    {"%", "", UNIT_PERCENT, false, false},
    {"p", "GBp", UNIT_CURRENCY, false, true},
    {"g", "g", UNIT_AMOUNT, false, true},
    {"h", "h", UNIT_AMOUNT, false, true},
    {"f", "degF", UNIT_AMOUNT, false, true, false, true},
    {"c", "degC", UNIT_AMOUNT, false, true, false, true},
    {"x", "", UNIT_MULTIPLE, false, true},
};

// The currency sign a figure's text prints, as its unit word; nullptr when
// it prints none.
const UnitWord* CurrencySignOf(absl::string_view text) {
  const std::string lowered = absl::AsciiStrToLower(text);
  // "US$", "A$", "NZ$" come before "$": the first sign found is the longest.
  for (const UnitWord& w : kWords) {
    if (!w.before) break;
    if (absl::StrContains(lowered, w.word)) return &w;
  }
  return nullptr;
}

std::optional<Measure> FromTable(const MeasureUnit& u) {
  return Measure{u.dimension, u.Scale(), std::string(u.name)};
}

// The measure of `unit` and `rate_per` alone: percent, points, per N.
std::optional<Measure> FromUnit(v1::Unit unit, const Rational& rate_per) {
  if (unit == UNIT_PERCENT) {
    return Measure{"proportion", Rational(Integer(1), 100), "percent"};
  }
  if (unit == UNIT_PERCENTAGE_POINTS) {
    return Measure{"proportion", Rational(Integer(1), 100),
                   "percentage points"};
  }
  if (unit == v1::UNIT_RATE && rate_per > 0) {
    return Measure{"proportion", 1 / rate_per,
                   absl::StrCat("per ", ReadableString(rate_per, 4))};
  }
  return std::nullopt;
}

// The measure a unit_symbol names, checked against the figure's `unit`.
std::optional<Measure> FromSymbol(absl::string_view symbol, v1::Unit unit,
                                  const std::string& path,
                                  RequestErrors* errors, bool* ok) {
  const MeasureUnit* u = FindMeasureUnit(symbol);
  if (u == nullptr) {
    errors->Add(absl::StrCat(path, ".unit_symbol"), "UNKNOWN_UNIT_SYMBOL",
                absl::StrCat("\"", symbol,
                             "\" is not a unit claimcheck knows; the units "
                             "and their symbols are listed in docs/spec.md"));
    *ok = false;
    return std::nullopt;
  }
  const bool fits = unit == UNIT_UNSPECIFIED || unit == u->unit ||
                    (unit == UNIT_AMOUNT && u->unit == UNIT_CURRENCY);
  if (!fits) {
    errors->Add(absl::StrCat(path, ".unit_symbol"), "CONFLICTING_UNIT_SYMBOL",
                absl::StrCat("\"", symbol, "\" is a unit of ", u->dimension,
                             ", but the figure's unit is ", v1::Unit_Name(unit),
                             "; give unit_symbol only with UNIT_AMOUNT or "
                             "UNIT_CURRENCY"));
    *ok = false;
    return std::nullopt;
  }
  return FromTable(*u);
}

}  // namespace

const MeasureUnit* FindMeasureUnit(absl::string_view symbol) {
  for (const MeasureUnit& u : kUnits) {
    if (u.symbol == symbol) return &u;
  }
  return nullptr;
}

absl::Span<const MeasureUnit> MeasureUnits() { return kUnits; }

absl::Span<const UnitWord> UnitWords() { return kWords; }

std::optional<Measure> MeasureOf(const v1::Figure& figure, v1::Unit unit,
                                 const Rational& rate_per,
                                 const std::string& path, RequestErrors* errors,
                                 bool* ok,
                                 const std::optional<Measure>& printed) {
  *ok = true;
  // Most figures print no currency sign and give no symbol: no search.
  const bool may_print_sign =
      unit == UNIT_CURRENCY || !figure.unit_symbol().empty();
  const UnitWord* sign =
      may_print_sign ? CurrencySignOf(figure.text()) : nullptr;
  if (!figure.unit_symbol().empty()) {
    // The field is the more precise: "$" may be any dollar, the field says
    // which. It may not contradict the text's kind of quantity.
    std::optional<Measure> m =
        FromSymbol(figure.unit_symbol(), unit, path, errors, ok);
    if (m && sign &&
        FindMeasureUnit(figure.unit_symbol())->unit != UNIT_CURRENCY) {
      errors->Add(
          absl::StrCat(path, ".unit_symbol"), "CONFLICTING_UNIT_SYMBOL",
          absl::StrCat("the text prints a currency sign, but \"",
                       figure.unit_symbol(), "\" is a unit of ", m->dimension));
      *ok = false;
      return std::nullopt;
    }
    if (m && printed && !SameScale(*m, *printed)) {
      errors->Add(absl::StrCat(path, ".unit_symbol"), "CONFLICTING_UNIT_SYMBOL",
                  absl::StrCat("the text prints ", printed->name,
                               ", but unit_symbol \"", figure.unit_symbol(),
                               "\" is ", m->name));
      *ok = false;
      return std::nullopt;
    }
    return m;
  }
  if (sign != nullptr) return FromTable(*FindMeasureUnit(sign->symbol));
  if (printed) {
    // "75p" and "6 cents" are money, "12 kilograms" an amount: neither is a
    // count, a percentage or a rate.
    bool money = false;
    for (const MeasureUnit& u : kUnits) {
      money |= u.dimension == printed->dimension && u.unit == UNIT_CURRENCY;
    }
    const bool fits = unit == UNIT_UNSPECIFIED || unit == UNIT_AMOUNT ||
                      (money && unit == UNIT_CURRENCY);
    if (!fits) {
      errors->Add(
          absl::StrCat(path, ".unit"), "CONFLICTING_UNIT",
          absl::StrCat("the text prints ", printed->name, ", a unit of ",
                       printed->dimension, ", but the figure's unit is ",
                       v1::Unit_Name(unit)));
      *ok = false;
      return std::nullopt;
    }
    return printed;
  }
  return FromUnit(unit, rate_per);
}

std::optional<Measure> MeasureOfQuantity(absl::string_view unit_symbol,
                                         v1::Unit unit,
                                         const Rational& rate_per,
                                         const std::string& path,
                                         RequestErrors* errors, bool* ok) {
  *ok = true;
  if (!unit_symbol.empty())
    return FromSymbol(unit_symbol, unit, path, errors, ok);
  return FromUnit(unit, rate_per);
}

bool SameScale(const Measure& a, const Measure& b) {
  return a.dimension == b.dimension && a.scale == b.scale;
}

v1::ChangeMeasure ChangeMeasureOf(v1::Unit unit) {
  switch (unit) {
    case v1::UNIT_PERCENT:
      return v1::CHANGE_MEASURE_PERCENT;
    case v1::UNIT_PERCENTAGE_POINTS:
      return v1::CHANGE_MEASURE_PERCENTAGE_POINTS;
    case v1::UNIT_MULTIPLE:
      return v1::CHANGE_MEASURE_MULTIPLE;
    default:
      return v1::CHANGE_MEASURE_DIFFERENCE;
  }
}

}  // namespace claimcheck
