#include "engine/reading/correction.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/limits.h"
#include "engine/reading/number_phrase.h"

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

// The keys next to a digit on a keyboard's top row (1 to 0) or on a number
// pad (7 8 9 / 4 5 6 / 1 2 3 / 0 under 1 and 2): a finger that lands one key
// off types one of these instead.
const char* NeighbourKeys(char digit) {
  static constexpr const char* kNeighbours[10] = {
      "912",   // 0: row 9; pad 1 2
      "240",   // 1: row 2; pad 4 0
      "1350",  // 2
      "246",   // 3
      "3571",  // 4
      "4682",  // 5
      "5793",  // 6
      "684",   // 7
      "795",   // 8
      "806",   // 9
  };
  return kNeighbours[digit - '0'];
}

// A number's digits without its leading zeros: "0.239" has 3 significant
// digits, "498" 3, "5.00" 3.
int SignificantDigits(const std::string& digits) {
  const size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? 1
                                    : static_cast<int>(digits.size() - first);
}

// Whether a figure's whole part should be grouped in threes: when it was, or
// when it was too short to show (a figure printed "170" gives "1,670", as a
// newsroom prints four digits and more).
bool Grouped(const std::string& digits, int decimals, bool grouped) {
  return grouped || static_cast<int>(digits.size()) - decimals < 4;
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

// What a figure's candidates are read with when their intervals can be
// worked out from their digits alone: the figure as read before any unit
// conversion, and the qualifier its text and fields give it.
struct DigitReading {
  const Figure* base = nullptr;
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
};

// Whether a candidate that changes only `run`'s digits of `figure`'s text
// reads as those digits times their unit, under the figure's own qualifier,
// rounding and unit: true for a figure printed in plain digits ("498",
// "1,234.5", "$4.5 billion", "more than 50 percent") whose reading the
// same sum gives back. Fractions, mixed numbers, ranges, quantities and
// overridden intervals are read from their text instead (IntervalOfText).
// Reading each candidate's text costs about a microsecond; the sum, a
// tenth of that, and the two agree (correction_test.cc holds them to it).
std::optional<DigitReading> ReadsAsDigits(const Figure& figure,
                                          const DigitRun& run) {
  const Figure& base = figure.source != nullptr ? *figure.source : figure;
  if (base.range || base.quantity != nullptr || base.proto != figure.proto ||
      base.conversion != 1 || run.digits.empty() ||
      run.digits.size() > static_cast<size_t>(kMaxSignificantDigits) / 2) {
    return std::nullopt;
  }
  const v1::Figure& proto = *figure.proto;
  if (proto.has_interval_override() &&
      proto.interval_override().replacement_case() !=
          v1::IntervalOverride::REPLACEMENT_NOT_SET) {
    return std::nullopt;
  }
  NumberPhraseOptions whole;
  whole.whole_text = true;
  const std::optional<NumberPhrase> phrase =
      ReadNumberPhrase(proto.text(), 0, nullptr, whole);
  if (!phrase || phrase->form != NumberForm::kDigits ||
      phrase->range != NumberRange::kNone) {
    return std::nullopt;
  }
  DigitReading reading;
  reading.base = &base;
  reading.qualifier = proto.qualifier() != v1::QUALIFIER_UNSPECIFIED
                          ? proto.qualifier()
                          : phrase->qualifier;
  // The figure itself must read as the sum would read it.
  Rational value = Rational(Integer(run.digits, 10)) * base.digit_unit;
  if (base.value < 0) value = -value;
  if (value != base.value) return std::nullopt;
  const Interval interval = IntervalFor(
      value, base.digit_unit, reading.qualifier, proto.rounding(), base.unit);
  const auto same = [](const std::optional<Endpoint>& a,
                       const std::optional<Endpoint>& b) {
    return a.has_value() == b.has_value() &&
           (!a || (a->value == b->value && a->open == b->open));
  };
  if (interval.empty() != base.interval.empty() ||
      interval.whole() != base.interval.whole() ||
      !same(interval.lower(), base.interval.lower()) ||
      !same(interval.upper(), base.interval.upper())) {
    return std::nullopt;
  }
  return reading;
}

// The interval of a candidate printed with digits `digits` and `decimals`
// decimals where the figure prints `run` (see ReadsAsDigits), or nullopt
// when only reading its text can tell.
std::optional<Interval> DigitsInterval(const Figure& figure,
                                       const DigitReading& reading,
                                       const DigitRun& run,
                                       const std::string& digits,
                                       int decimals) {
  const Figure& base = *reading.base;
  const Rational unit = base.digit_unit * Pow10(run.decimals - decimals);
  Rational value = Rational(Integer(digits, 10)) * unit;
  if (base.value < 0) value = -value;
  // Near the engine's limits (limits.h) the reader decides.
  if (NumeratorBits(value) >= 64 || DenominatorBits(unit) >= 64) {
    return std::nullopt;
  }
  const Interval interval = IntervalFor(value, unit, reading.qualifier,
                                        figure.proto->rounding(), base.unit);
  if (interval.empty()) return Interval::Empty();
  return figure.conversion == 1 ? interval : interval.Scale(figure.conversion);
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
    case v1::CAUSE_NEIGHBOURING_KEY:
      how = "with a digit typed as the key next to it";
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

namespace {

// `text` without what is no typed digit of its number: the commas that
// group digits in threes, and a zero that only leads a point ("0.44" is
// printed ".44" as well).
std::string WithoutSeparators(const std::string& text) {
  auto digit = [&](size_t i) {
    return i < text.size() &&
           absl::ascii_isdigit(static_cast<unsigned char>(text[i]));
  };
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool separator =
        text[i] == ',' && i > 0 && digit(i - 1) && digit(i + 1);
    const bool leading_zero = text[i] == '0' && (i == 0 || !digit(i - 1)) &&
                              i + 1 < text.size() && text[i + 1] == '.';
    if (!separator && !leading_zero) out.push_back(text[i]);
  }
  return out;
}

}  // namespace

namespace {

// Edits between `a` and `b` as they are (see Edits).
int RawEdits(absl::string_view a, absl::string_view b) {
  const size_t n = a.size(), m = b.size();
  // Three rows of the table are all the recurrence looks at: row i, i - 1
  // and i - 2 (for a swap), kept in one buffer.
  absl::InlinedVector<int, 96> rows(3 * (m + 1));
  auto d = [&](size_t i, size_t j) -> int& {
    return rows[(i % 3) * (m + 1) + j];
  };
  for (size_t j = 0; j <= m; ++j) d(0, j) = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    d(i, 0) = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      int best = std::min({d(i - 1, j) + 1, d(i, j - 1) + 1,
                           d(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, d(i - 2, j - 2) + 1);
      }
      d(i, j) = best;
    }
  }
  return d(n, m);
}

}  // namespace

