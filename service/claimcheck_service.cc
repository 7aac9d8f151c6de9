#include "service/claimcheck_service.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <thread>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "engine/reading/request_error.h"
#include "google/protobuf/arena.h"
#include "google/rpc/status.pb.h"
#include "rpc/status_mapping.h"
#include "service/text_request.h"

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
  options.max_text_bytes = options_.max_text_bytes;
  options.cancelled = [context] { return context->IsCancelled(); };
  return options;
}

template <typename Work>
grpc::ServerUnaryReactor* ClaimCheckService::Serve(
    grpc::CallbackServerContext* context, Work work) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (absl::Status auth =
          authenticator_.Authenticate(context->client_metadata());
      !auth.ok()) {
    reactor->Finish(ToGrpcStatus(auth));
    return reactor;
  }
  // Nothing of the call may be touched after Finish.
  const bool queued = checks_.TryEnqueue(
      [this, context, reactor, work = std::move(work)]() mutable {
        reactor->Finish(work(OptionsFor(context, nullptr)));
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

grpc::ServerUnaryReactor* ClaimCheckService::CheckClaims(
    grpc::CallbackServerContext* context, const v1::CheckClaimsRequest* request,
    v1::CheckClaimsResponse* response) {
  return Serve(context, [this, request, response](const CheckOptions& options) {
    absl::StatusOr<v1::CheckClaimsResponse> result =
        options_.check(*request, options);
    if (!result.ok()) return ToGrpcStatus(result.status());
    *response = *std::move(result);
    return grpc::Status::OK;
  });
}

template <typename Request, typename Engine>
grpc::Status ClaimCheckService::ServeText(const grpc::ByteBuffer& request,
                                          grpc::ByteBuffer* response,
                                          const CheckOptions& options,
                                          const Engine& engine) const {
  Request parsed;
  if (absl::Status read = ReadTextRequest(request, &parsed); !read.ok()) {
    return ToGrpcStatus(read);
  }
  // Reading an article does no search, so the engine looks at neither the
  // deadline nor the caller while it reads: a call that waited past its
  // deadline for a check thread, or was given up, ends here.
  if (options.cancelled()) {
    return ToGrpcStatus(ErrorWithInfo(absl::StatusCode::kCancelled,
                                      "the call was cancelled by its caller",
                                      "CANCELLED"));
  }
  if (absl::Now() >= options.deadline) {
    return ToGrpcStatus(ErrorWithInfo(
        absl::StatusCode::kDeadlineExceeded,
        "the deadline passed before the article was read; nothing is returned",
        "DEADLINE_EXCEEDED"));
  }
  auto result = engine(parsed, options);
  if (!result.ok()) return ToGrpcStatus(result.status());
  return WriteResponse(*result, response);
}

grpc::ServerUnaryReactor* ClaimCheckService::ExtractClaims(
    grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
    grpc::ByteBuffer* response) {
  return Serve(context, [this, request, response](const CheckOptions& options) {
    return ServeText<v1::ExtractClaimsRequest>(*request, response, options,
                                               options_.extract);
  });
}

grpc::ServerUnaryReactor* ClaimCheckService::CheckText(
    grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
    grpc::ByteBuffer* response) {
  return Serve(context, [this, request, response](const CheckOptions& options) {
    return ServeText<v1::CheckTextRequest>(*request, response, options,
                                           options_.check_text);
  });
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
