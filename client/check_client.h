// Checks a request either in this process, with the engine linked in, or on a
// claimcheck_server over gRPC. Both give the same answer for the same
// request: the engine's response, or its INVALID_ARGUMENT status with the
// google.rpc.BadRequest and ErrorInfo payloads (restored by FromGrpcStatus
// on the remote path, so BadRequestOf works on either). The same holds for
// an article's text: Extract (ExtractClaims) and CheckText.
//
//   std::unique_ptr<CheckClient> client =
//       server.empty() ? CheckClient::InProcess()
//                      : CheckClient::Remote(server, absl::Seconds(10));
//   absl::StatusOr<v1::CheckClaimsResponse> response = client->Check(request);
//   if (IsUnreachable(response.status())) { /* no server answered */ }
//
//   v1::CheckTextRequest text;
//   text.set_text("ICE arrested 498 people nationwide ...");
//   absl::StatusOr<v1::CheckTextResponse> checked = client->CheckText(text);
#ifndef CLAIMCHECK_CLIENT_CHECK_CLIENT_H_
#define CLAIMCHECK_CLIENT_CHECK_CLIENT_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// How to reach a remote server.
struct RemoteOptions {
  // The deadline of each call, connecting included.
  absl::Duration timeout = absl::Seconds(10);
  // TLS instead of plaintext: the server's certificate must be signed by
  // `ca_pem` (PEM contents), or by the system's roots when that is empty, and
  // name the host of the target.
  bool tls = false;
  std::string ca_pem;
  // Sent as "authorization: Bearer TOKEN" when not empty.
  std::string token;
};

class CheckClient {
 public:
  // Calls claimcheck::CheckClaims directly; no server is involved.
  static std::unique_ptr<CheckClient> InProcess();

  // Calls ClaimCheckService/CheckClaims on `target` ("HOST:PORT"), over a
  // channel created now and reused by every call. Each call must finish
  // within `options.timeout`, connecting included. A server that cannot be
  // reached (or whose certificate is not trusted) gives UNAVAILABLE; one that
  // does not answer in time, DEADLINE_EXCEEDED; one that wants a token,
  // UNAUTHENTICATED.
  static std::unique_ptr<CheckClient> Remote(const std::string& target,
                                             const RemoteOptions& options);
  // Plaintext, no token.
  static std::unique_ptr<CheckClient> Remote(const std::string& target,
                                             absl::Duration timeout);

  virtual ~CheckClient() = default;

  // Checks one request. Thread-safe.
  virtual absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) = 0;

  // Reads an article's text or HTML and proposes its figures and claims.
  // In process, the body may be 1 MiB at most (text::kDefaultMaxTextBytes);
  // on a server, its --max_text_bytes. Thread-safe.
  virtual absl::StatusOr<v1::ExtractClaimsResponse> Extract(
      const v1::ExtractClaimsRequest& request) = 0;

  // Reads an article and checks the claims it proposes. Thread-safe.
  virtual absl::StatusOr<v1::CheckTextResponse> CheckText(
      const v1::CheckTextRequest& request) = 0;

  // Checks many articles, calling `on_result(i, result)` for requests[i] in
  // order as each result arrives. Remotely this is one CheckArticles stream
  // whose deadline is the timeout times the number of articles; the articles
  // are sent while results are read, and HTTP/2 flow control keeps either
  // side from running ahead without bound. A non-OK return means the stream
  // itself failed (an unreachable server, a refused token) after the results
  // already passed to `on_result`.
  virtual absl::Status CheckMany(
      const std::vector<v1::CheckClaimsRequest>& requests,
      const std::function<
          void(size_t, absl::StatusOr<v1::CheckClaimsResponse>)>& on_result);
};

// True when `status` says that no server answered: it could not be reached
// (UNAVAILABLE), it did not answer in time (DEADLINE_EXCEEDED), the call was
// cancelled, or what answered is not a claimcheck server (UNIMPLEMENTED).
bool IsUnreachable(const absl::Status& status);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_CHECK_CLIENT_H_
