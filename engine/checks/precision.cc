#include "engine/checks/precision.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

bool SameInterval(const Interval& a, const Interval& b) {
  auto same = [](const std::optional<Endpoint>& x,
                 const std::optional<Endpoint>& y) {
    if (!x || !y) return !x && !y;
    return x->value == y->value && x->open == y->open;
  };
  return a.empty() == b.empty() && a.whole() == b.whole() &&
         same(a.lower(), b.lower()) && same(a.upper(), b.upper());
}

// True when `text` prints a decimal point before a digit ("2.50", "1.20
// million"): its zeros after the point are printed digits.
bool PrintsDecimals(const std::string& text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '.' &&
        absl::ascii_isdigit(static_cast<unsigned char>(text[i + 1]))) {
      return true;
    }
  }
  return false;
}

bool PrintsDigits(const std::string& text) {
  for (char c : text) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace

std::vector<OtherPrecision> OtherPrecisions(const Figure& shown,
                                            bool given_again) {
  // A converted copy is read as printed, then converted again.
  const Figure& figure = shown.source != nullptr ? *shown.source : shown;
  const Rational& k = shown.source != nullptr ? shown.conversion : Rational(1);
  std::vector<OtherPrecision> out;
  if (figure.quantity != nullptr || figure.range || figure.proto == nullptr ||
      figure.digit_unit <= 0) {
    return out;
  }
  const v1::RoundingMode rounding = figure.proto->rounding();
  if (rounding != v1::ROUNDING_MODE_UNSPECIFIED &&
      rounding != v1::ROUNDING_MODE_NEAREST) {
    return out;
  }
  // Plainly printed: its interval is the nearest rounding of its last digit
  // (no qualifier, no override).
  const Interval nearest =
      IntervalFor(figure.value, figure.digit_unit, v1::QUALIFIER_UNSPECIFIED,
                  v1::ROUNDING_MODE_NEAREST, figure.unit);
  if (!SameInterval(nearest, figure.interval)) return out;
  auto add = [&](const Rational& digit_unit, v1::RoundingMode mode,
                 v1::Cause cause, const std::string& how) {
    const Interval other = IntervalFor(
        figure.value, digit_unit, v1::QUALIFIER_UNSPECIFIED, mode, figure.unit);
    if (other.empty() || SameInterval(other, figure.interval)) return;
    out.push_back(
        {other.Scale(k), digit_unit * k, cause,
         absl::StrCat(figure.Printed(), " ", how, " (", other.Text(), ")")});
  };
  // Trailing zeros of a whole number, not of printed decimals.
  const Rational units = figure.value / figure.digit_unit;
  if (given_again && figure.measure && units != 0 && units.is_integer() &&
      !PrintsDecimals(figure.text())) {
    Rational coarse = figure.digit_unit;
    Integer n = abs(units.get_num());
    while (fmpz_divisible_si(n.get(), 10)) {
      fmpz_divexact_ui(n.get(), n.get(), 10);
      coarse *= 10;
    }
    if (coarse != figure.digit_unit) {
      add(coarse, v1::ROUNDING_MODE_NEAREST, v1::CAUSE_COARSE_ROUNDING,
          "was rounded to its last non-zero digit");
    }
  }
  const bool quotient = figure.unit == v1::UNIT_PERCENT ||
                        figure.unit == v1::UNIT_PERCENTAGE_POINTS ||
                        figure.unit == v1::UNIT_MULTIPLE ||
                        figure.unit == v1::UNIT_RATE;
  if (!quotient || !PrintsDigits(figure.text())) return out;
  add(figure.digit_unit, v1::ROUNDING_MODE_TRUNCATE, v1::CAUSE_TRUNCATION,
      "was truncated instead of rounded");
  return out;
}

}  // namespace claimcheck
