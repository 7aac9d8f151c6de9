#include "engine/text/document.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "unicode/utf16.h"
#include "unicode/utf8.h"

namespace claimcheck::text {
namespace {

constexpr int32_t kCheckpointBytes = 64;

// Whether the n bytes at p are all below 0x80: eight at a time.
bool AllAscii(const uint8_t* p, int32_t n) {
  uint64_t high = 0;
  int32_t j = 0;
  for (; j + 8 <= n; j += 8) {
    uint64_t eight;
    std::memcpy(&eight, p + j, 8);
    high |= eight;
  }
  for (; j < n; ++j) high |= p[j];
  return (high & 0x8080808080808080ull) == 0;
}

void SetRange(v1::TextRange* r, int32_t begin, int32_t end) {
  r->set_start(begin);
  r->set_end(end);
}

bool IsBlankLine(absl::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) {
    return absl::ascii_isspace(static_cast<unsigned char>(c));
  });
}

// The Markdown block a line opens on its own ("h2" for "## Title", "li" for
// "- item" or "3. item"), or "" for a line that continues a paragraph.
std::string MarkdownLineKind(absl::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  absl::string_view rest = line.substr(i);
  size_t hashes = 0;
  while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 &&
      (hashes == rest.size() || rest[hashes] == ' ')) {
    return "h" + std::to_string(hashes);
  }
  if (rest.size() >= 2 &&
      (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') {
    return "li";
  }
  // Copy pasted from a web page keeps its bullets as characters: "• item"
  // (U+2022), "◦ item" (U+25E6), "‣ item" (U+2023).
  for (absl::string_view bullet : {"\u2022 ", "\u25e6 ", "\u2023 "}) {
    if (absl::StartsWith(rest, bullet)) return "li";
  }
  size_t digits = 0;
  while (digits < rest.size() && digits < 9 &&
         absl::ascii_isdigit(static_cast<unsigned char>(rest[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits + 1 < rest.size() &&
      (rest[digits] == '.' || rest[digits] == ')') && rest[digits + 1] == ' ') {
    return "li";
  }
  return "";
}

}  // namespace

OffsetIndex::OffsetIndex(absl::string_view utf8) {
  checkpoints_.reserve(utf8.size() / kCheckpointBytes + 1);
  ascii_.reserve(utf8.size() / kCheckpointBytes + 1);
  Counts c;
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int32_t next_checkpoint = 0;
  while (i < n) {
    if (i == next_checkpoint) {
      // A checkpoint where a character starts; a stretch of ASCII to the
      // next (most of a news text) is counted at once, one code point and
      // one UTF-16 unit a byte.
      const int32_t stretch_end = std::min(n, i + kCheckpointBytes);
      const bool ascii = AllAscii(p + i, stretch_end - i);
      checkpoints_.push_back(c);
      ascii_.push_back(ascii);
      next_checkpoint += kCheckpointBytes;
      if (ascii) {
        c.code_points += stretch_end - i;
        c.utf16 += stretch_end - i;
        i = stretch_end;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      ++c.code_points;
      ++c.utf16;
      continue;
    }
    UChar32 ch;
    U8_NEXT_OR_FFFD(p, i, n, ch);
    // Checkpoints falling inside this character hold the counts before it.
    while (next_checkpoint < i) {
      checkpoints_.push_back(c);
      ascii_.push_back(false);
      next_checkpoint += kCheckpointBytes;
    }
    ++c.code_points;
    c.utf16 += U16_LENGTH(ch);
  }
  // The checkpoint at the end, when it falls on a multiple: nothing after.
  while (next_checkpoint <= n) {
    checkpoints_.push_back(c);
    ascii_.push_back(true);
    next_checkpoint += kCheckpointBytes;
  }
}

OffsetIndex::Counts OffsetIndex::At(absl::string_view s, int32_t offset) const {
  const int32_t n = static_cast<int32_t>(s.size());
  offset = std::clamp(offset, 0, n);
  if (checkpoints_.empty()) return {};
  const int32_t k = offset / kCheckpointBytes;
  int32_t i = k * kCheckpointBytes;
  Counts c = checkpoints_[k];
  if (ascii_[k]) {
    // All ASCII from the checkpoint to the next.
    c.code_points += offset - i;
    c.utf16 += offset - i;
    return c;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  // Back to the start of the character the checkpoint falls in.
  U8_SET_CP_START(p, 0, i);
  // The checkpoint's counts are those before the character starting at i.
  while (i < offset) {
    if (p[i] < 0x80) {  // ASCII: as in the constructor
      ++i;
      ++c.code_points;
      ++c.utf16;
      continue;
    }
    UChar32 ch;
    U8_NEXT_OR_FFFD(p, i, n, ch);
    ++c.code_points;
    c.utf16 += U16_LENGTH(ch);
  }
  return c;
}

void Document::Index() {
  text_index_ = OffsetIndex(text_);
  if (from_html_) source_index_ = OffsetIndex(source_);
}

int Document::BlockOf(int32_t offset) const {
  auto it = std::upper_bound(
      blocks_.begin(), blocks_.end(), offset,
      [](int32_t o, const TextBlock& b) { return o < b.begin; });
  if (it == blocks_.begin()) return 0;
  return static_cast<int>(it - blocks_.begin()) - 1;
}

std::pair<int32_t, int32_t> Document::SourceRange(int32_t begin,
                                                  int32_t end) const {
  if (pieces_.empty()) return {0, 0};
  // The piece holding byte `offset`, or the last one before it.
  auto piece_of = [&](int32_t offset) -> const Piece& {
    auto it = std::upper_bound(
        pieces_.begin(), pieces_.end(), offset,
        [](int32_t o, const Piece& p) { return o < p.text_begin; });
    if (it == pieces_.begin()) return pieces_.front();
    return *(it - 1);
  };
  const Piece& first = piece_of(begin);
  int32_t src_begin;
  if (begin >= first.text_end) {
    src_begin = first.src_end;
  } else if (first.verbatim) {
    src_begin = first.src_begin + (begin - first.text_begin);
  } else {
    src_begin = first.src_begin;
  }
  // The end is the end of the piece holding the last byte.
  const Piece& last = piece_of(std::max(begin, end - 1));
  int32_t src_end;
  if (end - 1 >= last.text_end) {
    src_end = last.src_end;
  } else if (last.verbatim) {
    src_end = last.src_begin + (end - last.text_begin);
  } else {
    src_end = last.src_end;
  }
  return {src_begin, std::max(src_begin, src_end)};
}

v1::Span Document::SpanOf(int32_t begin, int32_t end) const {
  v1::Span span;
  SetSpan(begin, end, &span);
  return span;
}

void Document::SetSpan(int32_t begin, int32_t end, v1::Span* span) const {
  const OffsetIndex::Counts b = text_index_.At(text_, begin);
  const OffsetIndex::Counts e = text_index_.At(text_, end);
  span->set_start(b.code_points);
  span->set_end(e.code_points);
  // Copied once into the field (set_quote would copy it into a temporary
  // string first).
  span->mutable_quote()->assign(text_.data() + begin, end - begin);
  SetRange(span->mutable_utf8(), begin, end);
  SetRange(span->mutable_utf16(), b.utf16, e.utf16);
  if (from_html_) {
    const auto [sb, se] = SourceRange(begin, end);
    SetRange(span->mutable_source_utf8(), sb, se);
    SetRange(span->mutable_source_utf16(), source_index_.At(source_, sb).utf16,
             source_index_.At(source_, se).utf16);
  }
  span->set_block(BlockOf(begin));
}

void Document::AddBlockProtos(
    google::protobuf::RepeatedPtrField<v1::Block>* out) const {
  out->Reserve(static_cast<int>(blocks_.size()));
  for (size_t i = 0; i < blocks_.size(); ++i) {
    v1::Block* b = out->Add();
    b->set_index(static_cast<int32_t>(i));
    SetSpan(blocks_[i].begin, blocks_[i].end, b->mutable_span());
    b->set_kind(blocks_[i].kind);
  }
}

Document ReadPlainText(std::string text) {
  Document doc;
  doc.text_ = std::move(text);
  const absl::string_view t = doc.text_;
  // The block being gathered: [begin, end) of its non-blank lines.
  int32_t begin = -1;
  int32_t end = 0;
  std::string kind;
  auto flush = [&] {
    if (begin < 0) return;
    // Trim white space at both ends (a line may start with spaces).
    int32_t b = begin;
    int32_t e = end;
    while (b < e && absl::ascii_isspace(static_cast<unsigned char>(t[b]))) ++b;
    while (e > b && absl::ascii_isspace(static_cast<unsigned char>(t[e - 1]))) {
      --e;
    }
    if (b < e) doc.blocks_.push_back({b, e, kind.empty() ? "p" : kind});
    begin = -1;
    kind.clear();
  };
  size_t pos = 0;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == absl::string_view::npos) nl = t.size();
    const absl::string_view line = t.substr(pos, nl - pos);
    if (IsBlankLine(line)) {
      flush();
    } else {
      std::string line_kind = MarkdownLineKind(line);
      if (!line_kind.empty() || (!kind.empty() && kind[0] == 'h')) {
        // A heading is one line; a list item starts a block of its own.
        flush();
      }
      if (begin < 0) {
        begin = static_cast<int32_t>(pos);
        kind = line_kind;
      }
      end = static_cast<int32_t>(nl);
    }
    pos = nl + 1;
  }
  flush();
  doc.Index();
  return doc;
}

}  // namespace claimcheck::text
