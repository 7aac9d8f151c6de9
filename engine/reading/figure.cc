#include "engine/reading/figure.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "engine/reading/number_phrase.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

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

bool OnlySpacesFrom(absl::string_view text, size_t pos) {
  return SpacesEnd(text, pos) == text.size();
}

// A value and a last digit inside the engine's range (limits.h).
bool InRange(const Rational& value, const Rational& digit_unit) {
  // A numerator and a denominator that fit in 63 bits are far inside the
  // range (2^63 < 10^kMaxExponent), so only longer numbers are compared.
  static_assert(kMaxExponent >= 19, "a 63-bit number must be inside the range");
  if (NumeratorBits(value) < 64 && DenominatorBits(digit_unit) < 64) {
    return true;
  }
  return abs(value) < Pow10(kMaxExponent) && digit_unit >= Pow10(-kMaxExponent);
}

// The N of a rate_per field ("100,000", "per 1,000", "1 million"): a number
// of at least 0 with no unit word; nullopt when it is not one.
std::optional<Rational> ReadRatePer(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (absl::StartsWithIgnoreCase(text, "per ")) text.remove_prefix(4);
  const std::optional<NumberPhrase> n = ReadNumberPhrase(text);
  if (!n || !OnlySpacesFrom(text, n->end) || n->unit != v1::UNIT_UNSPECIFIED ||
      n->value < 0 || !InRange(n->value, n->digit_unit)) {
    return std::nullopt;
  }
  return n->value;
}

// Records a violation of one figure's fields and returns nullopt, so that a
// reader can `return fail(...)`. Messages and paths are built only for a
// figure that fails: reading a good figure builds no strings.
class FigureErrors {
 public:
  FigureErrors(const v1::Figure& proto, const std::string& path,
               RequestErrors* errors)
      : proto_(proto), path_(path), errors_(errors) {}

  std::nullopt_t Fail(absl::string_view field, absl::string_view reason,
                      const std::string& why) const {
    errors_->Add(field.empty() ? path_ : absl::StrCat(path_, ".", field),
                 std::string(reason), why);
    return std::nullopt;
  }
  // The figure's text, quoted, for messages.
  std::string Quoted() const { return absl::StrCat("\"", proto_.text(), "\""); }
  std::string Unreadable() const {
    return absl::StrCat(Quoted(), " cannot be read as a number");
  }

 private:
  const v1::Figure& proto_;
  const std::string& path_;
  RequestErrors* errors_;
};

// The printed text before it is read: present, not too long, ASCII digits.
bool CheckPrintedText(const v1::Figure& proto, const FigureErrors& fail) {
  if (proto.text().empty()) {
    fail.Fail("text", "MISSING_TEXT",
              "the figure has no printed text; give the number as printed, "
              "such as \"498\" or \"63 percent\"");
    return false;
  }
  if (proto.text().size() > static_cast<size_t>(kMaxFigureTextLength)) {
    fail.Fail(
        "text", "TEXT_TOO_LONG",
        absl::StrCat("the printed text is ", proto.text().size(),
                     " characters long; the limit is ", kMaxFigureTextLength));
    return false;
  }
  if (HasNonAsciiDigits(proto.text())) {
    fail.Fail("text", "NON_ASCII_DIGITS",
              absl::StrCat(fail.Unreadable(), ": write its digits as 0-9"));
    return false;
  }
  return true;
}

