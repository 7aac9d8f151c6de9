#include "engine/text/segment.h"

#include <array>
#include <cstring>
#include <string>

#include "absl/base/attributes.h"
#include "absl/base/internal/raw_logging.h"
#include "absl/strings/ascii.h"
#include "unicode/brkiter.h"
#include "unicode/filteredbrk.h"
#include "unicode/uchar.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::text {
namespace {

// Abbreviations CLDR's English list lacks that news prints before a
// capitalised word.
constexpr absl::string_view kMoreAbbreviations[] = {
    "U.S.",    "U.K.",  "U.N.",  "E.U.",  "D.C.",  "Gov.",  "Sen.",    "Rep.",
    "Lt.",     "Sgt.",  "Gen.",  "Col.",  "Capt.", "Det.",  "Insp.",   "Supt.",
    "No.",     "Nos.",  "Fig.",  "Figs.", "Vol.",  "Ref.",  "Approx.", "Inc.",
    "Corp.",   "Ltd.",  "Co.",   "Bros.", "Ave.",  "Blvd.", "Rd.",     "St.",
    "Mt.",     "Ft.",   "Jan.",  "Feb.",  "Aug.",  "Sept.", "Sep.",    "Oct.",
    "Nov.",    "Dec.",  "vs.",   "v.",    "e.g.",  "i.e.",  "cf.",     "al.",
    "approx.", "Prop.", "Props."};

// True when `s` ends with one of kMoreAbbreviations, as a word of its own:
// the abbreviations hold no space or bracket, so the one that fits is all
// of what follows the last space or "(".
bool EndsWithAbbreviation(absl::string_view s) {
  // Each ends with a full stop.
  if (s.empty() || s.back() != '.') return false;
  size_t k = s.size();
  while (k > 0 && s[k - 1] != ' ' && s[k - 1] != '(') --k;
  const absl::string_view word = s.substr(k);
  for (absl::string_view a : kMoreAbbreviations) {
    if (a.size() == word.size() && a == word) return true;
  }
  return false;
}

struct Prototypes {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

const Prototypes& GetPrototypes() {
  static const Prototypes* const p = [] {
    auto* out = new Prototypes;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale en = icu::Locale::getEnglish();
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(en, status));
    ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
    for (absl::string_view a : kMoreAbbreviations) {
      builder->suppressBreakAfter(
          icu::UnicodeString::fromUTF8(
              icu::StringPiece(a.data(), static_cast<int32_t>(a.size()))),
          status);
      status = U_ZERO_ERROR;  // already listed is fine
    }
    out->sentences.reset(builder->wrapIteratorWithFilter(
        icu::BreakIterator::createSentenceInstance(en, status), status));
    ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
    out->words.reset(icu::BreakIterator::createWordInstance(en, status));
    ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
    return out;
  }();
  return *p;
}

// Points `it` at `u16` through a UText on the stack: ICU keeps a shallow
// copy of the UText, which reads `u16` in place, so `u16` must outlive the
// iteration.
void SetText(icu::BreakIterator* it, const std::vector<char16_t>& u16) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, u16.data(), static_cast<int64_t>(u16.size()), &status);
  ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
  it->setText(&ut, status);
  ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
  utext_close(&ut);
}

// Copies the ASCII bytes of `s` from `from` on to `out`, a byte a UTF-16
// unit, up to the first byte that is not ASCII; returns the bytes copied.
// Sixteen bytes at a time where SSE2 is there (every x86-64), a byte at a
// time over the last few or after a byte that is not ASCII.
size_t WidenAscii(absl::string_view s, size_t from, char16_t* out) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(b) != 0) break;  // a byte >= 0x80
    // Each byte and a zero byte after it: a UTF-16 unit, little-endian.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + (i - from)),
                     _mm_unpacklo_epi8(b, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + (i - from) + 8),
                     _mm_unpackhi_epi8(b, zero));
  }
#endif
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0x80) break;
    out[i - from] = c;
  }
  return i - from;
}

// IsSpaceAt of a character past ASCII, out of line.
ABSL_ATTRIBUTE_NOINLINE bool IsSpaceAtPastAscii(absl::string_view text,
                                                int32_t i) {
  UChar32 c;
  int32_t next = i;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(text.data()), next,
                  static_cast<int32_t>(text.size()), c);
  return u_isUWhiteSpace(c);
}

// Whether a white space character starts at byte i. Inline: Words asks it
// of every token that is no word or number.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool IsSpaceAt(absl::string_view text,
                                                   int32_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    // The ASCII white space of Unicode: tab, line feed, line and form feed,
    // carriage return, space.
    return byte == ' ' || (byte >= 0x09 && byte <= 0x0D);
  }
  return IsSpaceAtPastAscii(text, i);
}

// The byte before `end` starts no white space: trims trailing space.
int32_t TrimEnd(absl::string_view text, int32_t begin, int32_t end) {
  while (end > begin) {
    int32_t i = end;
    U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), begin, i);
    if (!IsSpaceAt(text, i)) break;
    end = i;
  }
  return end;
}

