// Where the findings of an article checked from its text stand in the file
// the editor has: the report's "FILE:LINE:COLUMN" and the sentence with its
// figures marked.
//
//   ArticleText article(html_file_contents, response.extraction());
//   article.Position(figure.span());   // "5:76": line 5, column 76 of the
//                                      // HTML file (of the text for text)
//   article.Sentences({&figure.span()});
//   // {"5:1: ICE reports agents also rounded up 28 people in Baltimore; ...
//   //   [36] in Denver; ..."}
//
// Lines and columns count from 1; a column counts characters (code points),
// as editors show them, not bytes. For HTML the position is in the HTML
// source (Span.source_utf8), where the editor would fix the figure; the
// sentence is the text a reader sees.
#ifndef CLAIMCHECK_CLIENT_ARTICLE_TEXT_H_
#define CLAIMCHECK_CLIENT_ARTICLE_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class ArticleText {
 public:
  // `source` is the file as it was read; `extraction` what ExtractClaims
  // read from it. Both must outlive this.
  ArticleText(absl::string_view source,
              const v1::ExtractClaimsResponse& extraction);

  // "LINE:COLUMN" where `span` starts in the source; "" for a span with no
  // place in it (a span of a hand-written request).
  std::string Position(const v1::Span& span) const;

  // The claim of the proposed request with id `claim_id`, or nullptr.
  const v1::Claim* Claim(absl::string_view claim_id) const;

  // The sentences that hold `marks` (spans of figures), in the order of the
  // text, each on one line as "POSITION: SENTENCE" with every mark in it in
  // brackets: "3:1: ICE arrested [101] people in Los Angeles, ...".
  std::vector<std::string> Sentences(
      const std::vector<const v1::Span*>& marks) const;

  // The same for the sentence at `sentence` (a claim's span), marking the
  // proposed figures in it.
  std::string SentenceWithItsFigures(const v1::Span& sentence) const;

 private:
  // The sentence span (from the figures' evidence) that holds `mark`.
  const v1::Span* SentenceOf(const v1::Span& mark) const;
  std::string Render(const v1::Span& sentence,
                     const std::vector<const v1::Span*>& marks) const;

  absl::string_view source_;
  const v1::ExtractClaimsResponse& extraction_;
  // Byte offsets in source_ where each line starts.
  std::vector<int64_t> line_starts_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_ARTICLE_TEXT_H_
