// A bounded load test of a running claimcheck_server on this machine:
//
//   load_test --server=127.0.0.1:50051 --server_pid=1234 --clients=16
//             --seconds=60 [--max_requests=N] [--examples=examples]
//
// Many client threads call CheckClaims for a fixed time (or count) with a
// mix of requests: small valid articles made from a seed (totals, shares,
// changes, with and without slips), the worked examples, a few that keep the
// engine busy for most of a second, and malformed ones (unreadable numbers,
// unknown and duplicate ids, a claim that refers to itself, requests over
// the limits). Every answer is compared with what the engine linked into
// this program says for the same request: a response must be equal field
// for field; a refusal must have the same code, message and violations.
// While it runs it samples the server's resident memory from /proc.
//
// It prints the requests served, the answers by status code, wrong answers,
// crashes (the server gone, or INTERNAL/UNKNOWN answers) and the memory
// after warm-up against the memory at the end; it exits 1 when any answer
// was wrong, anything crashed, or memory grew by more than --max_growth_mb.
// It talks to loopback addresses only.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/engine.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_error.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "rpc/status_mapping.h"
#include "tests/sample_requests.h"

ABSL_FLAG(std::string, server, "", "HOST:PORT of the server; loopback only.");
ABSL_FLAG(int, server_pid, 0, "The server's process id, to sample its memory.");
ABSL_FLAG(int, clients, 16, "Client threads calling at once.");
ABSL_FLAG(double, seconds, 60, "How long to run.");
ABSL_FLAG(int64_t, max_requests, 0, "Stop after this many calls; 0: no limit.");
ABSL_FLAG(std::string, examples, "examples", "Folder of the worked examples.");
ABSL_FLAG(int, seed, 1, "Seed of the generated requests.");
ABSL_FLAG(double, max_growth_mb, 64,
          "Memory growth after warm-up that fails the run.");