// True when the character at byte i of `s` may end a sentence under ICU's
// sentence rules: a full stop (not one with a digit or a lower-case letter
// right after it, which the rules join on: "3.5", "e.g"), a question or
// exclamation mark, any character of those classes past ASCII, or a
// paragraph separator. *next is the byte after the character.
bool MayEndSentenceAt(absl::string_view s, size_t i, size_t* next) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *next = i + 1;
    if (c == '.') {
      return i + 1 == s.size() ||
             !(absl::ascii_isdigit(static_cast<unsigned char>(s[i + 1])) ||
               absl::ascii_islower(static_cast<unsigned char>(s[i + 1])));
    }
    return c == '!' || c == '?' || c == '\r' || c == '\n';
  }
  int32_t k = static_cast<int32_t>(i);
  UChar32 u;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), k,
                  static_cast<int32_t>(s.size()), u);
  *next = static_cast<size_t>(k);
  switch (u_getIntPropertyValue(u, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
    case U_SB_STERM:
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return true;
    default:
      return false;
  }
}

// The shortest line (in bytes) taken for a line of hard-wrapped prose, whose
// line break is a space: text wrapped at 72 to 80 columns breaks before the
// word that would pass the width, so its lines are longer than this.
constexpr size_t kWrappedLine = 40;

// True when the text at byte i starts with a capital letter or a digit.
bool StartsLikeSentence(absl::string_view s, size_t i) {
  if (i >= s.size()) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), k,
                  static_cast<int32_t>(s.size()), c);
  return u_isupper(c) || u_isdigit(c);
}

// The bytes at the start of a block (after the line breaks of wrapped lines
// were made spaces) that ICU need not read. Its sentence rules end a sentence
// only after a full stop, a question or exclamation mark or a paragraph
// separator, so none ends before the first that may (MayEndSentenceAt);
// and neither those rules nor the abbreviations looked for before a break
// look back further than a dozen characters. So ICU starts a margin before
// that character, at a word after a space, where it reads on as it would
// have from the start: the same breaks (document_test holds it to reading
// the whole block).
size_t QuietStart(absl::string_view s) {
  constexpr size_t kMargin = 32;
  // The bytes MayEndSentenceAt must be asked about: the ASCII it may say
  // yes to and every byte past ASCII. Any other byte is an ASCII character
  // it says no to, so those are passed over here without the call.
  static constexpr auto kAsk = [] {
    std::array<bool, 256> ask{};
    for (const unsigned char c : {'.', '!', '?', '\r', '\n'}) ask[c] = true;
    for (int c = 0x80; c < 256; ++c) ask[c] = true;
    return ask;
  }();
  size_t first = 0;
  for (size_t next; first < s.size(); first = next) {
#if defined(__SSE2__)
    // Sixteen bytes at a time while none is one to ask about: no '.', '!',
    // '?', CR or LF, and no byte past ASCII (its top bit set).
    const __m128i stops[] = {_mm_set1_epi8('.'), _mm_set1_epi8('!'),
                             _mm_set1_epi8('?'), _mm_set1_epi8('\r'),
                             _mm_set1_epi8('\n')};
    while (first + 16 <= s.size()) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + first));
      __m128i hit = b;  // the top bit of each byte past ASCII
      for (const __m128i stop : stops) {
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(b, stop));
      }
      if (const int mask = _mm_movemask_epi8(hit); mask != 0) {
        first += __builtin_ctz(static_cast<unsigned>(mask));  // the first
        break;
      }
      first += 16;
    }
    if (first >= s.size()) break;
#endif
    if (!kAsk[static_cast<unsigned char>(s[first])]) {
      next = first + 1;
      continue;
    }
    if (MayEndSentenceAt(s, first, &next)) break;
  }
  if (first <= kMargin) return 0;
  size_t cut = first - kMargin;
  while (cut > 0 &&
         !(s[cut - 1] == ' ' &&
           absl::ascii_isalnum(static_cast<unsigned char>(s[cut])))) {
    --cut;
  }
  return cut;
}

}  // namespace

Segmenter::Segmenter()
    : sentences_(GetPrototypes().sentences->clone()),
      words_(GetPrototypes().words->clone()) {}

Segmenter::~Segmenter() = default;

std::vector<Sentence> Segmenter::Sentences(const Document& doc) {
  return SentencesOf(doc, /*skip_quiet_start=*/true);
}

std::vector<Sentence> Segmenter::IcuSentences(const Document& doc) {
  return SentencesOf(doc, /*skip_quiet_start=*/false);
}

