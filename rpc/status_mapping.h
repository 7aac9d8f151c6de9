// The one place where absl::Status and grpc::Status meet. A failed check
// becomes a gRPC status whose error details carry, as AIP-193 asks, a
// google.rpc.Status with the same code and message and one google.protobuf.Any
// per payload of the absl::Status (for the engine: a google.rpc.BadRequest and
// a google.rpc.ErrorInfo). gRPC sends those details in the
// grpc-status-details-bin trailer, which grpcurl and other clients decode.
//
//   // Server side, in the service handler:
//   absl::StatusOr<v1::CheckClaimsResponse> result = CheckClaims(request);
//   if (!result.ok()) return ToGrpcStatus(result.status());
//
//   // Client side, after the call:
//   absl::Status status = FromGrpcStatus(stub->CheckClaims(&ctx, req, &resp));
//   google::rpc::BadRequest violations = claimcheck::BadRequestOf(status);
//
// The two functions are inverses: FromGrpcStatus(ToGrpcStatus(s)) == s for
// any status whose payloads are keyed by type URLs, as the engine's are.
#ifndef CLAIMCHECK_RPC_STATUS_MAPPING_H_
#define CLAIMCHECK_RPC_STATUS_MAPPING_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace claimcheck {

// Maps `status` to a grpc::Status with the same canonical code and message.
// When `status` has payloads, error_details() holds a serialized
// google.rpc.Status listing them as Any messages, sorted by type URL so the
// bytes are deterministic. An OK status maps to grpc::Status::OK.
grpc::Status ToGrpcStatus(const absl::Status& status);

// Maps a gRPC status back: same code and message, and every Any in its
// google.rpc.Status error details restored as a payload keyed by its type URL.
// Details that do not parse are dropped; a code outside the canonical range
// becomes UNKNOWN.
absl::Status FromGrpcStatus(const grpc::Status& status);

// The HTTP status code for a canonical code, as Google's HTTP/JSON APIs map
// them (google/rpc/code.proto): OK 200, INVALID_ARGUMENT, FAILED_PRECONDITION
// and OUT_OF_RANGE 400, UNAUTHENTICATED 401, PERMISSION_DENIED 403,
// NOT_FOUND 404, ALREADY_EXISTS and ABORTED 409, RESOURCE_EXHAUSTED 429,
// CANCELLED 499, UNIMPLEMENTED 501, UNAVAILABLE 503, DEADLINE_EXCEEDED 504,
// and 500 for UNKNOWN, INTERNAL, DATA_LOSS and any other value.
int HttpStatusFromCode(absl::StatusCode code);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RPC_STATUS_MAPPING_H_
