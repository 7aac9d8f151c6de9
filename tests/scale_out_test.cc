// Scale-out as the README's deployment section describes it: three
// claimcheck_server replicas on loopback ports, one client channel with
// round_robin over them and a retry policy for UNAVAILABLE. One replica is
// stopped with SIGTERM mid-run; every check must still succeed, every replica
// must have served some checks before it, and the two left serve the rest.
// The client's service config is deploy/service_config.json, as the README
// gives it. Which replica served a call is the peer address gRPC reports.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/sample_requests.h"

namespace claimcheck {
namespace {

constexpr int kReplicas = 3;
constexpr int kThreads = 4;
// Checks that must succeed before the stop, and again after the stopped
// replica has exited.
constexpr int kCallsEachPhase = 200;

TEST(ScaleOutTest, RoundRobinSpreadsChecksAndSurvivesAStoppedReplica) {
  std::vector<ServerProcess> replicas;
  std::vector<std::string> addresses;
  for (int i = 0; i < kReplicas; ++i) {
    absl::StatusOr<ServerProcess> server =
        StartServerProcess({"--drain_seconds=5", "--shutdown_notice_seconds=1",
                            "--access_log=false"});
    ASSERT_TRUE(server.ok()) << server.status();
    addresses.push_back(server->address);
    replicas.push_back(std::move(*server));
  }
  // The service config the README gives clients of a scaled-out claimcheck.
  std::ifstream file(RunfilesRoot() + "/deploy/service_config.json");
  std::stringstream service_config;
  service_config << file.rdbuf();
  ASSERT_TRUE(file) << "deploy/service_config.json not in the runfiles";
  grpc::ChannelArguments arguments;
  arguments.SetServiceConfigJSON(service_config.str());
  auto stub = v1::ClaimCheckService::NewStub(grpc::CreateCustomChannel(
      absl::StrCat("ipv4:", absl::StrJoin(addresses, ",")),
      grpc::InsecureChannelCredentials(), arguments));

  const std::string stopped = "ipv4:" + addresses[1];
  absl::Mutex mu;
  // peer -> calls served, before SIGTERM and after the replica exited.
  std::map<std::string, int> before_stop, after_stop;
  std::vector<std::string> failures;
  std::atomic<int> succeeded{0};
  enum Phase { kBefore, kStopping, kAfter };
  std::atomic<int> phase{kBefore};
  std::atomic<bool> finish{false};
  const v1::CheckClaimsRequest request = GoodRequest();

  auto client = [&] {
    while (!finish.load()) {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::seconds(10));
      const int started_in = phase.load();
      v1::CheckClaimsResponse response;
      const grpc::Status status =
          stub->CheckClaims(&context, request, &response);
      absl::MutexLock lock(&mu);
      if (!status.ok() || response.results_size() != 1) {
        failures.push_back(
            absl::StrCat(status.error_code(), ": ", status.error_message()));
        continue;
      }
      ++succeeded;
      if (started_in == kBefore) ++before_stop[context.peer()];
      if (started_in == kAfter) ++after_stop[context.peer()];
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) threads.emplace_back(client);

  // Waits, bounded, until `calls` more checks have succeeded and each of
  // `peers` has served one of the phase's (`served`). round_robin sends calls
  // only to replicas it is connected to, and on a loaded machine the last
  // connection may be made after the first 200 calls: a fixed count alone
  // would then find a replica that served nothing, and fail by chance.
  auto await_calls = [&](int calls, const std::map<std::string, int>& served,
                         const std::vector<std::string>& peers) {
    const int target = succeeded.load() + calls;
    const auto give_up =
        std::chrono::steady_clock::now() + std::chrono::seconds(30);
    auto done = [&] {
      if (succeeded.load() < target) return false;
      absl::MutexLock lock(&mu);
      for (const std::string& peer : peers) {
        if (served.count(peer) == 0) return false;
      }
      return true;
    };
    while (!done() && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  };
  std::vector<std::string> peers, remaining;
  for (int i = 0; i < kReplicas; ++i) {
    peers.push_back("ipv4:" + addresses[i]);
    if (i != 1) remaining.push_back(peers.back());
  }
  // Stop replica 1 mid-run, wait (bounded) for it to exit, then go on.
  await_calls(kCallsEachPhase, before_stop, peers);
  phase = kStopping;
  const bool signalled = replicas[1].process->Signal(SIGTERM);
  absl::StatusOr<int> exit_code = replicas[1].process->Wait(absl::Seconds(20));
  phase = kAfter;
  await_calls(kCallsEachPhase, after_stop, remaining);
  finish = true;
  for (std::thread& t : threads) t.join();

  ASSERT_TRUE(signalled);
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 0);
  EXPECT_TRUE(failures.empty())
      << failures.size() << " failed, first: " << failures.front();
  EXPECT_GE(succeeded.load(), 2 * kCallsEachPhase);
  for (const std::string& address : addresses) {
    EXPECT_GT(before_stop["ipv4:" + address], 0)
        << address << " served nothing";
  }
  EXPECT_EQ(after_stop.count(stopped), 0u)
      << "the stopped replica still served calls";
  for (int i : {0, 2}) {
    EXPECT_GT(after_stop["ipv4:" + addresses[i]], 0)
        << addresses[i] << " served nothing after the stop";
  }
  for (const auto& [peer, calls] : before_stop)
    std::cout << "before: " << peer << " " << calls << "\n";
  for (const auto& [peer, calls] : after_stop)
    std::cout << "after: " << peer << " " << calls << "\n";
  std::cout << succeeded.load() << " checks, all succeeded\n";
}

}  // namespace
}  // namespace claimcheck
