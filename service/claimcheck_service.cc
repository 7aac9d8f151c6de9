#include "service/claimcheck_service.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <thread>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "google/protobuf/arena.h"
#include "google/rpc/status.pb.h"
#include "rpc/status_mapping.h"

namespace claimcheck {

namespace {

size_t CheckThreads(const ServiceOptions& options) {
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  const int threads =
      options.check_threads > 0 ? options.check_threads : std::max(cores, 1);
  return static_cast<size_t>(
      std::max(1, std::min(threads, options.max_checks)));
}

// The first block of a request's arena is inside its holder: most requests
// fit in it and cost no allocation beyond the holder's.
class ArenaHolder final : public grpc::MessageHolder<v1::CheckClaimsRequest,
                                                     v1::CheckClaimsResponse> {
 public:
  ArenaHolder() : arena_(Options(initial_block_)) {
    set_request(google::protobuf::Arena::CreateMessage<v1::CheckClaimsRequest>(
        &arena_));
    set_response(&response_);
  }
  void Release() override { delete this; }

 private:
  static google::protobuf::ArenaOptions Options(char* block) {
    google::protobuf::ArenaOptions options;
    options.initial_block = block;
    options.initial_block_size = sizeof(initial_block_);
    return options;
  }

  alignas(8) char initial_block_[16 * 1024];  // before arena_, which uses it
  google::protobuf::Arena arena_;
  v1::CheckClaimsResponse response_;
};

}  // namespace

grpc::MessageHolder<v1::CheckClaimsRequest, v1::CheckClaimsResponse>*
ClaimCheckService::ArenaRequests::AllocateMessages() {
  return new ArenaHolder();
}

ClaimCheckService::ClaimCheckService(ServiceOptions options)
    : options_(std::move(options)),
      authenticator_(options_.tokens),
      checks_(CheckThreads(options_),
              static_cast<size_t>(std::max<int64_t>(
                  0, int64_t{options_.max_checks} -
                         static_cast<int64_t>(CheckThreads(options_))))) {
  SetMessageAllocatorFor_CheckClaims(&arena_requests_);
}

CheckOptions ClaimCheckService::OptionsFor(grpc::ServerContextBase* context,
                                           bool* call_deadline) const {
  CheckOptions options;
  options.deadline = absl::Now() + options_.max_check_time;
  const bool governs =
      context->deadline() != std::chrono::system_clock::time_point::max() &&
      absl::FromChrono(context->deadline()) < options.deadline;
  if (governs) options.deadline = absl::FromChrono(context->deadline());
  if (call_deadline != nullptr) *call_deadline = governs;
  options.work_budget = options_.work_budget;
  options.cancelled = [context] { return context->IsCancelled(); };
  return options;
}

grpc::ServerUnaryReactor* ClaimCheckService::CheckClaims(
    grpc::CallbackServerContext* context, const v1::CheckClaimsRequest* request,
    v1::CheckClaimsResponse* response) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (absl::Status auth =
          authenticator_.Authenticate(context->client_metadata());
      !auth.ok()) {
    reactor->Finish(ToGrpcStatus(auth));
    return reactor;
  }
  // Nothing of the call may be touched after Finish.
  const bool queued =
      checks_.TryEnqueue([this, context, request, response, reactor] {
        absl::StatusOr<v1::CheckClaimsResponse> result =
            options_.check(*request, OptionsFor(context, nullptr));
        if (!result.ok()) {
          reactor->Finish(ToGrpcStatus(result.status()));
          return;
        }
        *response = *std::move(result);
        reactor->Finish(grpc::Status::OK);
      });
  if (!queued) {
    reactor->Finish(grpc::Status(
        grpc::StatusCode::RESOURCE_EXHAUSTED,
        absl::StrCat(
            "the server is already checking ", options_.max_checks,
            " requests, its limit (--max_threads); try again shortly")));
  }
  return reactor;
}

grpc::Status ClaimCheckService::CheckArticles(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<v1::CheckArticlesResponse,
                             v1::CheckArticlesRequest>* stream) {
  if (absl::Status auth =
          authenticator_.Authenticate(context->client_metadata());
      !auth.ok()) {
    return ToGrpcStatus(auth);
  }
  v1::CheckArticlesRequest request;
  for (int64_t index = 0; stream->Read(&request); ++index) {
    bool call_deadline = false;
    absl::StatusOr<v1::CheckClaimsResponse> result =
        options_.check(request.article(), OptionsFor(context, &call_deadline));
    // The call cannot go on: its deadline passed, or its caller left.
    if (result.status().code() == absl::StatusCode::kCancelled ||
        (call_deadline &&
         result.status().code() == absl::StatusCode::kDeadlineExceeded)) {
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
      if (status.error_details().empty() ||
          !error->ParseFromString(status.error_details())) {
        error->Clear();
        error->set_code(status.error_code());
        error->set_message(status.error_message());
      }
    }
    if (!stream->Write(response))
      return grpc::Status(grpc::StatusCode::CANCELLED, "the caller left");
  }
  return grpc::Status::OK;
}

}  // namespace claimcheck
