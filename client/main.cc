// claimcheck: checks the arithmetic of a news story, in process or on a
// claimcheck_server. See client/cli.h for the command line and exit status.
#include <iostream>
#include <string>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "client/cli.h"

int main(int argc, char** argv) {
  // As in claimcheck_server (service/main.cc): Debian's Abseil would check
  // lock order on every lock, gRPC's too.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int status = claimcheck::RunClaimcheck(args, std::cout, std::cerr);
  std::cout.flush();
  return status;
}
