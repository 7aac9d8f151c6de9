// The HTTP gateway's work queue: a full queue holds the sender back instead
// of growing, and everything queued still runs.
#include "service/bounded_task_queue.h"

#include <atomic>
#include <future>

#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(BoundedTaskQueue, AFullQueueHoldsTheSenderBackAndLosesNothing) {
  BoundedTaskQueue queue(/*threads=*/1, /*max_queued=*/2);
  absl::Notification release;
  absl::Notification started;
  std::atomic<int> done{0};
  // The one worker is busy until `release`...
  queue.enqueue([&] {
    started.Notify();
    release.WaitForNotification();
    ++done;
  });
  started.WaitForNotification();
  // ...so two more wait in the queue, and a fourth cannot get in.
  queue.enqueue([&] { ++done; });
  queue.enqueue([&] { ++done; });
  EXPECT_EQ(queue.queued(), 2u);
  std::future<void> fourth =
      std::async(std::launch::async, [&] { queue.enqueue([&] { ++done; }); });
  EXPECT_EQ(fourth.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
  EXPECT_EQ(queue.queued(), 2u);

  release.Notify();
  EXPECT_EQ(fourth.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  queue.shutdown();  // runs what is queued first
  EXPECT_EQ(done.load(), 4);
  EXPECT_EQ(queue.queued(), 0u);
}

TEST(BoundedTaskQueue, ShutdownWithNothingQueuedReturns) {
  BoundedTaskQueue queue(4, 8);
  queue.shutdown();
  queue.shutdown();  // again, as the destructor does
  EXPECT_EQ(queue.queued(), 0u);
}

}  // namespace
}  // namespace claimcheck
