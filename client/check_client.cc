#include "client/check_client.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/engine.h"
#include "rpc/status_mapping.h"

namespace claimcheck {
namespace {

class InProcessClient final : public CheckClient {
 public:
  absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) override {
    return CheckClaims(request);
  }

  absl::StatusOr<v1::ExtractClaimsResponse> Extract(
      const v1::ExtractClaimsRequest& request) override {
    return ExtractClaims(request, CheckOptions());
  }

  absl::StatusOr<v1::CheckTextResponse> CheckText(
      const v1::CheckTextRequest& request) override {
    return ::claimcheck::CheckText(request, CheckOptions());
  }
};

std::shared_ptr<grpc::ChannelCredentials> CredentialsFor(
    const RemoteOptions& options) {
  if (!options.tls) return grpc::InsecureChannelCredentials();
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = options.ca_pem;
  return grpc::SslCredentials(ssl);
}

class RemoteClient final : public CheckClient {
 public:
  RemoteClient(const std::string& target, const RemoteOptions& options)
      : stub_(v1::ClaimCheckService::NewStub(
            grpc::CreateChannel(target, CredentialsFor(options)))),
        options_(options) {}

  absl::StatusOr<v1::CheckClaimsResponse> Check(
      const v1::CheckClaimsRequest& request) override {
    return Call(&v1::ClaimCheckService::Stub::CheckClaims, request);
  }

  absl::StatusOr<v1::ExtractClaimsResponse> Extract(
      const v1::ExtractClaimsRequest& request) override {
    return Call(&v1::ClaimCheckService::Stub::ExtractClaims, request);
  }

  absl::StatusOr<v1::CheckTextResponse> CheckText(
      const v1::CheckTextRequest& request) override {
    return Call(&v1::ClaimCheckService::Stub::CheckText, request);
  }

  absl::Status CheckMany(const std::vector<v1::CheckClaimsRequest>& requests,
                         const std::function<void(
                             size_t, absl::StatusOr<v1::CheckClaimsResponse>)>&
                             on_result) override {
    grpc::ClientContext context;
    context.set_deadline(
        std::chrono::system_clock::now() +
        absl::ToChronoMilliseconds(
            options_.timeout *
            static_cast<int64_t>(std::max<size_t>(1, requests.size()))));
    if (!options_.token.empty()) {
      context.AddMetadata("authorization", "Bearer " + options_.token);
    }
    auto stream = stub_->CheckArticles(&context);
    // Writes block when the server is not reading: a thread of their own.
    std::thread writer([&] {
      v1::CheckArticlesRequest wrapped;
      for (const v1::CheckClaimsRequest& request : requests) {
        *wrapped.mutable_article() = request;
        if (!stream->Write(wrapped)) break;
      }
      stream->WritesDone();
    });
    v1::CheckArticlesResponse result;
    size_t next = 0;
    while (next < requests.size() && stream->Read(&result)) {
      if (result.has_response()) {
        on_result(next, std::move(*result.mutable_response()));
      } else {
        on_result(
            next,
            FromGrpcStatus(grpc::Status(
                static_cast<grpc::StatusCode>(result.error().code()),
                result.error().message(), result.error().SerializeAsString())));
      }
      ++next;
    }
    if (next < requests.size()) context.TryCancel();
    writer.join();
    absl::Status status = FromGrpcStatus(stream->Finish());
    if (status.ok() && next < requests.size()) {
      status = absl::InternalError(
          "the server ended the stream before every result");
    }
    return status;
  }

 private:
  // One unary call of `method`, under the timeout, with the token.
  template <typename Request, typename Response>
  absl::StatusOr<Response> Call(
      grpc::Status (v1::ClaimCheckService::Stub::*method)(grpc::ClientContext*,
                                                          const Request&,
                                                          Response*),
      const Request& request) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         absl::ToChronoMilliseconds(options_.timeout));
    if (!options_.token.empty()) {
      context.AddMetadata("authorization", "Bearer " + options_.token);
    }
    Response response;
    absl::Status status =
        FromGrpcStatus((stub_.get()->*method)(&context, request, &response));
    if (!status.ok()) return status;
    return response;
  }

  std::unique_ptr<v1::ClaimCheckService::Stub> stub_;
  const RemoteOptions options_;
};

}  // namespace

absl::Status CheckClient::CheckMany(
    const std::vector<v1::CheckClaimsRequest>& requests,
    const std::function<void(size_t, absl::StatusOr<v1::CheckClaimsResponse>)>&
        on_result) {
  for (size_t i = 0; i < requests.size(); ++i) on_result(i, Check(requests[i]));
  return absl::OkStatus();
}

std::unique_ptr<CheckClient> CheckClient::InProcess() {
  return std::make_unique<InProcessClient>();
}

std::unique_ptr<CheckClient> CheckClient::Remote(const std::string& target,
                                                 const RemoteOptions& options) {
  return std::make_unique<RemoteClient>(target, options);
}

std::unique_ptr<CheckClient> CheckClient::Remote(const std::string& target,
                                                 absl::Duration timeout) {
  RemoteOptions options;
  options.timeout = timeout;
  return Remote(target, options);
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
