#include "service/claimcheck_service.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "google/rpc/status.pb.h"
#include "service/status_mapping.h"

namespace claimcheck {

ClaimCheckService::ClaimCheckService(ServiceOptions options)
    : options_(std::move(options)), authenticator_(options_.tokens) {}

CheckOptions ClaimCheckService::OptionsFor(grpc::ServerContext* context,
                                           bool* call_deadline) const {
  CheckOptions options;
  options.deadline = absl::Now() + options_.max_check_time;
  const bool governs = context->deadline() != std::chrono::system_clock::time_point::max() &&
                       absl::FromChrono(context->deadline()) < options.deadline;
  if (governs) options.deadline = absl::FromChrono(context->deadline());
  if (call_deadline != nullptr) *call_deadline = governs;
  options.work_budget = options_.work_budget;
  options.cancelled = [context] { return context->IsCancelled(); };
  return options;
}

grpc::Status ClaimCheckService::CheckClaims(
    grpc::ServerContext* context, const v1::CheckClaimsRequest* request,
    v1::CheckClaimsResponse* response) {
  if (absl::Status auth = authenticator_.Authenticate(context->client_metadata());
      !auth.ok()) {
    return ToGrpcStatus(auth);
  }
  absl::StatusOr<v1::CheckClaimsResponse> result =
      ::claimcheck::CheckClaims(*request, OptionsFor(context, nullptr));
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::CheckArticles(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<v1::CheckArticlesResponse, v1::CheckArticlesRequest>* stream) {
  if (absl::Status auth = authenticator_.Authenticate(context->client_metadata());
      !auth.ok()) {
    return ToGrpcStatus(auth);
  }
  v1::CheckArticlesRequest request;
  for (int64_t index = 0; stream->Read(&request); ++index) {
    bool call_deadline = false;
    absl::StatusOr<v1::CheckClaimsResponse> result =
        ::claimcheck::CheckClaims(request.article(), OptionsFor(context, &call_deadline));
    // The call cannot go on: its deadline passed, or its caller left.
    if (result.status().code() == absl::StatusCode::kCancelled ||
        (call_deadline && result.status().code() == absl::StatusCode::kDeadlineExceeded)) {
      return ToGrpcStatus(result.status());
    }
    v1::CheckArticlesResponse response;
    response.set_article_id(request.article().article_id());
    response.set_index(index);
    if (result.ok()) {
      *response.mutable_response() = *std::move(result);
    } else {
      const grpc::Status status = ToGrpcStatus(result.status());
      google::rpc::Status* error = response.mutable_error();
      if (status.error_details().empty() || !error->ParseFromString(status.error_details())) {
        error->Clear();
        error->set_code(status.error_code());
        error->set_message(status.error_message());
      }
    }
    if (!stream->Write(response)) return grpc::Status(grpc::StatusCode::CANCELLED, "the caller left");
  }
  return grpc::Status::OK;
}

}  // namespace claimcheck
