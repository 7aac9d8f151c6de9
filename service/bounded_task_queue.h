// The HTTP gateway's workers: a fixed number of threads and a bounded queue
// of accepted connections waiting for one. cpp-httplib's own ThreadPool (in
// Debian's 0.11) queues without bound, so a flood of connections would grow
// the server's memory and open sockets with no limit. Here, when the queue is
// full, Enqueue waits for room: the gateway's listening thread stops
// accepting, further connections wait in the kernel's listen backlog (itself
// bounded), and nothing accepted is dropped.
//
//   server.new_task_queue = [] { return new BoundedTaskQueue(16, 64); };
#ifndef CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_
#define CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  // `threads` workers; at most `max_queued` tasks wait for one.
  BoundedTaskQueue(size_t threads, size_t max_queued);
  ~BoundedTaskQueue() override;

  // Queues `fn`, first waiting while `max_queued` tasks are waiting.
  void enqueue(std::function<void()> fn) override;
  // Runs what is queued, then stops and joins the workers.
  void shutdown() override;

  // Tasks waiting for a worker now.
  size_t queued() const;

 private:
  void Work();

  const size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable work_;  // a task was queued, or shutdown
  std::condition_variable room_;  // a task left the queue
  std::deque<std::function<void()>> tasks_;
  bool shutdown_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_BOUNDED_TASK_QUEUE_H_
