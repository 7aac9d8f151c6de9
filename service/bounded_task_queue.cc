#include "service/bounded_task_queue.h"

#include <utility>

namespace claimcheck {

BoundedTaskQueue::BoundedTaskQueue(size_t threads, size_t max_queued)
    : threads_(threads < 1 ? 1 : threads), max_queued_(max_queued) {
  for (size_t i = 0; i < threads_; ++i)
    workers_.emplace_back([this] { Work(); });
}

BoundedTaskQueue::~BoundedTaskQueue() { Shutdown(); }

bool BoundedTaskQueue::HasRoom() const {
  return running_ + tasks_.size() < threads_ + max_queued_;
}

void BoundedTaskQueue::Enqueue(std::function<void()> fn) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return HasRoom() || shutdown_; });
    tasks_.push_back(std::move(fn));
  }
  work_.notify_one();
}

bool BoundedTaskQueue::TryEnqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (shutdown_ || !HasRoom()) return false;
    tasks_.push_back(std::move(fn));
  }
  work_.notify_one();
  return true;
}

void BoundedTaskQueue::Shutdown() {
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
      ++running_;
    }
    fn();
    fn = nullptr;  // what the task holds goes before its place is given up
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --running_;
    }
    room_.notify_one();
  }
}

}  // namespace claimcheck
