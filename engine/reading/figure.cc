#include "engine/reading/figure.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

struct WordValue {
  absl::string_view word;
  int value;
};

// Qualifier words, longest first so "no more than" wins over "more than".
struct QualifierWord {
  absl::string_view word;
  v1::Qualifier qualifier;
};
constexpr QualifierWord kQualifierWords[] = {
    {"no more than", v1::QUALIFIER_AT_MOST},
    {"approximately", v1::QUALIFIER_ABOUT},
    {"fewer than", v1::QUALIFIER_LESS_THAN},
    {"more than", v1::QUALIFIER_MORE_THAN},
    {"less than", v1::QUALIFIER_LESS_THAN},
    {"at least", v1::QUALIFIER_AT_LEAST},
    {"at most", v1::QUALIFIER_AT_MOST},
    {"exactly", v1::QUALIFIER_EXACTLY},
    {"roughly", v1::QUALIFIER_ABOUT},
    {"around", v1::QUALIFIER_ABOUT},
    {"nearly", v1::QUALIFIER_NEARLY},
    {"almost", v1::QUALIFIER_NEARLY},
    {"above", v1::QUALIFIER_MORE_THAN},
    {"below", v1::QUALIFIER_LESS_THAN},
    {"under", v1::QUALIFIER_LESS_THAN},
    {"about", v1::QUALIFIER_ABOUT},
    {"up to", v1::QUALIFIER_AT_MOST},
    {"some", v1::QUALIFIER_ABOUT},
    {"over", v1::QUALIFIER_MORE_THAN},
    {">=", v1::QUALIFIER_AT_LEAST},
    {"<=", v1::QUALIFIER_AT_MOST},
    {">", v1::QUALIFIER_MORE_THAN},
    {"<", v1::QUALIFIER_LESS_THAN},
    {"~", v1::QUALIFIER_ABOUT},
};

struct ScaleWord {
  absl::string_view word;
  v1::Scale scale;
};
// Longest first; the one-letter forms only right after digits ("40k").
constexpr ScaleWord kScaleWords[] = {
    {"thousand", v1::SCALE_THOUSAND}, {"trillion", v1::SCALE_TRILLION},
    {"million", v1::SCALE_MILLION},   {"billion", v1::SCALE_BILLION},
    {"mln", v1::SCALE_MILLION},       {"bn", v1::SCALE_BILLION},
    {"mn", v1::SCALE_MILLION},        {"tn", v1::SCALE_TRILLION},
    {"k", v1::SCALE_THOUSAND},        {"m", v1::SCALE_MILLION},
    {"b", v1::SCALE_BILLION},
};

struct UnitWord {
  absl::string_view word;
  v1::Unit unit;
};
constexpr UnitWord kUnitWords[] = {
    {"percentage points", v1::UNIT_PERCENTAGE_POINTS},
    {"percentage point", v1::UNIT_PERCENTAGE_POINTS},
    {"per cent", v1::UNIT_PERCENT},
    {"percent", v1::UNIT_PERCENT},
    {"points", v1::UNIT_PERCENTAGE_POINTS},
    {"point", v1::UNIT_PERCENTAGE_POINTS},
    {"times", v1::UNIT_MULTIPLE},
    {"-fold", v1::UNIT_MULTIPLE},
    {"fold", v1::UNIT_MULTIPLE},
    {"pct", v1::UNIT_PERCENT},
    {"pts", v1::UNIT_PERCENTAGE_POINTS},
    {"pp", v1::UNIT_PERCENTAGE_POINTS},
    {"%", v1::UNIT_PERCENT},
    {"x", v1::UNIT_MULTIPLE},
};

constexpr WordValue kSmallNumbers[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},
    {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},
    {"eight", 8},    {"nine", 9},       {"ten", 10},      {"eleven", 11},
    {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
};
constexpr WordValue kTens[] = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};

Rational ScaleFactor(v1::Scale scale) {
  switch (scale) {
    case v1::SCALE_THOUSAND:
      return Pow10(3);
    case v1::SCALE_MILLION:
      return Pow10(6);
    case v1::SCALE_BILLION:
      return Pow10(9);
    case v1::SCALE_TRILLION:
      return Pow10(12);
    default:
      return Rational(1);
  }
}