namespace claimcheck {
namespace {

using google::protobuf::util::MessageDifferencer;

struct Case {
  std::string kind;  // "valid", "busy", "example" or "malformed"
  v1::CheckClaimsRequest request;
  absl::StatusOr<v1::CheckClaimsResponse> expected =
      absl::UnknownError("not computed");
};

Case MakeCase(std::string kind, v1::CheckClaimsRequest request) {
  Case c;
  c.kind = std::move(kind);
  c.request = std::move(request);
  return c;
}

v1::Figure* AddFigure(v1::CheckClaimsRequest* r, const std::string& id,
                      const std::string& text, v1::Unit unit) {
  v1::Figure* f = r->add_figures();
  f->set_id(id);
  f->set_text(text);
  f->set_unit(unit);
  return f;
}

// A small article: a total of a few counted parts (sometimes off by a
// slip), a share of the total, and a change between two of the parts.
v1::CheckClaimsRequest ValidRequest(std::mt19937& rng, int n) {
  v1::CheckClaimsRequest r;
  r.set_article_id(absl::StrCat("generated-", n));
  std::uniform_int_distribution<int> count(0, 999), parts(2, 12), slip(0, 3);
  const int k = parts(rng);
  int64_t sum = 0;
  v1::Claim* total = r.add_claims();
  total->set_id("total");
  for (int i = 0; i < k; ++i) {
    const int value = count(rng);
    sum += value;
    AddFigure(&r, absl::StrCat("p", i), absl::StrCat(value), v1::UNIT_COUNT);
    total->mutable_total()->add_parts()->set_figure_id(absl::StrCat("p", i));
  }
  const int64_t printed = slip(rng) == 0 ? sum + count(rng) % 50 + 1 : sum;
  AddFigure(&r, "t", absl::StrCat(printed), v1::UNIT_COUNT);
  total->mutable_total()->set_total_id("t");
  if (sum > 0) {
    std::uniform_int_distribution<int> pct(0, 1000);
    AddFigure(&r, "pct", absl::StrFormat("%.1f", pct(rng) / 10.0),
              v1::UNIT_PERCENT);
    v1::Claim* share = r.add_claims();
    share->set_id("share");
    share->mutable_share()->set_base_id("t");
    share->mutable_share()->set_percent_id("pct");
  }
  std::uniform_int_distribution<int> change(-90, 300);
  AddFigure(&r, "chg", absl::StrCat(change(rng), " percent"),
            v1::UNIT_UNSPECIFIED);
  v1::Claim* c = r.add_claims();
  c->set_id("change");
  c->mutable_change()->set_from_id("p0");
  c->mutable_change()->set_to_id("p1");
  c->mutable_change()->set_change_id("chg");
  return r;
}

std::vector<v1::CheckClaimsRequest> MalformedRequests(std::mt19937& rng) {
  std::vector<v1::CheckClaimsRequest> out;
  auto base = [&] { return ValidRequest(rng, 0); };
  v1::CheckClaimsRequest r = base();
  r.mutable_figures(0)->set_text("NaN");
  out.push_back(r);
  r = base();
  r.mutable_claims(0)->mutable_total()->set_total_id("nationwide");
  out.push_back(r);
  r = base();
  r.mutable_figures(1)->set_id("p0");
  out.push_back(r);
  r = base();
  r.mutable_claims(0)->mutable_total()->add_parts()->set_figure_id(
      "t");  // itself
  out.push_back(r);
  r = base();
  r.mutable_figures(0)->set_text(std::string(10000, '9'));
  out.push_back(r);
  r = base();
  r.mutable_figures(0)->set_text("\xD9\xA1\xD9\xA2\xD9\xA3");
  out.push_back(r);
  r = base();
  for (int i = 0; i <= kMaxFigures; ++i)
    AddFigure(&r, absl::StrCat("x", i), "1", v1::UNIT_COUNT);
  out.push_back(r);
  r = base();
  r.add_claims();  // no id, no kind
  out.push_back(r);
  return out;
}

std::vector<Case> MakeCases(const std::string& examples, int seed) {
  std::mt19937 rng(seed);
  std::vector<Case> cases;
  for (int i = 0; i < 300; ++i)
    cases.push_back(MakeCase("valid", ValidRequest(rng, i)));
  for (const char* name :
       {"kqed-ice-arrests.json", "kqed-ice-arrests-denver-36.json"}) {
    std::ifstream file(absl::StrCat(examples, "/", name));
    std::stringstream json;
    json << file.rdbuf();
    Case c = MakeCase("example", {});
    if (!google::protobuf::util::JsonStringToMessage(json.str(), &c.request)
             .ok()) {
      std::cerr << "load_test: cannot read " << examples << "/" << name << "\n";
      std::exit(2);
    }
    for (int copies = 0; copies < 20; ++copies) cases.push_back(c);
  }
  v1::CheckClaimsRequest busy = SlowRequest(1);
  busy.mutable_options()->set_work_budget(100'000);
  for (int i = 0; i < 6; ++i) cases.push_back(MakeCase("busy", busy));
  for (int copies = 0; copies < 10; ++copies) {
    for (v1::CheckClaimsRequest& r : MalformedRequests(rng)) {
      cases.push_back(MakeCase("malformed", std::move(r)));
    }
  }
  for (Case& c : cases) c.expected = CheckClaims(c.request);
  return cases;
}

// Whether `status`/`response` is what the engine in this process says.
bool SameAnswer(const Case& c, const absl::Status& status,
                const v1::CheckClaimsResponse& response) {
  if (c.expected.ok())
    return status.ok() && MessageDifferencer::Equals(response, *c.expected);
  return status.code() == c.expected.status().code() &&
         status.message() == c.expected.status().message() &&
         MessageDifferencer::Equals(BadRequestOf(status),
                                    BadRequestOf(c.expected.status())) &&
         MessageDifferencer::Equals(ErrorInfoOf(status),
                                    ErrorInfoOf(c.expected.status()));
}

int64_t ResidentKb(int pid) {
  std::ifstream status(absl::StrCat("/proc/", pid, "/status"));
  std::string line;
  while (std::getline(status, line)) {
    if (absl::StartsWith(line, "VmRSS:")) {
      int64_t kb = 0;
      std::istringstream(line.substr(6)) >> kb;
      return kb;
    }
  }
  return -1;
}

int Run() {
  const std::string server = absl::GetFlag(FLAGS_server);
  if (!absl::StartsWith(server, "127.") &&
      !absl::StartsWith(server, "localhost:") &&
      !absl::StartsWith(server, "[::1]:")) {
    std::cerr << "load_test: --server must be a loopback address, not \""
              << server << "\"\n";
    return 2;
  }
  const int pid = absl::GetFlag(FLAGS_server_pid);
  const absl::Duration duration = absl::Seconds(absl::GetFlag(FLAGS_seconds));
  const int64_t max_requests = absl::GetFlag(FLAGS_max_requests);
  const std::vector<Case> cases =
      MakeCases(absl::GetFlag(FLAGS_examples), absl::GetFlag(FLAGS_seed));
  std::cout << "load_test: " << cases.size() << " requests in the mix, "
            << absl::GetFlag(FLAGS_clients) << " clients, "
            << absl::FormatDuration(duration) << " against " << server
            << std::endl;

  auto channel =
      grpc::CreateChannel(server, grpc::InsecureChannelCredentials());
  if (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                 std::chrono::seconds(10))) {
    std::cerr << "load_test: cannot connect to " << server << "\n";
    return 3;
  }
  auto stub = v1::ClaimCheckService::NewStub(channel);

  std::mutex mu;
  std::map<std::string, int64_t> by_code, by_kind;
  std::atomic<int64_t> served{0}, wrong{0}, crashes{0};
  std::atomic<bool> stop{false};
  const absl::Time start = absl::Now();
  const absl::Time end = start + duration;

  std::vector<std::pair<double, int64_t>> memory;  // (seconds, kB)
  std::thread sampler([&] {
    while (!stop.load()) {
      if (pid > 0) {
        const int64_t kb = ResidentKb(pid);
        if (kb < 0) {
          crashes.fetch_add(1);
          stop.store(true);
          break;
        }
        memory.emplace_back(absl::ToDoubleSeconds(absl::Now() - start), kb);
      }
      absl::SleepFor(absl::Milliseconds(250));
    }
  });

  std::vector<std::thread> clients;
  for (int t = 0; t < absl::GetFlag(FLAGS_clients); ++t) {
    clients.emplace_back([&, t] {
      std::mt19937 rng(absl::GetFlag(FLAGS_seed) * 7919 + t);
      std::uniform_int_distribution<size_t> pick(0, cases.size() - 1);
      while (!stop.load() && absl::Now() < end) {
        const int64_t n = served.fetch_add(1);
        if (max_requests > 0 && n >= max_requests) {
          served.fetch_sub(1);
          break;
        }
        const Case& c = cases[pick(rng)];
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::seconds(60));
        v1::CheckClaimsResponse response;
        const absl::Status status =
            FromGrpcStatus(stub->CheckClaims(&context, c.request, &response));
        const bool same = SameAnswer(c, status, response);
        if (!same) wrong.fetch_add(1);
        if (status.code() == absl::StatusCode::kInternal ||
            status.code() == absl::StatusCode::kUnknown ||
            status.code() == absl::StatusCode::kUnavailable) {
          crashes.fetch_add(1);
        }
        std::lock_guard<std::mutex> lock(mu);
        ++by_code[absl::StatusCodeToString(status.code())];
        ++by_kind[c.kind];
        if (!same && wrong.load() <= 3) {
          std::cerr << "load_test: wrong answer for a " << c.kind
                    << " request: " << status << "\n";
        }
      }
    });
  }
  for (std::thread& client : clients) client.join();
  const absl::Duration took = absl::Now() - start;
  stop.store(true);
  sampler.join();
  if (pid > 0 && kill(pid, 0) != 0) crashes.fetch_add(1);

