#include "engine/numbers/budget.h"

#include <utility>

#include "absl/time/clock.h"

namespace claimcheck {
namespace {

// Steps between two reads of the clock: a step costs about a microsecond, so
// the deadline is noticed within a few milliseconds.
constexpr int64_t kClockInterval = 4096;

}  // namespace

WorkBudget::WorkBudget(absl::Time deadline, int64_t steps,
                       std::function<bool()> cancelled)
    : deadline_(deadline), steps_(steps), cancelled_(std::move(cancelled)) {}

WorkBudget::WorkBudget(WorkBudget* parent, int64_t steps)
    : deadline_(absl::InfiniteFuture()), steps_(steps), parent_(parent) {}

bool WorkBudget::Charge(int64_t steps) {
  if (spent_ == Spent::kNo) {
    if (steps > steps_ - used_) {
      // Refused steps are not used: used() never exceeds the budget.
      spent_ = Spent::kSteps;
    } else if (parent_ != nullptr && !parent_->Charge(steps)) {
      spent_ = parent_->spent();
    } else {
      used_ += steps;
      if (steps == 0 || used_ >= next_clock_check_) {
        next_clock_check_ = used_ + kClockInterval;
        if (absl::Now() >= deadline_) {
          spent_ = Spent::kDeadline;
        } else if (cancelled_ && cancelled_()) {
          spent_ = Spent::kCancelled;
        }
      }
    }
  }
  if (spent_ == Spent::kNo) return true;
  ++refusals_;
  return false;
}

}  // namespace claimcheck
