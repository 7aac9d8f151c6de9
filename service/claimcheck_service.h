// The gRPC face of the engine: claimcheck.v1.ClaimCheckService. It holds no
// logic of its own: it checks the caller's bearer token (auth.h), hands the
// request to claimcheck::CheckClaims with the call's deadline, and maps the
// outcome with ToGrpcStatus, so a request the engine cannot read comes back
// as INVALID_ARGUMENT with google.rpc.BadRequest and ErrorInfo details.
//
// CheckClaims, ExtractClaims and CheckText use gRPC's callback API: their
// work runs on a few threads of the service's own (one per core by default:
// a check only computes, so more threads than cores would only take turns),
// and at most max_checks calls wait or run at once; one more is refused at
// once with RESOURCE_EXHAUSTED. gRPC's threads only hand calls over, so
// health checks are answered however busy the checks are. CheckArticles, a
// long stream, keeps a thread of its own.
//
// ExtractClaims and CheckText take their requests as bytes and read them
// with ReadTextRequest (text_request.h): an article body that is not UTF-8
// must reach the engine, which answers INVALID_ARGUMENT naming the byte
// offset, where gRPC's parser would refuse it with a bare INTERNAL.
//
//   claimcheck::ClaimCheckService service({.tokens = {"s3cret"}});
//   grpc::ServerBuilder builder;
//   builder.RegisterService(&service);
//
// ClaimCheckServer (server.h) does this, with health checks and reflection.
#ifndef CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_
#define CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_

#include <grpcpp/server_context.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/message_allocator.h>
#include <grpcpp/support/status.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "engine/engine.h"
#include "service/auth.h"
#include "service/bounded_task_queue.h"

