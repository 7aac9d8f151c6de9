#include "engine/reading/number_phrase.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/base/attributes.h"
#include "absl/base/internal/raw_logging.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "engine/reading/limits.h"
#include "engine/reading/units.h"

namespace claimcheck {
namespace {

struct QualifierWord {
  absl::string_view word;
  v1::Qualifier qualifier;
};
// Qualifiers printed before the number. The longest that matches is taken,
// so "less than or equal to" wins over "less than".
constexpr QualifierWord kQualifiersBefore[] = {
    {"greater than or equal to", v1::QUALIFIER_AT_LEAST},
    {"more than or equal to", v1::QUALIFIER_AT_LEAST},
    {"higher than or equal to", v1::QUALIFIER_AT_LEAST},
    {"larger than or equal to", v1::QUALIFIER_AT_LEAST},
    {"less than or equal to", v1::QUALIFIER_AT_MOST},
    {"fewer than or equal to", v1::QUALIFIER_AT_MOST},
    {"smaller than or equal to", v1::QUALIFIER_AT_MOST},
    {"lower than or equal to", v1::QUALIFIER_AT_MOST},
    {"equal to or greater than", v1::QUALIFIER_AT_LEAST},
    {"equal to or more than", v1::QUALIFIER_AT_LEAST},
    {"equal to or higher than", v1::QUALIFIER_AT_LEAST},
    {"equal to or larger than", v1::QUALIFIER_AT_LEAST},
    {"equal to or less than", v1::QUALIFIER_AT_MOST},
    {"equal to or fewer than", v1::QUALIFIER_AT_MOST},
    {"equal to or lower than", v1::QUALIFIER_AT_MOST},
    {"equal to or smaller than", v1::QUALIFIER_AT_MOST},
    {"greater or equal than", v1::QUALIFIER_AT_LEAST},
    {"bigger or equal than", v1::QUALIFIER_AT_LEAST},
    {"larger or equal than", v1::QUALIFIER_AT_LEAST},
    {"higher or equal than", v1::QUALIFIER_AT_LEAST},
    {"more or equal than", v1::QUALIFIER_AT_LEAST},
    {"less or equal than", v1::QUALIFIER_AT_MOST},
    {"smaller or equal than", v1::QUALIFIER_AT_MOST},
    {"lower or equal than", v1::QUALIFIER_AT_MOST},
    {"fewer or equal than", v1::QUALIFIER_AT_MOST},
    {"at least or equal to", v1::QUALIFIER_AT_LEAST},
    {"at most or equal to", v1::QUALIFIER_AT_MOST},
    {"no more than", v1::QUALIFIER_AT_MOST},
    {"not more than", v1::QUALIFIER_AT_MOST},
    {"no fewer than", v1::QUALIFIER_AT_LEAST},
    {"not fewer than", v1::QUALIFIER_AT_LEAST},
    {"no less than", v1::QUALIFIER_AT_LEAST},
    {"not less than", v1::QUALIFIER_AT_LEAST},
    {"just more than", v1::QUALIFIER_JUST_OVER},
    {"just over", v1::QUALIFIER_JUST_OVER},
    {"just above", v1::QUALIFIER_JUST_OVER},
    {"just less than", v1::QUALIFIER_JUST_UNDER},
    {"just fewer than", v1::QUALIFIER_JUST_UNDER},
    {"just under", v1::QUALIFIER_JUST_UNDER},
    {"just below", v1::QUALIFIER_JUST_UNDER},
    {"just shy of", v1::QUALIFIER_JUST_UNDER},
    {"well over", v1::QUALIFIER_MORE_THAN},
    {"well above", v1::QUALIFIER_MORE_THAN},
    {"well more than", v1::QUALIFIER_MORE_THAN},
    {"well under", v1::QUALIFIER_LESS_THAN},
    {"well below", v1::QUALIFIER_LESS_THAN},
    {"well less than", v1::QUALIFIER_LESS_THAN},
    {"in excess of", v1::QUALIFIER_MORE_THAN},
    {"upwards of", v1::QUALIFIER_MORE_THAN},
    {"as many as", v1::QUALIFIER_AT_MOST},
    {"as much as", v1::QUALIFIER_AT_MOST},
    {"as few as", v1::QUALIFIER_AT_LEAST},
    {"as little as", v1::QUALIFIER_AT_LEAST},
    {"approximately", v1::QUALIFIER_ABOUT},
    {"close to", v1::QUALIFIER_ABOUT},
    {"near", v1::QUALIFIER_ABOUT},
    {"fewer than", v1::QUALIFIER_LESS_THAN},
    {"less than", v1::QUALIFIER_LESS_THAN},
    {"smaller than", v1::QUALIFIER_LESS_THAN},
    {"lower than", v1::QUALIFIER_LESS_THAN},
    {"more than", v1::QUALIFIER_MORE_THAN},
    {"greater than", v1::QUALIFIER_MORE_THAN},
    {"larger than", v1::QUALIFIER_MORE_THAN},
    {"bigger than", v1::QUALIFIER_MORE_THAN},
    {"higher than", v1::QUALIFIER_MORE_THAN},
    {"at least", v1::QUALIFIER_AT_LEAST},
    {"at most", v1::QUALIFIER_AT_MOST},
    {"exactly", v1::QUALIFIER_EXACTLY},
    {"equal to", v1::QUALIFIER_EXACTLY},
    {"equals", v1::QUALIFIER_EXACTLY},
    {"equaling to", v1::QUALIFIER_EXACTLY},
    {"equalling to", v1::QUALIFIER_EXACTLY},
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
    {"> =", v1::QUALIFIER_AT_LEAST},
    {"< =", v1::QUALIFIER_AT_MOST},
    {"\xE2\x89\xA5", v1::QUALIFIER_AT_LEAST},  // ≥
    {"\xE2\x89\xA4", v1::QUALIFIER_AT_MOST},   // ≤
    {"\xE2\x89\x88", v1::QUALIFIER_ABOUT},     // ≈
    {">", v1::QUALIFIER_MORE_THAN},
    {"<", v1::QUALIFIER_LESS_THAN},
    {"~", v1::QUALIFIER_ABOUT},
};

// "Or equal" after "less than 5000" or "more than 5000" makes it inclusive.
constexpr v1::Qualifier kOrEqual = static_cast<v1::Qualifier>(-1);

// Qualifiers printed after the number ("30 or more").
constexpr QualifierWord kQualifiersAfter[] = {
    {"or more", v1::QUALIFIER_AT_LEAST},
    {"or greater", v1::QUALIFIER_AT_LEAST},
    {"or higher", v1::QUALIFIER_AT_LEAST},
    {"or larger", v1::QUALIFIER_AT_LEAST},
    {"or above", v1::QUALIFIER_AT_LEAST},
    {"or over", v1::QUALIFIER_AT_LEAST},
    {"or upwards", v1::QUALIFIER_AT_LEAST},
    {"and more", v1::QUALIFIER_AT_LEAST},
    {"and above", v1::QUALIFIER_AT_LEAST},
    {"and over", v1::QUALIFIER_AT_LEAST},
    {"and up", v1::QUALIFIER_AT_LEAST},
    {"and upwards", v1::QUALIFIER_AT_LEAST},
    {"-plus", v1::QUALIFIER_AT_LEAST},
    {"or less", v1::QUALIFIER_AT_MOST},
    {"or fewer", v1::QUALIFIER_AT_MOST},
    {"or lower", v1::QUALIFIER_AT_MOST},
    {"or smaller", v1::QUALIFIER_AT_MOST},
    {"or below", v1::QUALIFIER_AT_MOST},
    {"or under", v1::QUALIFIER_AT_MOST},
    {"and less", v1::QUALIFIER_AT_MOST},
    {"and fewer", v1::QUALIFIER_AT_MOST},
    {"and under", v1::QUALIFIER_AT_MOST},
    {"and below", v1::QUALIFIER_AT_MOST},
    {"or so", v1::QUALIFIER_ABOUT},
    {"or equal to", kOrEqual},
    {"or equal", kOrEqual},
};

struct ScaleWord {
  absl::string_view word;
  v1::Scale scale;
  // An abbreviation read after a space too ("$83 Mln", "$5.40 Bln").
  bool apart = false;
};
// The forms of up to three letters only right after digits ("40k", "3bn"),
// but for the wire services' "Mln" and "Bln", which are no other word.
constexpr ScaleWord kScaleWords[] = {
    {"thousand", v1::SCALE_THOUSAND}, {"trillion", v1::SCALE_TRILLION},
    {"million", v1::SCALE_MILLION},   {"billion", v1::SCALE_BILLION},
    {"mln", v1::SCALE_MILLION, true}, {"bln", v1::SCALE_BILLION, true},
    {"bn", v1::SCALE_BILLION},        {"mn", v1::SCALE_MILLION},
    {"tn", v1::SCALE_TRILLION},       {"k", v1::SCALE_THOUSAND},
    {"m", v1::SCALE_MILLION},         {"b", v1::SCALE_BILLION},
};

// A unit word. `hundredths` marks basis points: hundredths of a percentage
// point, read as points.
struct PhraseUnitWord {
  absl::string_view word;
  v1::Unit unit;
  bool hundredths = false;
  // Read only straight after the digits ("40pc"): apart, it is a word.
  bool attached_only = false;
};
constexpr PhraseUnitWord kUnitWords[] = {
    {"percentage points", v1::UNIT_PERCENTAGE_POINTS},
    {"percentage point", v1::UNIT_PERCENTAGE_POINTS},
    {"basis points", v1::UNIT_PERCENTAGE_POINTS, true},
    {"basis point", v1::UNIT_PERCENTAGE_POINTS, true},
    {"bps", v1::UNIT_PERCENTAGE_POINTS, true},
    {"bp", v1::UNIT_PERCENTAGE_POINTS, true},
    {"per cent", v1::UNIT_PERCENT},
    {"percent", v1::UNIT_PERCENT},
    {"percents", v1::UNIT_PERCENT},
    {"percentage", v1::UNIT_PERCENT},
    {"points", v1::UNIT_PERCENTAGE_POINTS},
    {"point", v1::UNIT_PERCENTAGE_POINTS},
    {"times", v1::UNIT_MULTIPLE},
    {"-fold", v1::UNIT_MULTIPLE},
    {"fold", v1::UNIT_MULTIPLE},
    {"pct", v1::UNIT_PERCENT},
    {"pc", v1::UNIT_PERCENT, false, true},
    {"pts", v1::UNIT_PERCENTAGE_POINTS},
    {"ppts", v1::UNIT_PERCENTAGE_POINTS},
    {"ppt", v1::UNIT_PERCENTAGE_POINTS},
    {"pp", v1::UNIT_PERCENTAGE_POINTS},
    {"%", v1::UNIT_PERCENT},
    {"x", v1::UNIT_MULTIPLE},
};

// After a fraction: "four-tenths of a percent".
constexpr PhraseUnitWord kOfUnitWords[] = {
    {"of a percentage point", v1::UNIT_PERCENTAGE_POINTS},
    {"of one percentage point", v1::UNIT_PERCENTAGE_POINTS},
    {"of a point", v1::UNIT_PERCENTAGE_POINTS},
    {"of a percent", v1::UNIT_PERCENT},
    {"of one percent", v1::UNIT_PERCENT},
    {"of 1 percent", v1::UNIT_PERCENT},
    {"of 1%", v1::UNIT_PERCENT},
    {"of a per cent", v1::UNIT_PERCENT},
    {"of one per cent", v1::UNIT_PERCENT},
};

// Currency printed after the number: "423 billion dollars". Not pounds (a
// weight as often), nor pence or cents: they are hundredths of another
// currency, which the engine does not convert.
struct CurrencyAfter {
  absl::string_view word;
  bool attached_only;
};
constexpr CurrencyAfter kCurrenciesAfter[] = {
    {"dollars", false}, {"dollar", false}, {"euros", false},
    {"euro", false},    {"yen", false},    {"yuan", false},
};

constexpr absl::string_view kCurrencySigns[] = {
    "us$", "$", "\xE2\x82\xAC" /* € */, "\xC2\xA3" /* £ */, "\xC2\xA5" /* ¥ */};

// Multiples in words: the multiple's numerator and denominator.
struct MultipleWord {
  absl::string_view word;
  int numerator;
  int denominator;
};
constexpr MultipleWord kMultipleWords[] = {
    {"twice", 2, 1},       {"doubled", 2, 1},    {"doubling", 2, 1},
    {"tripled", 3, 1},     {"tripling", 3, 1},   {"trebled", 3, 1},
    {"trebling", 3, 1},    {"quadrupled", 4, 1}, {"quadruple", 4, 1},
    {"quadrupling", 4, 1}, {"halved", 1, 2},     {"halving", 1, 2},
    {"cut in half", 1, 2},
};

// Fractions printed as one character, with U+2044 FRACTION SLASH read as
// '/'.
struct GlyphFraction {
  absl::string_view glyph;
  int numerator;
  int denominator;
};
constexpr GlyphFraction kGlyphFractions[] = {
    {"\xC2\xBD", 1, 2},     {"\xC2\xBC", 1, 4},     {"\xC2\xBE", 3, 4},
    {"\xE2\x85\x90", 1, 7}, {"\xE2\x85\x91", 1, 9}, {"\xE2\x85\x92", 1, 10},
    {"\xE2\x85\x93", 1, 3}, {"\xE2\x85\x94", 2, 3}, {"\xE2\x85\x95", 1, 5},
    {"\xE2\x85\x96", 2, 5}, {"\xE2\x85\x97", 3, 5}, {"\xE2\x85\x98", 4, 5},
    {"\xE2\x85\x99", 1, 6}, {"\xE2\x85\x9A", 5, 6}, {"\xE2\x85\x9B", 1, 8},
    {"\xE2\x85\x9C", 3, 8}, {"\xE2\x85\x9D", 5, 8}, {"\xE2\x85\x9E", 7, 8},
};
constexpr absl::string_view kFractionSlash = "\xE2\x81\x84";
constexpr absl::string_view kMinusSign = "\xE2\x88\x92";
constexpr absl::string_view kEnDash = "\xE2\x80\x93";

struct WordValue {
  absl::string_view word;
  int64_t value;
};
constexpr WordValue kUnitNumbers[] = {
    {"one", 1}, {"two", 2},   {"three", 3}, {"four", 4}, {"five", 5},
    {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
};
constexpr WordValue kTeenNumbers[] = {
    {"ten", 10},      {"eleven", 11},   {"twelve", 12},  {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19},
};
constexpr WordValue kTensNumbers[] = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
constexpr WordValue kScaleNumbers[] = {
    {"thousand", 1000},
    {"million", 1000000},
    {"billion", 1000000000},
    {"trillion", 1000000000000},
};
// Ordinals, singular; the plural adds an "s" ("fifths"). "half" and
// "quarter" are fraction words only.
constexpr WordValue kOrdinals[] = {
    {"first", 1},
    {"second", 2},
    {"third", 3},
    {"fourth", 4},
    {"fifth", 5},
    {"sixth", 6},
    {"seventh", 7},
    {"eighth", 8},
    {"ninth", 9},
    {"tenth", 10},
    {"eleventh", 11},
    {"twelfth", 12},
    {"thirteenth", 13},
    {"fourteenth", 14},
    {"fifteenth", 15},
    {"sixteenth", 16},
    {"seventeenth", 17},
    {"eighteenth", 18},
    {"nineteenth", 19},
    {"twentieth", 20},
    {"thirtieth", 30},
    {"fortieth", 40},
    {"fiftieth", 50},
    {"sixtieth", 60},
    {"seventieth", 70},
    {"eightieth", 80},
    {"ninetieth", 90},
    {"hundredth", 100},
    {"thousandth", 1000},
    {"millionth", 1000000},
    {"billionth", 1000000000},
    {"trillionth", 1000000000000},
};

bool IsLetter(unsigned char c) { return absl::ascii_isalpha(c); }
bool IsDigit(unsigned char c) { return absl::ascii_isdigit(c); }

// A position in the text with the matching rules of the header: ASCII case
// ignored, any run of spaces (ASCII, U+00A0, U+2009, U+202F) between words.
class Cursor {
 public:
  Cursor(absl::string_view text, size_t pos) : text_(text), pos_(pos) {}

  size_t pos() const { return pos_; }
  absl::string_view text() const { return text_; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  // The next byte in lower case; 0 at the end of the text.
  unsigned char Next() const { return absl::ascii_tolower(Peek()); }
  // The same after any spaces.
  unsigned char NextAfterSpaces() const {
    Cursor probe = *this;
    probe.SkipSpaces();
    return probe.Next();
  }
  unsigned char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size()
               ? static_cast<unsigned char>(text_[pos_ + ahead])
               : 0;
  }
  bool StartsWith(absl::string_view s) const {
    return absl::StartsWith(text_.substr(std::min(pos_, text_.size())), s);
  }
  // The length of the space character at `p`, 0 if there is none.
  size_t SpaceAt(size_t p) const {
    if (p >= text_.size()) return 0;
    const unsigned char c = static_cast<unsigned char>(text_[p]);
    if (c < 0x80) return absl::ascii_isspace(c) ? 1 : 0;
    const absl::string_view rest = text_.substr(p);
    if (absl::StartsWith(rest, "\xC2\xA0")) return 2;  // no-break space
    if (absl::StartsWith(rest, "\xE2\x80\x89") ||      // thin space
        absl::StartsWith(rest, "\xE2\x80\xAF")) {      // narrow no-break
      return 3;
    }
    return 0;
  }
  // Skips spaces; true if there were any.
  bool SkipSpaces() {
    const size_t start = pos_;
    while (size_t n = SpaceAt(pos_)) pos_ += n;
    return pos_ != start;
  }
  // Takes the byte string `s` as it stands.
  bool Take(absl::string_view s) {
    if (!StartsWith(s)) return false;
    pos_ += s.size();
    return true;
  }
  // Takes `word` (lower case; a space in it matches any run of spaces) when
  // it stands here and, if it ends in a letter, no letter follows it.
  bool TakeWord(absl::string_view word) {
    const size_t p = MatchWord(word);
    if (p == 0) return false;
    pos_ = p;
    return true;
  }
  // Like TakeWord, after any spaces; the cursor does not move if it fails.
  bool TakeNextWord(absl::string_view word) {
    Cursor probe = *this;
    probe.SkipSpaces();
    if (!probe.TakeWord(word)) return false;
    *this = probe;
    return true;
  }
  // Takes `word` or its plural with an "s" ("fifth", "fifths").
  bool TakeWordOrPlural(absl::string_view word, bool* plural) {
    const size_t p = MatchPrefix(word);
    if (p == 0) return false;
    if (p >= text_.size() || !IsLetter(static_cast<unsigned char>(text_[p]))) {
      pos_ = p;
      *plural = false;
      return true;
    }
    if (p < text_.size() &&
        absl::ascii_tolower(static_cast<unsigned char>(text_[p])) == 's' &&
        (p + 1 >= text_.size() ||
         !IsLetter(static_cast<unsigned char>(text_[p + 1])))) {
      pos_ = p + 1;
      *plural = true;
      return true;
    }
    return false;
  }
  // Where `word` would end if it were taken here; 0 if it cannot be.
  size_t MatchWord(absl::string_view word) const {
    const size_t p = MatchPrefix(word);
    if (p == 0) return 0;
    if (IsLetter(static_cast<unsigned char>(word.back())) && p < text_.size() &&
        IsLetter(static_cast<unsigned char>(text_[p]))) {
      return 0;
    }
    return p;
  }

 private:
  size_t MatchPrefix(absl::string_view word) const {
    size_t p = pos_;
    for (size_t i = 0; i < word.size(); ++i) {
      if (word[i] == ' ') {
        const size_t start = p;
        while (size_t n = SpaceAt(p)) p += n;
        if (p == start) return 0;
        continue;
      }
      if (p >= text_.size() || absl::ascii_tolower(static_cast<unsigned char>(
                                   text_[p])) != word[i]) {
        return 0;
      }
      ++p;
    }
    return p;
  }

  absl::string_view text_;
  size_t pos_;
};

// Whether `word` may stand where the next byte (Cursor::Next) is `next`:
// TakeWord's first test, made once for a whole table of words, so that a
// word that cannot stand there costs one comparison. A word's first byte is
// lower case, or a space (which stands for spaces).
bool MayStart(absl::string_view word, unsigned char next) {
  return word[0] == ' ' || static_cast<unsigned char>(word[0]) == next;
}

// The detail is a view, copied only when the caller asked for the error:
// the reader fails at most words it is tried at, with no error wanted.
void Fail(NumberPhraseError* error, absl::string_view reason,
          absl::string_view detail = {}) {
  if (error == nullptr) return;
  error->reason = reason;
  error->detail = std::string(detail);
}

// The words of `kTable` by the byte they start with (lower case), each
// byte's in table order: a position where none of a table's words can stand
// costs one look-up, and one where some can tries only those. Running text
// asks the reader at every word, so these loops are its hot path. Built once
// per table and never changed, so every thread shares it.
class FirstByteIndex {
 public:
  template <typename Table>
  explicit FirstByteIndex(const Table& table) {
    for (const auto& entry : table) ++begin_[FirstByte(entry) + 1];
    for (size_t b = 1; b < begin_.size(); ++b) begin_[b] += begin_[b - 1];
    order_.resize(begin_.back());
    std::array<uint16_t, 256> next;
    std::copy(begin_.begin(), begin_.end() - 1, next.begin());
    for (size_t i = 0; i < std::size(table); ++i) {
      order_[next[FirstByte(table[i])]++] = static_cast<uint16_t>(i);
    }
  }
  // The indices of the words that start with `first`, in table order.
  absl::Span<const uint16_t> StartingWith(unsigned char first) const {
    return absl::MakeConstSpan(order_.data() + begin_[first],
                               order_.data() + begin_[first + 1]);
  }

 private:
  template <typename Entry>
  static unsigned char FirstByte(const Entry& e) {
    return static_cast<unsigned char>(e.word[0]);
  }
  static unsigned char FirstByte(absl::string_view word) {
    return static_cast<unsigned char>(word[0]);
  }
  static unsigned char FirstByte(const GlyphFraction& g) {
    return static_cast<unsigned char>(g.glyph[0]);
  }

  std::array<uint16_t, 257> begin_{};
  std::vector<uint16_t> order_;
};

template <const auto& kTable>
const FirstByteIndex& IndexOf() {
  static const FirstByteIndex* const index = new FirstByteIndex(kTable);
  return *index;
}

// The unit words of units.h (UnitWords) by first byte.
const FirstByteIndex& UnitWordIndex() {
  static const FirstByteIndex* const index = new FirstByteIndex(UnitWords());
  return *index;
}

// The indices of the words of `kTable` that may stand at `c`, in table
// order.
template <const auto& kTable>
absl::Span<const uint16_t> WordsAt(const Cursor& c) {
  return IndexOf<kTable>().StartingWith(absl::ascii_tolower(c.Peek()));
}

// Takes the longest of `kWords` that stands at the cursor (after spaces when
// `after_spaces`); returns its index, or -1.
template <const auto& kWords>
int TakeLongest(Cursor* c, bool after_spaces) {
  Cursor at = *c;
  if (after_spaces) at.SkipSpaces();
  int best = -1;
  size_t best_end = 0;
  // The words of a first byte ("about", "around", "at least" ...) told
  // apart by their second, as MatchWord would, before it is called.
  const unsigned char second = absl::ascii_tolower(at.Peek(1));
  for (const uint16_t i : WordsAt<kWords>(at)) {
    const absl::string_view word = kWords[i].word;
    if (word.size() > 1 && word[1] != ' ' &&
        static_cast<unsigned char>(word[1]) != second) {
      continue;
    }
    const size_t end = at.MatchWord(word);
    if (end > best_end) {
      best_end = end;
      best = static_cast<int>(i);
    }
  }
  if (best >= 0) *c = Cursor(c->text(), best_end);
  return best;
}

// 10^(e - 1) for the e with 10^e <= |v| < 10^(e + 1): the unit of the
// second significant digit ("a third" 1/100, "doubled" 1/10).
Rational TwoSignificantDigits(const Rational& v) {
  Rational magnitude = abs(v);
  if (magnitude == 0) return Rational(1, 100);
  int e = 0;
  while (magnitude >= Pow10(e + 1) && e < 4 * kMaxExponent) ++e;
  while (magnitude < Pow10(e) && e > -4 * kMaxExponent) --e;
  return Pow10(e - 1);
}

// One number as printed, before any qualifier, unit or range.
struct Number {
  Rational value;  // not negative; the sign is read apart
  Rational digit_unit = 1;
  int significant = 0;
  NumberForm form = NumberForm::kDigits;
  v1::Scale scale = v1::SCALE_UNSPECIFIED;
  // The denominator of a fraction in words or signs; 0 for other forms.
  int64_t denominator = 0;
  // A scale word was read (in words, as their last word).
  bool scaled = false;
  // A plain whole number: digits with no separator, decimal or suffix, or
  // cardinal words (what "one in five" may start with).
  bool whole = false;
};

// Digits: "498", "1,234", "1 234 567", ".03", "1.2e6", "3/4", "1 4/5", "2½",
// "21st".
bool ReadDigits(Cursor* c, Number* n, NumberPhraseError* error) {
  const absl::string_view text = c->text();
  size_t i = c->pos();
  std::string all;  // every digit, whole part then decimals
  auto digit_at = [&text](size_t p) {
    return p < text.size() && IsDigit(static_cast<unsigned char>(text[p]));
  };
  size_t first_group = 0;
  while (digit_at(i)) all.push_back(text[i++]), ++first_group;
  // Thousands separators: commas, or one kind of space. Commas must group
  // the digits in threes; spaces group only when they do.
  bool grouped = false;
  if (first_group > 0 && i < text.size() && text[i] == ',' && digit_at(i + 1)) {
    size_t group = 0, groups = 0;
    bool in_threes = true;
    while (i < text.size() && (digit_at(i) || text[i] == ',')) {
      if (text[i] == ',') {
        // A comma followed by a non-digit ends the number ("6, 7").
        if (!digit_at(i + 1)) break;
        if (groups > 0) in_threes = in_threes && group == 3;
        group = 0;
        ++groups;
      } else {
        all.push_back(text[i]);
        ++group;
      }
      ++i;
    }
    if (!(first_group <= 3 && in_threes && group == 3)) {
      Fail(error, "BAD_THOUSANDS_SEPARATOR",
           "cannot be read as a number: thousands separators must group "
           "the digits in threes, as in \"1,234,567\"");
      return false;
    }
    grouped = true;
  } else if (first_group >= 1 && first_group <= 3) {
    // "1 234 567": groups of exactly three digits after one kind of space.
    const size_t space = c->SpaceAt(i);
    const bool typographic = space > 1;
    size_t p = i, groups = 0;
    std::string grouped_digits;
    while (c->SpaceAt(p) == space && space > 0 &&
           text.substr(p, space) == text.substr(i, space) &&
           digit_at(p + space) && digit_at(p + space + 1) &&
           digit_at(p + space + 2) && !digit_at(p + space + 3)) {
      grouped_digits.append(text.data() + p + space, 3);
      p += space + 3;
      ++groups;
    }
    if (groups >= (typographic ? 1u : 2u)) {
      all += grouped_digits;
      i = p;
      grouped = true;
    }
  }
  size_t decimals = 0;
  // A point counts only with a digit after it: "in 192." ends at "192".
  if (i + 1 < text.size() && text[i] == '.' && digit_at(i + 1)) {
    ++i;
    while (digit_at(i)) all.push_back(text[i++]), ++decimals;
  }
  if (all.empty()) {
    Fail(error, "BAD_THOUSANDS_SEPARATOR",
         "cannot be read as a number: no digits");
    return false;
  }
  // Leading zeros are not significant; "0.03" has one significant digit.
  const size_t first = all.find_first_not_of('0');
  n->significant =
      first == std::string::npos ? 1 : static_cast<int>(all.size() - first);
  if (n->significant > kMaxSignificantDigits) {
    Fail(error, "TOO_MANY_DIGITS",
         absl::StrCat("has ", n->significant,
                      " significant digits; the engine reads at most ",
                      kMaxSignificantDigits));
    return false;
  }
  n->digit_unit = Pow10(-static_cast<int>(decimals));
  n->value = Rational(Integer(all, 10), n->digit_unit.get_den());
  n->value.canonicalize();
  n->form = NumberForm::kDigits;
  const bool integer = decimals == 0;
  n->whole = integer && !grouped;
  *c = Cursor(text, i);

  // What may stand right after the digits.
  Cursor after = *c;
  if (integer) {
    // "21st", "2nd", "3rd", "11th".
    const int64_t last_two =
        all.size() >= 2 ? (all[all.size() - 2] - '0') * 10 + (all.back() - '0')
                        : all.back() - '0';
    const int last = all.back() - '0';
    const absl::string_view suffix = last_two >= 11 && last_two <= 13 ? "th"
                                     : last == 1                      ? "st"
                                     : last == 2                      ? "nd"
                                     : last == 3                      ? "rd"
                                                                      : "th";
    if (after.TakeWord(suffix)) {
      n->form = NumberForm::kOrdinal;
      n->whole = false;
      *c = after;
      return true;
    }
  }
  // "1.2e6", "-12e-1": exact, like the digits they stand for.
  if (after.Peek() == 'e' || after.Peek() == 'E') {
    Cursor e = after;
    e.Take(after.Peek() == 'e' ? "e" : "E");
    bool negative = false;
    if (!e.Take("+")) negative = e.Take("-");
    size_t p = e.pos();
    int exponent = 0, digits = 0;
    while (digit_at(p) && digits < 6) {
      exponent = exponent * 10 + (text[p] - '0');
      ++p;
      ++digits;
    }
    if (digits > 0 && !digit_at(p) &&
        !(p < text.size() && IsLetter(static_cast<unsigned char>(text[p])))) {
      if (exponent > 4 * kMaxExponent) {
        Fail(
            error, "EXPONENT_OUT_OF_RANGE",
            absl::StrCat("is beyond the engine's range: its value must be "
                         "below 10^",
                         kMaxExponent, " and its last digit no finer than 10^-",
                         kMaxExponent));
        return false;
      }
      const Rational factor = Pow10(negative ? -exponent : exponent);
      n->value *= factor;
      n->digit_unit *= factor;
      n->whole = false;
      *c = Cursor(text, p);
      return true;
    }
  }
  if (!n->whole) return true;
  // "3/4" and "2½": a fraction in signs, or a mixed number.
  for (const uint16_t i :
       IndexOf<kGlyphFractions>().StartingWith(after.Peek())) {
    const GlyphFraction& g = kGlyphFractions[i];
    if (after.Take(g.glyph)) {
      const Rational part(g.numerator, g.denominator);
      n->value += part;
      n->digit_unit = TwoSignificantDigits(part);
      n->whole = false;
      *c = after;
      return true;
    }
  }
  if (after.Take("/") || after.Take(kFractionSlash)) {
    size_t p = after.pos();
    std::string denominator;
    while (digit_at(p) && denominator.size() < 19)
      denominator.push_back(text[p++]);
    const bool date = p < text.size() &&
                      (text[p] == '/' || (text[p] == '.' && digit_at(p + 1)));
    // Nineteen digits may not fit in 64 bits: too long, before stoll.
    if (denominator.empty() || date || digit_at(p) || denominator.size() > 18 ||
        all.size() > 18 || std::stoll(denominator) == 0) {
      Fail(error, "UNPARSABLE_NUMBER");
      return false;
    }
    n->value = Rational(std::stoll(all), std::stoll(denominator));
    n->digit_unit = TwoSignificantDigits(n->value);
    n->denominator = std::stoll(denominator);
    n->form = NumberForm::kFraction;
    n->whole = false;
    *c = Cursor(text, p);
    return true;
  }
  // "1 4/5", "2  1/4", "2 ½": a whole number, spaces and a proper fraction.
  Cursor mixed = after;
  if (all.size() <= 3 && mixed.SkipSpaces()) {
    for (const uint16_t i :
         IndexOf<kGlyphFractions>().StartingWith(mixed.Peek())) {
      const GlyphFraction& g = kGlyphFractions[i];
      if (mixed.Take(g.glyph)) {
        const Rational part(g.numerator, g.denominator);
        n->value += part;
        n->digit_unit = TwoSignificantDigits(part);
        n->whole = false;
        *c = mixed;
        return true;
      }
    }
    size_t p = mixed.pos();
    std::string numerator, denominator;
    while (digit_at(p) && numerator.size() < 18) numerator.push_back(text[p++]);
    if (!numerator.empty() && p < text.size() && text[p] == '/') {
      ++p;
      while (digit_at(p) && denominator.size() < 18)
        denominator.push_back(text[p++]);
      const bool ends = !digit_at(p) && !(p < text.size() && text[p] == '/');
      if (!denominator.empty() && ends && std::stoll(denominator) > 0 &&
          std::stoll(numerator) < std::stoll(denominator) && all.size() <= 18) {
        const Rational part(std::stoll(numerator), std::stoll(denominator));
        n->value += part;
        n->digit_unit = TwoSignificantDigits(part);
        n->whole = false;
        *c = Cursor(text, p);
        return true;
      }
    }
  }
  return true;
}

// Number words, read as tokens first.
enum class Word : uint8_t {
  kZero,
  kUnit,  // one .. nine
  kTeen,  // ten .. nineteen
  kTens,  // twenty .. ninety
  kHundred,
  kScale,  // thousand, million, billion, trillion
  kDozen,
  kAnd,
  kArticle,  // a, an
  kOrdinal,  // first .. trillionth (value), plural or not
  kHalf,     // half, halves
  kQuarter,  // quarter, quarters
  kPoint,
};

// Trivial, so that an array of them costs nothing until it is filled.
struct Token {
  Word kind;
  int64_t value;
  bool plural;
  bool hyphen_before;  // joined to the word before by a hyphen
  size_t end;          // where the word ends in the text
};

constexpr int kMaxTokens = 32;

// Longer than any number word (TokenWords checks).
constexpr size_t kLongestTokenWord = 16;

// What a number word reads as.
struct TokenWord {
  Word kind;
  int64_t value;
  bool plural;
};

// Every word a token can be, lower case, with what it reads as: the words
// below and those of the tables, and the plurals "fifths", "quarters" and
// "dozens". Every one is letters only, and is taken only where no letter
// follows it, so the run of letters at the cursor is the one key to look
// up: running text asks for a token at every word, and one look-up replaces
// trying each word in turn. Built once and never changed, so every thread
// shares it.
const absl::flat_hash_map<std::string, TokenWord>& TokenWords() {
  static const auto* const words = [] {
    auto* m = new absl::flat_hash_map<std::string, TokenWord>;
    // In the order they were tried: the first word to match wins.
    auto add = [m](absl::string_view word, Word kind, int64_t value) {
      m->try_emplace(std::string(word), TokenWord{kind, value, false});
    };
    // A singular and its plural with an "s" ("fifth", "fifths"); `marked`
    // says whether the token records that it was plural.
    auto add_plural = [m](absl::string_view word, Word kind, int64_t value,
                          bool marked) {
      m->try_emplace(std::string(word), TokenWord{kind, value, false});
      m->try_emplace(absl::StrCat(word, "s"), TokenWord{kind, value, marked});
    };
    add("and", Word::kAnd, 0);
    add("a", Word::kArticle, 1);
    add("an", Word::kArticle, 1);
    add("zero", Word::kZero, 0);
    add("hundred", Word::kHundred, 100);
    add("point", Word::kPoint, 0);
    add_plural("dozen", Word::kDozen, 12, false);
    for (const WordValue& w : kUnitNumbers) add(w.word, Word::kUnit, w.value);
    for (const WordValue& w : kTeenNumbers) add(w.word, Word::kTeen, w.value);
    for (const WordValue& w : kTensNumbers) add(w.word, Word::kTens, w.value);
    for (const WordValue& w : kScaleNumbers) {
      add(w.word, Word::kScale, w.value);
    }
    for (const WordValue& w : kOrdinals) {
      add_plural(w.word, Word::kOrdinal, w.value, true);
    }
    add("half", Word::kHalf, 2);
    m->try_emplace("halves", TokenWord{Word::kHalf, 2, true});
    add_plural("quarter", Word::kQuarter, 4, true);
    for (const auto& [word, _] : *m) {
      ABSL_RAW_CHECK(word.size() <= kLongestTokenWord,
                     "a number word is longer than kLongestTokenWord");
    }
    return m;
  }();
  return *words;
}

bool ReadToken(Cursor* c, Token* t) {
  if (!IsLetter(c->Peek())) return false;
  size_t length = 1;
  while (IsLetter(c->Peek(length))) ++length;
  if (length > kLongestTokenWord) return false;
  char lower[kLongestTokenWord];
  for (size_t k = 0; k < length; ++k)
    lower[k] = absl::ascii_tolower(c->Peek(k));
  const auto& words = TokenWords();
  const auto it = words.find(absl::string_view(lower, length));
  if (it == words.end()) return false;
  t->kind = it->second.kind;
  t->value = it->second.value;
  t->plural = it->second.plural;
  t->hyphen_before = false;
  t->end = c->pos() + length;
  *c = Cursor(c->text(), t->end);
  return true;
}

// Reads the number words at the cursor into `tokens`; returns how many.
// Words are joined by spaces or a hyphen ("twenty-one", "fifty - two").
int ReadTokens(Cursor c, std::array<Token, kMaxTokens>* tokens) {
  int n = 0;
  while (n < kMaxTokens) {
    Cursor next = c;
    bool hyphen = false;
    if (n > 0) {
      next.SkipSpaces();
      if (next.Take("-")) {
        hyphen = true;
        next.SkipSpaces();
      }
      if (next.pos() == c.pos()) break;  // words need something between
    }
    Token t;
    if (!ReadToken(&next, &t)) break;
    t.hyphen_before = hyphen;
    (*tokens)[n++] = t;
    c = next;
  }
  return n;
}

bool IsUnitOrdinal(const Token& t) {
  return t.kind == Word::kOrdinal && t.value >= 1 && t.value <= 9;
}
// An ordinal that can be a fraction's denominator ("fifths", "a third",
// "hundredths"); "second" never is (it is a unit of time).
bool IsDenominator(const Token& t) {
  return (t.kind == Word::kOrdinal && t.value != 2) || t.kind == Word::kHalf ||
         t.kind == Word::kQuarter;
}
bool IsScaleOrdinal(const Token& t) {
  return t.kind == Word::kOrdinal && t.value >= 100;
}

// A whole number in words: "two hundred and five", "twenty-one trillion
// three hundred", "three hundred and two dozen".
struct Cardinal {
  int tokens = 0;
  int64_t value = 0;
  int64_t last_scale = 0;  // the scale word it ends with, 0 if none
};

Cardinal ReadCardinal(const std::array<Token, kMaxTokens>& t, int n) {
  Cardinal out;
  int64_t total = 0, hundreds = 0, small = 0, last_scale_used = 0;
  bool have_small = false, have_hundred = false, small_is_bare_tens = false;
  int i = 0;
  auto next_is = [&](int k, Word w) { return k < n && t[k].kind == w; };
  if (n > 0 && t[0].kind == Word::kArticle) {
    // "a hundred", "a million", "a dozen": the article is one.
    if (!(next_is(1, Word::kHundred) || next_is(1, Word::kScale) ||
          next_is(1, Word::kDozen))) {
      return out;
    }
    small = 1;
    have_small = true;
    i = 1;
  }
  int consumed = i;
  int64_t value_at_consumed = 0;
  int64_t scale_at_consumed = 0;
  auto commit = [&](int k, int64_t scale) {
    consumed = k;
    value_at_consumed = total + hundreds * 100 + small;
    scale_at_consumed = scale;
  };
  if (i == 1) commit(1, 0);
  for (; i < n; ++i) {
    const Token& tok = t[i];
    if (tok.kind == Word::kUnit || tok.kind == Word::kZero) {
      if (tok.kind == Word::kZero && (have_small || have_hundred || total))
        break;
      if (have_small && !small_is_bare_tens) break;
      small += tok.value;
      have_small = true;
      small_is_bare_tens = false;
      commit(i + 1, 0);
    } else if (tok.kind == Word::kTeen) {
      if (have_small) break;
      small = tok.value;
      have_small = true;
      commit(i + 1, 0);
    } else if (tok.kind == Word::kTens) {
      if (have_small) break;
      // "one hundred thirty fifths": a tens word before a unit ordinal
      // belongs to it ("thirty fifths" is 35ths) unless it starts the
      // number or follows "and"; "thirty-fifths" always does.
      if (i + 1 < n && IsUnitOrdinal(t[i + 1]) &&
          (t[i + 1].hyphen_before || (i > 0 && t[i - 1].kind != Word::kAnd))) {
        break;
      }
      small = tok.value;
      have_small = true;
      small_is_bare_tens = true;
      commit(i + 1, 0);
    } else if (tok.kind == Word::kHundred) {
      if (have_hundred || !have_small || small == 0) break;
      hundreds = small;
      small = 0;
      have_small = false;
      have_hundred = true;
      small_is_bare_tens = false;
      commit(i + 1, 0);
    } else if (tok.kind == Word::kScale) {
      const int64_t group = hundreds * 100 + small;
      if (group == 0 || (last_scale_used && tok.value >= last_scale_used))
        break;
      total += group * tok.value;
      last_scale_used = tok.value;
      hundreds = small = 0;
      have_small = have_hundred = small_is_bare_tens = false;
      commit(i + 1, tok.value);
    } else if (tok.kind == Word::kDozen) {
      if (!have_small || small == 0 || small > 99) break;
      small *= 12;
      small_is_bare_tens = false;
      commit(i + 1, 0);
    } else if (tok.kind == Word::kAnd) {
      // "hundred and five", "thousand and two hundred"; not before a
      // fraction that makes a mixed number ("one hundred and three
      // quarters", "one and a half").
      const bool after_group = i > 0 && (t[i - 1].kind == Word::kHundred ||
                                         t[i - 1].kind == Word::kScale);
      if (!after_group || i + 1 >= n) break;
      const Token& after = t[i + 1];
      if (after.kind != Word::kUnit && after.kind != Word::kTeen &&
          after.kind != Word::kTens && after.kind != Word::kArticle) {
        break;
      }
      if (after.kind == Word::kArticle) break;
      if (after.kind == Word::kUnit && i + 2 < n && IsDenominator(t[i + 2]))
        break;
      // "and" itself commits nothing: a number does not end in "and".
    } else {
      break;
    }
  }
  out.tokens = consumed;
  out.value = value_at_consumed;
  out.last_scale = scale_at_consumed;
  return out;
}

v1::Scale ScaleOf(int64_t factor) {
  switch (factor) {
    case 1000:
      return v1::SCALE_THOUSAND;
    case 1000000:
      return v1::SCALE_MILLION;
    case 1000000000:
      return v1::SCALE_BILLION;
    case 1000000000000:
      return v1::SCALE_TRILLION;
    default:
      return v1::SCALE_UNSPECIFIED;
  }
}

// A denominator at t[i]: an ordinal ("fifths"), "half", "quarter", or a tens
// word and a unit ordinal ("thirty-fifths", "twenty first"). Sets its value,
// plural and token count.
bool ReadDenominator(const std::array<Token, kMaxTokens>& t, int n, int i,
                     int64_t* value, bool* plural, int* count,
                     bool* scale_ordinal) {
  if (i >= n) return false;
  if (t[i].kind == Word::kTens && i + 1 < n && IsUnitOrdinal(t[i + 1])) {
    *value = t[i].value + t[i + 1].value;
    *plural = t[i + 1].plural;
    *count = 2;
    *scale_ordinal = false;
    return true;
  }
  if (t[i].kind == Word::kOrdinal || t[i].kind == Word::kHalf ||
      t[i].kind == Word::kQuarter) {
    *value = t[i].value;
    *plural = t[i].plural;
    *count = 1;
    *scale_ordinal = IsScaleOrdinal(t[i]);
    return true;
  }
  return false;
}

// Words: cardinals, fractions, mixed numbers, ordinals, "point" decimals.
bool ReadWords(Cursor* c, Number* out) {
  std::array<Token, kMaxTokens> t;
  const int n = ReadTokens(*c, &t);
  if (n == 0) return false;
  auto finish = [&](int tokens) {
    *c = Cursor(c->text(), t[tokens - 1].end);
    return true;
  };
  // "half a dozen", "half a million".
  if (t[0].kind == Word::kHalf && !t[0].plural) {
    if (n >= 3 && t[1].kind == Word::kArticle &&
        (t[2].kind == Word::kDozen || t[2].kind == Word::kHundred ||
         t[2].kind == Word::kScale)) {
      if (t[2].kind == Word::kScale) {
        out->value = Rational(t[2].value, 2);
        out->digit_unit = Rational(t[2].value, 10);
        out->scale = ScaleOf(t[2].value);
        out->scaled = true;
      } else {
        out->value = Rational(t[2].value, 2);
        out->digit_unit = 1;
      }
      out->form = NumberForm::kWords;
      out->significant = 2;
      return finish(3);
    }
    out->value = Rational(1, 2);
    out->digit_unit = TwoSignificantDigits(out->value);
    out->denominator = 2;
    out->form = NumberForm::kFraction;
    out->significant = 2;
    return finish(1);
  }
  // An ordinal standing alone: "eleventh", "twenty-first", "first".
  if (t[0].kind == Word::kOrdinal) {
    out->value = t[0].value;
    out->form = NumberForm::kOrdinal;
    out->significant = 2;
    return finish(1);
  }
  if (t[0].kind == Word::kTens && n >= 2 && IsUnitOrdinal(t[1]) &&
      t[1].hyphen_before) {
    out->value = t[0].value + t[1].value;
    out->form = NumberForm::kOrdinal;
    out->significant = 2;
    return finish(2);
  }
  Cardinal whole = ReadCardinal(t, n);
  int i = whole.tokens;
  // The numerator of a fraction: the cardinal, or "a" / "an".
  int64_t numerator = whole.value;
  bool has_numerator = whole.tokens > 0;
  if (!has_numerator && t[0].kind == Word::kArticle) {
    numerator = 1;
    has_numerator = true;
    i = 1;
  }
  if (!has_numerator) return false;
  out->significant = 2;

  // "one and a half", "twenty and three fifths", "two million and a half".
  if (whole.tokens > 0 && i + 2 < n && t[i].kind == Word::kAnd &&
      (t[i + 1].kind == Word::kUnit || t[i + 1].kind == Word::kArticle)) {
    int64_t den = 0;
    bool plural = false, scale_ordinal = false;
    int count = 0;
    if (ReadDenominator(t, n, i + 2, &den, &plural, &count, &scale_ordinal) &&
        IsDenominator(t[i + 2])) {
      const Rational part(t[i + 1].value, den);
      if (whole.last_scale != 0) {
        out->value = Rational(whole.value) + part * whole.last_scale;
        out->digit_unit = Rational(whole.last_scale, 10);
        out->scale = ScaleOf(whole.last_scale);
        out->scaled = true;
      } else {
        out->value = Rational(whole.value) + part;
        out->digit_unit = TwoSignificantDigits(part);
      }
      out->form = NumberForm::kWords;
      return finish(i + 2 + count);
    }
  }
  // A fraction ("two thirds", "a hundred trillionths", "one hundred
  // thirty-fifths") or, singular after a numerator above one, an ordinal
  // ("two hundredth", "one hundred twenty fifth").
  int64_t den = 0;
  bool plural = false, scale_ordinal = false;
  int count = 0;
  if (ReadDenominator(t, n, i, &den, &plural, &count, &scale_ordinal)) {
    const bool after_scale_word = whole.last_scale != 0;
    const bool is_second =
        count == 1 && t[i].kind == Word::kOrdinal && t[i].value == 2;
    const bool half_or_quarter =
        t[i].kind == Word::kHalf || t[i].kind == Word::kQuarter;
    if (numerator > 1 && !plural && !half_or_quarter) {
      // An ordinal: "two hundredth" is 200th, "one hundred twenty fifth"
      // 125th.
      out->value =
          scale_ordinal ? Rational(numerator) * den : Rational(numerator + den);
      out->form = NumberForm::kOrdinal;
      return finish(i + count);
    }
    // "one hundred one thousand fifths" could be 101,000 fifths or 100
    // 1,005ths: read neither.
    if (!is_second && !(after_scale_word && !scale_ordinal)) {
      out->value = Rational(numerator, den);
      out->digit_unit = TwoSignificantDigits(out->value);
      out->denominator = den;
      out->form = NumberForm::kFraction;
      return finish(i + count);
    }
  }
  if (whole.tokens == 0) return false;
  // "one one hundred fifth": a numerator, then a denominator printed as a
  // whole number and an ordinal (1/105).
  if (i < n && (t[i].kind == Word::kUnit || t[i].kind == Word::kTeen ||
                t[i].kind == Word::kTens)) {
    std::array<Token, kMaxTokens> rest;
    std::copy(t.begin() + i, t.begin() + n, rest.begin());
    const Cardinal hundreds = ReadCardinal(rest, n - i);
    int k = i + hundreds.tokens;
    if (hundreds.tokens > 0 && k < n && t[k].kind == Word::kAnd) ++k;
    if (hundreds.tokens > 0 && hundreds.value >= 100 && k < n &&
        t[k].kind == Word::kOrdinal && !IsScaleOrdinal(t[k]) &&
        t[k].plural == (numerator > 1)) {
      out->value = Rational(numerator, hundreds.value + t[k].value);
      out->digit_unit = TwoSignificantDigits(out->value);
      out->denominator = hundreds.value + t[k].value;
      out->form = NumberForm::kFraction;
      return finish(k + 1);
    }
  }
  // "two hundred point zero three", "two point five".
  if (i < n && t[i].kind == Word::kPoint && i + 1 < n) {
    int k = i + 1;
    int64_t decimals_value = 0;
    int decimals = 0;
    if (t[k].kind == Word::kUnit || t[k].kind == Word::kZero) {
      while (k < n && (t[k].kind == Word::kUnit || t[k].kind == Word::kZero) &&
             decimals < 12) {
        decimals_value = decimals_value * 10 + t[k].value;
        ++decimals;
        ++k;
      }
    } else if (t[k].kind == Word::kTeen || t[k].kind == Word::kTens) {
      decimals_value = t[k].value;
      ++k;
      if (t[k - 1].kind == Word::kTens && k < n && t[k].kind == Word::kUnit) {
        decimals_value += t[k].value;
        ++k;
      }
      decimals = 2;
    }
    if (decimals > 0) {
      out->digit_unit = Pow10(-decimals);
      out->value = Rational(whole.value) + decimals_value * out->digit_unit;
      out->form = NumberForm::kWords;
      return finish(k);
    }
  }
  // A whole number, as precise as the same number in digits: "two hundred"
  // is 200, "three thousand" is 3 thousand.
  out->value = whole.value;
  out->digit_unit = whole.last_scale != 0 ? Rational(whole.last_scale) : 1;
  out->scale = ScaleOf(whole.last_scale);
  out->scaled = whole.last_scale != 0;
  out->form = NumberForm::kWords;
  out->whole = true;
  return finish(whole.tokens);
}

// One number with its sign, currency, scale and unit: one end of a range.
struct End {
  Number number;
  bool negative = false;
  absl::string_view currency;
  v1::Unit unit = v1::UNIT_UNSPECIFIED;
  bool hundredths = false;  // basis points
  size_t value_begin = 0, value_end = 0;
  size_t end = 0;
  // Signed and scaled.
  Rational Value() const { return negative ? -number.value : number.value; }
};

bool ReadNumber(Cursor* c, Number* n, NumberPhraseError* error) {
  const unsigned char first = c->Peek();
  if (IsDigit(first) || first == '.') return ReadDigits(c, n, error);
  for (const uint16_t i : IndexOf<kGlyphFractions>().StartingWith(first)) {
    const GlyphFraction& g = kGlyphFractions[i];
    if (c->Take(g.glyph)) {
      n->value = Rational(g.numerator, g.denominator);
      n->digit_unit = TwoSignificantDigits(n->value);
      n->denominator = g.denominator;
      n->form = NumberForm::kFraction;
      n->significant = 2;
      return true;
    }
  }
  for (const uint16_t i : WordsAt<kMultipleWords>(*c)) {
    const MultipleWord& m = kMultipleWords[i];
    if (c->TakeWord(m.word)) {
      n->value = Rational(m.numerator, m.denominator);
      n->digit_unit = TwoSignificantDigits(n->value);
      n->form = NumberForm::kMultiple;
      n->significant = 2;
      return true;
    }
  }
  if (ReadWords(c, n)) return true;
  Fail(error, "UNPARSABLE_NUMBER");
  return false;
}

// "one in five", "one out of three", "1 over 3": a ratio of two whole
// numbers, read as the fraction. "5 in 2019" is not one (a year), nor is
// "5 over 10" (only one is "over" anything).
void ReadRatio(Cursor* c, Number* n) {
  if (!n->whole || n->scaled) return;
  Cursor probe = *c;
  bool in = false;
  if (probe.TakeNextWord("in")) {
    in = true;
  } else if (probe.TakeNextWord("out of")) {
  } else if (!(n->value == 1 && probe.TakeNextWord("over"))) {
    return;
  }
  probe.SkipSpaces();
  const size_t m_begin = probe.pos();
  Number m;
  if (!ReadNumber(&probe, &m, nullptr) ||
      (m.form != NumberForm::kDigits && m.form != NumberForm::kWords) ||
      !m.value.is_integer() || m.value <= 0) {
    return;
  }
  // "1 in 100 million".
  if (m.form == NumberForm::kDigits && m.whole) {
    for (const ScaleWord& w : kScaleWords) {
      if (w.word.size() > 3 && probe.TakeNextWord(w.word)) {
        m.value *= ScaleFactor(w.scale);
        break;
      }
    }
  }
  const size_t m_length = probe.pos() - m_begin;
  const bool year = m.form == NumberForm::kDigits && m_length == 4 &&
                    m.value >= 1900 && m.value <= 2100;
  if (m.value < n->value || (in && (m.value == n->value || year))) return;
  n->value = n->value / m.value;
  n->digit_unit = TwoSignificantDigits(n->value);
  n->form = NumberForm::kFraction;
  n->whole = false;
  *c = probe;
}

bool TakeMinus(Cursor* c) {
  if (c->Take("-") || c->Take(kMinusSign)) return true;
  // An en dash straight before a digit is a minus ("–2.03").
  Cursor probe = *c;
  if (probe.Take(kEnDash) && (IsDigit(probe.Peek()) || probe.Peek() == '.')) {
    *c = probe;
    return true;
  }
  return false;
}

// Reads one end: sign, currency, number, scale word, unit.
bool ReadEnd(Cursor* c, End* e, NumberPhraseError* error) {
  Cursor start = *c;
  e->negative = TakeMinus(c);
  if (!e->negative && !c->Take("+")) {
    Cursor word = *c;
    if ((word.TakeWord("minus") || word.TakeWord("negative")) &&
        word.SkipSpaces()) {
      e->negative = true;
      *c = word;
    }
  }
  for (const uint16_t i : WordsAt<kCurrencySigns>(*c)) {
    const absl::string_view sign = kCurrencySigns[i];
    const size_t at = c->pos();
    if (c->TakeWord(sign)) {
      e->currency = c->text().substr(at, sign.size());
      break;
    }
  }
  if (!e->negative && TakeMinus(c)) e->negative = true;
  e->value_begin = c->pos();
  Number& n = e->number;
  if (!ReadNumber(c, &n, error)) {
    *c = start;
    return false;
  }
  if (n.form == NumberForm::kOrdinal) {
    e->value_end = e->end = c->pos();
    return true;
  }
  ReadRatio(c, &n);
  // Scale words: after digits ("1.2 million", "40k", "322 hundred") and
  // after a mixed number in words ("two and a half million").
  const bool digits = n.form == NumberForm::kDigits;
  const bool attached = digits && !c->AtEnd() && c->SpaceAt(c->pos()) == 0;
  if ((digits || (n.form == NumberForm::kWords && !n.scaled && !n.whole)) &&
      !n.scaled) {
    const unsigned char next = c->NextAfterSpaces();
    for (const ScaleWord& w : kScaleWords) {
      const bool abbreviation = w.word.size() <= 3;
      if (abbreviation && !attached && !w.apart) continue;
      if (!MayStart(w.word, next)) continue;
      if (c->TakeNextWord(w.word)) {
        n.scale = w.scale;
        const Rational factor = ScaleFactor(w.scale);
        n.value *= factor;
        n.digit_unit = n.form == NumberForm::kWords
                           ? std::max(Rational(n.digit_unit * factor),
                                      Rational(factor / 10))
                           : Rational(n.digit_unit * factor);
        n.scaled = true;
        break;
      }
    }
    if (!n.scaled && digits && n.whole) {
      bool plural = false;
      Cursor probe = *c;
      probe.SkipSpaces();
      if (probe.TakeWord("hundred")) {
        n.value *= 100;
        n.digit_unit *= 100;
        n.whole = false;
        *c = probe;
      } else if (probe.TakeWordOrPlural("dozen", &plural)) {
        n.value *= 12;
        n.whole = false;
        *c = probe;
      }
    }
    // "2 million and a half".
    if (n.scaled && digits) {
      Cursor probe = *c;
      if (probe.TakeNextWord("and a half") ||
          probe.TakeNextWord("and a quarter") ||
          probe.TakeNextWord("and three quarters")) {
        const absl::string_view said =
            c->text().substr(c->pos(), probe.pos() - c->pos());
        const Rational part = absl::StrContains(said, "half") ? Rational(1, 2)
                              : absl::StrContains(said, "three")
                                  ? Rational(3, 4)
                                  : Rational(1, 4);
        const Rational factor = ScaleFactor(n.scale);
        n.value += part * factor;
        n.digit_unit = std::min(n.digit_unit, Rational(factor / 10));
        *c = probe;
      }
    }
  }
  e->value_end = c->pos();
  // Unit words; "of a percent" only after a fraction.
  if (n.form == NumberForm::kFraction) {
    const int k = TakeLongest<kOfUnitWords>(c, true);
    if (k >= 0) {
      e->unit = kOfUnitWords[k].unit;
      // "four-tenths of a percent" is a decimal in words: 0.4, not 0.40.
      if (n.denominator == 10 || n.denominator == 100 ||
          n.denominator == 1000) {
        n.digit_unit = Rational(1, n.denominator);
      }
    }
  }
  if (e->unit == v1::UNIT_UNSPECIFIED && n.form != NumberForm::kMultiple) {
    Cursor probe = *c;
    int k = TakeLongest<kUnitWords>(&probe, true);
    if (k >= 0 && kUnitWords[k].attached_only &&
        (c->AtEnd() || c->SpaceAt(c->pos()) != 0 ||
         n.form != NumberForm::kDigits)) {
      k = -1;
    }
    if (k >= 0) {
      *c = probe;
      e->unit = kUnitWords[k].unit;
      if (kUnitWords[k].hundredths) {
        n.value /= 100;
        n.digit_unit /= 100;
        e->hundredths = true;
      }
    }
  }
  if (n.form == NumberForm::kMultiple) e->unit = v1::UNIT_MULTIPLE;
  if (e->unit == v1::UNIT_UNSPECIFIED && e->currency.empty() &&
      (n.form == NumberForm::kDigits || n.form == NumberForm::kWords)) {
    const bool attached = !c->AtEnd() && c->SpaceAt(c->pos()) == 0;
    const unsigned char next = c->Next(), spaced = c->NextAfterSpaces();
    for (const CurrencyAfter& w : kCurrenciesAfter) {
      if (w.attached_only && !(attached && n.form == NumberForm::kDigits))
        continue;
      if (!MayStart(w.word, w.attached_only ? next : spaced)) continue;
      Cursor probe = *c;
      if (!w.attached_only) probe.SkipSpaces();
      const size_t at = probe.pos();
      if (probe.TakeWord(w.word)) {
        e->currency = c->text().substr(at, probe.pos() - at);
        *c = probe;
        break;
      }
    }
  }
  e->end = c->pos();
  return true;
}

bool OneSided(v1::Qualifier q, int* direction) {
  switch (q) {
    case v1::QUALIFIER_MORE_THAN:
    case v1::QUALIFIER_AT_LEAST:
    case v1::QUALIFIER_JUST_OVER:
      *direction = 1;
      return true;
    case v1::QUALIFIER_LESS_THAN:
    case v1::QUALIFIER_AT_MOST:
    case v1::QUALIFIER_JUST_UNDER:
      *direction = -1;
      return true;
    default:
      return false;
  }
}

// A qualifier after the number, merged with the one before; false when the
// two disagree ("at most 30 or more").
bool MergeAfter(v1::Qualifier before, v1::Qualifier after,
                v1::Qualifier* merged) {
  if (after == kOrEqual) {
    if (before == v1::QUALIFIER_LESS_THAN) {
      *merged = v1::QUALIFIER_AT_MOST;
      return true;
    }
    if (before == v1::QUALIFIER_MORE_THAN) {
      *merged = v1::QUALIFIER_AT_LEAST;
      return true;
    }
    return false;
  }
  int d_before = 0, d_after = 0;
  OneSided(after, &d_after);
  if (OneSided(before, &d_before) && d_before != d_after) return false;
  *merged = after;
  return true;
}

// "or greater than" with no number after it, as in "200 or greater than".
void TakeDanglingThan(Cursor* c) {
  Cursor probe = *c;
  if (!probe.TakeNextWord("than")) return;
  Cursor after = probe;
  after.SkipSpaces();
  const unsigned char next = after.Peek();
  if (IsDigit(next) || IsLetter(next)) return;
  *c = probe;
}

// Makes `low` and `high` one span, sharing the unit, scale and currency
// printed on one end only ("2 to 3 million", "20 to 30 percent"). False when
// they cannot be one (the ends do not rise, or disagree).
bool MakeSpan(End* low, End* high) {
  if (low->number.form == NumberForm::kOrdinal ||
      high->number.form == NumberForm::kOrdinal) {
    return false;
  }
  if (low->unit == v1::UNIT_UNSPECIFIED && high->unit != v1::UNIT_UNSPECIFIED) {
    low->unit = high->unit;
    if (high->hundredths) {
      low->number.value /= 100;
      low->number.digit_unit /= 100;
    }
  } else if (high->unit == v1::UNIT_UNSPECIFIED) {
    high->unit = low->unit;
  } else if (low->unit != high->unit) {
    return false;
  }
  if (low->currency.empty()) low->currency = high->currency;
  if (high->currency.empty()) high->currency = low->currency;
  if (!low->number.scaled && high->number.scaled &&
      high->number.scale != v1::SCALE_UNSPECIFIED) {
    const Rational factor = ScaleFactor(high->number.scale);
    if (low->Value() * factor < high->Value()) {
      low->number.value *= factor;
      low->number.digit_unit *= factor;
      low->number.scale = high->number.scale;
    }
  }
  return low->Value() < high->Value();
}

NumberEnd EndOf(const End& e, v1::Qualifier q) {
  NumberEnd out;
  out.value = e.Value();
  out.digit_unit = e.number.digit_unit;
  out.qualifier = q;
  out.begin = e.value_begin;
  out.end = e.value_end;
  return out;
}

void SetFrom(const End& e, NumberPhrase* p) {
  p->form = e.number.form;
  p->value = e.Value();
  p->digit_unit = e.number.digit_unit;
  p->significant_digits = e.number.significant;
  p->scale = e.number.scale;
  p->unit = e.unit;
  p->currency = e.currency;
  p->value_begin = e.value_begin;
  p->value_end = e.value_end;
}

// A span's connector after its low end: "-", "–", "~", and when `words`,
// "to", "through".
bool TakeSpanConnector(Cursor* c, const End& low, bool words) {
  Cursor probe = *c;
  // "20-30": a hyphen with digits straight on both sides.
  if (low.number.form == NumberForm::kDigits && probe.Take("-") &&
      IsDigit(probe.Peek())) {
    *c = probe;
    return true;
  }
  probe = *c;
  probe.SkipSpaces();
  if (probe.Take(kEnDash) || probe.Take("~") ||
      (words && (probe.TakeWord("to") || probe.TakeWord("through") ||
                 probe.TakeWord("thru")))) {
    probe.SkipSpaces();
    *c = probe;
    return true;
  }
  return false;
}

// After a span made with a hyphen, another hyphen and digits ("222-2222-2222")
// make it a code, not a range.
bool CodeFollows(const Cursor& c) {
  Cursor probe = c;
  return (probe.Take("-") || probe.Take("/")) && IsDigit(probe.Peek());
}

}  // namespace

// Group nouns a figure's text may be: "trio" is 3. Exact: a trio is three.
// Not "a couple" (two, or a few) nor "a handful": a reader takes them two
// ways.
struct GroupWord {
  absl::string_view word;
  int value;
};
constexpr GroupWord kGroupWords[] = {
    {"pair", 2}, {"duo", 2}, {"trio", 3}, {"quartet", 4}, {"quintet", 5},
};

// The part of a decade a forecast names, as the US National Weather
// Service words it: "lower 60s" is 60 to 63, "mid 60s" 64 to 66, "upper
// 60s" 67 to 69.
struct DecadePart {
  absl::string_view word;
  int low;
  int high;
};
constexpr DecadePart kDecadeParts[] = {
    {"lower", 0, 3}, {"low", 0, 3},   {"middle", 4, 6},
    {"mid", 4, 6},   {"upper", 7, 9}, {"high", 7, 9},
};

// Forms read only in a figure's own text, where nothing follows them; in
// running text they are prose as often ("a pair of shoes", "the low 60s of
// last week"). Reads, at the cursor: a group noun ("a trio", "trio"), one
// unit in words ("a full percentage point", "a percentage point"), one as
// an article ("a", "an", "another", "one more"), or a decade or part of one
// ("the 60s", "middle 60s", "upper-80s").
bool ReadFigureWords(Cursor* c, NumberPhrase* phrase) {
  const size_t begin = c->pos();
  auto done = [&](const Cursor& at) {
    Cursor rest = at;
    rest.SkipSpaces();
    if (!rest.AtEnd()) return false;
    *c = at;
    phrase->value_begin = begin;
    phrase->value_end = at.pos();
    return true;
  };
  // "a trio", "a pair".
  {
    Cursor g = *c;
    if (g.TakeWord("a")) g.SkipSpaces();
    const unsigned char next = g.Next();
    for (const GroupWord& w : kGroupWords) {
      if (!MayStart(w.word, next)) continue;
      Cursor at = g;
      if (at.TakeWord(w.word)) {
        phrase->form = NumberForm::kWords;
        phrase->value = Rational(w.value);
        phrase->digit_unit = Rational(1);
        phrase->significant_digits = 1;
        return done(at);
      }
    }
  }
  // "a full percentage point", "a percentage point": one.
  {
    Cursor a = *c;
    if (a.TakeWord("a") && a.SkipSpaces()) {
      Cursor full = a;
      if (full.TakeWord("full") && full.SkipSpaces()) a = full;
      const int k = TakeLongest<kUnitWords>(&a, false);
      if (k >= 0 && !kUnitWords[k].hundredths &&
          (kUnitWords[k].unit == v1::UNIT_PERCENTAGE_POINTS ||
           kUnitWords[k].unit == v1::UNIT_PERCENT) &&
          kUnitWords[k].word.size() > 3) {
        phrase->form = NumberForm::kWords;
        phrase->value = Rational(1);
        phrase->digit_unit = Rational(1);
        phrase->significant_digits = 1;
        phrase->unit = kUnitWords[k].unit;
        return done(a);
      }
    }
  }
  // "a", "an", "another", "one more": one, as "one" reads ("a man died",
  // "another was crushed", "one more death"). Only as the whole text: in
  // running text an article is a number no more often than a word.
  {
    Cursor one = *c;
    Cursor more = *c;
    if (one.TakeWord("another") || one.TakeWord("an") || one.TakeWord("a") ||
        (more.TakeWord("one") && more.SkipSpaces() && more.TakeWord("more") &&
         (one = more, true))) {
      if (done(one)) {
        phrase->form = NumberForm::kWords;
        phrase->value = Rational(1);
        phrase->digit_unit = Rational(1);
        phrase->significant_digits = 1;
        return true;
      }
    }
  }
  // "the 60s", "middle 60s", "upper-80s", "the mid-60s".
  {
    Cursor d = *c;
    if (d.TakeWord("the")) d.SkipSpaces();
    const DecadePart* part = nullptr;
    const unsigned char next = d.Next();
    for (const DecadePart& p : kDecadeParts) {
      if (!MayStart(p.word, next)) continue;
      Cursor at = d;
      if (at.TakeWord(p.word) && (at.Take("-") || at.SkipSpaces())) {
        part = &p;
        d = at;
        break;
      }
    }
    if (IsDigit(d.Peek()) && IsDigit(d.Peek(1)) && d.Peek(1) == '0' &&
        d.Peek() != '0' && (d.Peek(2) == 's' || d.Peek(2) == 'S') &&
        !IsLetter(d.Peek(3))) {
      const int tens = (d.Peek() - '0') * 10;
      Cursor at = d;
      at.Take(d.text().substr(d.pos(), 3));
      phrase->form = NumberForm::kDigits;
      phrase->value = Rational(tens + (part ? part->low : 0));
      phrase->digit_unit = Rational(1);
      phrase->significant_digits = 2;
      phrase->range = NumberRange::kSpan;
      phrase->high.value = Rational(tens + (part ? part->high : 9));
      phrase->high.digit_unit = Rational(1);
      phrase->high.qualifier = phrase->qualifier;
      phrase->high.begin = d.pos();
      phrase->high.end = at.pos();
      return done(at);
    }
  }
  return false;
}

namespace {

// Digits with no leading zero, at most 18 of them, from `pos` to the end of
// the text ("498" as a figure's text, most figures): what the grammar below
// reads them as, a whole number in digits with nothing before or after it,
// made without it. nullopt for anything else.
std::optional<NumberPhrase> PlainDigitsToEnd(absl::string_view text,
                                             size_t pos) {
  const size_t digits = pos < text.size() ? text.size() - pos : 0;
  if (digits == 0 || digits > 18 || (text[pos] == '0' && digits > 1))
    return std::nullopt;
  int64_t value = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    if (!IsDigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  NumberPhrase phrase;
  phrase.begin = phrase.value_begin = pos;
  phrase.end = phrase.value_end = text.size();
  phrase.form = NumberForm::kDigits;
  phrase.value = value;
  phrase.digit_unit = 1;
  phrase.significant_digits = static_cast<int>(digits);
  return phrase;
}

}  // namespace

std::optional<NumberPhrase> ReadNumberPhrase(
    absl::string_view text, size_t pos, NumberPhraseError* error,
    const NumberPhraseOptions& options) {
  if (std::optional<NumberPhrase> plain = PlainDigitsToEnd(text, pos))
    return plain;
  Cursor c(text, pos);
  c.SkipSpaces();
  NumberPhrase phrase;
  phrase.begin = c.pos();

  // "between 20 and 30", "from 1,000 to 1,500".
  {
    Cursor probe = c;
    const bool between = probe.TakeWord("between");
    const bool from = !between && options.whole_text && probe.TakeWord("from");
    if (between || from) {
      probe.SkipSpaces();
      End low, high;
      if (ReadEnd(&probe, &low, nullptr) &&
          (between
               ? (probe.TakeNextWord("and") || probe.TakeNextWord("to"))
               : (probe.TakeNextWord("to") || probe.TakeNextWord("through"))) &&
          (probe.SkipSpaces(), ReadEnd(&probe, &high, nullptr)) &&
          MakeSpan(&low, &high)) {
        SetFrom(low, &phrase);
        phrase.range = NumberRange::kSpan;
        phrase.high = EndOf(high, v1::QUALIFIER_UNSPECIFIED);
        phrase.end = high.end;
        return phrase;
      }
      Fail(error, "UNPARSABLE_NUMBER");
      return std::nullopt;
    }
  }

  const int q = TakeLongest<kQualifiersBefore>(&c, false);
  if (q >= 0) {
    phrase.qualifier = kQualifiersBefore[q].qualifier;
    c.SkipSpaces();
  }
  if (options.whole_text && ReadFigureWords(&c, &phrase)) {
    phrase.end = c.pos();
    return phrase;
  }
  End first;
  if (!ReadEnd(&c, &first, error)) return std::nullopt;
  SetFrom(first, &phrase);
  // "2.1:1", "about 2:1": a ratio to one, read as the multiple (the second
  // term is the one the ratio is scaled to). "4:3", "7:2": a ratio of two
  // printed numbers, each rounded as printed (NumberRange::kRatio); no
  // one-sided qualifier ("more than 4:3" is refused).
  if (options.whole_text && first.number.form == NumberForm::kDigits &&
      first.unit == v1::UNIT_UNSPECIFIED && first.currency.empty() &&
      !first.number.scaled && !first.negative) {
    Cursor ratio = c;
    Number second;
    if (ratio.Take(":") && IsDigit(ratio.Peek()) &&
        ReadDigits(&ratio, &second, nullptr) &&
        second.form == NumberForm::kDigits && !IsDigit(ratio.Peek()) &&
        ratio.Peek() != '.' && ratio.Peek() != ':' && !IsLetter(ratio.Peek())) {
      const bool to_one = second.value == 1 && second.digit_unit == 1;
      if (to_one) {
        phrase.unit = v1::UNIT_MULTIPLE;
        c = ratio;
      } else if ((phrase.qualifier == v1::QUALIFIER_UNSPECIFIED ||
                  phrase.qualifier == v1::QUALIFIER_ABOUT) &&
                 second.value > second.digit_unit / 2) {
        phrase.unit = v1::UNIT_MULTIPLE;
        phrase.range = NumberRange::kRatio;
        phrase.high.value = second.value;
        phrase.high.digit_unit = second.digit_unit;
        phrase.high.qualifier = phrase.qualifier;
        phrase.high.begin = c.pos() + 1;
        phrase.high.end = ratio.pos();
        c = ratio;
      }
    }
  }
  int direction = 0;
  const bool one_sided = OneSided(phrase.qualifier, &direction);

  if (first.number.form != NumberForm::kOrdinal &&
      phrase.range != NumberRange::kRatio) {
    // A span: "20 to 30", "20-30", "about 2–3 million".
    Cursor probe = c;
    End high;
    if ((phrase.qualifier == v1::QUALIFIER_UNSPECIFIED ||
         phrase.qualifier == v1::QUALIFIER_ABOUT) &&
        TakeSpanConnector(&probe, first, options.whole_text) &&
        ReadEnd(&probe, &high, nullptr) && !CodeFollows(probe)) {
      End low = first;
      if (MakeSpan(&low, &high)) {
        SetFrom(low, &phrase);
        phrase.range = NumberRange::kSpan;
        phrase.high = EndOf(high, phrase.qualifier);
        c = probe;
      }
    }
    // Two bounds: "more than 10 and less than 20".
    if (phrase.range == NumberRange::kNone && one_sided) {
      Cursor probe = c;
      const bool joined = probe.TakeNextWord(", and") ||
                          probe.TakeNextWord(", but") ||
                          probe.TakeNextWord("and") ||
                          probe.TakeNextWord("but") || probe.TakeNextWord(",");
      probe.SkipSpaces();
      const int q2 =
          joined ? TakeLongest<kQualifiersBefore>(&probe, false) : -1;
      int direction2 = 0;
      End other;
      if (q2 >= 0 && OneSided(kQualifiersBefore[q2].qualifier, &direction2) &&
          direction2 == -direction && (probe.SkipSpaces(), true) &&
          ReadEnd(&probe, &other, nullptr) &&
          other.number.form != NumberForm::kOrdinal) {
        const bool first_is_lower = direction > 0;
        const End& lower = first_is_lower ? first : other;
        const End& upper = first_is_lower ? other : first;
        const v1::Qualifier lower_q =
            first_is_lower ? phrase.qualifier : kQualifiersBefore[q2].qualifier;
        const v1::Qualifier upper_q =
            first_is_lower ? kQualifiersBefore[q2].qualifier : phrase.qualifier;
        if (lower.Value() < upper.Value() &&
            (lower.unit == upper.unit || upper.unit == v1::UNIT_UNSPECIFIED ||
             lower.unit == v1::UNIT_UNSPECIFIED)) {
          SetFrom(lower, &phrase);
          if (phrase.unit == v1::UNIT_UNSPECIFIED) phrase.unit = upper.unit;
          phrase.qualifier = lower_q;
          phrase.range = NumberRange::kBounds;
          phrase.high = EndOf(upper, upper_q);
          c = probe;
        }
      }
    }
    if (phrase.range == NumberRange::kNone) {
      // "30 or more", "less than 5000 or equal", "30+".
      Cursor probe = c;
      const int after = TakeLongest<kQualifiersAfter>(&probe, true);
      v1::Qualifier merged;
      if (after >= 0 &&
          MergeAfter(phrase.qualifier, kQualifiersAfter[after].qualifier,
                     &merged)) {
        phrase.qualifier = merged;
        TakeDanglingThan(&probe);
        c = probe;
      } else {
        // "30+": a plus sign straight after the number.
        probe = c;
        if (probe.Take("+") && !IsDigit(probe.Peek()) &&
            MergeAfter(phrase.qualifier, v1::QUALIFIER_AT_LEAST, &merged)) {
          phrase.qualifier = merged;
          c = probe;
        }
      }
    }
    // A unit of measure after the number, in a figure's own text: "75p",
    // "6 cents", "12 kilograms", "26.1 square kilometres" (units.h's table).
    // Not in running text, where the words after a number are prose as
    // often ("12 feet away", "3 hours later" read with their sentence).
    if (options.whole_text && phrase.unit == v1::UNIT_UNSPECIFIED &&
        phrase.currency.empty() &&
        (phrase.form == NumberForm::kDigits ||
         phrase.form == NumberForm::kWords)) {
      const bool attached = !c.AtEnd() && c.SpaceAt(c.pos()) == 0;
      // Only the words that start with the byte after any spaces: an
      // attached word needs the number to be followed by no space, and no
      // unit word starts with a space.
      const absl::Span<const UnitWord> words = UnitWords();
      for (const uint16_t i :
           UnitWordIndex().StartingWith(c.NextAfterSpaces())) {
        const UnitWord& w = words[i];
        if (w.before || w.symbol.empty()) continue;
        if (w.attached && !(attached && phrase.form == NumberForm::kDigits)) {
          continue;
        }
        Cursor probe = c;
        if (!w.attached) probe.SkipSpaces();
        if (w.word.size() == 1) {
          const char printed = static_cast<char>(probe.Peek());
          const char wanted =
              w.capital ? absl::ascii_toupper(w.word[0]) : w.word[0];
          if (printed != wanted) continue;
        }
        if (probe.TakeWord(w.word)) {
          phrase.measure_symbol = w.symbol;
          c = probe;
          break;
        }
      }
    }
    // "17.4 per 100,000", "5 per million": a rate's N, a number with no
    // sign, qualifier or unit.
    Cursor per = c;
    if (per.TakeNextWord("per")) {
      per.SkipSpaces();
      const size_t n_begin = per.pos();
      Number n;
      bool read = false;
      for (const ScaleWord& w : kScaleWords) {
        if (w.word.size() > 3 && per.TakeWord(w.word)) {
          n.value = ScaleFactor(w.scale);
          read = true;
          break;
        }
      }
      if (!read && (IsDigit(per.Peek()) || IsLetter(per.Peek())) &&
          ReadNumber(&per, &n, nullptr) &&
          (n.form == NumberForm::kDigits || n.form == NumberForm::kWords)) {
        const bool attached = !per.AtEnd() && per.SpaceAt(per.pos()) == 0 &&
                              n.form == NumberForm::kDigits;
        if (!n.scaled) {
          for (const ScaleWord& w : kScaleWords) {
            if (w.word.size() <= 3 && !attached) continue;
            if (per.TakeNextWord(w.word)) {
              n.value *= ScaleFactor(w.scale);
              break;
            }
          }
        }
        read = true;
      }
      if (read) {
        phrase.rate_per = n.value;
        phrase.rate_per_begin = n_begin;
        phrase.rate_per_end = per.pos();
        c = per;
      }
    }
  }
  phrase.end = c.pos();
  return phrase;
}

namespace {

// The lower-case run of ASCII letters each entry of a table starts with
// ("more" for "more than", "us" for "us$"); nothing for an entry that
// starts with another byte.
template <typename Table, typename WordOf>
void AddFirstRuns(const Table& table, WordOf word_of,
                  absl::flat_hash_set<std::string>* out) {
  for (const auto& entry : table) {
    const absl::string_view word = word_of(entry);
    size_t n = 0;
    while (n < word.size() && IsLetter(static_cast<unsigned char>(word[n]))) {
      ++n;
    }
    if (n > 0) out->insert(absl::AsciiStrToLower(word.substr(0, n)));
  }
}

// What a run of letters the reader knows needs after it to start a phrase.
enum class Need : uint8_t {
  kNothing,
  // It starts only qualifiers printed before the number ("in" of "in excess
  // of", "as" of "as many as", "about"): one of them standing there whole,
  // and a number that may start after it.
  kQualifier,
  // "a", "an": a number word after it, as ReadTokens joins words ("a
  // third", "a hundred", "a half"); ReadWords reads the article alone as
  // nothing.
  kNumberWord,
};

// Every run of letters a phrase of running text can start with: the first
// words of ReadNumberPhrase's tables and of the words it takes by name.
// Each of those is taken only where its letters are the whole run at the
// cursor (MatchWord refuses a letter after a word that ends in one, and a
// word that goes on past its first run goes on with a space or a sign), so
// a run not listed starts no phrase. Built once and never changed.
struct Runs {
  // The words, grouped by Pair(): those of pair p are
  // words[first[p]] .. words[first[p + 1] - 1]. A pair holds a few words at
  // most, so a run is compared with them instead of hashed.
  std::vector<std::string> words;
  // What words[k] needs after it to start a phrase (Need).
  std::vector<uint8_t> needs;
  std::array<uint32_t, 32 * 32 + 1> first{};
  // Bit n of lengths[Pair(w)] is set when a word w of n letters starts
  // with those two bytes: most runs are ruled out by that before they are
  // compared.
  std::array<uint64_t, 32 * 32> lengths{};
  // The qualifiers printed before a number (kQualifiersBefore) whose first
  // run is words[k], in table order: qualifiers[qualifiers_first[k]] ..
  // qualifiers[qualifiers_first[k + 1] - 1]. Only those can stand whole
  // where words[k] is the run (Runs above).
  std::vector<uint32_t> qualifiers_first;
  std::vector<uint16_t> qualifiers;
  // A word's first two bytes (one byte: and nothing), by their low five
  // bits: two lower-case ASCII letters differ there.
  static size_t Pair(const char* w, size_t n) {
    return (static_cast<unsigned char>(w[0]) & 31) * 32 +
           (n > 1 ? static_cast<unsigned char>(w[1]) & 31 : 0);
  }
};

ABSL_ATTRIBUTE_ALWAYS_INLINE inline const Runs& StartRuns() {
  static const Runs* const runs = [] {
    auto* all = new Runs;
    absl::flat_hash_set<std::string> set;
    auto* out = &set;
    const auto word = [](const auto& e) { return absl::string_view(e.word); };
    absl::flat_hash_set<std::string> qualifiers;
    AddFirstRuns(kQualifiersBefore, word, &qualifiers);
    AddFirstRuns(kMultipleWords, word, out);
    AddFirstRuns(
        kGlyphFractions,
        [](const GlyphFraction& g) { return absl::string_view(g.glyph); }, out);
    AddFirstRuns(
        kCurrencySigns, [](absl::string_view s) { return s; }, out);
    for (const auto& [w, _] : TokenWords()) out->insert(w);
    for (const absl::string_view w : {"between", "minus", "negative"}) {
      out->insert(std::string(w));
    }
    // "and" is a number word only after "hundred" or a scale word ("one
    // hundred and five"): ReadCardinal stops at an "and" first, and
    // ReadWords then has no numerator, so no phrase starts with it.
    set.erase("and");
    // The runs that start something besides a qualifier, then the rest.
    const absl::flat_hash_set<std::string> others = set;
    set.insert(qualifiers.begin(), qualifiers.end());
    all->words.assign(set.begin(), set.end());
    std::sort(all->words.begin(), all->words.end(),
              [](const std::string& a, const std::string& b) {
                const size_t pa = Runs::Pair(a.data(), a.size());
                const size_t pb = Runs::Pair(b.data(), b.size());
                return pa != pb ? pa < pb : a < b;
              });
    size_t k = 0;
    for (size_t pair = 0; pair <= 32 * 32; ++pair) {
      while (k < all->words.size() &&
             Runs::Pair(all->words[k].data(), all->words[k].size()) < pair) {
        ++k;
      }
      all->first[pair] = static_cast<uint32_t>(k);
    }
    for (const std::string& w : all->words) {
      all->lengths[Runs::Pair(w.data(), w.size())] |=
          uint64_t{1} << std::min<size_t>(w.size(), 63);
      all->needs.push_back(
          static_cast<uint8_t>(!others.contains(w)     ? Need::kQualifier
                               : w == "a" || w == "an" ? Need::kNumberWord
                                                       : Need::kNothing));
    }
    absl::flat_hash_map<std::string, size_t> index_of;
    for (size_t k = 0; k < all->words.size(); ++k) {
      index_of[all->words[k]] = k;
    }
    std::vector<std::vector<uint16_t>> of(all->words.size());
    for (size_t i = 0; i < std::size(kQualifiersBefore); ++i) {
      const absl::string_view word = kQualifiersBefore[i].word;
      size_t n = 0;
      while (n < word.size() && IsLetter(static_cast<unsigned char>(word[n]))) {
        ++n;
      }
      if (n == 0) continue;
      const auto it = index_of.find(absl::AsciiStrToLower(word.substr(0, n)));
      if (it != index_of.end()) {
        of[it->second].push_back(static_cast<uint16_t>(i));
      }
    }
    for (const std::vector<uint16_t>& qualifiers : of) {
      all->qualifiers_first.push_back(
          static_cast<uint32_t>(all->qualifiers.size()));
      all->qualifiers.insert(all->qualifiers.end(), qualifiers.begin(),
                             qualifiers.end());
    }
    all->qualifiers_first.push_back(
        static_cast<uint32_t>(all->qualifiers.size()));
    return all;
  }();
  return *runs;
}

// MayStartNumberPhrase, where a run that starts only qualifiers says yes.
// *run_index is the index in StartRuns().words of the run found, if any.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool MayStartAt(absl::string_view text,
                                                    size_t pos, Need* need,
                                                    uint32_t* run_index) {
  *need = Need::kNothing;
  // Spaces as the reader skips them; most words have none before them.
  if (pos < text.size() &&
      (absl::ascii_isspace(static_cast<unsigned char>(text[pos])) ||
       static_cast<unsigned char>(text[pos]) >= 0x80)) {
    pos = SpacesEnd(text, pos);
  }
  if (pos >= text.size() || !IsLetter(static_cast<unsigned char>(text[pos]))) {
    return true;
  }
  // The run of letters; one longer than any listed word may be anything.
  char lower[32];
  size_t length = 1;
  while (pos + length < text.size() &&
         IsLetter(static_cast<unsigned char>(text[pos + length]))) {
    if (length == sizeof(lower)) return true;
    ++length;
  }
  // Pair() reads the low five bits of the first two bytes, which ASCII
  // case does not change: most runs are ruled out before they are
  // lower-cased.
  const Runs& runs = StartRuns();
  const size_t pair = Runs::Pair(text.data() + pos, length);
  if ((runs.lengths[pair] >> length & 1) == 0) return false;
  for (size_t k = 0; k < length; ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(text[pos + k]));
  }
  // Compared here, a byte at a time: the words are a few letters long,
  // and a call to memcmp for each cost more.
  for (uint32_t k = runs.first[pair]; k < runs.first[pair + 1]; ++k) {
    const std::string& word = runs.words[k];
    if (word.size() != length) continue;
    size_t same = 0;
    while (same < length && word[same] == lower[same]) ++same;
    if (same == length) {
      *need = static_cast<Need>(runs.needs[k]);
      *run_index = k;
      return true;
    }
  }
  return false;
}

// The number of ASCII letters from `pos` on; more than 32 may be counted
// as any number over 32. Sixteen bytes at a time where sixteen remain: a
// word of news is seldom longer, so most are counted in one step.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline size_t LetterRun(absl::string_view text,
                                                     size_t pos) {
  size_t n = 0;
#if defined(__SSE2__)
  // A byte is a letter when its lower case, OR 0x20, lies in 'a'..'z':
  // adding 0x80 - 'a' moves that range to the lowest 26 signed bytes, and
  // no other byte lands there (those past ASCII land above it).
  const __m128i fold = _mm_set1_epi8(0x20);
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i below = _mm_set1_epi8(static_cast<char>(-128 + 26));
  while (pos + n + 16 <= text.size() && n <= 32) {
    const __m128i b = _mm_loadu_si128(
        reinterpret_cast<const __m128i*>(text.data() + pos + n));
    const __m128i letters =
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(b, fold), shift), below);
    const unsigned others =
        ~static_cast<unsigned>(_mm_movemask_epi8(letters)) & 0xFFFFu;
    if (others != 0) return n + __builtin_ctz(others);
    n += 16;
  }
