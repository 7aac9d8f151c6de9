// Article text in, a proposed CheckClaimsRequest out: the text layer's one
// entry point (engine.h's ExtractClaims and CheckText call it).
//
//   v1::ExtractClaimsRequest request;
//   request.set_text("ICE arrested 498 people nationwide ...");
//   absl::StatusOr<v1::ExtractClaimsResponse> r =
//       text::Extract(request, /*max_text_bytes=*/1 << 20);
//   r->request();   // figures and claims, ready for CheckClaims
//   r->unused();    // numbers read and set aside, each with the reason
//
// Text that is not UTF-8 fails with INVALID_ARGUMENT naming the byte offset
// (field "text" or "html", reason INVALID_UTF8); text longer than
// max_text_bytes with reason TEXT_TOO_LONG; HTML nested implausibly deep
// (kMaxHtmlNesting) with reason HTML_TOO_DEEP. Anything else is read: HTML
// as a browser would, however malformed.
#ifndef CLAIMCHECK_ENGINE_TEXT_EXTRACT_H_
#define CLAIMCHECK_ENGINE_TEXT_EXTRACT_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck::text {

// The default limit on the body of one request, in bytes.
inline constexpr int64_t kDefaultMaxTextBytes = 1 << 20;
// HTML that opens more elements than this without closing them is refused
// (reason HTML_TOO_DEEP): see NestingBound in extract.cc.
inline constexpr int64_t kMaxHtmlNesting = 5000;

absl::StatusOr<v1::ExtractClaimsResponse> Extract(
    const v1::ExtractClaimsRequest& request, int64_t max_text_bytes);

// The same for a body read in place from another request (CheckText's), not
// copied into an ExtractClaimsRequest: `body` is its text, or its HTML when
// `html`; null when the request has neither.
absl::StatusOr<v1::ExtractClaimsResponse> Extract(const std::string& article_id,
                                                  const std::string* body,
                                                  bool html,
                                                  int64_t max_text_bytes);

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_EXTRACT_H_
