#include "client/check_client.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <utility>

#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/engine.h"
#include "service/status_mapping.h"

namespace claimcheck {
namespace {

class InProcessClient final : public CheckClient {
 public:
  absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) override {
    return CheckClaims(request);
  }
};

class RemoteClient final : public CheckClient {
 public:
  RemoteClient(const std::string& target, absl::Duration timeout)
      : stub_(v1::ClaimCheckService::NewStub(
            grpc::CreateChannel(target, grpc::InsecureChannelCredentials()))),
        timeout_(timeout) {}

  absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         absl::ToChronoMilliseconds(timeout_));
    v1::CheckClaimsResponse response;
    absl::Status status =
        FromGrpcStatus(stub_->CheckClaims(&context, request, &response));
    if (!status.ok()) return status;
    return response;
  }

 private:
  std::unique_ptr<v1::ClaimCheckService::Stub> stub_;
  const absl::Duration timeout_;
};

}  // namespace

std::unique_ptr<CheckClient> CheckClient::InProcess() {
  return std::make_unique<InProcessClient>();
}

std::unique_ptr<CheckClient> CheckClient::Remote(const std::string& target,
                                                 absl::Duration timeout) {
  return std::make_unique<RemoteClient>(target, timeout);
}

bool IsUnreachable(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDeadlineExceeded:
    case absl::StatusCode::kCancelled:
    case absl::StatusCode::kUnimplemented:
      return true;
    default:
      return false;
  }
}

}  // namespace claimcheck