#endif
  while (pos + n < text.size() && n <= 32 &&
         IsLetter(static_cast<unsigned char>(text[pos + n]))) {
    ++n;
  }
  return n;
}

// MayStartNumberPhrase past its quick refusal.
ABSL_ATTRIBUTE_NOINLINE bool MayStartNumberPhraseAt(absl::string_view text,
                                                    size_t pos) {
  Need need;
  uint32_t run = 0;
  if (!MayStartAt(text, pos, &need, &run)) return false;
  Cursor c(text, pos);
  c.SkipSpaces();
  switch (need) {
    case Need::kNothing:
      return true;
    case Need::kQualifier: {
      // ReadNumberPhrase takes the longest qualifier here and reads the
      // number after it, and with none here reads a number at the run,
      // which cannot start one. So a phrase starts here only when a
      // qualifier stands here whole and a number may start after it, as
      // the reader reads them: "in the" and "up from" start nothing. The
      // end of the longest, as TakeLongest<kQualifiersBefore> finds it,
      // trying only the qualifiers whose first run this is.
      const Runs& runs = StartRuns();
      size_t end = 0;
      for (uint32_t q = runs.qualifiers_first[run];
           q < runs.qualifiers_first[run + 1]; ++q) {
        end = std::max(end,
                       c.MatchWord(kQualifiersBefore[runs.qualifiers[q]].word));
      }
      if (end == 0) return false;
      c = Cursor(text, end);
      c.SkipSpaces();
      return MayStartAt(text, c.pos(), &need, &run);
    }
    case Need::kNumberWord: {
      // The next word as ReadTokens reaches it (spaces, or a hyphen), one
      // that may be a number word: "a new", "an hour" start nothing.
      while (IsLetter(c.Peek())) c = Cursor(text, c.pos() + 1);
      const size_t end = c.pos();
      c.SkipSpaces();
      if (c.Take("-")) c.SkipSpaces();
      if (c.pos() == end) return false;
      return MayStartAt(text, c.pos(), &need, &run);
    }
  }
  return true;
}

}  // namespace

bool MayStartNumberPhrase(absl::string_view text, size_t pos) {
  // Most words asked of start nothing, and their run of letters says so by
  // its length and first two bytes (as MayStartAt, which asks the same of
  // the rest): answered here, without the whole look's frame.
  if (pos < text.size() && IsLetter(static_cast<unsigned char>(text[pos]))) {
    const size_t length = LetterRun(text, pos);
    if (length <= 32 &&
        (StartRuns().lengths[Runs::Pair(text.data() + pos, length)] >> length &
         1) == 0) {
      return false;
    }
  }
  return MayStartNumberPhraseAt(text, pos);
}

size_t SpacesEnd(absl::string_view text, size_t pos) {
  Cursor c(text, pos);
  c.SkipSpaces();
  return c.pos();
}

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

}  // namespace claimcheck
