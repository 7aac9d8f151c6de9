#include "engine/reading/correction.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
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

bool LeadingZero(absl::string_view digits, int decimals) {
  return !digits.empty() && digits[0] == '0' && digits.size() - decimals > 1;
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

// What every candidate of one figure is made with.
struct SlipList::Form {
  std::string text;            // the figure's
  std::string prefix, suffix;  // of the text, around its digits
  std::string digits;          // the figure's, without separators or point
  bool grouped = false;        // whether candidates group their whole part
  // For candidates read from their digits (ReadsAsDigits): the qualifier,
  // rounding and unit they are read under, and the figure's conversion.
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  v1::RoundingMode rounding = v1::ROUNDING_MODE_UNSPECIFIED;
  v1::Unit unit = v1::UNIT_UNSPECIFIED;
  Rational conversion = 1;
  // The figure before conversion: its digits' unit and decimals, and sign.
  Rational base_unit;
  int decimals = 0;
  bool base_negative = false;
  // The figure's value and digit unit (scaled), which a candidate's value
  // is worked out with when it is first made, and whose value none has.
  Rational value, scale;
  bool negative = false;
};

// One candidate: made at once when its interval can only be read from its
// text, else when a caller first may need it.
struct SlipList::Pending {
  // The candidate's digits, without separators or point: while they fit in
  // 64 bits, as that number and how many digits (leading zeros included);
  // else as a string.
  uint64_t number = 0;
  int size = 0;
  std::string digits;
  int decimals = 0;
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  bool stripped = false;  // leading zeros taken off (SlipsOf)
  // Its value, scaled as the figure's, when worked out as it was listed
  // (else when it is made: a candidate whose value is the figure's own is
  // none).
  bool valued = false;
  Rational value;
  // Read from its digits (as the figure before conversion): its values lie
  // within [low, high] but for the doubles' rounding.
  bool lazy = false;
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  mutable bool made = false;
  mutable std::optional<Slip> slip;  // once made; none when it reads empty
};

namespace {

// A candidate's number and decimals, as a key.
using Key = std::pair<uint64_t, int>;
struct KeyHash {
  size_t operator()(const Key& k) const {
    const uint64_t h = (k.first ^ (static_cast<uint64_t>(k.second) << 59)) *
                       0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

// The keys of a figure's candidates listed so far: a table of open
// addressing made once per list, at least twice as large as the most
// candidates SpellCandidates spells for the figure, so a probe always ends.
// (A general hash set spent about 40 instructions a candidate on a table
// that never grows.) A key is kept in one word, its decimals times 10^18
// plus its number: a candidate of a figure kept as numbers (Spelled) has at
// most 18 digits and 17 decimals, below 1.8 * 10^19 together.
class KeySet {
 public:
  explicit KeySet(size_t most) {
    size_t size = 64;
    while (size < 2 * most) size <<= 1;
    slots_.reset(new uint64_t[size]);
    // Every byte set: every slot kEmpty.
    std::memset(slots_.get(), 0xFF, size * sizeof(uint64_t));
    mask_ = size - 1;
  }
  // False when the key was there already.
  bool Insert(uint64_t number, int decimals) {
    const uint64_t key =
        static_cast<uint64_t>(decimals) * kDecimalsUnit + number;
    for (size_t i = KeyHash()(Key{number, decimals}) & mask_;;
         i = (i + 1) & mask_) {
      uint64_t& slot = slots_[i];
      if (slot == kEmpty) {
        slot = key;
        return true;
      }
      if (slot == key) return false;
    }
  }

 private:
  static constexpr uint64_t kDecimalsUnit = 1000000000000000000ull;  // 10^18
  // No key: above 17 * 10^18 + (10^18 - 1).
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  std::unique_ptr<uint64_t[]> slots_;
  size_t mask_ = 0;
};

}  // namespace

// A figure whose candidates are all read from their digits and keyed by
// 64-bit numbers: each candidate, in SlipsOf's order, as its number,
// decimals and bounds, and those made.
struct SlipList::Spelled {
  struct Try {
    uint64_t number = 0;  // its digits, leading zeros taken off
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    double margin_size = 0;  // MarginSize(low) + MarginSize(high)
    int decimals = 0;
    int size = 0;  // its digits, leading zeros included
    v1::Cause cause = v1::CAUSE_UNSPECIFIED;
    bool stripped = false;
    mutable int made = -1;  // its place in `made` once made
  };
  std::vector<Try> tries;
  std::vector<Slip> scale_slips;  // made at once, listed last
  // The made candidates' digit units by their decimals, worked out once:
  // scaled as the figure's value, and before conversion.
  struct Units {
    bool known = false;
    Rational scaled, base;
  };
  std::vector<Units> units;
  // Each candidate made (none when it reads empty or as the figure's own
  // value), each where it stays as the list grows (a visit may make more).
  // Most lists make none: an empty vector allocates nothing, where a deque
  // allocated twice for every list.
  std::vector<std::unique_ptr<const std::optional<Slip>>> made;
};

namespace {

// The characters Format(digits, decimals, grouped) prints.
size_t FormattedSize(absl::string_view digits, int decimals, bool grouped) {
  const size_t whole =
      std::max<size_t>(1, digits.size() - static_cast<size_t>(decimals));
  return whole + (grouped ? (whole - 1) / 3 : 0) +
         (decimals > 0 ? static_cast<size_t>(decimals) + 1 : 0);
}

// Whether a double stands for its Rational to within its rounding: finite
// and far from overflow and underflow.
bool Tame(double x) {
  return std::isfinite(x) && std::fabs(x) < 1e200 &&
         (x == 0 || std::fabs(x) > 1e-200);
}

// Whether a candidate's unit and the figure's conversion let Envelope
// bound its values in doubles: the same for every candidate of one unit.
bool TameScale(double unit, double conversion) {
  return Tame(unit) && unit > 0 && Tame(conversion) && conversion != 0;
}

// How a candidate's qualifier widens its values beyond a digit unit each
// side (Envelope): "about", "nearly" and "just" to the unit of its last
// non-zero digit, at most the value's own size; "more than" and "at least"
// open the upper side, "less than" and "at most" the lower.
enum class Widen { kNone, kOwnSize, kUp, kDown };

Widen WidenOf(v1::Qualifier qualifier) {
  switch (qualifier) {
    case v1::QUALIFIER_ABOUT:
    case v1::QUALIFIER_NEARLY:
    case v1::QUALIFIER_JUST_OVER:
    case v1::QUALIFIER_JUST_UNDER:
      return Widen::kOwnSize;
    case v1::QUALIFIER_MORE_THAN:
    case v1::QUALIFIER_AT_LEAST:
      return Widen::kUp;
    case v1::QUALIFIER_LESS_THAN:
    case v1::QUALIFIER_AT_MOST:
      return Widen::kDown;
    default:
      return Widen::kNone;
  }
}

// What Envelope needs of a candidate's unit, the same for every candidate
// of one unit: the unit as a double, whether TameScale(unit, conversion),
// and whether besides every count of at most 18 digits times the unit is
// Tame (a count of at least 1 times the unit is at least the unit, above
// Tame's least; at most 10^18 times it, below its most), so that the
// candidates need not be tested one by one.
struct EnvelopeUnit {
  double unit = 0;
  bool tame = false;
  bool tame_counts = false;
};

EnvelopeUnit EnvelopeUnitOf(double unit, double conversion, bool counts) {
  EnvelopeUnit u;
  u.unit = unit;
  u.tame = TameScale(unit, conversion);
  u.tame_counts = counts && u.tame && 1e18 * unit < 1e200;
  return u;
}

// Where the values of a candidate read from its digits lie (IntervalFor):
// `count` digit units of `u.unit` each (before conversion), negative or
// not, widened by its qualifier (`widen`), times `conversion`. Rounding
// keeps within a digit unit of the value. Counts only narrow it. [*low,
// *high] holds them but for the doubles' rounding; left as it is
// (unbounded) when a double cannot stand for them.
__attribute__((always_inline)) inline void Envelope(
    double count, const EnvelopeUnit& u, bool negative, Widen widen,
    double conversion, double* low_out, double* high_out) {
  const double w = u.unit;
  const double v = count * w * (negative ? -1 : 1);
  if (!u.tame || (!u.tame_counts && !Tame(v))) return;
  // Without a branch on `widen` per candidate: adding 0 leaves v - w and
  // v + w as they are (w is above 0).
  const double own = widen == Widen::kOwnSize ? std::fabs(v) : 0.0;
  double low = v - own - w, high = v + own + w;
  if (widen == Widen::kUp) high = std::numeric_limits<double>::infinity();
  if (widen == Widen::kDown) low = -std::numeric_limits<double>::infinity();
  low *= conversion;
  high *= conversion;
  if (conversion < 0) std::swap(low, high);
  *low_out = low;
  *high_out = high;
}

// The size a bound's end adds to Misses' margin: none when infinite.
inline double MarginSize(double x) {
  return std::isfinite(x) ? std::fabs(x) : 0.0;
}

// Whether a candidate whose values lie within [low, high] (Envelope) is
// certain to miss [may_low, may_high], with a margin a billion times the
// doubles' relative rounding. `size` is MarginSize(low) + MarginSize(high),
// worked out once per candidate; `may_low_size` and `may_high_size` are the
// bound's ends' MarginSize, the same for every candidate a caller tries.
inline bool Misses(double low, double high, double size, double may_low,
                   double may_high, double may_low_size, double may_high_size) {
  const double margin = 1e-9 * (size + may_low_size + may_high_size);
  return high < may_low - margin || low > may_high + margin;
}

inline bool Misses(double low, double high, double may_low, double may_high,
                   double may_low_size, double may_high_size) {
  return Misses(low, high, MarginSize(low) + MarginSize(high), may_low,
                may_high, may_low_size, may_high_size);
}

// The number `digits` spell (at most 19 of them).
uint64_t Number(absl::string_view digits) {
  uint64_t n = 0;
  for (char c : digits) n = n * 10 + static_cast<uint64_t>(c - '0');
  return n;
}

// A candidate as SpellCandidates spells it, read: a point moved out of a
// leading zero ("0.382" for "3.82") leaves the zero behind, and so does a
// whole part's only digit left out ("0.41" for "4.41"): the number is read
// without it (*stripped). False when what is left is no number.
inline bool Trim(absl::string_view* d, int dec, v1::Cause cause,
                 bool* stripped) {
  if (cause == v1::CAUSE_POWER_OF_TEN || cause == v1::CAUSE_DIGIT_DROPPED) {
    while (LeadingZero(*d, dec)) {
      d->remove_prefix(1);
      *stripped = true;
    }
  }
  return !d->empty() && dec <= static_cast<int>(d->size()) &&
         !LeadingZero(*d, dec);
}

// Calls attempt(digits, decimals, cause, number) with every candidate of a
// figure printed with `digits` (without separators or point) and
// `decimals`, in SlipsOf's order, most common slip first: adjacent digits
// swapped, off by a power of ten, a digit dropped, doubled, or typed as its
// neighbour. The same number may come more than once, with leading zeros,
// or with more decimals than digits: `attempt` decides what is a slip. The
// candidates are spelled out in one buffer. `number` is Number(digits) when
// the candidate has at most 18 digits (meaningless beyond): a digit put
// back is added to the number of the others, not read again.
template <typename Attempt>
void SpellCandidates(const std::string& digits, int decimals,
                     Attempt&& attempt) {
  const int n = static_cast<int>(digits.size());
  const uint64_t number = Number(digits);
  std::string d;
  for (size_t i = 0; i + 1 < digits.size(); ++i) {
    if (digits[i] == digits[i + 1]) continue;
    d = digits;
    std::swap(d[i], d[i + 1]);
    attempt(d, decimals, v1::CAUSE_DIGITS_TRANSPOSED, Number(d));
  }
  for (int k = 1; k <= 3; ++k) {
    // Times 10^k: zeros appended (or the point moved right).
    if (decimals >= k) {
      attempt(digits, decimals - k, v1::CAUSE_POWER_OF_TEN, number);
    } else {
      d = digits + std::string(k - decimals, '0');
      attempt(d, 0, v1::CAUSE_POWER_OF_TEN, Number(d));
    }
    // Divided by 10^k: trailing zeros taken off ("500" for "50"), or else the
    // point moved left.
    const size_t zeros = digits.size() - 1 - digits.find_last_not_of('0');
    if (decimals == 0 && zeros >= static_cast<size_t>(k)) {
      d = digits.substr(0, digits.size() - k);
      attempt(d, 0, v1::CAUSE_POWER_OF_TEN, Number(d));
      continue;
    }
    d = digits;
    if (static_cast<int>(d.size()) < decimals + k + 1) {
      d.insert(0, decimals + k + 1 - d.size(), '0');
    }
    attempt(d, decimals + k, v1::CAUSE_POWER_OF_TEN, number);
  }
  const int whole_digits = n - decimals;
  // A digit left out of the printed text (48 for 498, 18.7 for 18.17):
  // put one back, in the whole part or among the decimals (a count printed
  // without a scale word gets no decimals). The digits are spelled once per
  // place, each of the ten written over the one put back.
  uint64_t place = 1;  // 10^(n - i), of the digit put back at i
  for (int i = 0; i < n; ++i) place *= 10;
  for (int i = 0; i <= n; ++i, place /= 10) {
    d = digits;
    d.insert(d.begin() + i, '0');
    uint64_t put = Number(d);  // with a 0 put back, then 1, ...
    for (char c = '0'; c <= '9'; ++c, put += place) {
      d[i] = c;
      if (i <= whole_digits) attempt(d, decimals, v1::CAUSE_DIGIT_DROPPED, put);
      if (i >= whole_digits)
        attempt(d, decimals + 1, v1::CAUSE_DIGIT_DROPPED, put);
    }
  }
  // A digit typed twice (4998 for 498): take one of a doubled pair out.
  for (int i = 1; i < n; ++i) {
    if (digits[i] != digits[i - 1]) continue;
    d = digits.substr(0, i) + digits.substr(i + 1);
    attempt(d, decimals - (i >= whole_digits ? 1 : 0), v1::CAUSE_DIGIT_DOUBLED,
            Number(d));
  }
  // A digit typed as the key next to it (59 for 50).
  d = digits;
  place = 1;  // 10^(n - 1 - i), of the digit at i
  for (int i = 1; i < n; ++i) place *= 10;
  for (int i = 0; i < n; ++i, place /= 10) {
    const uint64_t others =
        number - static_cast<uint64_t>(digits[i] - '0') * place;
    for (const char* k = NeighbourKeys(digits[i]); *k; ++k) {
      d[i] = *k;
      attempt(d, decimals, v1::CAUSE_NEIGHBOURING_KEY,
              others + static_cast<uint64_t>(*k - '0') * place);
    }
    d[i] = digits[i];
  }
}

}  // namespace

SlipList::~SlipList() = default;

SlipList::SlipList(const Figure& figure) {
  auto form = std::make_unique<Form>();
  if (figure.range) {
    form_ = std::move(form);
    return;
  }
  const std::string& text = figure.text();
  const std::optional<DigitRun> found = FindDigits(text);
  if (!found) {
    form_ = std::move(form);
    return;
  }
  const size_t begin = found->begin, end = found->end;
  const std::string& digits = found->digits;
  const int decimals = found->decimals;
  form->text = text;
  form->prefix = text.substr(0, begin);
  form->suffix = text.substr(end);
  form->digits = digits;
  form->grouped = Grouped(digits, decimals, found->grouped);
  // The value of the printed digits' last unit, scaled: maps digits to value.
  const Rational scale = figure.digit_unit;
  const bool negative = figure.value < 0;
  const bool figure_zero = figure.value == 0;

  // A count printed without a scale word ("498", not "1.2 million") has no
  // decimals, and none of its slips adds any.
  const bool plain_count =
      IsCountUnit(figure.unit) && scale == Pow10(-decimals);
  const std::optional<DigitReading> reading = ReadsAsDigits(figure, *found);
  const Figure* base = reading ? reading->base : nullptr;
  const bool base_is_figure = base == &figure;
  if (reading) {
    form->qualifier = reading->qualifier;
    form->rounding = figure.proto->rounding();
    form->unit = base->unit;
    form->conversion = figure.conversion;
    form->base_unit = base->digit_unit;
    form->base_negative = base->value < 0;
  }
  form->decimals = decimals;
  form->value = figure.value;
  form->scale = scale;
  form->negative = negative;
  form_ = std::move(form);
  const Form& f = *form_;
  const double conversion = figure.conversion.get_d();
  // The digit units of the candidates by their decimals, worked out once:
  // the figure's scaled (`scale`) and before conversion (`base`), the
  // latter as a double, and its numerator's and denominator's bits.
  struct Units {
    bool known = false;
    Rational scaled, base;
    double base_d = 0;
    long base_num_bits = 0, base_den_bits = 0;
  };
  absl::InlinedVector<Units, 12> units_by_decimals;
  auto units_for = [&](int dec) -> const Units& {
    const size_t k = static_cast<size_t>(dec);
    if (k >= units_by_decimals.size()) units_by_decimals.resize(k + 1);
    Units& u = units_by_decimals[k];
    if (!u.known) {
      u.known = true;
      const Rational shift = Pow10(decimals - dec);
      u.scaled = scale * shift;
      if (reading) {
        u.base = base_is_figure ? u.scaled : base->digit_unit * shift;
        u.base_d = u.base.get_d();
        u.base_num_bits = NumeratorBits(u.base);
        u.base_den_bits = DenominatorBits(u.base);
      }
    }
    return u;
  };
  const int n = static_cast<int>(digits.size());
  // Values by the digit unit they are printed to: "12.1" and "12.10" are
  // one value that stand for different intervals, so one may fit where the
  // other does not. A value and its digit unit are the candidate's digits as
  // a number and its decimals; while every candidate's digits fit in 64 bits
  // (the candidates have at most three digits more than the figure, or its
  // decimals and four), those two numbers are the key, else its digits as
  // printed and then its value. While they are the key, a candidate is
  // listed as its number and worked out no further than the bounds that
  // ForEach compares (its value, interval, text and edits when it is made):
  // most of a figure's candidates are never made.
  const bool small =
      std::max(digits.size() + 3, static_cast<size_t>(decimals) + 4) <= 18;
  // When every candidate is read from its digits (the figure is printed in
  // plain digits, short enough that each candidate's number and value fit
  // in 64 bits and its text within the engine's limits), each is kept as
  // its number, decimals and bounds alone (Spelled), and ForEach makes only
  // those within reach of the caller's bound.
  if (reading && small) {
    const size_t longest =
        std::max(digits.size() + 3, static_cast<size_t>(decimals) + 4);
    uint64_t largest = 0;
    for (size_t i = 0; i < longest; ++i) largest = largest * 10 + 9;
    const long count_bits = 64 - __builtin_clzll(largest);
    bool spelled = f.prefix.size() + f.suffix.size() + longest +
                       (longest - 1) / 3 + static_cast<size_t>(decimals) + 4 <=
                   static_cast<size_t>(kMaxFigureTextLength);
    // The candidates' decimals: the figure's, three fewer or more at most,
    // none more for a plain count.
    const int fewest = std::max(0, decimals - 3);
    const int most = plain_count ? decimals : decimals + 3;
    absl::InlinedVector<double, 8> units(most + 1);
    for (int dec = fewest; spelled && dec <= most; ++dec) {
      const Units& u = units_for(dec);
      spelled = u.base_den_bits < 64 && count_bits + u.base_num_bits <= 63;
      units[dec] = u.base_d;
    }
    // Every candidate's count has at most 18 digits (`small`).
    absl::InlinedVector<EnvelopeUnit, 8> envelope_units(most + 1);
    for (int dec = 0; spelled && dec <= most; ++dec) {
      envelope_units[dec] =
          EnvelopeUnitOf(units[dec], conversion, /*counts=*/true);
    }
    const Widen widen = WidenOf(f.qualifier);
    if (spelled) {
      spelled_ = std::make_unique<Spelled>();
      std::vector<Spelled::Try>& tries = spelled_->tries;
      tries.reserve(26 * (n + 1));
      // Swaps, powers of ten, a digit put back at each place as each of ten
      // (twice at the point), doubled and neighbouring keys: fewer than
      // 16 for each digit and 32 besides.
      KeySet numbers(16 * (n + 2));
      numbers.Insert(Number(digits), decimals);
      // Called some forty times a figure: kept inline, where most of its
      // tests fold away for the slip and decimals each call site spells.
      SpellCandidates(
          digits, decimals,
          [&](absl::string_view d, int dec, v1::Cause cause,
              uint64_t number) __attribute__((always_inline)) {
            if (plain_count && dec > decimals) return;
            bool stripped = false;
            // Leading zeros taken off leave its number as it is.
            if (!Trim(&d, dec, cause, &stripped)) return;
            // One of each number and decimals, neither the figure's own nor,
            // for a figure that is not, 0.
            if (!numbers.Insert(number, dec) || (number == 0 && !figure_zero))
              return;
            Spelled::Try t;
            t.number = number;
            t.decimals = dec;
            t.size = static_cast<int>(d.size());
            t.cause = cause;
            t.stripped = stripped;
            Envelope(static_cast<double>(number), envelope_units[dec],
                     f.base_negative, widen, conversion, &t.low, &t.high);
            t.margin_size = MarginSize(t.low) + MarginSize(t.high);
            tries.push_back(t);
          });
      AddScaleSlips(figure, &spelled_->scale_slips);
      return;
    }
  }
  // Candidates tried: a digit put back anywhere, as any of ten, in the whole
  // part or among the decimals, dominates.
  pending_.reserve(16 * (n + 2));
  absl::flat_hash_set<Key, KeyHash> numbers;
  if (small) numbers.reserve(24 * (n + 2));
  std::set<std::string> seen;
  std::set<std::pair<Rational, Rational>> values;
  if (small) {
    numbers.insert({Number(digits), decimals});
  } else {
    seen.insert(digits + "/" + std::to_string(decimals));
  }
  auto add = [&](absl::string_view d, int dec, v1::Cause cause,
                 uint64_t number) {
    bool stripped = false;
    if (!Trim(&d, dec, cause, &stripped)) return;
    if (plain_count && dec > decimals) return;
    const uint64_t n = small ? number : 0;
    if (small ? !numbers.insert({n, dec}).second
              : !seen.insert(absl::StrCat(d, "/", dec)).second) {
      return;
    }
    // No figure was meant to be nothing.
    if (small && n == 0 && !figure_zero) return;
    // Keep the digit unit's scale; a moved point changes it by powers of ten.
    const Units& u = units_for(dec);
    Pending& p = pending_.emplace_back();
    p.decimals = dec;
    p.cause = cause;
    p.stripped = stripped;
    if (small) {
      p.number = n;
      p.size = static_cast<int>(d.size());
    } else {
      p.digits.assign(d.data(), d.size());
    }
    // The candidate's value, exactly.
    auto value_of = [&](const Rational& unit, bool minus) {
      const Integer count = small ? Integer(n) : Integer(std::string(d), 10);
      Rational value = Rational(count) * unit;
      if (minus) value = -value;
      return value;
    };
    if (!small) {
      p.value = value_of(u.scaled, negative);
      p.valued = true;
      // One candidate per value and precision, by the likelier slip: "500"
      // for "50" is off by ten before it is a zero dropped; none is the
      // value as printed; and no figure was meant to be nothing.
      if (p.value == figure.value ||
          !values.insert({p.value, u.scaled}).second ||
          (p.value == 0 && figure.value != 0)) {
        pending_.pop_back();
        return;
      }
    }
    // In the figure's own style: grouped as it was, or, when it was too
    // short to show, as a newsroom groups four digits and more.
    const size_t size =
        f.prefix.size() + FormattedSize(d, dec, f.grouped) + f.suffix.size();
    if (reading && size <= static_cast<size_t>(kMaxFigureTextLength)) {
      // Read from its digits (IntervalFor), unless near the engine's
      // limits (limits.h), where the reader decides. The value before
      // conversion is its count times the unit: within 64 bits when the
      // two together have fewer, else as worked out.
      const bool base_negative = base->value < 0;
      const bool short_value =
          small && u.base_den_bits < 64 &&
          (n == 0 || (64 - __builtin_clzll(n)) + u.base_num_bits <= 63);
      if (short_value ||
          (u.base_den_bits < 64 &&
           NumeratorBits(base_is_figure && p.valued
                             ? p.value
                             : value_of(u.base, base_negative)) < 64)) {
        p.lazy = true;
        Envelope(small ? static_cast<double>(n)
                       : std::strtod(std::string(d).c_str(), nullptr),
                 EnvelopeUnitOf(u.base_d, conversion, /*counts=*/false),
                 base_negative, WidenOf(f.qualifier), conversion, &p.low,
                 &p.high);
      }
    }
    if (!p.lazy) {
      // Only its text can tell its interval: read now.
      if (!p.valued) {
        p.value = value_of(u.scaled, negative);
        p.valued = true;
        if (p.value == figure.value) {
          pending_.pop_back();
          return;
        }
      }
      p.made = true;
      p.slip = Make(p, &figure);
      if (!p.slip) pending_.pop_back();
    }
  };
  SpellCandidates(digits, decimals, add);
  std::vector<Slip> scale_slips;
  AddScaleSlips(figure, &scale_slips);
  for (Slip& slip : scale_slips) {
    Pending p;
    p.made = true;
    p.slip = std::move(slip);
    pending_.push_back(std::move(p));
  }
}

std::optional<Slip> SlipList::Make(const Pending& p,
                                   const Figure* figure) const {
  const Form& form = *form_;
  std::string digits = p.digits;
  if (digits.empty()) {
    digits = std::to_string(p.number);
    if (static_cast<int>(digits.size()) < p.size)
      digits.insert(0, p.size - digits.size(), '0');
  }
  // Its count of digit units, and their unit scaled and before conversion
  // (kept by decimals for a figure whose candidates are kept as numbers).
  const Integer count =
      p.digits.empty() ? Integer(p.number) : Integer(digits, 10);
  auto unit = [&](bool scaled) {
    if (!spelled_) {
      return (scaled ? form.scale : form.base_unit) *
             Pow10(form.decimals - p.decimals);
    }
    std::vector<Spelled::Units>& units = spelled_->units;
    if (units.size() <= static_cast<size_t>(p.decimals))
      units.resize(p.decimals + 1);
    Spelled::Units& u = units[p.decimals];
    if (!u.known) {
      u.known = true;
      u.scaled = form.scale * Pow10(form.decimals - p.decimals);
      u.base = form.base_unit * Pow10(form.decimals - p.decimals);
    }
    return scaled ? u.scaled : u.base;
  };
  Slip slip;
  if (p.valued) {
    slip.value = p.value;
  } else {
    // Worked out as SlipList lists candidates (count times the digit unit
    // scaled); the figure's own value is none of its slips.
    slip.value = Rational(count) * unit(/*scaled=*/true);
    if (form.negative) slip.value = -slip.value;
    if (slip.value == form.value) return std::nullopt;
  }
  slip.text = absl::StrCat(
      form.prefix, Format(digits, p.decimals, form.grouped), form.suffix);
  if (p.lazy) {
    // Its digits times their unit, read as the figure before conversion
    // reads its own.
    const Rational base_unit = unit(/*scaled=*/false);
    Rational value = Rational(count) * base_unit;
    if (form.base_negative) value = -value;
    slip.interval =
        IntervalFor(value, base_unit, form.qualifier, form.rounding, form.unit);
    if (!slip.interval.empty() && form.conversion != 1) {
      slip.interval = slip.interval.Scale(form.conversion);
    }
  } else {
    slip.interval = IntervalOfText(*figure, slip.text);
  }
  if (slip.interval.empty()) return std::nullopt;
  slip.cause = p.cause;
  // A slip of the digits counts on the digits, wherever the point and
  // separators fall ("0.24" for "2.04" is one swap); a moved point or
  // zero, on the text.
  // One swap, one digit put back, taken out or changed is one edit, as
  // the digits come out of the loops of SlipList; a zero left behind is
  // more.
  slip.edits = p.cause == v1::CAUSE_POWER_OF_TEN ? Edits(form.text, slip.text)
               : p.stripped                      ? Edits(form.digits, digits)
                                                 : 1;
  return slip;
}

const Slip* SlipList::Made(const Pending& p) const {
  if (!p.made) {
    p.made = true;
    p.slip = Make(p, nullptr);
  }
  return p.slip ? &*p.slip : nullptr;
}

void SlipList::ForEach(const Interval& may,
                       const std::function<void(const Slip&)>& visit) const {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  double low = -kInfinity, high = kInfinity;
  if (may.lower()) {
    const double end = may.lower()->value.get_d();
    if (Tame(end)) low = end;
  }
  if (may.upper()) {
    const double end = may.upper()->value.get_d();
    if (Tame(end)) high = end;
  }
  const double low_size = MarginSize(low), high_size = MarginSize(high);
  if (spelled_) {
    Spelled& s = *spelled_;
    if (!may.empty()) {
      for (const Spelled::Try& t : s.tries) {
        if (Misses(t.low, t.high, t.margin_size, low, high, low_size,
                   high_size)) {
          continue;
        }
        if (t.made < 0) {
          Pending p;
          p.number = t.number;
          p.size = t.size;
          p.decimals = t.decimals;
          p.cause = t.cause;
          p.stripped = t.stripped;
          p.lazy = true;
          t.made = static_cast<int>(s.made.size());
          s.made.push_back(
              std::make_unique<const std::optional<Slip>>(Make(p, nullptr)));
        }
        const std::optional<Slip>& slip = *s.made[t.made];
        if (slip) visit(*slip);
      }
    }
    for (const Slip& slip : s.scale_slips) visit(slip);
    return;
  }
  for (const Pending& p : pending_) {
    if (p.lazy) {
      if (may.empty()) continue;
      if (Misses(p.low, p.high, low, high, low_size, high_size)) continue;
    }
    if (const Slip* slip = Made(p)) visit(*slip);
  }
}

std::vector<Slip> SlipList::All() const {
  std::vector<Slip> out;
  ForEach(Interval(), [&](const Slip& slip) { out.push_back(slip); });
  return out;
}

std::vector<Slip> SlipsOf(const Figure& figure) {
  return SlipList(figure).All();
}

namespace {
thread_local SlipMemo* current_memo = nullptr;
}  // namespace

SlipMemo::SlipMemo() : previous_(current_memo) { current_memo = this; }
SlipMemo::SlipMemo(const google::protobuf::RepeatedPtrField<v1::Figure>& stable)
    : SlipMemo() {
  stable_.reserve(stable.size());
  for (const v1::Figure& f : stable) stable_.insert(&f);
}
SlipMemo::~SlipMemo() { current_memo = previous_; }

SlipMemo* SlipMemo::Current() { return current_memo; }

std::shared_ptr<const SlipList> SlipMemo::Of(const Figure& figure) {
  // A quantity's interval may be worked out as the request is checked, and
  // its slips with it: those are never kept.
  const bool quantity =
      figure.quantity != nullptr ||
      (figure.source != nullptr && figure.source->quantity != nullptr);
  if (quantity || figure.proto == nullptr) {
    return std::make_shared<const SlipList>(figure);
  }
  // The proto is compared whole as well as by address: a figure made for a
  // moment may leave its address to another. The request's own stay put.
  std::string proto = stable_.contains(figure.proto)
                          ? std::string()
                          : figure.proto->SerializeAsString();
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
          std::make_shared<const SlipList>(figure)};
  entries.push_back(std::move(e));
  return entries.back().slips;
}

std::shared_ptr<const SlipList> SlipsFor(const Figure& figure) {
  if (SlipMemo* memo = SlipMemo::Current()) return memo->Of(figure);
  return std::make_shared<const SlipList>(figure);
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
    v1::Discrepancy* d, int max,
    const std::function<Interval(const Figure&)>& may) {
  struct Found {
    const Figure* figure;
    Slip slip;
  };
  std::vector<Found> found;
  for (const Figure* f : figures) {
    // A quantity of the request is not printed: it has no slip of its own
    // (a defined one is wrong only through its operands).
    if (f == nullptr || f->quantity != nullptr) continue;
    SlipsFor(*f)->ForEach(may ? may(*f) : Interval(), [&](const Slip& slip) {
      if (holds(*f, slip.interval)) found.push_back({f, slip});
    });
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
