// Sentences and words of a Document, by ICU's BreakIterator (Unicode's
// segmentation rules, with CLDR's English abbreviations so "Mr. Smith" and
// "U.S. officials" do not end a sentence). Offsets are UTF-8 bytes into the
// document's text: ICU reads the UTF-8 in place through a UText.
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
  std::vector<Sentence> Sentences(const Document& doc);
  // The words, numbers, punctuation and spaces of `text` [begin, end).
  std::vector<Token> Words(absl::string_view text, int32_t begin, int32_t end);

 private:
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_SEGMENT_H_
