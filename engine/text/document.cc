#include "engine/text/document.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "unicode/utf16.h"
#include "unicode/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The code points and UTF-16 units of the characters that start in bytes
// [from, to) of well-formed UTF-8 (the document's text and source are: see
// document.h): every byte but a continuation byte (10xxxxxx) starts one, and
// one that starts four bytes (11110xxx) takes two UTF-16 units. Sixteen
// bytes at a time where SSE2 is there (every x86-64): the bytes past ASCII
// of a stretch were decoded one character at a time before, some ten
// instructions a byte.
OffsetIndex::Counts CountsIn(const uint8_t* p, int32_t from, int32_t to) {
  int32_t i = from;
  int32_t starts = 0;
  int32_t fours = 0;
#if defined(__SSE2__)
  // Per byte lane, the starts and the four-byte starts of the blocks read,
  // summed at the end (at most 255 blocks, so a lane cannot overflow).
  const __m128i zero = _mm_setzero_si128();
  const __m128i one = _mm_set1_epi8(1);
  // As signed bytes, continuation bytes (0x80 to 0xBF) are -128 to -65,
  // below -64; four-byte leads (0xF0 to 0xF7) are -16 to -9, above -17.
  const __m128i first_lead = _mm_set1_epi8(static_cast<char>(0xC0));
  const __m128i below_four = _mm_set1_epi8(static_cast<char>(0xEF));
  while (i + 16 <= to) {
    __m128i lane_starts = zero;
    __m128i lane_fours = zero;
    for (int blocks = 0; blocks < 255 && i + 16 <= to; ++blocks, i += 16) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      lane_starts = _mm_add_epi8(
          lane_starts, _mm_andnot_si128(_mm_cmplt_epi8(b, first_lead), one));
      lane_fours = _mm_add_epi8(
          lane_fours, _mm_and_si128(_mm_and_si128(_mm_cmpgt_epi8(b, below_four),
                                                  _mm_cmplt_epi8(b, zero)),
                                    one));
    }
    const __m128i sums = _mm_sad_epu8(lane_starts, zero);
    const __m128i four_sums = _mm_sad_epu8(lane_fours, zero);
    starts += _mm_cvtsi128_si32(sums) +
              _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
    fours += _mm_cvtsi128_si32(four_sums) +
             _mm_cvtsi128_si32(_mm_unpackhi_epi64(four_sums, four_sums));
  }
#endif
  for (; i < to; ++i) {
    starts += (p[i] & 0xC0) != 0x80;
    fours += p[i] >= 0xF0;
  }
  return {starts, starts + fours};
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
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  checkpoints_.reserve(n / kCheckpointBytes + 1);
  ascii_.reserve(n / kCheckpointBytes + 1);
  // The characters that start before the checkpoint.
  Counts before;
  for (int32_t at = 0; at <= n; at += kCheckpointBytes) {
    const int32_t stretch_end = std::min(n, at + kCheckpointBytes);
    // A checkpoint inside a character holds the counts before it.
    Counts c = before;
    if (at < n && (p[at] & 0xC0) == 0x80) {
      int32_t lead = at;
      U8_SET_CP_START(p, 0, lead);
      --c.code_points;
      c.utf16 -= p[lead] >= 0xF0 ? 2 : 1;
    }
    // A stretch of ASCII to the next (most of a news text) is counted at
    // once, one code point and one UTF-16 unit a byte.
    const bool ascii = AllAscii(p + at, stretch_end - at);
    checkpoints_.push_back(c);
    ascii_.push_back(ascii);
    if (ascii) {
      before.code_points += stretch_end - at;
      before.utf16 += stretch_end - at;
    } else {
      const Counts in = CountsIn(p, at, stretch_end);
      before.code_points += in.code_points;
      before.utf16 += in.utf16;
    }
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
  // Back to the start of the character the checkpoint falls in: the
  // checkpoint's counts are those before it. A character that starts
  // before `offset` counts, though `offset` falls inside it.
  U8_SET_CP_START(p, 0, i);
  const Counts in = CountsIn(p, i, offset);
  c.code_points += in.code_points;
  c.utf16 += in.utf16;
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
