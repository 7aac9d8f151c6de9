// A fixed number of worker threads and a bound on the tasks they have in
// hand: at most `threads + max_queued` tasks are running or waiting at once.
// Two users, two ways to meet the bound:
// - the checks of CheckClaims (claimcheck_service.h), one thread per core:
//   TryEnqueue refuses a task beyond the bound, and the call is answered
//   RESOURCE_EXHAUSTED at once; gRPC's own threads never wait on a check;
// - the HTTP gateway's connections (http_gateway.cc): Enqueue waits for room,
//   so the gateway's listening thread stops accepting and further connections
//   wait in the kernel's listen backlog (itself bounded). cpp-httplib's own
//   ThreadPool (in Debian's 0.11) queues without bound.
// Nothing accepted is dropped: Shutdown runs every queued task first.
//
//   BoundedTaskQueue checks(/*threads=*/2, /*max_queued=*/62);
//   if (!checks.TryEnqueue([=] { ...; reactor->Finish(status); })) {
//     reactor->Finish(grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, ...));
//   }
#ifndef CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_
#define CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

class BoundedTaskQueue {
 public:
  // `threads` workers (at least one); at most `max_queued` tasks wait for a
  // worker when all are busy.
  BoundedTaskQueue(size_t threads, size_t max_queued);
  ~BoundedTaskQueue();  // Shutdown()

  // Queues `fn`, first waiting while the queue is full.
  void Enqueue(std::function<void()> fn);
  // Queues `fn` and returns true, or returns false at once, without running
  // it, when the queue is full or shut down.
  bool TryEnqueue(std::function<void()> fn);
  // Runs what is queued, then stops and joins the workers.
  void Shutdown();

  // Tasks waiting for a worker now.
  size_t queued() const;

 private:
  bool HasRoom() const;  // with mutex_ held
  void Work();

  const size_t threads_;
  const size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable work_;  // a task was queued, or shutdown
  std::condition_variable room_;  // a task finished
  std::deque<std::function<void()>> tasks_;
  size_t running_ = 0;
  bool shutdown_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_
