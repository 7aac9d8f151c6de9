// Decides whether the constraints of an ArticleModel (model.h) can all hold
// at once, exactly, for whole-number and real-valued figures alike.
//
//   ArticleModel model = ...;                      // every claim's constraints
//   WorkBudget budget(absl::InfiniteFuture(), 1'000'000);
//   SolveResult r = Solve(model, AllGroups(model), WorkContext{&budget});
//   r.outcome;   // kConsistent (with r.witness), kInconsistent, kUndecided
//
// The method is interval constraint propagation with a bounded search:
// - Propagation (HC4-style revise, to a fixpoint): each constraint narrows
//   the domain of each of its variables to the values its other variables
//   allow. A linear constraint sum(c_i x_i) in R gives x_i in
//   (R - sum_{j != i} c_j x_j) / c_i; a product y = f x (x > 0) gives
//   y in f x, f in y / x and x in y / f; for whole-number x the product is
//   also decided exactly by ProportionHolds (proportion.h), which finds the
//   gaps between attainable values (7 percent of 50 people). Arithmetic is on
//   exact rationals with open and closed ends kept exact; whole-number
//   domains are rounded inward, and a derived end longer than 128 bits is
//   rounded outward (BoundedBits in exact.h), which only loosens it, so
//   that numbers cannot grow at every revise. A narrowing of a real-valued
//   domain by less than a sixteenth of its width is skipped (skipping is always
//   sound), so propagation ends; an empty domain proves that the constraints
//   conflict.
// - Search (depth first, deterministic): a variable that is not yet one
//   value is split into its printed value (or the simplest number inside its
//   domain), the values below it and the values above it, whole-number
//   variables with the fewest values first. The three branches cover the
//   domain, so when every branch fails the constraints conflict; a branch
//   where every variable is one value and every constraint holds exactly is a
//   witness, and only a witness proves that they are consistent. A real
//   value is split at a number of at most 128 bits; a domain too narrow for
//   one is tried at its middle alone, and if nothing is found the answer is
//   kUndecided, not a conflict.
// - Every revise and every branch is charged to the WorkContext's budget
//   (budget.h):
//   when its steps, the deadline or the caller's patience run out, the answer
//   is kUndecided, never a guess; so it is when the domains saved for
//   backtracking pass a million, which bounds one search's memory. Nothing
//   depends on the clock but that, so the same model always gives the same
//   answer within the same steps.
#ifndef CLAIMCHECK_ENGINE_MODEL_SOLVER_H_
#define CLAIMCHECK_ENGINE_MODEL_SOLVER_H_

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "absl/types/span.h"
#include "engine/model/model.h"
#include "engine/numbers/budget.h"

namespace claimcheck {

enum class Outcome { kConsistent, kInconsistent, kUndecided };

struct SolveResult {
  Outcome outcome = Outcome::kUndecided;
  // For kUndecided: what ran out.
  WorkBudget::Spent stop = WorkBudget::Spent::kNo;
  // For kConsistent: a value of every variable the constraints involve, by
  // VarId, under which all hold exactly.
  std::map<VarId, Rational> witness;
};

// Every claim of `model` as a set for Solve: group g is in when
// groups[g] is true.
std::vector<bool> AllGroups(const ArticleModel& model);

// Domains to use instead of the model's, for some variables: a correction
// tried in place of a printed figure.
using Overrides = std::map<VarId, Interval>;

// Whether the constraints of the claims in `groups` can all hold.
SolveResult Solve(const ArticleModel& model, const std::vector<bool>& groups,
                  WorkContext work, const Overrides& overrides = {});

// The constraints of the claims in `groups`, indexed for Solve: a caller
// that asks about the same claims many times, with different overrides (a
// diagnosis trying corrections), lays them out once. It refers to `model`,
// which must outlive it.
struct SearchLayout;
std::shared_ptr<const SearchLayout> LayOut(const ArticleModel& model,
                                           const std::vector<bool>& groups);

// Solve over a layout: the same answer, in the same steps, as Solve of its
// model and groups.
SolveResult Solve(const SearchLayout& layout, WorkContext work,
                  const Overrides& overrides = {});

// The same for the constraints listed in `constraints` (indexes into
// model.constraints()): what Solve does for one component of a large article,
// at a cost that does not grow with the rest of the article. Its callers
// need only the outcome: a consistent result's witness is left empty.
SolveResult SolveConstraints(const ArticleModel& model,
                             const std::vector<int>& constraints,
                             WorkContext work);

// SolveConstraints for the components of one model in turn (an article's
// thousands): the same outcomes in the same steps, with one layout's
// storage reused from one component to the next instead of allocated for
// each. It refers to `model`, which must outlive it.
class ComponentSolver {
 public:
  explicit ComponentSolver(const ArticleModel& model);
  ~ComponentSolver();
  ComponentSolver(const ComponentSolver&) = delete;
  ComponentSolver& operator=(const ComponentSolver&) = delete;

  SolveResult Solve(absl::Span<const int> constraints, WorkContext work);

 private:
  const ArticleModel& model_;
  std::unique_ptr<SearchLayout> layout_;
};

// Propagation alone: each variable's domain narrowed by the constraints of
// `groups` (an outer bound of the values a solution may give it), indexed by
// VarId; nullopt when propagation proves that they conflict, or when the
// budget ran out.
std::optional<std::vector<Interval>> Narrow(const ArticleModel& model,
                                            const std::vector<bool>& groups,
                                            WorkContext work,
                                            const Overrides& overrides = {});
// The same over a layout (LayOut), for one variable: its domain alone,
// without copying every other's.
std::optional<Interval> Narrow(const SearchLayout& layout, WorkContext work,
                               const Overrides& overrides, VarId var);

// The values `var` takes in the solutions of the constraints listed in
// `constraints`, as one interval from the least to the greatest: what the
// claims leave a quantity the article does not print ("up 1,200, or 8
// percent" leaves a base of 14,112 to 16,007). Propagation gives an outer
// bound; each end is then tightened by search, probing whether the
// constraints can hold with `var` beyond a value and bisecting toward the
// end at simple values, to whole numbers exactly and to about five
// significant digits otherwise. The result is always an outer bound: an end
// that the budget or `max_solves` searches per end cannot settle stays
// where the search last proved nothing lies beyond it. Empty when the
// constraints cannot all hold.
Interval ImpliedRange(const ArticleModel& model,
                      const std::vector<int>& constraints, VarId var,
                      WorkContext work, int max_solves = 40);

// The claims that share figures, directly or through other claims, in
// groups: each component lists its groups in increasing order, components in
// the order of their first group. Groups with no constraint are left out.
// Every component's groups are in one list: an article of thousands of
// claims needs no vector (an allocation) for each.
struct ComponentList {
  // Component k's groups are groups[start[k]] to groups[start[k + 1] - 1].
  std::vector<int> groups;
  std::vector<int> start = {0};

  size_t size() const { return start.size() - 1; }
  absl::Span<const int> operator[](size_t k) const {
    return absl::MakeConstSpan(groups.data() + start[k],
                               groups.data() + start[k + 1]);
  }
};
ComponentList ListComponents(const ArticleModel& model);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_MODEL_SOLVER_H_