// The whole printed text as one number phrase, its qualifier and scale
// merged with the fields' (which must agree with the text where both say).
std::optional<NumberPhrase> ReadPrintedPhrase(const v1::Figure& proto,
                                              const FigureErrors& fail) {
  const std::string& text = proto.text();
  NumberPhraseError error;
  NumberPhraseOptions whole;
  whole.whole_text = true;
  std::optional<NumberPhrase> phrase = ReadNumberPhrase(text, 0, &error, whole);
  if (!phrase) {
    return fail.Fail("text", error.reason,
                     error.detail.empty()
                         ? fail.Unreadable()
                         : absl::StrCat(fail.Quoted(), " ", error.detail));
  }
  // An ordinal given as a figure's text reads as its number, as precise as
  // the whole number ("seventh" as a count is 7): the request's author has
  // decided that this rank counts something ("the seventh straight win" is
  // seven games). Text in leaves ordinals out, as ranks.
  if (proto.qualifier() != v1::QUALIFIER_UNSPECIFIED) {
    // A range takes no one-sided qualifier ("about 20 to 30" is the only
    // one); its bounds are in its text.
    if (phrase->range == NumberRange::kBounds ||
        ((phrase->range == NumberRange::kSpan ||
          phrase->range == NumberRange::kRatio) &&
         proto.qualifier() != v1::QUALIFIER_ABOUT)) {
      return fail.Fail("qualifier", "CONFLICTING_QUALIFIER",
                       absl::StrCat("the text prints a range, which the "
                                    "qualifier field cannot qualify as ",
                                    QualifierName(proto.qualifier())));
    }
    if (phrase->qualifier != v1::QUALIFIER_UNSPECIFIED &&
        phrase->qualifier != proto.qualifier()) {
      return fail.Fail(
          "qualifier", "CONFLICTING_QUALIFIER",
          absl::StrCat("the text says ", QualifierName(phrase->qualifier),
                       " but the qualifier field says ",
                       QualifierName(proto.qualifier())));
    }
    phrase->qualifier = proto.qualifier();
    if (phrase->range == NumberRange::kSpan ||
        phrase->range == NumberRange::kRatio) {
      phrase->high.qualifier = proto.qualifier();
    }
  }
  if (proto.scale() != v1::SCALE_UNSPECIFIED) {
    if (phrase->scale != v1::SCALE_UNSPECIFIED &&
        phrase->scale != proto.scale()) {
      return fail.Fail(
          "scale", "CONFLICTING_SCALE",
          absl::StrCat("the text says ", v1::Scale_Name(phrase->scale),
                       " but the scale field says ",
                       v1::Scale_Name(proto.scale())));
    }
    if (phrase->range == NumberRange::kRatio) {
      return fail.Fail("scale", "CONFLICTING_SCALE",
                       absl::StrCat("the text prints a ratio, which has no "
                                    "scale, but the scale field says ",
                                    v1::Scale_Name(proto.scale())));
    }
    if (phrase->scale == v1::SCALE_UNSPECIFIED) {
      const Rational factor = ScaleFactor(proto.scale());
      phrase->value *= factor;
      phrase->digit_unit *= factor;
      phrase->high.value *= factor;
      phrase->high.digit_unit *= factor;
      phrase->scale = proto.scale();
    }
  }
  size_t rest = SpacesEnd(text, phrase->end);
  // A full stop straight after the digits ends the text: "192." is 192.
  if (rest == phrase->end && rest < text.size() && text[rest] == '.' &&
      rest > 0 && absl::ascii_isdigit(text[rest - 1])) {
    rest = SpacesEnd(text, rest + 1);
  }
  if (rest < text.size()) {
    const absl::string_view left = absl::string_view(text).substr(rest);
    if (absl::StartsWithIgnoreCase(left, "per") &&
        (left.size() == 3 || !absl::ascii_isalpha(left[3]))) {
      // "17.4 per" or "17.4 per -10": a "per" with no N it can read.
      return fail.Fail(
          "text", "BAD_RATE_PER",
          absl::StrCat("\"", absl::StripAsciiWhitespace(left.substr(3)),
                       "\" cannot be read as the N of \"per N\"; give it as "
                       "printed, such as \"100,000\""));
    }
    return fail.Fail(
        "text", "UNPARSABLE_NUMBER",
        absl::StrCat(fail.Unreadable(), ": \"",
                     absl::AsciiStrToLower(absl::StripAsciiWhitespace(left)),
                     "\" is not a qualifier, scale or unit word; put what is "
                     "counted in unit_name"));
  }
  return phrase;
}

// 10^e for the e with 10^e <= |v| < 10^(e + 1); 1 for 0.
Rational FirstSignificantDigit(const Rational& v) {
  const Rational magnitude = abs(v);
  if (magnitude == 0) return Rational(1);
  int e = 0;
  while (magnitude >= Pow10(e + 1) && e < 2 * kMaxExponent) ++e;
  while (magnitude < Pow10(e) && e > -2 * kMaxExponent) --e;
  return Pow10(e);
}

