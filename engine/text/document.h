// An article's text as a reader sees it, its blocks, and where any piece of
// it stands: in code points, UTF-8 bytes and UTF-16 code units of that text,
// and for HTML in the source it was read from.
//
//   Document doc = ReadPlainText("ICE arrested 498 people.\n\nIn Denver, 63.");
//   doc.blocks().size();              // 2 paragraphs
//   v1::Span s = doc.SpanOf(13, 16);  // UTF-8 bytes [13, 16) of doc.text()
//   s.quote();                        // "498"; s.start() 13, s.utf16() ...
//
//   Document html = ReadHtml("<p>Caf&eacute; &amp; 6&nbsp;people</p>");
//   html.text();                      // "Café & 6\u00a0people"
//   html.SpanOf(7, 8).source_utf8();  // [20, 21): the "6" in the source
//
// HTML is parsed by gumbo, which repairs malformed markup as browsers do:
// tags are removed, character references decoded, runs of white space
// collapsed to one space (except in <pre>), and each block element (p, li,
// h1-h6, blockquote, td, th, ...) becomes a block; blocks are joined by a
// blank line. Plain text and Markdown are kept exactly as given: a blank
// line ends a paragraph, and a Markdown heading or list item line (or a line
// that starts with a bullet character, "• ") is a block of its own. The text
// must be valid UTF-8 (engine.cc checks it first).
#ifndef CLAIMCHECK_ENGINE_TEXT_DOCUMENT_H_
#define CLAIMCHECK_ENGINE_TEXT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck::text {

// Code points and UTF-16 code units before each byte offset of one UTF-8
// string, found in O(1) plus a short scan (a checkpoint every 64 bytes; none
// where the 64 bytes after a checkpoint are all ASCII).
class OffsetIndex {
 public:
  OffsetIndex() = default;
  explicit OffsetIndex(absl::string_view utf8);
  struct Counts {
    int32_t code_points = 0;
    int32_t utf16 = 0;
  };
  // The counts before byte `offset` of `utf8`, the string the index was
  // made of (0 <= offset <= size; an offset inside a character counts that
  // character as before it).
  Counts At(absl::string_view utf8, int32_t offset) const;

 private:
  std::vector<Counts> checkpoints_;
  // Whether the bytes from each checkpoint to the next are all ASCII.
  std::vector<bool> ascii_;
};

// A block: a paragraph, list item, heading, table cell.
struct TextBlock {
  int32_t begin = 0;  // UTF-8 bytes into the text
  int32_t end = 0;
  std::string kind;  // "p", "li", "h2", "td", ...
};

class Document {
 public:
  const std::string& text() const { return text_; }
  // The text, moved out: the document is of no more use after.
  std::string TakeText() && { return std::move(text_); }
  const std::vector<TextBlock>& blocks() const { return blocks_; }
  bool from_html() const { return from_html_; }

  // The span of UTF-8 bytes [begin, end) of the text, with every offset
  // filled in and the quote copied from the text.
  v1::Span SpanOf(int32_t begin, int32_t end) const;
  // The same written into `span`, a response's own (empty) message: no
  // span is made aside and swapped in.
  void SetSpan(int32_t begin, int32_t end, v1::Span* span) const;
  // The index of the block holding byte `offset`, or of the last block
  // before it.
  int BlockOf(int32_t offset) const;
  // For HTML: the source bytes that text bytes [begin, end) were read from.
  std::pair<int32_t, int32_t> SourceRange(int32_t begin, int32_t end) const;
  // The blocks as the response lists them, added to `out`.
  void AddBlockProtos(google::protobuf::RepeatedPtrField<v1::Block>* out) const;

 private:
  friend class DocumentBuilder;
  friend Document ReadPlainText(std::string text);

  // A run of text read from one place of the source: when `verbatim`, byte
  // i of the run is byte src_begin + i of the source; otherwise (a character
  // reference, collapsed white space) the whole run stands for the whole of
  // [src_begin, src_end).
  struct Piece {
    int32_t text_begin;
    int32_t text_end;
    int32_t src_begin;
    int32_t src_end;
    bool verbatim;
  };
  void Index();

  std::string text_;
  std::vector<TextBlock> blocks_;
  bool from_html_ = false;
  std::string source_;
  std::vector<Piece> pieces_;
  OffsetIndex text_index_;
  OffsetIndex source_index_;
};

// Plain text or Markdown, kept as given.
Document ReadPlainText(std::string text);

// HTML, as a browser reads it (see the top of this file).
Document ReadHtml(std::string html);

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_DOCUMENT_H_
