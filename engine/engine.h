// The checking engine: one article's figures and claims in, its verdicts out.
// It has no gRPC in it; the server and the in-process CLI both call it.
//
//   claimcheck::v1::CheckClaimsRequest request = ...;  // e.g. parsed from JSON
//   absl::StatusOr<claimcheck::v1::CheckClaimsResponse> response =
//       claimcheck::CheckClaims(request);
//   if (!response.ok()) {
//     // The request could not be read; nothing in it was checked.
//     // response.status() is INVALID_ARGUMENT and carries, as payloads keyed
//     // by type URL (see request_error.h), a google.rpc.BadRequest listing
//     // every field violation and a google.rpc.ErrorInfo.
//   }
//
// Findings are data: a request that could be read returns OK however many
// of its claims are wrong. A non-OK status means nothing was checked.
//
// A caller with a deadline (a server answering a call) passes it, and the
// engine stops when it passes:
//
//   CheckOptions options;
//   options.deadline = absl::Now() + absl::Seconds(2);
//   response = claimcheck::CheckClaims(request, options);
//   // DEADLINE_EXCEEDED when the deadline passed before every claim was
//   // checked: nothing is returned, never a half-checked answer.
//
// Limits (limits.h) are checked before anything else: a request over them
// fails with INVALID_ARGUMENT at once.
//
// Article text in: ExtractClaims reads an article's text or HTML and
// proposes its figures and claims (engine/text/); CheckText also checks the
// claims proposed with enough confidence.
//
//   v1::CheckTextRequest text;
//   text.set_text("ICE arrested 498 people nationwide ...");
//   absl::StatusOr<v1::CheckTextResponse> r = claimcheck::CheckText(text, {});
//   r->extraction().request();  // the proposed figures and claims
//   r->check();                 // what CheckClaims says of them
#ifndef CLAIMCHECK_ENGINE_ENGINE_H_
#define CLAIMCHECK_ENGINE_ENGINE_H_

#include <cstdint>
#include <functional>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "engine/text/extract.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Search steps one request may take in all, by default: some seconds of one
// core (a step costs a few microseconds). A claim whose searches run out of
// steps is reported not checkable ("<kind>.undecided"), never consistent.
inline constexpr int64_t kDefaultWorkBudget = 5'000'000;

struct CheckOptions {
  // When the answer stops being wanted. Once it has passed, CheckClaims
  // returns DEADLINE_EXCEEDED (with an ErrorInfo, reason DEADLINE_EXCEEDED)
  // instead of a response.
  absl::Time deadline = absl::InfiniteFuture();
  // Search steps for the whole request (see kDefaultWorkBudget). Unlike the
  // deadline, running out of steps is deterministic and is reported as data.
  int64_t work_budget = kDefaultWorkBudget;
  // Polled every few milliseconds while the engine works; when it returns
  // true, CheckClaims gives up with CANCELLED (reason CANCELLED).
  std::function<bool()> cancelled;
  // The longest article body ExtractClaims and CheckText take, in bytes; a
  // longer one fails with INVALID_ARGUMENT (reason TEXT_TOO_LONG).
  int64_t max_text_bytes = text::kDefaultMaxTextBytes;
};

// Checks every claim of `request`. Deterministic: the same request always
// gives the same response, unless the deadline or `cancelled` stops it.
absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request, const CheckOptions& options);

// The same with default options: no deadline, the default work budget.
absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request);

// Reads the article's text or HTML and proposes its figures and claims, with
// the evidence for each and the numbers it read and did not use. Fails with
// INVALID_ARGUMENT (a google.rpc.BadRequest naming the field "text" or
// "html") when the body is missing, not UTF-8 (the description gives the
// byte offset) or longer than options.max_text_bytes. Only
// options.max_text_bytes applies: extraction does no search.
absl::StatusOr<v1::ExtractClaimsResponse> ExtractClaims(
    const v1::ExtractClaimsRequest& request, const CheckOptions& options);

// ExtractClaims, then CheckClaims on the claims proposed with at least
// request.min_confidence (CONFIDENCE_MEDIUM when unspecified) and the
// figures they use, under request.options and `options`. The other claims
// are listed in proposed_claim_ids.
absl::StatusOr<v1::CheckTextResponse> CheckText(
    const v1::CheckTextRequest& request, const CheckOptions& options);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ENGINE_H_