// The figure's unit: the field's, else the text's, else a rate when the
// text prints "per N", currency when it prints a currency sign, else an
// amount. The text's percent agrees with a field of points or a rate.
std::optional<v1::Unit> ResolveUnit(const v1::Figure& proto,
                                    const NumberPhrase& phrase,
                                    const FigureErrors& fail) {
  const v1::Unit text_unit = phrase.unit;
  v1::Unit unit = proto.unit();
  if (text_unit != v1::UNIT_UNSPECIFIED && unit != v1::UNIT_UNSPECIFIED &&
      text_unit != unit &&
      !(text_unit == v1::UNIT_PERCENT &&
        (unit == v1::UNIT_PERCENTAGE_POINTS || unit == v1::UNIT_RATE))) {
    return fail.Fail(
        "unit", "CONFLICTING_UNIT",
        absl::StrCat("the text reads as ", v1::Unit_Name(text_unit),
                     " but the unit field says ", v1::Unit_Name(unit)));
  }
  if (unit == v1::UNIT_UNSPECIFIED) unit = text_unit;
  if (unit == v1::UNIT_UNSPECIFIED && phrase.rate_per_end != 0) {
    unit = v1::UNIT_RATE;
  }
  if (unit == v1::UNIT_UNSPECIFIED) {
    // "75p", "6 cents": money, as a currency sign makes it.
    const MeasureUnit* printed = phrase.measure_symbol.empty()
                                     ? nullptr
                                     : FindMeasureUnit(phrase.measure_symbol);
    const bool money =
        !phrase.currency.empty() ||
        (printed != nullptr && printed->unit == v1::UNIT_CURRENCY);
    unit = money ? v1::UNIT_CURRENCY : v1::UNIT_AMOUNT;
  }
  return unit;
}

// The interval an override states in place of the printed precision.
std::optional<Interval> OverrideInterval(const v1::Figure& proto,
                                         const Rational& value,
                                         const FigureErrors& fail) {
  const auto& o = proto.interval_override();
  if (o.has_bounds()) {
    std::optional<Endpoint> lower, upper;
    if (!o.bounds().lower().empty()) {
      auto v = ParseDecimal(o.bounds().lower());
      if (!v.ok()) {
        return fail.Fail("interval_override.bounds.lower", "BAD_OVERRIDE",
                         std::string(v.status().message()));
      }
      lower = Endpoint{*v, o.bounds().lower_exclusive()};
    }
    if (!o.bounds().upper().empty()) {
      auto v = ParseDecimal(o.bounds().upper());
      if (!v.ok()) {
        return fail.Fail("interval_override.bounds.upper", "BAD_OVERRIDE",
                         std::string(v.status().message()));
      }
      upper = Endpoint{*v, o.bounds().upper_exclusive()};
    }
    return Interval::Of(lower, upper);
  }
  auto t = ParseDecimal(o.tolerance());
  if (!t.ok() || *t < 0) {
    return fail.Fail(
        "interval_override.tolerance", "BAD_OVERRIDE",
        "the tolerance must be a non-negative decimal such as \"0.5\"");
  }
  return Interval::Closed(value - *t, value + *t);
}

// The N of a rate, from the rate_per field or the text; they must agree.
std::optional<Rational> ResolveRatePer(const v1::Figure& proto,
                                       const NumberPhrase& phrase,
                                       const FigureErrors& fail) {
  const bool in_text = phrase.rate_per_end != 0;
  if (proto.rate_per().empty()) return phrase.rate_per;
  const std::optional<Rational> n = ReadRatePer(proto.rate_per());
  if (!n) {
    return fail.Fail("rate_per", "BAD_RATE_PER",
                     absl::StrCat("\"", proto.rate_per(),
                                  "\" cannot be read as the N of \"per N\"; "
                                  "give it as printed, such as \"100,000\""));
  }
  if (in_text && phrase.rate_per != *n) {
    const absl::string_view printed =
        absl::string_view(proto.text())
            .substr(phrase.rate_per_begin,
                    phrase.rate_per_end - phrase.rate_per_begin);
    return fail.Fail("rate_per", "CONFLICTING_RATE_PER",
                     absl::StrCat("the text says per ", printed,
                                  " but rate_per says ", proto.rate_per()));
  }
  return n;
}

