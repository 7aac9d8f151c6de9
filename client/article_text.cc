#include "client/article_text.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

bool Inside(const v1::TextRange& inner, const v1::TextRange& outer) {
  return outer.start() <= inner.start() && inner.end() <= outer.end();
}

}  // namespace

ArticleText::ArticleText(absl::string_view source,
                         const v1::ExtractClaimsResponse& extraction)
    : source_(source), extraction_(extraction) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < source_.size(); ++i) {
    if (source_[i] == '\n') line_starts_.push_back(static_cast<int64_t>(i + 1));
  }
}

std::string ArticleText::Position(const v1::Span& span) const {
  int64_t offset = -1;
  if (span.has_source_utf8()) {
    offset = span.source_utf8().start();
  } else if (span.has_utf8()) {
    offset = span.utf8().start();
  }
  if (offset < 0 || offset > static_cast<int64_t>(source_.size())) return "";
  const auto after =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int64_t line = after - line_starts_.begin();
  int64_t column = 1;
  for (int64_t i = *(after - 1); i < offset; ++i) {
    // Every byte but a UTF-8 continuation byte starts a character.
    if ((static_cast<unsigned char>(source_[i]) & 0xC0) != 0x80) ++column;
  }
  return absl::StrCat(line, ":", column);
}

const v1::Claim* ArticleText::Claim(absl::string_view claim_id) const {
  for (const v1::Claim& claim : extraction_.request().claims()) {
    if (claim.id() == claim_id) return &claim;
  }
  return nullptr;
}

const v1::Span* ArticleText::SentenceOf(const v1::Span& mark) const {
  for (const v1::FigureEvidence& figure : extraction_.figures()) {
    const v1::Span& sentence = figure.evidence().sentence_span();
    if (Inside(mark.utf8(), sentence.utf8())) return &sentence;
  }
  for (const v1::ClaimEvidence& claim : extraction_.claims()) {
    const v1::Span& sentence = claim.evidence().sentence_span();
    if (Inside(mark.utf8(), sentence.utf8())) return &sentence;
  }
  return nullptr;
}

std::vector<std::string> ArticleText::Sentences(
    const std::vector<const v1::Span*>& marks) const {
  std::vector<const v1::Span*> sentences;
  for (const v1::Span* mark : marks) {
    if (!mark->has_utf8()) continue;
    const v1::Span* sentence = SentenceOf(*mark);
    if (sentence != nullptr && std::find(sentences.begin(), sentences.end(),
                                         sentence) == sentences.end()) {
      sentences.push_back(sentence);
    }
  }
  std::sort(sentences.begin(), sentences.end(),
            [](const v1::Span* a, const v1::Span* b) {
              return a->utf8().start() < b->utf8().start();
            });
  std::vector<std::string> lines;
  for (const v1::Span* sentence : sentences) {
    lines.push_back(Render(*sentence, marks));
  }
  return lines;
}

std::string ArticleText::SentenceWithItsFigures(
    const v1::Span& sentence) const {
  std::vector<const v1::Span*> marks;
  for (const v1::Figure& figure : extraction_.request().figures()) {
    marks.push_back(&figure.span());
  }
  return Render(sentence, marks);
}

std::string ArticleText::Render(
    const v1::Span& sentence, const std::vector<const v1::Span*>& marks) const {
  const std::string& text = extraction_.text();
  const int64_t begin = sentence.utf8().start();
  const int64_t end = sentence.utf8().end();
  if (begin < 0 || begin > end || end > static_cast<int64_t>(text.size())) {
    return absl::StrCat(Position(sentence), ": ", sentence.quote());
  }
  // Bracket positions, as offsets into the text; a "]" before a "[" at the
  // same place.
  std::vector<std::pair<int64_t, char>> brackets;
  for (const v1::Span* mark : marks) {
    if (!mark->has_utf8() || !Inside(mark->utf8(), sentence.utf8())) continue;
    brackets.emplace_back(mark->utf8().start(), '[');
    brackets.emplace_back(mark->utf8().end(), ']');
  }
  std::sort(brackets.begin(), brackets.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first
                              : a.second == ']' && b.second == '[';
  });
  // A figure given twice is marked once.
  brackets.erase(std::unique(brackets.begin(), brackets.end()), brackets.end());
  std::string line = absl::StrCat(Position(sentence), ": ");
  size_t next = 0;
  for (int64_t i = begin; i <= end; ++i) {
    while (next < brackets.size() && brackets[next].first == i) {
      line.push_back(brackets[next++].second);
    }
    if (i == end) break;
    const char c = text[i];
    // One line in the report, however the text breaks its lines.
    line.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  }
  return line;
}

}  // namespace claimcheck
