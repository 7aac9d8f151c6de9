// Sentences and words of a Document, by ICU's BreakIterator (Unicode's
// segmentation rules, with CLDR's English abbreviations so "Mr. Smith" and
// "U.S. officials" do not end a sentence). Offsets are UTF-8 bytes into the
// document's text. ICU reads each block or sentence as UTF-16, converted
// once per call into a buffer the Segmenter keeps (ICU's own UTF-8 reader
// converts it again in small pieces as it goes, which cost more).
//
//   Segmenter seg;
//   for (const Sentence& s : seg.Sentences(doc)) {
//     for (const Token& t : seg.Words(doc.text(), s)) { ... }
//   }
//   // "t(12)=1.2" -> t ( 12 ) = 1.2; "1,234.5" is one number token,
//   // "4.5bn" and "21st" one word token each.
#ifndef CLAIMCHECK_ENGINE_TEXT_SEGMENT_H_
#define CLAIMCHECK_ENGINE_TEXT_SEGMENT_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/text/document.h"
#include "unicode/uversion.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace claimcheck::text {

struct Sentence {
  int32_t begin = 0;  // UTF-8 bytes into the text; trailing space trimmed
  int32_t end = 0;
  int block = 0;
};

enum class TokenKind { kSpace, kPunct, kNumber, kWord };

struct Token {
  int32_t begin = 0;  // UTF-8 bytes into the text
  int32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
};

class Segmenter {
 public:
  // Clones ICU's English iterators (made once per process).
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // The sentences of every block, in order. In plain text a single line
  // break inside a paragraph (hard-wrapped text) does not end a sentence.
  // ICU reads each block from a little before its first full stop or
  // mark (see QuietStart in segment.cc).
  std::vector<Sentence> Sentences(const Document& doc);
  // The same with ICU reading every block whole: what Sentences must equal.
  std::vector<Sentence> IcuSentences(const Document& doc);
  // The words, numbers, punctuation and spaces of `text` [begin, end).
  std::vector<Token> Words(absl::string_view text, int32_t begin, int32_t end);
  // Frees the UTF-16 buffers when a long text grew them past 64 KB, so that
  // a Segmenter kept for the next text does not hold the longest's memory.
  void ReleaseLargeBuffers();

 private:
  std::vector<Sentence> SentencesOf(const Document& doc, bool skip_quiet_start);
  // Fills u16_ (and utf8_at_ unless the text is ASCII) from `s`.
  void ToUtf16(absl::string_view s);
  // The UTF-8 offset into the last text ToUtf16 read of UTF-16 offset i.
  int32_t Utf8At(int32_t i) const { return ascii_ ? i : utf8_at_[i]; }

  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
  std::vector<char16_t> u16_;
  std::vector<int32_t> utf8_at_;
  bool ascii_ = true;
};

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_SEGMENT_H_
