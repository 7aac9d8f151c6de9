#include "engine/reading/correction.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Formats `digits` (no separators) with `decimals` decimals, grouping the
// whole part in threes when the original did.
std::string Format(const std::string& digits, int decimals, bool grouped) {
  std::string whole = digits.substr(0, digits.size() - decimals);
  std::string fraction = digits.substr(digits.size() - decimals);
  if (whole.empty()) whole = "0";
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (grouped && i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  if (decimals > 0) absl::StrAppend(&out, ".", fraction);
  return out;
}

bool LeadingZero(const std::string& digits, int decimals) {
  return digits.size() - decimals > 1 && digits[0] == '0';
}

// The run of digits in a figure's text, with its separators and point.
struct DigitRun {
  size_t begin = 0, end = 0;  // [begin, end) in the text
  std::string digits;         // without separators or point
  int decimals = 0;
  bool grouped = false;
};

std::optional<DigitRun> FindDigits(const std::string& text) {
  DigitRun r;
  r.begin = text.find_first_of("0123456789");
  if (r.begin == std::string::npos) return std::nullopt;
  if (r.begin > 0 && text[r.begin - 1] == '.') --r.begin;
  r.end = r.begin;
  while (r.end < text.size() &&
         (absl::ascii_isdigit(static_cast<unsigned char>(text[r.end])) ||
          text[r.end] == ',' || text[r.end] == '.')) {
    ++r.end;
  }
  while (r.end > r.begin &&
         !absl::ascii_isdigit(static_cast<unsigned char>(text[r.end - 1]))) {
    --r.end;
  }
  bool point = false;
  for (char c : text.substr(r.begin, r.end - r.begin)) {
    if (c == ',')
      r.grouped = true;
    else if (c == '.')
      point = true;
    else {
      r.digits.push_back(c);
      if (point) ++r.decimals;
    }
  }
  return r;
}

struct ScaleStep {
  const char* word;
  int exponent;
};
// Scale words a slip may swap for their neighbours.
constexpr ScaleStep kScaleSteps[] = {
    {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};

// Slips of the scale word: "million" printed for "billion", and so on.
void AddScaleSlips(const Figure& figure, std::vector<Slip>* slips) {
  const std::string& text = figure.text();
  const std::string lowered = absl::AsciiStrToLower(text);
  for (size_t i = 0; i < std::size(kScaleSteps); ++i) {
    const size_t at = lowered.find(kScaleSteps[i].word);
    if (at == std::string::npos) continue;
    for (size_t j : {i + 1, i - 1}) {
      if (j >= std::size(kScaleSteps)) continue;
      const Rational factor =
          Pow10(kScaleSteps[j].exponent - kScaleSteps[i].exponent);
      Slip slip;
      slip.text =
          absl::StrCat(text.substr(0, at), kScaleSteps[j].word,
                       text.substr(at + std::strlen(kScaleSteps[i].word)));
      slip.value = figure.value * factor;
      slip.interval = IntervalOfText(figure, slip.text);
      if (slip.interval.empty()) continue;
      slip.cause = v1::CAUSE_POWER_OF_TEN;
      slip.edits = 1;
      slips->push_back(std::move(slip));
    }
    return;
  }
}

}  // namespace

std::string ExplainSlip(const Figure& f, const Slip& slip) {
  absl::string_view how;
  switch (slip.cause) {
    case v1::CAUSE_DIGITS_TRANSPOSED:
      how = "with its digits swapped";
      break;
    case v1::CAUSE_DIGIT_DROPPED:
      how = "with a digit dropped";
      break;
    case v1::CAUSE_DIGIT_DOUBLED:
      how = "with a digit typed twice";
      break;
    default:
      how = "off by a power of ten";
      break;
  }
  return absl::StrCat(f.Named(), " may be ", slip.text, " ", how);
}

Rational OnDigits(const Figure& figure, const Rational& value) {
  return Rational(Floor(value / figure.digit_unit + Rational(1, 2))) *
         figure.digit_unit;
}

Interval IntervalOfText(const Figure& figure, const std::string& text) {
  v1::Figure reprinted = *figure.proto;
  reprinted.set_text(text);
  RequestErrors errors;
  const std::optional<Figure> read = ReadFigure(reprinted, "", &errors);
  if (!read) return Interval::Empty();
  // A figure converted into its claim's unit: so is what it may have been.
  return figure.conversion == 1 ? read->interval
                                : read->interval.Scale(figure.conversion);
}

int Edits(const std::string& a, const std::string& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

std::string TextFor(const Figure& figure, const Rational& value) {
  const std::optional<DigitRun> run = FindDigits(figure.text());
  const Rational units = abs(value) / figure.digit_unit;
  if (!run || !units.is_integer()) {
    return ReadableString(value, std::max(0, figure.Decimals()));
  }
  std::string digits = units.get_num().get_str();
  if (static_cast<int>(digits.size()) <= run->decimals) {
    digits.insert(0, run->decimals + 1 - digits.size(), '0');
  }
  const std::string& text = figure.text();
  std::string prefix = text.substr(0, run->begin);
  // The sign belongs to the value: keep the text's, or add or drop a minus.
  const bool had_minus = !prefix.empty() && prefix.back() == '-';
  if (had_minus && value >= 0) prefix.pop_back();
  if (!had_minus && value < 0) prefix.push_back('-');
  return absl::StrCat(prefix, Format(digits, run->decimals, run->grouped),
                      text.substr(run->end));
}

std::vector<Slip> SlipsOf(const Figure& figure) {
  if (figure.range) return {};
  const std::string& text = figure.text();
  const std::optional<DigitRun> found = FindDigits(text);
  if (!found) return {};
  const size_t begin = found->begin, end = found->end;
  const std::string& digits = found->digits;
  const int decimals = found->decimals;
  const bool grouped = found->grouped;
  // The value of the printed digits' last unit, scaled: maps digits to value.
  const Rational scale = figure.digit_unit;
  const bool negative = figure.value < 0;

  // A count printed without a scale word ("498", not "1.2 million") has no
  // decimals, and none of its slips adds any.
  const bool plain_count =
      IsCountUnit(figure.unit) && scale == Pow10(-decimals);
  std::vector<Slip> slips;
  std::set<std::string> seen = {digits + "/" + std::to_string(decimals)};
  std::set<Rational> values = {figure.value};
  auto add = [&](const std::string& d, int dec, v1::Cause cause) {
    if (d.empty() || dec > static_cast<int>(d.size()) || LeadingZero(d, dec))
      return;
    if (plain_count && dec > decimals) return;
    if (!seen.insert(d + "/" + std::to_string(dec)).second) return;
    // Keep the digit unit's scale; a moved point changes it by powers of ten.
    const Rational unit = scale * Pow10(decimals - dec);
    Rational value = Rational(Integer(d, 10)) * unit;
    if (negative) value = -value;
    // One candidate per value, by the likelier slip: "500" for "50" is off by
    // ten before it is a zero dropped; and no figure was meant to be nothing.
    if (!values.insert(value).second || (value == 0 && figure.value != 0))
      return;
    Slip slip;
    slip.text =
        text.substr(0, begin) + Format(d, dec, grouped) + text.substr(end);
    slip.value = value;
    slip.interval = IntervalOfText(figure, slip.text);
    if (slip.interval.empty()) return;
    slip.cause = cause;
    slip.edits = Edits(text, slip.text);
    slips.push_back(std::move(slip));
  };
  for (size_t i = 0; i + 1 < digits.size(); ++i) {
    if (digits[i] == digits[i + 1]) continue;
    std::string d = digits;
    std::swap(d[i], d[i + 1]);
    add(d, decimals, v1::CAUSE_DIGITS_TRANSPOSED);
  }
  for (int k = 1; k <= 3; ++k) {
    // Times 10^k: zeros appended (or the point moved right).
    if (decimals >= k)
      add(digits, decimals - k, v1::CAUSE_POWER_OF_TEN);
    else
      add(digits + std::string(k - decimals, '0'), 0, v1::CAUSE_POWER_OF_TEN);
    // Divided by 10^k: trailing zeros taken off ("500" for "50"), or else the
    // point moved left.
    const size_t zeros = digits.size() - 1 - digits.find_last_not_of('0');
    if (decimals == 0 && zeros >= static_cast<size_t>(k)) {
      add(digits.substr(0, digits.size() - k), 0, v1::CAUSE_POWER_OF_TEN);
      continue;
    }
    std::string d = digits;
    if (static_cast<int>(d.size()) < decimals + k + 1) {
      d.insert(0, decimals + k + 1 - d.size(), '0');
    }
    add(d, decimals + k, v1::CAUSE_POWER_OF_TEN);
  }
  const int n = static_cast<int>(digits.size());
  const int whole_digits = n - decimals;
  // A digit left out of the printed text (48 for 498): put one back. The
  // decimals printed stay as they are (5.91 is not taken for 5.191).
  for (int i = 0; i <= whole_digits; ++i) {
    for (char c = '0'; c <= '9'; ++c) {
      add(digits.substr(0, i) + c + digits.substr(i), decimals,
          v1::CAUSE_DIGIT_DROPPED);
    }
  }
  // A digit typed twice (4998 for 498): take one of a doubled pair out.
  for (int i = 1; i < n; ++i) {
    if (digits[i] != digits[i - 1]) continue;
    add(digits.substr(0, i) + digits.substr(i + 1),
        decimals - (i >= whole_digits ? 1 : 0), v1::CAUSE_DIGIT_DOUBLED);
  }
  AddScaleSlips(figure, &slips);
  return slips;
}

int SuggestCorrections(
    const std::vector<const Figure*>& figures,
    const std::function<bool(const Figure&, const Interval&)>& holds,
    v1::Discrepancy* d, int max) {
  struct Found {
    const Figure* figure;
    Slip slip;
  };
  std::vector<Found> found;
  for (const Figure* f : figures) {
    if (f == nullptr) continue;
    for (Slip& slip : SlipsOf(*f)) {
      if (holds(*f, slip.interval)) found.push_back({f, std::move(slip)});
    }
  }
  // Most common slip first; within a slip, the claim's own order.
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) {
                     return a.slip.cause < b.slip.cause;
                   });
  bool one_cause = true;
  for (size_t i = 0; i < found.size() && static_cast<int>(i) < max; ++i) {
    const Found& f = found[i];
    one_cause = one_cause && f.slip.cause == found[0].slip.cause;
    v1::Correction* c = d->add_corrections();
    c->set_figure_id(f.figure->id());
    c->set_printed_text(f.figure->text());
    c->set_corrected_text(f.slip.text);
    c->set_cause(f.slip.cause);
    c->set_explanation(ExplainSlip(*f.figure, f.slip));
  }
  if (!found.empty() && one_cause) d->set_cause(found[0].slip.cause);
  return static_cast<int>(found.size());
}

}  // namespace claimcheck
