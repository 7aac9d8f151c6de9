// claimcheck_server without the check: the same server (ClaimCheckServer,
// its interceptor, health, reflection, the check threads), whose CheckClaims
// answers every call with the response the engine gave FILE.json once, at
// start. bench/run.sh loads it beside the real server to tell what a
// CheckClaims call costs as an RPC (its messages read, written and sent)
// from what the check adds. A benchmark tool, never a server to deploy: it
// answers the same whatever it is asked.
//
//   rpc_floor_server --port=0 examples/kqed-ice-arrests.json
//   rpc_floor_server listening on 127.0.0.1:PORT
#include <signal.h>

#include <iostream>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/synchronization/mutex.h"
#include "client/request_file.h"
#include "engine/engine.h"
#include "service/server.h"

ABSL_FLAG(int, port, 0, "TCP port on 127.0.0.1; 0 picks a free port.");

int main(int argc, char** argv) {
  absl::SetMutexDeadlockDetectionMode(
      absl::OnDeadlockCycle::kIgnore);  // as service/main.cc
  const std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) {
    std::cerr << "usage: rpc_floor_server [--port=N] FILE.json\n";
    return 2;
  }
  const absl::StatusOr<claimcheck::v1::CheckClaimsRequest> request =
      claimcheck::ReadRequestFile(args[1]);
  if (!request.ok()) {
    std::cerr << "rpc_floor_server: " << request.status().message() << "\n";
    return 2;
  }
  const absl::StatusOr<claimcheck::v1::CheckClaimsResponse> answer =
      claimcheck::CheckClaims(*request);
  if (!answer.ok()) {
    std::cerr << "rpc_floor_server: " << answer.status() << "\n";
    return 2;
  }

  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  claimcheck::ServerOptions options;
  options.port = absl::GetFlag(FLAGS_port);
  options.access_log = false;
  // A copy of the stored response, as the engine's would be a new one.
  options.service.check = [answer](const claimcheck::v1::CheckClaimsRequest&,
                                   const claimcheck::CheckOptions&) {
    return answer;
  };
  auto server = claimcheck::ClaimCheckServer::Start(options);
  if (!server.ok()) {
    std::cerr << "rpc_floor_server: " << server.status().message() << "\n";
    return 1;
  }
  std::cout << "rpc_floor_server listening on "
            << (*server)->listening_address() << std::endl;
  int signal_number = 0;
  while (sigwait(&stop_signals, &signal_number) != 0) {
  }
  (*server)->Shutdown();
  return 0;
}
