// The workers of the checks and of the HTTP gateway: a full queue refuses
// (TryEnqueue) or holds the sender back (Enqueue) instead of growing, and
// everything queued still runs.
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
  queue.Enqueue([&] {
    started.Notify();
    release.WaitForNotification();
    ++done;
  });
  started.WaitForNotification();
  // ...so two more wait in the queue, and a fourth cannot get in.
  queue.Enqueue([&] { ++done; });
  queue.Enqueue([&] { ++done; });
  EXPECT_EQ(queue.queued(), 2u);
  std::future<void> fourth =
      std::async(std::launch::async, [&] { queue.Enqueue([&] { ++done; }); });
  EXPECT_EQ(fourth.wait_for(std::chrono::milliseconds(300)),
            std::future_status::timeout);
  EXPECT_EQ(queue.queued(), 2u);

  release.Notify();
  EXPECT_EQ(fourth.wait_for(std::chrono::seconds(30)),
            std::future_status::ready);
  queue.Shutdown();  // runs what is queued first
  EXPECT_EQ(done.load(), 4);
  EXPECT_EQ(queue.queued(), 0u);
}

TEST(BoundedTaskQueue, TryEnqueueRefusesBeyondTheBoundAndAcceptsOnceATaskEnds) {
  BoundedTaskQueue queue(/*threads=*/1, /*max_queued=*/0);
  absl::Notification release;
  absl::Notification started;
  absl::Notification finished;
  std::atomic<int> done{0};
  ASSERT_TRUE(queue.TryEnqueue([&] {
    started.Notify();
    release.WaitForNotification();
    ++done;
    finished.Notify();
  }));
  started.WaitForNotification();
  // The one worker is busy and no task may wait: refused, and never run.
  EXPECT_FALSE(queue.TryEnqueue([&] { done += 100; }));
  release.Notify();
  finished.WaitForNotification();
  // Room again once the task has ended (its worker may still be returning).
  bool accepted = false;
  for (int attempt = 0; attempt < 3000 && !accepted; ++attempt) {
    accepted = queue.TryEnqueue([&] { ++done; });
    if (!accepted) absl::SleepFor(absl::Milliseconds(10));
  }
  EXPECT_TRUE(accepted);
  queue.Shutdown();
  EXPECT_EQ(done.load(), 2);
  EXPECT_FALSE(queue.TryEnqueue([&] { ++done; }));  // shut down
}

TEST(BoundedTaskQueue, ShutdownWithNothingQueuedReturns) {
  BoundedTaskQueue queue(4, 8);
  queue.Shutdown();
  queue.Shutdown();  // again, as the destructor does
  EXPECT_EQ(queue.queued(), 0u);
}

}  // namespace
}  // namespace claimcheck
