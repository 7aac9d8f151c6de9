#include "service/bounded_task_queue.h"

#include <utility>

namespace claimcheck {

BoundedTaskQueue::BoundedTaskQueue(size_t threads, size_t max_queued)
    : max_queued_(max_queued < 1 ? 1 : max_queued) {
  for (size_t i = 0; i < (threads < 1 ? 1 : threads); ++i) workers_.emplace_back([this] { Work(); });
}

BoundedTaskQueue::~BoundedTaskQueue() { shutdown(); }

void BoundedTaskQueue::enqueue(std::function<void()> fn) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return tasks_.size() < max_queued_ || shutdown_; });
    tasks_.push_back(std::move(fn));
  }
  work_.notify_one();
}

void BoundedTaskQueue::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (shutdown_ && workers_.empty()) return;
    shutdown_ = true;
  }
  work_.notify_all();
  room_.notify_all();
  for (std::thread& worker : workers_) worker.join();
  workers_.clear();
}

size_t BoundedTaskQueue::queued() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return tasks_.size();
}

void BoundedTaskQueue::Work() {
  while (true) {
    std::function<void()> fn;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_.wait(lock, [this] { return !tasks_.empty() || shutdown_; });
      if (tasks_.empty()) return;  // shut down, nothing left
      fn = std::move(tasks_.front());
      tasks_.pop_front();
    }
    room_.notify_one();
    fn();
  }
}

}  // namespace claimcheck
