#include "engine/text/segment.h"

#include <string>

#include "absl/base/internal/raw_logging.h"
#include "unicode/brkiter.h"
#include "unicode/filteredbrk.h"
#include "unicode/uchar.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

namespace claimcheck::text {
namespace {

// Abbreviations CLDR's English list lacks that news prints before a
// capitalised word.
constexpr const char* kMoreAbbreviations[] = {
    "U.S.",  "U.K.",    "U.N.",  "E.U.",  "D.C.", "Gov.",  "Sen.",
    "Rep.",  "Lt.",     "Sgt.",  "Gen.",  "Col.", "Capt.", "Det.",
    "Insp.", "Supt.",   "No.",   "Nos.",  "Fig.", "Figs.", "Vol.",
    "Ref.",  "Approx.", "Inc.",  "Corp.", "Ltd.", "Co.",   "Bros.",
    "Ave.",  "Blvd.",   "Rd.",   "St.",   "Mt.",  "Ft.",   "Jan.",
    "Feb.",  "Aug.",    "Sept.", "Sep.",  "Oct.", "Nov.",  "Dec.",
    "vs.",   "v.",      "e.g.",  "i.e.",  "cf.",  "al.",   "approx."};

// True when `s` ends with one of kMoreAbbreviations, as a word of its own.
bool EndsWithAbbreviation(absl::string_view s) {
  for (absl::string_view a : kMoreAbbreviations) {
    if (s.size() >= a.size() && s.substr(s.size() - a.size()) == a &&
        (s.size() == a.size() || s[s.size() - a.size() - 1] == ' ' ||
         s[s.size() - a.size() - 1] == '(')) {
      return true;
    }
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
    for (const char* a : kMoreAbbreviations) {
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), status);
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

// A UText over UTF-8 bytes, closed when it goes.
class Utf8Text {
 public:
  explicit Utf8Text(absl::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    ut_ = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()),
                         &status);
    ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
  }
  ~Utf8Text() { utext_close(ut_); }
  UText* get() { return ut_; }

 private:
  UText* ut_;
};

bool IsSpaceAt(absl::string_view text, int32_t i) {
  UChar32 c;
  int32_t next = i;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(text.data()), next,
                  static_cast<int32_t>(text.size()), c);
  return u_isUWhiteSpace(c);
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

}  // namespace

Segmenter::Segmenter()
    : sentences_(GetPrototypes().sentences->clone()),
      words_(GetPrototypes().words->clone()) {}

Segmenter::~Segmenter() = default;

std::vector<Sentence> Segmenter::Sentences(const Document& doc) {
  std::vector<Sentence> out;
  const std::string& text = doc.text();
  std::string scratch;
  for (size_t b = 0; b < doc.blocks().size(); ++b) {
    const TextBlock& block = doc.blocks()[b];
    absl::string_view s(text.data() + block.begin, block.end - block.begin);
    if (!doc.from_html() && s.find('\n') != absl::string_view::npos) {
      // A hard-wrapped line is not a paragraph: ICU sees a space there (the
      // same number of bytes, so offsets hold).
      scratch.assign(s.data(), s.size());
      for (char& c : scratch) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      s = scratch;
    }
    Utf8Text ut(s);
    UErrorCode status = U_ZERO_ERROR;
    sentences_->setText(ut.get(), status);
    ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
    int32_t p = sentences_->first();
    for (int32_t q = sentences_->next(); q != icu::BreakIterator::DONE;
         q = sentences_->next()) {
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
  Utf8Text ut(text.substr(begin, end - begin));
  UErrorCode status = U_ZERO_ERROR;
  words_->setText(ut.get(), status);
  ABSL_RAW_CHECK(U_SUCCESS(status), "ICU could not open its break rules");
  int32_t p = words_->first();
  for (int32_t q = words_->next(); q != icu::BreakIterator::DONE;
       p = q, q = words_->next()) {
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
  }
  return out;
}

}  // namespace claimcheck::text
