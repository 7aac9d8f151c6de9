#include "engine/reading/number_phrase.h"

#include <optional>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/limits.h"

namespace claimcheck {
namespace {

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
// Longest first; the forms of up to three letters only right after digits
// ("40k", "3bn").
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

constexpr absl::string_view kCurrencySigns[] = {"us$", "$", "\xE2\x82\xAC",
                                                "\xC2\xA3"};

struct WordValue {
  absl::string_view word;
  int value;
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

bool IsLetter(unsigned char c) { return absl::ascii_isalpha(c); }
bool IsDigit(unsigned char c) { return absl::ascii_isdigit(c); }

// A position in the text with the matching rules of the header: ASCII case
// ignored, any run of spaces (ASCII, U+00A0, U+2009, U+202F) between words.
class Cursor {
 public:
  Cursor(absl::string_view text, size_t pos) : text_(text), pos_(pos) {}

  size_t pos() const { return pos_; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  unsigned char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size()
               ? static_cast<unsigned char>(text_[pos_ + ahead])
               : 0;
  }
  // The length of the space character at `p`, 0 if there is none.
  size_t SpaceAt(size_t p) const {
    if (p >= text_.size()) return 0;
    const unsigned char c = static_cast<unsigned char>(text_[p]);
    if (c < 0x80) return absl::ascii_isspace(c) ? 1 : 0;
    const absl::string_view rest = text_.substr(p);
    if (absl::StartsWith(rest, "\xC2\xA0")) return 2;  // no-break
    if (absl::StartsWith(rest, "\xE2\x80\x89") ||      // thin
        absl::StartsWith(rest, "\xE2\x80\xAF")) {      // narrow
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
  // Takes the character `c` (ASCII, compared as is).
  bool Take(char c) {
    if (Peek() != static_cast<unsigned char>(c)) return false;
    ++pos_;
    return true;
  }
  // Takes `word` (lower case; a space in it matches any run of spaces) when
  // it stands here and, if it ends in a letter, no letter follows it.
  bool TakeWord(absl::string_view word) {
    size_t p = pos_;
    for (size_t i = 0; i < word.size(); ++i) {
      if (word[i] == ' ') {
        const size_t start = p;
        while (size_t n = SpaceAt(p)) p += n;
        if (p == start) return false;
        continue;
      }
      if (p >= text_.size() || absl::ascii_tolower(static_cast<unsigned char>(
                                   text_[p])) != word[i]) {
        return false;
      }
      ++p;
    }
    if (IsLetter(static_cast<unsigned char>(word.back())) && p < text_.size() &&
        IsLetter(static_cast<unsigned char>(text_[p]))) {
      return false;
    }
    pos_ = p;
    return true;
  }
  // Takes `word` when the text here starts with it, whatever follows.
  bool TakePrefix(absl::string_view word) {
    if (pos_ + word.size() > text_.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (absl::ascii_tolower(static_cast<unsigned char>(text_[pos_ + i])) !=
          word[i]) {
        return false;
      }
    }
    pos_ += word.size();
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
  // Takes a minus sign: '-' or U+2212.
  bool TakeMinus() {
    if (Take('-')) return true;
    if (absl::StartsWith(text_.substr(pos_), "\xE2\x88\x92")) {
      pos_ += 3;
      return true;
    }
    return false;
  }

 private:
  absl::string_view text_;
  size_t pos_;
};

// A number as printed, before any scale word.
struct Digits {
  Rational value;
  Rational digit_unit = 1;
  int significant = 0;
};

void Fail(NumberPhraseError* error, absl::string_view reason,
          std::string detail = "") {
  if (error == nullptr) return;
  error->reason = reason;
  error->detail = std::move(detail);
}

// Reads digits with optional thousands separators and a point. Separators
// must group the whole part in threes ("1,234,567"), else it is an error.
bool ReadDigits(absl::string_view text, Cursor* c, Digits* d,
                NumberPhraseError* error) {
  size_t i = c->pos();
  // Every digit, whole part then decimals; the number has at most
  // kMaxSignificantDigits that count, so leading zeros are skipped.
  std::string all;
  size_t group = 0, first_group = 0;
  bool separators = false, grouped_in_threes = true;
  while (i < text.size() && (IsDigit(text[i]) || text[i] == ',')) {
    if (text[i] == ',') {
      // A comma followed by a non-digit ends the number ("6, 7").
      if (i + 1 >= text.size() || !IsDigit(text[i + 1])) break;
      if (!separators) {
        first_group = group;
      } else {
        grouped_in_threes = grouped_in_threes && group == 3;
      }
      group = 0;
      separators = true;
    } else {
      all.push_back(text[i]);
      ++group;
    }
    ++i;
  }
  if (separators && !(first_group >= 1 && first_group <= 3 &&
                      grouped_in_threes && group == 3)) {
    Fail(error, "BAD_THOUSANDS_SEPARATOR",
         "cannot be read as a number: thousands separators must group the "
         "digits in threes, as in \"1,234,567\"");
    return false;
  }
  size_t decimals = 0;
  // A point counts only with a digit after it: "in 192." ends at "192".
  if (i + 1 < text.size() && text[i] == '.' && IsDigit(text[i + 1])) {
    ++i;
    while (i < text.size() && IsDigit(text[i])) {
      all.push_back(text[i]);
      ++decimals;
      ++i;
    }
  }
  if (all.empty()) {
    Fail(error, "BAD_THOUSANDS_SEPARATOR",
         "cannot be read as a number: no digits");
    return false;
  }
  // Leading zeros are not significant; "0.03" has one significant digit.
  const size_t first = all.find_first_not_of('0');
  d->significant =
      first == std::string::npos ? 1 : static_cast<int>(all.size() - first);
  if (d->significant > kMaxSignificantDigits) {
    Fail(error, "TOO_MANY_DIGITS",
         absl::StrCat("has ", d->significant,
                      " significant digits; the engine reads at most ",
                      kMaxSignificantDigits));
    return false;
  }
  d->digit_unit = Pow10(-static_cast<int>(decimals));
  d->value = Rational(Integer(all, 10), d->digit_unit.get_den());
  d->value.canonicalize();
  *c = Cursor(text, i);
  return true;
}

// Reads a number from 0 to 99 in words: "six", "twenty-one", "forty two".
std::optional<int> ReadSmallNumber(Cursor* c) {
  for (const auto& tens : kTens) {
    Cursor probe = *c;
    if (!probe.TakePrefix(tens.word)) continue;
    // "twenty-one", "twenty one": the tens and a unit after a hyphen or
    // spaces.
    if (probe.Take('-') || probe.SkipSpaces()) {
      for (const auto& unit : kSmallNumbers) {
        if (unit.value < 1 || unit.value > 9) continue;
        Cursor r = probe;
        if (r.TakeWord(unit.word)) {
          *c = r;
          return tens.value + unit.value;
        }
      }
    }
    if (c->TakeWord(tens.word)) return tens.value;
  }
  // Longest first, so "fourteen" is not read as "four".
  for (int k = 19; k >= 0; --k) {
    if (c->TakeWord(kSmallNumbers[k].word)) return kSmallNumbers[k].value;
  }
  return std::nullopt;
}

// True when a scale word of four letters or more ("thousand", "million")
// comes next, after spaces.
bool ScaleWordFollows(const Cursor& c) {
  for (const auto& w : kScaleWords) {
    Cursor probe = c;
    if (w.word.size() > 2 && probe.TakeNextWord(w.word)) return true;
  }
  return false;
}

// Reads number words: "six", "twenty-one", "a dozen", "two hundred",
// "a hundred and five", "a" or "an" before a scale word ("a million").
bool ReadNumberWords(Cursor* c, Digits* d) {
  Cursor t = *c;
  std::optional<int> n = ReadSmallNumber(&t);
  bool article = false;
  if (!n && (t.TakeWord("a") || t.TakeWord("an"))) {
    article = true;
    n = 1;
  }
  if (!n) return false;
  if (t.TakeNextWord("dozen")) {
    *n *= 12;
  } else if (t.TakeNextWord("hundred")) {
    int rest = 0;
    Cursor after_and = t;
    after_and.TakeNextWord("and");
    after_and.SkipSpaces();
    if (std::optional<int> r = ReadSmallNumber(&after_and); r && *r > 0) {
      rest = *r;
      t = after_and;
    }
    d->value = *n * 100 + rest;
    // "two hundred" is rounded to hundreds; "a hundred and five" is not.
    d->digit_unit = rest == 0 ? 100 : 1;
    d->significant = 3;
    *c = t;
    return true;
  } else if (article && !ScaleWordFollows(t)) {
    // "a" alone is no number; "a million" is read with its scale word.
    return false;
  }
  d->value = *n;
  d->digit_unit = 1;
  d->significant = 2;
  *c = t;
  return true;
}

// Reads a number and its scale word: "1.2 million", "40k", "ten thousand".
// `from_words` says which form it was.
bool ReadScaledNumber(absl::string_view text, Cursor* c, Digits* d,
                      v1::Scale* scale, bool* from_words,
                      NumberPhraseError* error) {
  *from_words = false;
  const unsigned char first = c->Peek();
  if (IsDigit(first) || first == '.') {
    if (!ReadDigits(text, c, d, error)) return false;
  } else if (ReadNumberWords(c, d)) {
    *from_words = true;
  } else {
    Fail(error, "UNPARSABLE_NUMBER");
    return false;
  }
  // Abbreviations ("40k", "3bn") only straight after digits; words anywhere.
  const bool attached =
      !*from_words && !c->AtEnd() && c->SpaceAt(c->pos()) == 0;
  *scale = v1::SCALE_UNSPECIFIED;
  for (const auto& w : kScaleWords) {
    const bool abbreviation = w.word.size() <= 3;
    if (abbreviation && !attached) continue;
    if (c->TakeNextWord(w.word)) {
      *scale = w.scale;
      break;
    }
  }
  return true;
}

}  // namespace

std::optional<NumberPhrase> ReadNumberPhrase(absl::string_view text, size_t pos,
                                             NumberPhraseError* error) {
  Cursor c(text, pos);
  c.SkipSpaces();
  NumberPhrase phrase;
  phrase.begin = c.pos();
  for (const auto& q : kQualifierWords) {
    if (c.TakeWord(q.word)) {
      phrase.qualifier = q.qualifier;
      c.SkipSpaces();
      break;
    }
  }
  bool negative = c.TakeMinus();
  if (!negative) c.Take('+');
  for (absl::string_view sign : kCurrencySigns) {
    const size_t at = c.pos();
    if (c.TakeWord(sign)) {
      phrase.currency = text.substr(at, sign.size());
      break;
    }
  }
  if (!negative && c.TakeMinus()) negative = true;

  Digits digits;
  bool from_words = false;
  if (!ReadScaledNumber(text, &c, &digits, &phrase.scale, &from_words, error)) {
    return std::nullopt;
  }
  phrase.form = from_words ? NumberForm::kWords : NumberForm::kDigits;
  phrase.significant_digits = digits.significant;
  const Rational factor = ScaleFactor(phrase.scale);
  phrase.value = negative ? -digits.value * factor : digits.value * factor;
  phrase.digit_unit = digits.digit_unit * factor;

  for (const auto& w : kUnitWords) {
    if (c.TakeNextWord(w.word)) {
      phrase.unit = w.unit;
      break;
    }
  }
  // "17.4 per 100,000": a rate's N, a number with no sign, qualifier or unit.
  Cursor per = c;
  if (per.TakeNextWord("per")) {
    per.SkipSpaces();
    const size_t n_begin = per.pos();
    Digits n;
    v1::Scale n_scale;
    bool n_words;
    if (ReadScaledNumber(text, &per, &n, &n_scale, &n_words, nullptr)) {
      phrase.rate_per = n.value * ScaleFactor(n_scale);
      phrase.rate_per_begin = n_begin;
      phrase.rate_per_end = per.pos();
      c = per;
    }
  }
  phrase.end = c.pos();
  return phrase;
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