// {a / b} for a in `a` and b in `b`, both bounded and b above 0 (the terms
// of a ratio "4:3" as printed).
Interval RatioOf(const Interval& a, const Interval& b) {
  const Endpoint& a_low = *a.lower();
  const Endpoint& a_high = *a.upper();
  const Endpoint& b_low = *b.lower();
  const Endpoint& b_high = *b.upper();
  // The least quotient divides the least first term by the greatest second
  // term when that term is at least 0, else by the least; the greatest
  // mirrors it. A second term that may reach 0 leaves no upper bound.
  const Endpoint& low_by = a_low.value >= 0 ? b_high : b_low;
  const Endpoint& high_by = a_high.value >= 0 ? b_low : b_high;
  std::optional<Endpoint> lower, upper;
  if (low_by.value > 0) {
    lower = Endpoint{a_low.value / low_by.value, a_low.open || low_by.open};
  }
  if (high_by.value > 0) {
    upper = Endpoint{a_high.value / high_by.value, a_high.open || high_by.open};
  }
  return Interval::Of(lower, upper);
}

}  // namespace

bool IsCountUnit(v1::Unit unit) { return unit == v1::UNIT_COUNT; }

Interval PhraseInterval(const NumberPhrase& p, v1::RoundingMode rounding,
                        v1::Unit unit) {
  const Interval first =
      IntervalFor(p.value, p.digit_unit, p.qualifier, rounding, unit);
  if (p.range == NumberRange::kNone) return first;
  const Interval second = IntervalFor(p.high.value, p.high.digit_unit,
                                      p.high.qualifier, rounding, unit);
  if (p.range == NumberRange::kRatio) {
    // Every quotient of a first term within its interval by a second term
    // within its own: both terms are above 0, so the least is the least
    // first term over the greatest second one.
    return RatioOf(IntervalFor(p.value, p.digit_unit, p.qualifier, rounding,
                               v1::UNIT_AMOUNT),
                   IntervalFor(p.high.value, p.high.digit_unit,
                               p.high.qualifier, rounding, v1::UNIT_AMOUNT));
  }
  return p.range == NumberRange::kSpan ? first.Hull(second)
                                       : first.Intersect(second);
}

std::string Figure::Named() const {
  if (proto->label().empty()) return proto->text();
  return absl::StrCat(proto->text(), " (", proto->label(), ")");
}

std::string Figure::Printed() const {
  if (ordinal)
    return absl::StrCat(ExactString(value), " (", proto->text(), ")");
  const std::string lowered = absl::AsciiStrToLower(proto->text());
  // A fraction in words read as a percentage stays as printed: "half", "a
  // third", "two-fifths", not "half percent".
  const bool fraction =
      std::none_of(lowered.begin(), lowered.end(),
                   [](char ch) {
                     return absl::ascii_isdigit(static_cast<unsigned char>(ch));
                   }) &&
      (absl::StrContains(lowered, "half") ||
       absl::StrContains(lowered, "third") ||
       absl::StrContains(lowered, "quarter") || absl::EndsWith(lowered, "th") ||
       absl::EndsWith(lowered, "ths"));
  if (unit == v1::UNIT_PERCENT && printed_unit != v1::UNIT_PERCENT &&
      !absl::StrContains(lowered, "%") && !absl::StrContains(lowered, "per") &&
      !fraction) {
    return absl::StrCat(proto->text(), " percent");
  }
  if (unit == v1::UNIT_PERCENTAGE_POINTS &&
      printed_unit != v1::UNIT_PERCENTAGE_POINTS &&
      !absl::StrContains(lowered, "p")) {
    return absl::StrCat(proto->text(), " points");
  }
  // A unit given apart from a text that ends in its number: "75 pence".
  if (!proto->unit_symbol().empty() && !lowered.empty() &&
      absl::ascii_isdigit(static_cast<unsigned char>(lowered.back()))) {
    if (const MeasureUnit* u = FindMeasureUnit(proto->unit_symbol()))
      return absl::StrCat(proto->text(), " ", u->name);
  }
  return proto->text();
}

std::string Figure::Quantity() const {
  std::string printed = Printed();
  // A unit symbol's name may already be there ("26.1 square kilometres").
  if (proto->unit_name().empty() ||
      absl::EndsWith(printed, absl::StrCat(" ", proto->unit_name())))
    return printed;
  return absl::StrCat(printed, " ", proto->unit_name());
}