  std::cout << "requests served: " << served.load() << " in "
            << absl::FormatDuration(absl::Trunc(took, absl::Milliseconds(1)))
            << " ("
            << absl::StrFormat("%.0f",
                               served.load() / absl::ToDoubleSeconds(took))
            << " per second)\n";
  std::cout << "by status:";
  for (const auto& [code, n] : by_code) std::cout << " " << code << " " << n;
  std::cout << "\nby kind:";
  for (const auto& [kind, n] : by_kind) std::cout << " " << kind << " " << n;
  std::cout << "\nwrong answers: " << wrong.load()
            << "\ncrashes: " << crashes.load() << "\n";
  bool memory_ok = true;
  if (!memory.empty()) {
    // Warm-up: the first fifth of the run. Growth: the end against the most
    // the server held by the end of warm-up.
    const double warm = absl::ToDoubleSeconds(took) / 5;
    int64_t warm_kb = 0, end_kb = memory.back().second, max_kb = 0;
    for (const auto& [at, kb] : memory) {
      if (at <= warm) warm_kb = std::max(warm_kb, kb);
      max_kb = std::max(max_kb, kb);
    }
    if (warm_kb == 0) warm_kb = memory.front().second;
    const double growth_mb = (end_kb - warm_kb) / 1024.0;
    memory_ok = growth_mb <= absl::GetFlag(FLAGS_max_growth_mb);
    std::cout << absl::StrFormat(
        "server memory: %.1f MB after warm-up, %.1f MB at the end, %.1f MB at "
        "most; "
        "growth %+.1f MB (%+.1f%%) over %d samples\n",
        warm_kb / 1024.0, end_kb / 1024.0, max_kb / 1024.0, growth_mb,
        100.0 * (end_kb - warm_kb) / warm_kb, static_cast<int>(memory.size()));
  }
  return wrong.load() == 0 && crashes.load() == 0 && memory_ok ? 0 : 1;
}

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return claimcheck::Run();
}