// Consumes `word` at the front of `s` when it ends there or before a
// non-letter, and the spaces after it.
bool ConsumeWord(absl::string_view* s, absl::string_view word) {
  if (!absl::StartsWith(*s, word)) return false;
  const absl::string_view rest = s->substr(word.size());
  const bool letter_word =
      absl::ascii_isalpha(static_cast<unsigned char>(word.back()));
  if (letter_word && !rest.empty() &&
      absl::ascii_isalpha(static_cast<unsigned char>(rest.front()))) {
    return false;
  }
  *s = absl::StripLeadingAsciiWhitespace(rest);
  return true;
}

// A number as printed: its digits as an integer and how many were decimals.
struct Digits {
  Rational value;           // the number, before any scale word
  Rational digit_unit = 1;  // the unit of its last printed digit
  int significant = 0;      // significant digits printed
};

// Reads digits with optional thousands separators and a point. Separators
// must group the whole part in threes ("1,234,567"), else it is an error.
absl::StatusOr<Digits> ReadDigits(absl::string_view* s) {
  size_t i = 0;
  std::string all;  // every digit, whole part then decimals
  size_t group = 0, first_group = 0;
  bool separators = false, grouped_in_threes = true;
  while (i < s->size() &&
         (absl::ascii_isdigit(static_cast<unsigned char>((*s)[i])) ||
          (*s)[i] == ',')) {
    if ((*s)[i] == ',') {
      // A comma followed by a non-digit ends the number ("6, 7").
      if (i + 1 >= s->size() ||
          !absl::ascii_isdigit(static_cast<unsigned char>((*s)[i + 1]))) {
        break;
      }
      if (!separators)
        first_group = group;
      else
        grouped_in_threes = grouped_in_threes && group == 3;
      group = 0;
      separators = true;
    } else {
      all.push_back((*s)[i]);
      ++group;
    }
    ++i;
  }
  if (separators) {
    const bool ok =
        first_group >= 1 && first_group <= 3 && grouped_in_threes && group == 3;
    if (!ok) {
      return absl::InvalidArgumentError(
          "thousands separators must group the digits in threes, as in "
          "\"1,234,567\"");
    }
  }
  size_t decimals = 0;
  if (i < s->size() && (*s)[i] == '.') {
    ++i;
    while (i < s->size() &&
           absl::ascii_isdigit(static_cast<unsigned char>((*s)[i]))) {
      all.push_back((*s)[i]);
      ++decimals;
      ++i;
    }
  }
  if (all.empty()) {
    return absl::InvalidArgumentError("no digits");
  }
  Digits d;
  // Leading zeros are not significant; "0.03" has one significant digit.
  size_t first = all.find_first_not_of('0');
  d.significant =
      first == std::string::npos ? 1 : static_cast<int>(all.size() - first);
  if (d.significant > kMaxSignificantDigits) return d;  // refused by the caller
  d.digit_unit = Pow10(-static_cast<int>(decimals));
  d.value = Rational(Integer(all, 10), d.digit_unit.get_den());
  d.value.canonicalize();
  *s = s->substr(i);
  return d;
}

// Reads number words: "six", "twenty-one", "a dozen", "two hundred",
// "a hundred and five", "a" or "an" before a scale word ("a million").
std::optional<Digits> ReadNumberWords(absl::string_view* s) {
  absl::string_view t = *s;
  auto small = [&t]() -> std::optional<int> {
    for (const auto& tens : kTens) {
      if (absl::StartsWith(t, tens.word)) {
        absl::string_view rest = t.substr(tens.word.size());
        if (absl::ConsumePrefix(&rest, "-") ||
            absl::ConsumePrefix(&rest, " ")) {
          for (const auto& unit : kSmallNumbers) {
            if (unit.value >= 1 && unit.value <= 9) {
              absl::string_view r = rest;
              if (ConsumeWord(&r, unit.word)) {
                t = r;
                return tens.value + unit.value;
              }
            }
          }
        }
        if (ConsumeWord(&t, tens.word)) return tens.value;
      }
    }
    // Longest first, so "fourteen" is not read as "four".
    for (int k = 19; k >= 0; --k) {
      if (ConsumeWord(&t, kSmallNumbers[k].word)) return kSmallNumbers[k].value;
    }
    return std::nullopt;
  };
  std::optional<int> n = small();
  bool article = false;
  if (!n && (ConsumeWord(&t, "a") || ConsumeWord(&t, "an"))) {
    article = true;
    n = 1;
  }
  if (!n) return std::nullopt;
  if (ConsumeWord(&t, "dozen")) {
    *n *= 12;
  } else if (ConsumeWord(&t, "hundred")) {
    int rest = 0;
    absl::string_view before_and = t;
    ConsumeWord(&t, "and");
    std::optional<int> r = small();
    if (r && *r > 0) {
      rest = *r;
    } else {
      t = before_and;
    }
    Digits d;
    d.value = *n * 100 + rest;
    // "two hundred" is rounded to hundreds; "a hundred and five" is not.
    d.digit_unit = rest == 0 ? 100 : 1;
    d.significant = 3;
    *s = t;
    return d;
  } else if (article) {
    // "a" alone is no number; "a million" is handled by the scale word.
    bool scale_follows = false;
    for (const auto& w : kScaleWords) {
      absl::string_view probe = t;
      if (w.word.size() > 2 && ConsumeWord(&probe, w.word))
        scale_follows = true;
    }
    if (!scale_follows) return std::nullopt;
  }
  Digits d;
  d.value = *n;
  d.significant = 2;
  *s = t;
  return d;
}

