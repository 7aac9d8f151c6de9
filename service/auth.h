// Bearer-token authentication for ClaimCheckService, from call metadata
// (ParseTokens, in rpc/tokens.h, reads a token file's text):
//
//   TokenAuthenticator auth(ParseTokens("s3cret-one\ns3cret-two\n"));
//   absl::Status ok = auth.Authenticate(context->client_metadata());
//
// A call is let through when no tokens are configured, or when it carries
// "authorization: Bearer TOKEN" with one of the tokens. Otherwise the status
// is UNAUTHENTICATED with a google.rpc.ErrorInfo whose reason is
// MISSING_TOKEN (no bearer token sent) or INVALID_TOKEN (one not accepted).
// Tokens are compared in time that depends only on the configured tokens,
// never on how much of a guess was right.
//
// Only CheckClaims is guarded: the health service stays open so that
// orchestrators can probe, and so does server reflection, which only
// describes the public API. gRPC 1.51 offers no better seam: an
// AuthMetadataProcessor cannot be set on insecure credentials (it aborts),
// and server interceptors cannot end a call before its handler runs.
#ifndef CLAIMCHECK_SERVICE_AUTH_H_
#define CLAIMCHECK_SERVICE_AUTH_H_

#include <grpcpp/support/string_ref.h>

#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// True when `a` equals `b`, in time that depends on `b`'s length only.
bool ConstantTimeEquals(absl::string_view a, absl::string_view b);

class TokenAuthenticator {
 public:
  // An empty list lets every call through.
  explicit TokenAuthenticator(std::vector<std::string> tokens);

  bool enabled() const { return !tokens_.empty(); }

  // OK, or UNAUTHENTICATED as the file comment says.
  absl::Status Authenticate(
      const std::multimap<grpc::string_ref, grpc::string_ref>& metadata) const;

 private:
  std::vector<std::string> tokens_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_AUTH_H_
