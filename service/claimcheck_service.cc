#include "service/claimcheck_service.h"

#include <utility>

#include "absl/status/statusor.h"
#include "engine/engine.h"
#include "service/status_mapping.h"

namespace claimcheck {

grpc::Status ClaimCheckService::CheckClaims(
    grpc::ServerContext* /*context*/, const v1::CheckClaimsRequest* request,
    v1::CheckClaimsResponse* response) {
  absl::StatusOr<v1::CheckClaimsResponse> result =
      ::claimcheck::CheckClaims(*request);
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

}  // namespace claimcheck
