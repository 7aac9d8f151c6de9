// A gRPC server interceptor that records every claimcheck.v1 call in Metrics
// and writes its access-log line, so the service's handlers hold no
// bookkeeping and the HTTP gateway (which calls the same service over an
// in-process channel) is counted by the same code.
//
//   Metrics metrics;
//   std::vector<std::unique_ptr<
//       grpc::experimental::ServerInterceptorFactoryInterface>> observers;
//   observers.push_back(MakeCallObserverFactory(&metrics, &std::cerr));
//   builder.experimental().SetInterceptorCreators(std::move(observers));
//
// A call whose metadata holds "x-claimcheck-transport: http" is counted as
// an HTTP call; the gateway sets it. Health checks and reflection are not
// counted: they are not the service's calls.
#ifndef CLAIMCHECK_SERVICE_CALL_OBSERVER_H_
#define CLAIMCHECK_SERVICE_CALL_OBSERVER_H_

#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <ostream>

#include "service/metrics.h"

namespace claimcheck {

// The metadata key that marks a call made by the HTTP gateway.
inline constexpr char kTransportMetadataKey[] = "x-claimcheck-transport";

// `metrics` must outlive the server. `access_log` (std::cerr in the server;
// null for none) gets one line per call, written whole under a lock.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
MakeCallObserverFactory(Metrics* metrics, std::ostream* access_log);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_CALL_OBSERVER_H_