std::vector<Sentence> Segmenter::SentencesOf(const Document& doc,
                                             bool skip_quiet_start) {
  std::vector<Sentence> out;
  const std::string& text = doc.text();
  std::string scratch;
  for (size_t b = 0; b < doc.blocks().size(); ++b) {
    const TextBlock& block = doc.blocks()[b];
    absl::string_view s(text.data() + block.begin, block.end - block.begin);
    if (!doc.from_html() && s.find('\n') != absl::string_view::npos) {
      // A hard-wrapped line is not a paragraph: ICU sees a space there (the
      // same number of bytes, so offsets hold). But a short line followed by
      // one that starts as a sentence does (a capital or a digit) is a line
      // of its own ("New cases: 137" above "Active outbreaks: 57, including
      // 23 schools", a list, an address), and its line break ends a
      // sentence, as ICU reads one. A short line before a lower-case word
      // was wrapped all the same ("Cohen's" above "d = 0.54").
      scratch.assign(s.data(), s.size());
      size_t line = 0;
      for (size_t i = 0; i < scratch.size(); ++i) {
        // To the next line break.
        const void* nl =
            std::memchr(scratch.data() + i, '\n', scratch.size() - i);
        if (nl == nullptr) break;
        i = static_cast<const char*>(nl) - scratch.data();
        size_t end = i;
        if (end > line && scratch[end - 1] == '\r') --end;
        if (end - line >= kWrappedLine || !StartsLikeSentence(s, i + 1)) {
          for (size_t j = end; j <= i; ++j) scratch[j] = ' ';
        }
        line = i + 1;
      }
      s = scratch;
    }
    const auto skip =
        static_cast<int32_t>(skip_quiet_start ? QuietStart(s) : 0);
    ToUtf16(s.substr(skip));
    SetText(sentences_.get(), u16_);
    sentences_->first();
    int32_t p = 0;
    for (int32_t q16 = sentences_->next(); q16 != icu::BreakIterator::DONE;
         q16 = sentences_->next()) {
      const int32_t q = skip + Utf8At(q16);
      const int32_t begin = block.begin + p;
      const int32_t end = TrimEnd(text, begin, block.begin + q);
      // ICU 72 still breaks after some of the abbreviations it is given
      // ("U.S." before a capital): such a break is skipped.
      if (q < static_cast<int32_t>(s.size()) &&
          EndsWithAbbreviation(
              absl::string_view(text).substr(begin, end - begin))) {
        continue;
      }
      if (end > begin) out.push_back({begin, end, static_cast<int>(b)});
      p = q;
    }
  }
  return out;
}

std::vector<Token> Segmenter::Words(absl::string_view text, int32_t begin,
                                    int32_t end) {
  std::vector<Token> out;
  // About one token in three bytes of news (a word, then a space): enough
  // that the vector seldom grows while it is filled.
  out.reserve((end - begin) / 3 + 4);
  ToUtf16(text.substr(begin, end - begin));
  SetText(words_.get(), u16_);
  int32_t p = Utf8At(words_->first());
  for (int32_t q16 = words_->next(); q16 != icu::BreakIterator::DONE;
       q16 = words_->next()) {
    const int32_t q = Utf8At(q16);
    Token t;
    t.begin = begin + p;
    t.end = begin + q;
    const int32_t rule = words_->getRuleStatus();
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      t.kind = TokenKind::kNumber;
    } else if (rule >= UBRK_WORD_LETTER) {
      t.kind = TokenKind::kWord;
    } else if (IsSpaceAt(text, t.begin)) {
      t.kind = TokenKind::kSpace;
    } else {
      t.kind = TokenKind::kPunct;
    }
    out.push_back(t);
    p = q;
  }
  return out;
}

void Segmenter::ReleaseLargeBuffers() {
  constexpr size_t kKeep = 1 << 15;  // UTF-16 units: 64 KB
  if (u16_.capacity() > kKeep) std::vector<char16_t>().swap(u16_);
  if (utf8_at_.capacity() > kKeep) std::vector<int32_t>().swap(utf8_at_);
}

void Segmenter::ToUtf16(absl::string_view s) {
  // At most one UTF-16 unit a byte.
  u16_.resize(s.size());
  const size_t ascii_prefix = WidenAscii(s, 0, u16_.data());
  ascii_ = ascii_prefix == s.size();
  if (ascii_) return;
  // The text is well-formed UTF-8 (Extract refuses any other), so the
  // UTF-16 holds the same characters; the offsets map each UTF-16 unit back
  // to the byte its character starts at.
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  utf8_at_.resize(n + 1);
  int32_t out = static_cast<int32_t>(ascii_prefix);
  for (int32_t k = 0; k < out; ++k) utf8_at_[k] = k;
  for (int32_t i = out; i < n;) {
    const int32_t at = i;
    if (bytes[i] < 0x80) {
      // A run of ASCII: each unit at its own byte.
      const auto run = static_cast<int32_t>(WidenAscii(s, i, &u16_[out]));
      for (int32_t k = 0; k < run; ++k) utf8_at_[out + k] = at + k;
      out += run;
      i += run;
      continue;
    }
    UChar32 c;
    U8_NEXT_OR_FFFD(bytes, i, n, c);
    if (U_IS_BMP(c)) {
      u16_[out] = static_cast<char16_t>(c);
      utf8_at_[out++] = at;
    } else {
      u16_[out] = U16_LEAD(c);
      utf8_at_[out++] = at;
      u16_[out] = U16_TRAIL(c);
      utf8_at_[out++] = at;
    }
  }
  u16_.resize(out);
  utf8_at_.resize(out);
  utf8_at_.push_back(n);
}

}  // namespace claimcheck::text