int Figure::Decimals() const {
  int decimals = 0;
  while (decimals < kMaxSignificantDigits &&
         Rational(digit_unit * Pow10(decimals)).get_den() != 1) {
    ++decimals;
  }
  return decimals;
}

void Figure::Ref(v1::FigureRef* ref) const {
  // A converted copy is shown as printed, in its own unit.
  if (source != nullptr) return source->Ref(ref);
  ref->set_id(proto->id());
  ref->set_text(proto->text());
  ref->set_label(proto->label());
  if (proto->has_span()) *ref->mutable_span() = proto->span();
  *ref->mutable_interval() = ToRange(interval);
}

Interval IntervalFor(const Rational& value, const Rational& digit_unit,
                     v1::Qualifier qualifier, v1::RoundingMode rounding,
                     v1::Unit unit) {
  // The unit of the last non-zero digit: "500" -> 100, "2.50" -> 0.1. Only
  // the qualifiers that widen to it need it.
  auto nonzero = [&] {
    Rational nonzero_unit = digit_unit;
    Rational units = value / digit_unit;
    if (units != 0 && units.is_integer()) {
      Integer n = abs(units.get_num());
      while (fmpz_divisible_si(n.get(), 10)) {
        fmpz_divexact_ui(n.get(), n.get(), 10);
        nonzero_unit *= 10;
      }
    }
    return nonzero_unit;
  };
  Rational nonzero_unit, close_unit;
  if (qualifier == v1::QUALIFIER_ABOUT || qualifier == v1::QUALIFIER_NEARLY ||
      qualifier == v1::QUALIFIER_JUST_OVER ||
      qualifier == v1::QUALIFIER_JUST_UNDER) {
    nonzero_unit = nonzero();
    // Close to a one and zeros ("nearly 100", "just over 1,000", "almost 10
    // percent"), the step is a tenth of it: a whole unit of its one digit
    // would reach 0 or double it, and "almost 100 times" is not 2 times.
    close_unit =
        abs(value) == nonzero_unit ? Rational(nonzero_unit / 10) : nonzero_unit;
  }
  Interval interval;
  switch (qualifier) {
    case v1::QUALIFIER_ABOUT:
      interval =
          Interval::Closed(value - nonzero_unit / 2, value + nonzero_unit / 2);
      break;
    case v1::QUALIFIER_NEARLY:
      interval = Interval::Closed(value - close_unit, value);
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
    case v1::QUALIFIER_JUST_OVER:
      interval = Interval::Of(Endpoint{value, true},
                              Endpoint{value + close_unit, false});
      break;
    case v1::QUALIFIER_JUST_UNDER:
      interval = Interval::Of(Endpoint{value - close_unit, false},
                              Endpoint{value, true});
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
        default: {
          // A count of at least 0 printed to the unit ("498" people): the
          // count itself, which is what the whole numbers of [497.5, 498.5]
          // come to, made without the halves.
          if (IsCountUnit(unit) && digit_unit == 1 && value.is_integer() &&
              value >= 0) {
            return Interval::Point(value).Counts();
          }
          const Rational half = digit_unit / 2;
          interval = Interval::Closed(value - half, value + half);
        }
      }
  }
  if (IsCountUnit(unit)) interval = interval.Counts();
  return interval;
}

