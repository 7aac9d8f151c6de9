// How much work the engine may do on one request: a deadline, a way to learn
// that the caller gave up, and a number of search steps. The searches that
// can run long (ProportionHolds and the implied-value searches built on it,
// the article's solver) charge every candidate they try to the budget of the
// WorkContext they are handed, and answer kUndecided, never a guess, once it
// is spent.
//
//   WorkBudget budget(absl::Now() + absl::Seconds(2), /*steps=*/50'000'000);
//   WorkContext work{&budget};
//   ProportionHolds(x, y, m, work);       // charges `budget`
//   if (budget.spent() == WorkBudget::Spent::kDeadline) ...
//
// A WorkContext without a budget charges nothing: code that has none (the
// unit tests of one search) is bounded only by each search's own step limit.
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
  // A share of `parent` (which may be null, and must outlive it): at most
  // `steps` steps, each charged to `parent` too, so its deadline and caller
  // stop the share as well. A search that may be cut short without harm
  // (tightening an answer already found) runs in a share, and leaves the
  // rest of the request's budget to the checks.
  WorkBudget(WorkBudget* parent, int64_t steps);

  // Charges `steps` search steps. False once the steps, the deadline or the
  // caller's patience has run out, and from then on. The clock is read on
  // every call with `steps` of 0 and every few thousand steps otherwise.
  bool Charge(int64_t steps);

  // Whether Charge(steps) would be granted on the steps alone: the budget
  // and every parent have that many left and none is spent yet (a deadline
  // or the caller may still stop it).
  bool Affords(int64_t steps) const {
    return spent_ == Spent::kNo && steps <= steps_ - used_ &&
           (parent_ == nullptr || parent_->Affords(steps));
  }

  Spent spent() const { return spent_; }
  // Calls of Charge that returned false.
  int64_t refusals() const { return refusals_; }
  // Steps charged so far.
  int64_t used() const { return used_; }
  // Steps left before the budget is spent (of its own; a share's parent may
  // have fewer).
  int64_t remaining() const { return steps_ - used_; }

 private:
  const absl::Time deadline_;
  const int64_t steps_;
  const std::function<bool()> cancelled_;
  WorkBudget* const parent_ = nullptr;
  int64_t used_ = 0;
  int64_t next_clock_check_ = 0;
  int64_t refusals_ = 0;
  Spent spent_ = Spent::kNo;
};

// The context one request's work is done in, handed to everything that may
// run long: the checks' `run`, the proportion searches and the solver. It
// holds the request's budget, if any; a small handle, passed by value.
struct WorkContext {
  WorkBudget* budget = nullptr;

  // Charges `steps` to the budget: false once it is spent; true when there is
  // none.
  bool Charge(int64_t steps = 1) const {
    return budget == nullptr || budget->Charge(steps);
  }
  // Whether Charge(steps) would be granted on the steps alone; true when
  // there is no budget.
  bool Affords(int64_t steps) const {
    return budget == nullptr || budget->Affords(steps);
  }
  // Why the budget is spent; kNo when there is none.
  WorkBudget::Spent spent() const {
    return budget == nullptr ? WorkBudget::Spent::kNo : budget->spent();
  }
  // Steps charged to the budget so far; 0 when there is none.
  int64_t used() const { return budget == nullptr ? 0 : budget->used(); }
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_NUMBERS_BUDGET_H_
