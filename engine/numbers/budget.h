// How much work the engine may do on one request: a deadline, a way to learn
// that the caller gave up, and a number of search steps. The searches that
// can run long (ProportionHolds and the implied-value searches built on it)
// charge every candidate they try to the budget installed on their thread,
// and answer kUndecided, never a guess, once it is spent.
//
//   WorkBudget budget(absl::Now() + absl::Seconds(2), /*steps=*/50'000'000);
//   {
//     ScopedWorkBudget scope(&budget);
//     ... ProportionHolds(...) ...       // charges `budget`
//   }
//   if (budget.spent() == WorkBudget::Spent::kDeadline) ...
//
// Without a ScopedWorkBudget, ChargeWork always succeeds: code that never
// installs one (the unit tests of one search) is bounded only by each
// search's own step limit.
#ifndef CLAIMCHECK_ENGINE_NUMBERS_BUDGET_H_
#define CLAIMCHECK_ENGINE_NUMBERS_BUDGET_H_

#include <cstdint>
#include <functional>

#include "absl/time/time.h"

namespace claimcheck {

class WorkBudget {
 public:
  // Why the budget is spent, if it is.
  enum class Spent { kNo, kSteps, kDeadline, kCancelled };

  // `cancelled`, when given, is polled with the clock and says that the
  // caller no longer wants the answer.
  WorkBudget(absl::Time deadline, int64_t steps,
             std::function<bool()> cancelled = nullptr);

  // Charges `steps` search steps. False once the steps, the deadline or the
  // caller's patience has run out, and from then on. The clock is read on
  // every call with `steps` of 0 and every few thousand steps otherwise.
  bool Charge(int64_t steps);

  Spent spent() const { return spent_; }
  // Calls of Charge that returned false.
  int64_t refusals() const { return refusals_; }
  // Steps charged so far.
  int64_t used() const { return used_; }

 private:
  const absl::Time deadline_;
  const int64_t steps_;
  const std::function<bool()> cancelled_;
  int64_t used_ = 0;
  int64_t next_clock_check_ = 0;
  int64_t refusals_ = 0;
  Spent spent_ = Spent::kNo;
};

// Installs `budget` for the searches on this thread while it is alive.
class ScopedWorkBudget {
 public:
  explicit ScopedWorkBudget(WorkBudget* budget);
  ~ScopedWorkBudget();
  ScopedWorkBudget(const ScopedWorkBudget&) = delete;
  ScopedWorkBudget& operator=(const ScopedWorkBudget&) = delete;

 private:
  WorkBudget* const previous_;
};

// Charges the budget installed on this thread; true when there is none.
bool ChargeWork(int64_t steps = 1);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_BUDGET_H_