// The N of "per N" ("100,000", "per 1,000", "1 million"), read as a figure
// of its own; nullopt when it is not a number of at least 0.
std::optional<Rational> ReadRatePer(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (absl::StartsWithIgnoreCase(text, "per ")) text.remove_prefix(4);
  v1::Figure per;
  per.set_id("per");
  per.set_text(std::string(text));
  per.set_unit(v1::UNIT_AMOUNT);
  RequestErrors ignored;
  const std::optional<Figure> n = ReadFigure(per, "per", &ignored);
  if (!n || n->value < 0) return std::nullopt;
  return n->value;
}

// True when `text` holds a decimal digit of another script ("١٢٣", "１２３"):
// the first code points of Unicode's blocks of ten digits, as UTF-8.
bool HasNonAsciiDigits(absl::string_view text) {
  static constexpr char32_t kZeros[] = {
      0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66,
      0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20,
      0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10};
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int length = c < 0x80    ? 1
                       : c >= 0xF0 ? 4
                       : c >= 0xE0 ? 3
                       : c >= 0xC0 ? 2
                                   : 1;
    if (length > 1 && i + length <= text.size()) {
      char32_t code = c & (0xFF >> (length + 1));
      for (int k = 1; k < length; ++k) {
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      }
      for (char32_t zero : kZeros) {
        if (code >= zero && code < zero + 10) return true;
      }
    }
    i += length;
  }
  return false;
}

std::string QualifierName(v1::Qualifier q) { return v1::Qualifier_Name(q); }

}  // namespace

bool IsCountUnit(v1::Unit unit) { return unit == v1::UNIT_COUNT; }

std::string Figure::Named() const {
  if (proto->label().empty()) return proto->text();
  return absl::StrCat(proto->text(), " (", proto->label(), ")");
}

std::string Figure::Printed() const {
  const std::string lowered = absl::AsciiStrToLower(proto->text());
  if (unit == v1::UNIT_PERCENT && !absl::StrContains(lowered, "%") &&
      !absl::StrContains(lowered, "per")) {
    return absl::StrCat(proto->text(), " percent");
  }
  if (unit == v1::UNIT_PERCENTAGE_POINTS && !absl::StrContains(lowered, "p")) {
    return absl::StrCat(proto->text(), " points");
  }
  return proto->text();
}

std::string Figure::Quantity() const {
  if (proto->unit_name().empty()) return Printed();
  return absl::StrCat(Printed(), " ", proto->unit_name());
}

int Figure::Decimals() const {
  int decimals = 0;
  while (decimals < kMaxSignificantDigits &&
         Rational(digit_unit * Pow10(decimals)).get_den() != 1) {
    ++decimals;
  }
  return decimals;
}

v1::FigureRef Figure::Ref() const {
  v1::FigureRef ref;
  ref.set_id(proto->id());
  ref.set_text(proto->text());
  ref.set_label(proto->label());
  if (proto->has_span()) *ref.mutable_span() = proto->span();
  *ref.mutable_interval() = ToRange(interval);
  return ref;
}