int Edits(const std::string& a, const std::string& b) {
  // Without a comma or a point there is no separator nor leading zero to
  // take out (the digits of two candidates, the common case).
  if (a.find_first_of(",.") == std::string::npos &&
      b.find_first_of(",.") == std::string::npos) {
    return RawEdits(a, b);
  }
  return RawEdits(WithoutSeparators(a), WithoutSeparators(b));
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
  return absl::StrCat(prefix,
                      Format(digits, run->decimals,
                             Grouped(run->digits, run->decimals, run->grouped)),
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
  const std::optional<DigitReading> reading = ReadsAsDigits(figure, *found);
  std::vector<Slip> slips;
  slips.reserve(64);
  // Values by the digit unit they are printed to: "12.1" and "12.10" are
  // one value that stand for different intervals, so one may fit where the
  // other does not. A value and its digit unit are the candidate's digits as
  // a number and its decimals; while every candidate's digits fit in 64 bits
  // (the candidates have at most three digits more than the figure, or its
  // decimals and four), those two numbers are the key, else its digits as
  // printed and then its value.
  const bool small =
      std::max(digits.size() + 3, static_cast<size_t>(decimals) + 4) <= 18;
  auto number = [](const std::string& d) {
    uint64_t n = 0;
    for (char c : d) n = n * 10 + static_cast<uint64_t>(c - '0');
    return n;
  };
  absl::flat_hash_set<std::pair<uint64_t, int>> numbers;
  std::set<std::string> seen;
  std::set<std::pair<Rational, Rational>> values;
  if (small) {
    numbers.insert({number(digits), decimals});
  } else {
    seen.insert(digits + "/" + std::to_string(decimals));
  }
  auto add = [&](std::string d, int dec, v1::Cause cause) {
    // A point moved out of a leading zero ("0.382" for "3.82") leaves the
    // zero behind, and so does a whole part's only digit left out ("0.41"
    // for "4.41"): the number is read without it.
    bool stripped = false;
    if (cause == v1::CAUSE_POWER_OF_TEN || cause == v1::CAUSE_DIGIT_DROPPED) {
      while (LeadingZero(d, dec)) {
        d.erase(0, 1);
        stripped = true;
      }
    }
    if (d.empty() || dec > static_cast<int>(d.size()) || LeadingZero(d, dec))
      return;
    if (plain_count && dec > decimals) return;
    const uint64_t n = small ? number(d) : 0;
    if (small ? !numbers.insert({n, dec}).second
              : !seen.insert(d + "/" + std::to_string(dec)).second) {
      return;
    }
    // Keep the digit unit's scale; a moved point changes it by powers of ten.
    const Rational unit = scale * Pow10(decimals - dec);
    Rational value = Rational(small ? Integer(n) : Integer(d, 10)) * unit;
    if (negative) value = -value;
    // One candidate per value and precision, by the likelier slip: "500"
    // for "50" is off by ten before it is a zero dropped; none is the value
    // as printed; and no figure was meant to be nothing.
    if (value == figure.value ||
        (!small && !values.insert({value, unit}).second) ||
        (value == 0 && figure.value != 0))
      return;
    Slip slip;
    // In the figure's own style: grouped as it was, or, when it was too
    // short to show, as a newsroom groups four digits and more.
    slip.text = text.substr(0, begin) +
                Format(d, dec, Grouped(digits, decimals, grouped)) +
                text.substr(end);
    slip.value = value;
    std::optional<Interval> interval;
    if (reading &&
        slip.text.size() <= static_cast<size_t>(kMaxFigureTextLength)) {
      interval = DigitsInterval(figure, *reading, *found, d, dec);
    }
    slip.interval =
        interval ? *std::move(interval) : IntervalOfText(figure, slip.text);
    if (slip.interval.empty()) return;
    slip.cause = cause;
    // A slip of the digits counts on the digits, wherever the point and
    // separators fall ("0.24" for "2.04" is one swap); a moved point or
    // zero, on the text.
    // One swap, one digit put back, taken out or changed is one edit, as
    // the digits come out of the loops below; a zero left behind is more.
    slip.edits = cause == v1::CAUSE_POWER_OF_TEN ? Edits(text, slip.text)
                 : stripped                      ? Edits(digits, d)
                                                 : 1;
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
  // A digit left out of the printed text (48 for 498, 18.7 for 18.17):
  // put one back, in the whole part or among the decimals (a count printed
  // without a scale word gets no decimals).
  for (int i = 0; i <= n; ++i) {
    for (char c = '0'; c <= '9'; ++c) {
      const std::string d = digits.substr(0, i) + c + digits.substr(i);
      if (i <= whole_digits) add(d, decimals, v1::CAUSE_DIGIT_DROPPED);
      if (i >= whole_digits) add(d, decimals + 1, v1::CAUSE_DIGIT_DROPPED);
    }
  }
  // A digit typed twice (4998 for 498): take one of a doubled pair out.
  for (int i = 1; i < n; ++i) {
    if (digits[i] != digits[i - 1]) continue;
    add(digits.substr(0, i) + digits.substr(i + 1),
        decimals - (i >= whole_digits ? 1 : 0), v1::CAUSE_DIGIT_DOUBLED);
  }
  // A digit typed as the key next to it (59 for 50).
  for (int i = 0; i < n; ++i) {
    for (const char* k = NeighbourKeys(digits[i]); *k; ++k) {
      std::string d = digits;
      d[i] = *k;
      add(d, decimals, v1::CAUSE_NEIGHBOURING_KEY);
    }
  }
  AddScaleSlips(figure, &slips);
  return slips;
}

namespace {
thread_local SlipMemo* current_memo = nullptr;
}  // namespace

SlipMemo::SlipMemo() : previous_(current_memo) { current_memo = this; }
SlipMemo::~SlipMemo() { current_memo = previous_; }

SlipMemo* SlipMemo::Current() { return current_memo; }

std::shared_ptr<const std::vector<Slip>> SlipMemo::Of(const Figure& figure) {
  // A quantity's interval may be worked out as the request is checked, and
  // its slips with it: those are never kept.
  const bool quantity =
      figure.quantity != nullptr ||
      (figure.source != nullptr && figure.source->quantity != nullptr);
  if (quantity || figure.proto == nullptr) {
    return std::make_shared<const std::vector<Slip>>(SlipsOf(figure));
  }
  // The proto is compared whole as well as by address: a figure made for a
  // moment may leave its address to another.
  std::string proto = figure.proto->SerializeAsString();
  std::vector<Entry>& entries = entries_[figure.proto];
  for (const Entry& e : entries) {
    if (e.proto == proto && e.value == figure.value &&
        e.digit_unit == figure.digit_unit &&
        e.conversion == figure.conversion && e.unit == figure.unit &&
        e.range == figure.range) {
      return e.slips;
    }
  }
  Entry e{std::move(proto),
          figure.value,
          figure.digit_unit,
          figure.conversion,
          figure.unit,
          figure.range,
          std::make_shared<const std::vector<Slip>>(SlipsOf(figure))};
  entries.push_back(std::move(e));
  return entries.back().slips;
}

std::shared_ptr<const std::vector<Slip>> SlipsFor(const Figure& figure) {
  if (SlipMemo* memo = SlipMemo::Current()) return memo->Of(figure);
  return std::make_shared<const std::vector<Slip>>(SlipsOf(figure));
}

int SlipTier(v1::Cause cause) {
  switch (cause) {
    case v1::CAUSE_DIGIT_DOUBLED:
    case v1::CAUSE_DIGIT_DROPPED:
    case v1::CAUSE_NEIGHBOURING_KEY:
    case v1::CAUSE_POWER_OF_TEN:
      return 1;
    default:
      return 0;
  }
}

Interval AsPreciseAsPrinted(const Figure& figure, const Slip& slip) {
  const std::optional<DigitRun> printed = FindDigits(figure.text());
  const std::optional<DigitRun> slipped = FindDigits(slip.text);
  if (!printed || !slipped) return slip.interval;
  // Coarser means fewer significant digits and a wider rounding: "5.91" for
  // "5.991", not "21" for "221" (as wide) nor "2.39" for "0.239" (as many
  // digits, the point moved).
  const int zeros = std::min(
      SignificantDigits(printed->digits) - SignificantDigits(slipped->digits),
      printed->decimals - slipped->decimals);
  if (zeros <= 0) return slip.interval;
  // The slip's text with as many more decimals, in zeros: read like the
  // figure, qualifier and rounding words included ("more than 50.0").
  const std::string more =
      absl::StrCat(slipped->decimals == 0 ? "." : "", std::string(zeros, '0'));
  return IntervalOfText(figure,
                        absl::StrCat(slip.text.substr(0, slipped->end), more,
                                     slip.text.substr(slipped->end)));
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
    const std::shared_ptr<const std::vector<Slip>> slips = SlipsFor(*f);
    for (const Slip& slip : *slips) {
      if (holds(*f, slip.interval)) found.push_back({f, slip});
    }
  }
  // The stronger kind of evidence first (SlipTier), then the most common
  // slip; within a slip, the claim's own order.
  std::stable_sort(
      found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::make_pair(SlipTier(a.slip.cause), a.slip.cause) <
               std::make_pair(SlipTier(b.slip.cause), b.slip.cause);
      });
  // A cause stands out when every correction of the strongest kind found
  // agrees on it.
  bool one_cause = true;
  for (const Found& f : found) {
    if (SlipTier(f.slip.cause) != SlipTier(found[0].slip.cause)) break;
    one_cause = one_cause && f.slip.cause == found[0].slip.cause;
  }
  for (size_t i = 0; i < found.size() && static_cast<int>(i) < max; ++i) {
    const Found& f = found[i];
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