namespace claimcheck {

// What checks one request: the engine's CheckClaims (engine.h).
using CheckFunction = std::function<absl::StatusOr<v1::CheckClaimsResponse>(
    const v1::CheckClaimsRequest&, const CheckOptions&)>;
// What reads an article: the engine's ExtractClaims.
using ExtractFunction = std::function<absl::StatusOr<v1::ExtractClaimsResponse>(
    const v1::ExtractClaimsRequest&, const CheckOptions&)>;
// What reads and checks an article: the engine's CheckText.
using CheckTextFunction = std::function<absl::StatusOr<v1::CheckTextResponse>(
    const v1::CheckTextRequest&, const CheckOptions&)>;

struct ServiceOptions {
  // Bearer tokens a call must carry one of; empty lets every call through.
  std::vector<std::string> tokens;
  // The longest one check may take, whatever deadline its caller set (or
  // none): past it the call ends with DEADLINE_EXCEEDED.
  absl::Duration max_check_time = absl::Seconds(30);
  // Search steps for one request (see CheckOptions::work_budget).
  int64_t work_budget = kDefaultWorkBudget;
  // Threads that run CheckClaims' checks; 0: one per core.
  int check_threads = 0;
  // CheckClaims, ExtractClaims and CheckText calls running or waiting for a
  // check thread at once.
  int max_checks = 64;
  // The longest article body ExtractClaims and CheckText read, in bytes
  // (see CheckOptions::max_text_bytes).
  int64_t max_text_bytes = text::kDefaultMaxTextBytes;
  // The engine. Only a benchmark sets another: bench/rpc_floor_server.cc
  // answers with a stored response, to measure what the RPC costs without
  // the check.
  CheckFunction check = [](const v1::CheckClaimsRequest& request,
                           const CheckOptions& options) {
    return ::claimcheck::CheckClaims(request, options);
  };
  // The engine's text entry points. Only tests set others, to see that the
  // call's deadline and cancellation reach them.
  ExtractFunction extract = [](const v1::ExtractClaimsRequest& request,
                               const CheckOptions& options) {
    return ::claimcheck::ExtractClaims(request, options);
  };
  CheckTextFunction check_text = [](const v1::CheckTextRequest& request,
                                    const CheckOptions& options) {
    return ::claimcheck::CheckText(request, options);
  };
};

// Thread-safe: its state is set at construction, the engine is a pure
// function, and the check queue is thread-safe. Destroy it only after the
// server that uses it has shut down: its destructor runs the queued checks.
class ClaimCheckService final
    : public v1::ClaimCheckService::WithCallbackMethod_CheckClaims<
          v1::ClaimCheckService::WithRawCallbackMethod_ExtractClaims<
              v1::ClaimCheckService::WithRawCallbackMethod_CheckText<
                  v1::ClaimCheckService::Service>>> {
 public:
  explicit ClaimCheckService(ServiceOptions options = {});

  // UNAUTHENTICATED without an accepted token; RESOURCE_EXHAUSTED when
  // max_checks calls are already in hand; DEADLINE_EXCEEDED when the call's
  // deadline (or max_check_time) passes first, time spent waiting for a
  // check thread included; CANCELLED when the caller gives up: in both the
  // engine stops within milliseconds.
  grpc::ServerUnaryReactor* CheckClaims(
      grpc::CallbackServerContext* context,
      const v1::CheckClaimsRequest* request,
      v1::CheckClaimsResponse* response) override;

  // The article body (an ExtractClaimsRequest, as bytes) in, the proposed
  // request with its evidence out (an ExtractClaimsResponse). Served like
  // CheckClaims: token, check threads, deadline, cancellation. A body that
  // is not UTF-8, longer than max_text_bytes or missing is INVALID_ARGUMENT
  // with a google.rpc.BadRequest naming the field ("text" or "html"), the
  // reason (INVALID_UTF8, TEXT_TOO_LONG, MISSING_TEXT) and, for UTF-8, the
  // byte offset.
  grpc::ServerUnaryReactor* ExtractClaims(grpc::CallbackServerContext* context,
                                          const grpc::ByteBuffer* request,
                                          grpc::ByteBuffer* response) override;

  // A CheckTextRequest in, a CheckTextResponse out: extraction and check in
  // one call, as ExtractClaims and CheckClaims serve them.
  grpc::ServerUnaryReactor* CheckText(grpc::CallbackServerContext* context,
                                      const grpc::ByteBuffer* request,
                                      grpc::ByteBuffer* response) override;

  // One result per article, in order; an article that cannot be read gets
  // its error in the stream (CheckArticlesResponse.error) and the stream goes
  // on. Each article may take max_check_time, and all of them together the
  // call's deadline. Flow control: the next article is read only once the
  // previous result is written, and Write blocks while the caller's HTTP/2
  // window is full, so one stream holds at most one article and one result.
  grpc::Status CheckArticles(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<v1::CheckArticlesResponse,
                               v1::CheckArticlesRequest>* stream) override;

 private:
  // The engine's options for one check in `context`: the server's time limit
  // or the call's deadline, whichever comes first (`*call_deadline` says
  // whether it was the call's), the work budget, and the call's cancellation.
  CheckOptions OptionsFor(grpc::ServerContextBase* context,
                          bool* call_deadline) const;

  // Checks the caller's token, then runs `work(options)` on a check thread
  // and finishes the call with the status it returns; RESOURCE_EXHAUSTED
  // when max_checks calls are in hand already.
  template <typename Work>
  grpc::ServerUnaryReactor* Serve(grpc::CallbackServerContext* context,
                                  Work work);

  // Reads `request` (a Request, as bytes), gives it to `engine` and writes
  // its response into `response`: the work of ExtractClaims and CheckText.
  template <typename Request, typename Engine>
  grpc::Status ServeText(const grpc::ByteBuffer& request,
                         grpc::ByteBuffer* response,
                         const CheckOptions& options,
                         const Engine& engine) const;

  // CheckClaims' request is read into a protobuf Arena: one block for all
  // of its figures and claims instead of an allocation each, freed at once
  // when the call ends. The response stays on the heap, so the engine's is
  // moved into it, not copied.
  class ArenaRequests final
      : public grpc::MessageAllocator<v1::CheckClaimsRequest,
                                      v1::CheckClaimsResponse> {
   public:
    grpc::MessageHolder<v1::CheckClaimsRequest, v1::CheckClaimsResponse>*
    AllocateMessages() override;
  };

  const ServiceOptions options_;
  const TokenAuthenticator authenticator_;
  ArenaRequests arena_requests_;
  BoundedTaskQueue checks_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_CLAIMCHECK_SERVICE_H_