Interval IntervalFor(const Rational& value, const Rational& digit_unit,
                     v1::Qualifier qualifier, v1::RoundingMode rounding,
                     v1::Unit unit) {
  // The unit of the last non-zero digit: "500" -> 100, "2.50" -> 0.1.
  Rational nonzero_unit = digit_unit;
  Rational units = value / digit_unit;
  if (units != 0 && units.is_integer()) {
    Integer n = abs(units.get_num());
    while (fmpz_divisible_si(n.get(), 10)) {
      fmpz_divexact_ui(n.get(), n.get(), 10);
      nonzero_unit *= 10;
    }
  }
  const Rational half = digit_unit / 2;
  Interval interval;
  switch (qualifier) {
    case v1::QUALIFIER_ABOUT:
      interval =
          Interval::Closed(value - nonzero_unit / 2, value + nonzero_unit / 2);
      break;
    case v1::QUALIFIER_NEARLY:
      interval = Interval::Closed(value - nonzero_unit, value);
      break;
    case v1::QUALIFIER_MORE_THAN:
      interval = Interval::AtLeast(value, true);
      break;
    case v1::QUALIFIER_AT_LEAST:
      interval = Interval::AtLeast(value);
      break;
    case v1::QUALIFIER_LESS_THAN:
      interval = Interval::AtMost(value, true);
      break;
    case v1::QUALIFIER_AT_MOST:
      interval = Interval::AtMost(value);
      break;
    case v1::QUALIFIER_EXACTLY:
      interval = Interval::Point(value);
      break;
    default:
      switch (rounding) {
        case v1::ROUNDING_MODE_EXACT:
          interval = Interval::Point(value);
          break;
        case v1::ROUNDING_MODE_DOWN:
          interval = Interval::Of(Endpoint{value, false},
                                  Endpoint{value + digit_unit, true});
          break;
        case v1::ROUNDING_MODE_UP:
          interval = Interval::Of(Endpoint{value - digit_unit, true},
                                  Endpoint{value, false});
          break;
        case v1::ROUNDING_MODE_TRUNCATE:
          if (value > 0) {
            interval = Interval::Of(Endpoint{value, false},
                                    Endpoint{value + digit_unit, true});
          } else if (value < 0) {
            interval = Interval::Of(Endpoint{value - digit_unit, true},
                                    Endpoint{value, false});
          } else {
            interval = Interval::Of(Endpoint{-digit_unit, true},
                                    Endpoint{digit_unit, true});
          }
          break;
        default:
          interval = Interval::Closed(value - half, value + half);
      }
  }
  if (IsCountUnit(unit)) {
    interval = interval.Intersect(Interval::AtLeast(0)).WholeNumbers();
  }
  return interval;
}

