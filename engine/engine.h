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
#ifndef CLAIMCHECK_ENGINE_ENGINE_H_
#define CLAIMCHECK_ENGINE_ENGINE_H_

#include <cstdint>
#include <functional>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
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
};

// Checks every claim of `request`. Deterministic: the same request always
// gives the same response, unless the deadline or `cancelled` stops it.
absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request, const CheckOptions& options);

// The same with default options: no deadline, the default work budget.
absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ENGINE_H_
