// The gRPC face of the engine: claimcheck.v1.ClaimCheckService. It holds no
// logic of its own: it hands the request to claimcheck::CheckClaims and maps
// the outcome with ToGrpcStatus, so a request the engine cannot read comes
// back as INVALID_ARGUMENT with google.rpc.BadRequest and ErrorInfo details.
//
//   claimcheck::ClaimCheckService service;
//   grpc::ServerBuilder builder;
//   builder.RegisterService(&service);
//
// ClaimCheckServer (server.h) does this, with health checks and reflection.
#ifndef CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_
#define CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_

#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>

#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Thread-safe: it has no state, and the engine is a pure function.
class ClaimCheckService final : public v1::ClaimCheckService::Service {
 public:
  grpc::Status CheckClaims(grpc::ServerContext* context,
                           const v1::CheckClaimsRequest* request,
                           v1::CheckClaimsResponse* response) override;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_