std::optional<Figure> ReadFigure(const v1::Figure& proto,
                                 const std::string& path,
                                 RequestErrors* errors) {
  // Messages and paths are built only for a figure that fails: reading a
  // good figure builds no strings.
  auto text_path_of = [&path] { return absl::StrCat(path, ".text"); };
  auto fail = [&](const std::string& field, const std::string& reason,
                  const std::string& why) {
    errors->Add(field, reason, why);
    return std::nullopt;
  };
  if (proto.text().empty()) {
    return fail(text_path_of(), "MISSING_TEXT",
                "the figure has no printed text; give the number as printed, "
                "such as \"498\" or \"63 percent\"");
  }
  if (proto.text().size() > static_cast<size_t>(kMaxFigureTextLength)) {
    return fail(
        text_path_of(), "TEXT_TOO_LONG",
        absl::StrCat("the printed text is ", proto.text().size(),
                     " characters long; the limit is ", kMaxFigureTextLength));
  }
  std::string lowered = absl::AsciiStrToLower(proto.text());
  // Typographic signs and spaces that newsrooms print (all outside ASCII).
  if (std::any_of(lowered.begin(), lowered.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80;
      })) {
    lowered =
        absl::StrReplaceAll(lowered, {{"\xE2\x88\x92", "-"},  // minus sign
                                      {"\xC2\xA0", " "},      // no-break space
                                      {"\xE2\x80\xAF", " "},  // narrow no-break
                                      {"\xE2\x80\x89", " "}});  // thin space
  }
  absl::string_view s = absl::StripAsciiWhitespace(lowered);
  auto unreadable = [&proto] {
    return absl::StrCat("\"", proto.text(), "\" cannot be read as a number");
  };

  if (HasNonAsciiDigits(proto.text())) {
    return fail(text_path_of(), "NON_ASCII_DIGITS",
                absl::StrCat(unreadable(), ": write its digits as 0-9"));
  }

  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  for (const auto& q : kQualifierWords) {
    if (ConsumeWord(&s, q.word)) {
      qualifier = q.qualifier;
      break;
    }
  }
  if (proto.qualifier() != v1::QUALIFIER_UNSPECIFIED) {
    if (qualifier != v1::QUALIFIER_UNSPECIFIED &&
        qualifier != proto.qualifier()) {
      return fail(path + ".qualifier", "CONFLICTING_QUALIFIER",
                  absl::StrCat("the text says ", QualifierName(qualifier),
                               " but the qualifier field says ",
                               QualifierName(proto.qualifier())));
    }
    qualifier = proto.qualifier();
  }

  bool negative = false;
  if (absl::ConsumePrefix(&s, "-"))
    negative = true;
  else
    absl::ConsumePrefix(&s, "+");
  bool currency = false;
  for (absl::string_view sign : {"us$", "$", "\xE2\x82\xAC", "\xC2\xA3"}) {
    if (absl::ConsumePrefix(&s, sign)) {
      currency = true;
      break;
    }
  }
  if (!negative && absl::ConsumePrefix(&s, "-")) negative = true;

  Digits digits;
  bool from_words = false;
  if (!s.empty() &&
      (absl::ascii_isdigit(static_cast<unsigned char>(s.front())) ||
       s.front() == '.')) {
    auto read = ReadDigits(&s);
    if (!read.ok()) {
      return fail(text_path_of(), "BAD_THOUSANDS_SEPARATOR",
                  absl::StrCat(unreadable(), ": ", read.status().message()));
    }
    digits = *read;
  } else if (auto words = ReadNumberWords(&s)) {
    digits = *words;
    from_words = true;
  } else {
    return fail(text_path_of(), "UNPARSABLE_NUMBER", unreadable());
  }
  if (digits.significant > kMaxSignificantDigits) {
    return fail(text_path_of(), "TOO_MANY_DIGITS",
                absl::StrCat("\"", proto.text(), "\" has ", digits.significant,
                             " significant digits; the engine reads at most ",
                             kMaxSignificantDigits));
  }

  // Abbreviations ("40k", "3bn") only straight after digits; words anywhere.
  const bool attached =
      !from_words && !s.empty() &&
      !absl::ascii_isspace(static_cast<unsigned char>(s.front()));
  s = absl::StripLeadingAsciiWhitespace(s);
  v1::Scale scale = v1::SCALE_UNSPECIFIED;
  for (const auto& w : kScaleWords) {
    const bool abbreviation = w.word.size() <= 3;
    if (abbreviation && !attached) continue;
    if (ConsumeWord(&s, w.word)) {
      scale = w.scale;
      break;
    }
  }
  if (proto.scale() != v1::SCALE_UNSPECIFIED) {
    if (scale != v1::SCALE_UNSPECIFIED && scale != proto.scale()) {
      return fail(path + ".scale", "CONFLICTING_SCALE",
                  absl::StrCat("the text says ", v1::Scale_Name(scale),
                               " but the scale field says ",
                               v1::Scale_Name(proto.scale())));
    }
    scale = proto.scale();
  }

  v1::Unit text_unit = v1::UNIT_UNSPECIFIED;
  for (const auto& w : kUnitWords) {
    if (ConsumeWord(&s, w.word)) {
      text_unit = w.unit;
      break;
    }
  }
  // "17.4 per 100,000": a rate's N printed in the text.
  std::optional<std::string> text_per;
  if (ConsumeWord(&s, "per")) {
    text_per = std::string(s);
    s = absl::string_view();
  }
  if (!s.empty()) {
    return fail(text_path_of(), "UNPARSABLE_NUMBER",
                absl::StrCat(unreadable(), ": \"", s,
                             "\" is not a qualifier, scale or unit word; put "
                             "what is counted in unit_name"));
  }

  v1::Unit unit = proto.unit();
  if (text_unit != v1::UNIT_UNSPECIFIED && unit != v1::UNIT_UNSPECIFIED &&
      text_unit != unit &&
      !(text_unit == v1::UNIT_PERCENT &&
        (unit == v1::UNIT_PERCENTAGE_POINTS || unit == v1::UNIT_RATE))) {
    return fail(path + ".unit", "CONFLICTING_UNIT",
                absl::StrCat("the text reads as ", v1::Unit_Name(text_unit),
                             " but the unit field says ", v1::Unit_Name(unit)));
  }
  if (unit == v1::UNIT_UNSPECIFIED) unit = text_unit;
  if (unit == v1::UNIT_UNSPECIFIED && text_per) unit = v1::UNIT_RATE;
  if (unit == v1::UNIT_UNSPECIFIED)
    unit = currency ? v1::UNIT_CURRENCY : v1::UNIT_AMOUNT;

  Figure figure;
  figure.proto = &proto;
  figure.unit = unit;
  figure.digit_unit = std::move(digits.digit_unit);
  figure.value = std::move(digits.value);
  if (scale != v1::SCALE_UNSPECIFIED) {
    const Rational factor = ScaleFactor(scale);
    figure.digit_unit *= factor;
    figure.value *= factor;
  }
  if (negative) figure.value = -figure.value;
  // A numerator and a denominator that fit in 63 bits are far inside the
  // range (2^63 < 10^kMaxExponent), so only longer numbers are compared.
  static_assert(kMaxExponent >= 19, "a 63-bit number must be inside the range");
  const bool word_sized = NumeratorBits(figure.value) < 64 &&
                          DenominatorBits(figure.digit_unit) < 64;
  if (!word_sized && (abs(figure.value) >= Pow10(kMaxExponent) ||
                      figure.digit_unit < Pow10(-kMaxExponent))) {
    return fail(
        text_path_of(), "EXPONENT_OUT_OF_RANGE",
        absl::StrCat("\"", proto.text(), "\" is beyond the engine's range: ",
                     "its value must be below 10^", kMaxExponent,
                     " and its last digit no finer than 10^-", kMaxExponent));
  }
  if (IsCountUnit(unit) && figure.value < 0) {
    return fail(text_path_of(), "NEGATIVE_COUNT",
                absl::StrCat("\"", proto.text(),
                             "\" is a count, and a count "
                             "cannot be negative"));
  }

  if (proto.has_interval_override() &&
      proto.interval_override().replacement_case() !=
          v1::IntervalOverride::REPLACEMENT_NOT_SET) {
    const auto& o = proto.interval_override();
    const std::string opath = path + ".interval_override";
    if (o.has_bounds()) {
      std::optional<Endpoint> lower, upper;
      if (!o.bounds().lower().empty()) {
        auto v = ParseDecimal(o.bounds().lower());
        if (!v.ok())
          return fail(opath + ".bounds.lower", "BAD_OVERRIDE",
                      std::string(v.status().message()));
        lower = Endpoint{*v, o.bounds().lower_exclusive()};
      }
      if (!o.bounds().upper().empty()) {
        auto v = ParseDecimal(o.bounds().upper());
        if (!v.ok())
          return fail(opath + ".bounds.upper", "BAD_OVERRIDE",
                      std::string(v.status().message()));
        upper = Endpoint{*v, o.bounds().upper_exclusive()};
      }
      figure.interval = Interval::Of(lower, upper);
    } else {
      auto t = ParseDecimal(o.tolerance());
      if (!t.ok() || *t < 0) {
        return fail(
            opath + ".tolerance", "BAD_OVERRIDE",
            "the tolerance must be a non-negative decimal such as \"0.5\"");
      }
      figure.interval = Interval::Closed(figure.value - *t, figure.value + *t);
    }
    if (IsCountUnit(unit)) {
      figure.interval =
          figure.interval.Intersect(Interval::AtLeast(0)).WholeNumbers();
    }
  } else {
    figure.interval = IntervalFor(figure.value, figure.digit_unit, qualifier,
                                  proto.rounding(), unit);
  }
  if (text_per || !proto.rate_per().empty()) {
    const bool in_field = !proto.rate_per().empty();
    const std::string printed = in_field ? proto.rate_per() : *text_per;
    const std::optional<Rational> n = ReadRatePer(printed);
    if (!n) {
      return fail(in_field ? path + ".rate_per" : text_path_of(),
                  "BAD_RATE_PER",
                  absl::StrCat("\"", printed,
                               "\" cannot be read as the N of \"per N\"; "
                               "give it as printed, such as \"100,000\""));
    }
    if (in_field && text_per && ReadRatePer(*text_per) != n) {
      return fail(path + ".rate_per", "CONFLICTING_RATE_PER",
                  absl::StrCat("the text says per ", *text_per,
                               " but rate_per says ", proto.rate_per()));
    }
    figure.rate_per = *n;
  }
  if (figure.interval.empty()) {
    return fail(
        path, "EMPTY_INTERVAL",
        absl::StrCat(
            "no true value fits \"", proto.text(), "\"",
            IsCountUnit(unit) ? ": a count must allow a whole number" : ""));
  }
  return figure;
}

}  // namespace claimcheck
