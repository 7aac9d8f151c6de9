#include "service/server.h"

#include <grpc/grpc.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <grpcpp/support/channel_arguments.h>

#include <chrono>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "grpc/health/v1/health.pb.h"

namespace claimcheck {

std::string JoinHostPort(const std::string& host, int port) {
  if (absl::StrContains(host, ':') && !absl::StartsWith(host, "[")) {
    return absl::StrCat("[", host, "]:", port);
  }
  return absl::StrCat(host, ":", port);
}

absl::StatusOr<std::unique_ptr<ClaimCheckServer>> ClaimCheckServer::Start(
    const ServerOptions& options) {
  if (options.address.empty()) {
    return absl::InvalidArgumentError("the address is empty");
  }
  if (options.port < 0 || options.port > 65535) {
    return absl::InvalidArgumentError(
        absl::StrCat("port ", options.port, " is not from 0 to 65535"));
  }
  if (options.max_message_bytes <= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "max_message_bytes must be positive, not ", options.max_message_bytes));
  }
  if (options.drain < absl::ZeroDuration()) {
    return absl::InvalidArgumentError("the drain period is negative");
  }

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  // gRPC's built-in health service is not compiled from health.proto, so
  // reflection would list grpc.health.v1.Health without being able to
  // describe it, and `grpcurl ... grpc.health.v1.Health/Check` would fail.
  // Linking the generated messages puts the file in the pool it serves.
  grpc::health::v1::HealthCheckRequest::descriptor();

  auto service = std::make_unique<ClaimCheckService>();
  const std::string address = JoinHostPort(options.address, options.port);
  int bound_port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials(),
                           &bound_port);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  // Without this, Linux lets a second server bind the same port and share
  // its traffic; a taken port must be an error instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.RegisterService(service.get());
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || bound_port == 0) {
    if (server != nullptr) server->Shutdown();
    return absl::UnavailableError(absl::StrCat(
        "cannot listen on ", address,
        " (is the port in use, or the address not on this machine?)"));
  }

  grpc::HealthCheckServiceInterface* health = server->GetHealthCheckService();
  if (health != nullptr) {
    health->SetServingStatus("", true);
    health->SetServingStatus(kServiceName, true);
  }
  return std::unique_ptr<ClaimCheckServer>(new ClaimCheckServer(
      options, bound_port, std::move(service), std::move(server)));
}

ClaimCheckServer::ClaimCheckServer(ServerOptions options, int port,
                                   std::unique_ptr<ClaimCheckService> service,
                                   std::unique_ptr<grpc::Server> server)
    : options_(std::move(options)),
      port_(port),
      service_(std::move(service)),
      server_(std::move(server)) {}

ClaimCheckServer::~ClaimCheckServer() {
  if (!shut_down_) Shutdown();
}

std::string ClaimCheckServer::listening_address() const {
  return JoinHostPort(options_.address, port_);
}

std::shared_ptr<grpc::Channel> ClaimCheckServer::InProcessChannel() {
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(options_.max_message_bytes);
  arguments.SetMaxSendMessageSize(options_.max_message_bytes);
  return server_->InProcessChannel(arguments);
}

void ClaimCheckServer::Shutdown() {
  shut_down_ = true;
  if (grpc::HealthCheckServiceInterface* health =
          server_->GetHealthCheckService()) {
    // NOT_SERVING for every service, and no later change.
    health->Shutdown();
  }
  server_->Shutdown(std::chrono::system_clock::now() +
                    absl::ToChronoMilliseconds(options_.drain));
  server_->Wait();
}

}  // namespace claimcheck
