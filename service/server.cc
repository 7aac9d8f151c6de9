#include "service/server.h"

#include <grpc/grpc.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/resource_quota.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <grpcpp/support/channel_arguments.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpc/health/v1/health.pb.h"
#include "service/call_observer.h"

namespace claimcheck {

std::string JoinHostPort(const std::string& host, int port) {
  if (absl::StrContains(host, ':') && !absl::StartsWith(host, "[")) {
    return absl::StrCat("[", host, "]:", port);
  }
  return absl::StrCat(host, ":", port);
}

absl::StatusOr<std::string> ReadPemFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    return absl::InvalidArgumentError(absl::StrCat(path, ": cannot be read"));
  std::string contents((std::istreambuf_iterator<char>(file)),
                       std::istreambuf_iterator<char>());
  if (!absl::StrContains(contents, "-----BEGIN ")) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": not a PEM file"));
  }
  return contents;
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
  if (options.shutdown_notice < absl::ZeroDuration()) {
    return absl::InvalidArgumentError("the shutdown notice is negative");
  }
  if (options.max_threads < 2) {
    return absl::InvalidArgumentError(absl::StrCat(
        "max_threads must be at least 2, not ", options.max_threads));
  }
  std::shared_ptr<grpc::ServerCredentials> credentials =
      grpc::InsecureServerCredentials();
  if (!options.tls_cert_file.empty() || !options.tls_key_file.empty()) {
    if (options.tls_cert_file.empty() || options.tls_key_file.empty()) {
      return absl::InvalidArgumentError(
          "TLS needs both a certificate and its private key");
    }
    absl::StatusOr<std::string> cert = ReadPemFile(options.tls_cert_file);
    if (!cert.ok()) return cert.status();
    absl::StatusOr<std::string> key = ReadPemFile(options.tls_key_file);
    if (!key.ok()) return key.status();
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({*key, *cert});
    credentials = grpc::SslServerCredentials(ssl);
  }

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  // gRPC's built-in health service is not compiled from health.proto, so
  // reflection would list grpc.health.v1.Health without being able to
  // describe it, and `grpcurl ... grpc.health.v1.Health/Check` would fail.
  // Linking the generated messages puts the file in the pool it serves.
  grpc::health::v1::HealthCheckRequest::descriptor();

  if (options.service.check_threads < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("check_threads must be 0 (one per core) or more, not ",
                     options.service.check_threads));
  }
  ServiceOptions service_options = options.service;
  service_options.max_checks = options.max_threads;
  auto service =
      std::make_unique<ClaimCheckService>(std::move(service_options));
  const std::string address = JoinHostPort(options.address, options.port);
  int bound_port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, credentials, &bound_port);
  grpc::ResourceQuota quota("claimcheck_server");
  quota.SetMaxThreads(options.max_threads);
  builder.SetResourceQuota(quota);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  // Without this, Linux lets a second server bind the same port and share
  // its traffic; a taken port must be an error instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.RegisterService(service.get());
  // Every claimcheck.v1 call, over gRPC or through the HTTP gateway, is
  // counted and logged by one interceptor.
  auto metrics = std::make_unique<Metrics>();
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      observers;
  observers.push_back(MakeCallObserverFactory(
      metrics.get(), options.access_log ? &std::cerr : nullptr));
  builder.experimental().SetInterceptorCreators(std::move(observers));
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
  std::unique_ptr<ClaimCheckServer> started(new ClaimCheckServer(
      options, bound_port, std::move(service), std::move(server)));
  started->metrics_ = std::move(metrics);
  if (options.http_port >= 0) {
    HttpGatewayOptions http;
    http.address = options.address;
    http.port = options.http_port;
    http.max_body_bytes = options.max_message_bytes;
    http.tls_cert_file = options.tls_cert_file;
    http.tls_key_file = options.tls_key_file;
    http.editors_page = options.editors_page;
    absl::StatusOr<std::unique_ptr<HttpGateway>> gateway = HttpGateway::Start(
        http, started->InProcessChannel(), started->metrics_.get());
    if (!gateway.ok()) return gateway.status();  // ~ClaimCheckServer stops gRPC
    started->http_ = *std::move(gateway);
  }
  return std::move(started);
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
  if (http_ != nullptr) http_->SetNotServing();
  absl::SleepFor(options_.shutdown_notice);
  server_->Shutdown(std::chrono::system_clock::now() +
                    absl::ToChronoMilliseconds(options_.drain));
  server_->Wait();
  if (http_ != nullptr) http_->Stop();
}

}  // namespace claimcheck
