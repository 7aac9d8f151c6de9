// Checks a request either in this process, with the engine linked in, or on a
// claimcheck_server over gRPC. Both give the same answer for the same
// request: the engine's response, or its INVALID_ARGUMENT status with the
// google.rpc.BadRequest and ErrorInfo payloads (restored by FromGrpcStatus
// on the remote path, so BadRequestOf works on either).
//
//   std::unique_ptr<CheckClient> client =
//       server.empty() ? CheckClient::InProcess()
//                      : CheckClient::Remote(server, absl::Seconds(10));
//   absl::StatusOr<v1::CheckClaimsResponse> response = client->Check(request);
//   if (IsUnreachable(response.status())) { /* no server answered */ }
#ifndef CLAIMCHECK_CLIENT_CHECK_CLIENT_H_
#define CLAIMCHECK_CLIENT_CHECK_CLIENT_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class CheckClient {
 public:
  // Calls claimcheck::CheckClaims directly; no server is involved.
  static std::unique_ptr<CheckClient> InProcess();

  // Calls ClaimCheckService/CheckClaims on `target` ("HOST:PORT"), over an
  // insecure channel created now and reused by every call. Each call must
  // finish within `timeout`, connecting included. A server that cannot be
  // reached gives UNAVAILABLE; one that does not answer in time,
  // DEADLINE_EXCEEDED.
  static std::unique_ptr<CheckClient> Remote(const std::string& target,
                                             absl::Duration timeout);

  virtual ~CheckClient() = default;

  // Checks one request. Thread-safe.
  virtual absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) = 0;
};

// True when `status` says that no server answered: it could not be reached
// (UNAVAILABLE), it did not answer in time (DEADLINE_EXCEEDED), the call was
// cancelled, or what answered is not a claimcheck server (UNIMPLEMENTED).
bool IsUnreachable(const absl::Status& status);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_CHECK_CLIENT_H_
