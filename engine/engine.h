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
#ifndef CLAIMCHECK_ENGINE_ENGINE_H_
#define CLAIMCHECK_ENGINE_ENGINE_H_

#include "absl/status/statusor.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Checks every claim of `request`. Deterministic: the same request always
// gives the same response.
absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ENGINE_H_