namespace {

// ReadFigure into `out`, a default Figure; false (with the error recorded)
// when the figure cannot be read.
bool ReadFigureInto(const v1::Figure& proto, const FigureErrors& fail,
                    Figure* out) {
  if (!CheckPrintedText(proto, fail)) return false;
  std::optional<NumberPhrase> phrase = ReadPrintedPhrase(proto, fail);
  if (!phrase) return false;
  const std::optional<v1::Unit> unit = ResolveUnit(proto, *phrase, fail);
  if (!unit) return false;
  // "two-thirds" of a whole, read as a percentage: 66.67 percent.
  if (phrase->form == NumberForm::kFraction &&
      phrase->unit == v1::UNIT_UNSPECIFIED &&
      (*unit == v1::UNIT_PERCENT || *unit == v1::UNIT_PERCENTAGE_POINTS)) {
    phrase->value *= 100;
    phrase->digit_unit *= 100;
    phrase->high.value *= 100;
    phrase->high.digit_unit *= 100;
  }

  // With about, nearly or just, a fraction or multiple in words is as precise
  // as its first significant digit: "nearly a quarter" is 15 to 25 percent.
  if ((phrase->form == NumberForm::kFraction ||
       phrase->form == NumberForm::kMultiple) &&
      (phrase->qualifier == v1::QUALIFIER_ABOUT ||
       phrase->qualifier == v1::QUALIFIER_NEARLY ||
       phrase->qualifier == v1::QUALIFIER_JUST_OVER ||
       phrase->qualifier == v1::QUALIFIER_JUST_UNDER)) {
    phrase->digit_unit = FirstSignificantDigit(phrase->value);
    phrase->high.digit_unit = FirstSignificantDigit(phrase->high.value);
  }

  Figure& figure = *out;
  figure.proto = &proto;
  figure.unit = *unit;
  figure.printed_unit = phrase->unit;
  // The unit of measure the text prints; MeasureOf (units.h) weighs it
  // against unit_symbol.
  if (!phrase->measure_symbol.empty()) {
    const MeasureUnit* printed = FindMeasureUnit(phrase->measure_symbol);
    if (printed != nullptr) {
      figure.measure = Measure{printed->dimension, printed->Scale(),
                               std::string(printed->name)};
    }
  }
  figure.range = phrase->range != NumberRange::kNone;
  figure.ordinal = phrase->form == NumberForm::kOrdinal;
  if (phrase->range == NumberRange::kRatio) {
    figure.value = phrase->value / phrase->high.value;
    figure.digit_unit = std::min(phrase->digit_unit, phrase->high.digit_unit);
  } else if (figure.range) {
    figure.value = (phrase->value + phrase->high.value) / 2;
    figure.digit_unit = std::min(phrase->digit_unit, phrase->high.digit_unit);
  } else {
    figure.value = phrase->value;
    figure.digit_unit = phrase->digit_unit;
  }
  if (!InRange(figure.value, figure.digit_unit) ||
      (figure.range && !InRange(phrase->high.value, phrase->high.digit_unit))) {
    fail.Fail(
        "text", "EXPONENT_OUT_OF_RANGE",
        absl::StrCat(fail.Quoted(), " is beyond the engine's range: ",
                     "its value must be below 10^", kMaxExponent,
                     " and its last digit no finer than 10^-", kMaxExponent));
    return false;
  }
  if (IsCountUnit(figure.unit) && phrase->value < 0) {
    fail.Fail("text", "NEGATIVE_COUNT",
              absl::StrCat(fail.Quoted(),
                           " is a count, and a count cannot be "
                           "negative"));
    return false;
  }
  if (proto.has_interval_override() &&
      proto.interval_override().replacement_case() !=
          v1::IntervalOverride::REPLACEMENT_NOT_SET) {
    std::optional<Interval> stated =
        OverrideInterval(proto, figure.value, fail);
    if (!stated) return false;
    figure.interval =
        IsCountUnit(figure.unit)
            ? stated->Intersect(Interval::AtLeast(0)).WholeNumbers()
            : *std::move(stated);
  } else {
    figure.interval = PhraseInterval(*phrase, proto.rounding(), figure.unit);
  }
  std::optional<Rational> rate_per = ResolveRatePer(proto, *phrase, fail);
  if (!rate_per) return false;
  figure.rate_per = *std::move(rate_per);
  if (figure.interval.empty()) {
    fail.Fail("", "EMPTY_INTERVAL",
              absl::StrCat("no true value fits ", fail.Quoted(),
                           IsCountUnit(figure.unit)
                               ? ": a count must allow a whole number"
                               : ""));
    return false;
  }
  return true;
}

}  // namespace

// The figure is read in place in the optional returned, which the caller
// receives without a move (a figure is some ten exact numbers; moving and
// destroying one is a hundred instructions and more).
std::optional<Figure> ReadFigure(const v1::Figure& proto,
                                 const std::string& path,
                                 RequestErrors* errors) {
  std::optional<Figure> figure(std::in_place);
  if (!ReadFigureInto(proto, FigureErrors(proto, path, errors), &*figure))
    figure.reset();
  return figure;
}

bool ReadFigure(const v1::Figure& proto, const std::string& path,
                RequestErrors* errors, Figure* out) {
  return ReadFigureInto(proto, FigureErrors(proto, path, errors), out);
}

}  // namespace claimcheck
