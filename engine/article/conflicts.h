// The smallest sets of claims that cannot all hold (minimal unsatisfiable
// subsets), found with a solver as the oracle.
//
//   // claims 0 and 2 conflict, and so do 1 and 2
//   Oracle oracle = [](const std::vector<int>& s) { ... Solve(...) ... };
//   ConflictSets found = FindConflicts({0, 1, 2}, oracle);
//   found.sets;       // {{0, 2}, {1, 2}}
//   found.complete;   // true: these are all of them
//
// One set is found with QuickXplain (Junker, 2004): split the claims in
// halves, and keep only the halves the conflict needs; about k log(n / k)
// oracle calls for a set of k out of n claims. Every set is then found with
// Reiter's hitting-set tree: a node removes one claim of each set found on
// its path, and the claims that remain either hold (a leaf) or hold another
// set; a set already found that misses the node's path is reused, and a node
// whose removed claims include those of a leaf is skipped. The tree is walked
// breadth first, claims in their order, so the answer is deterministic.
//
// The enumeration stops at kMaxConflictSets sets or kMaxConflictNodes oracle
// calls on tree nodes, whichever comes first: every set is listed when the
// claims in conflict are few (a set of up to six claims, or a few sets of
// two or three), and `complete` says when some may be missing. An oracle that
// cannot decide (kUndecided) stops it as well.
#ifndef CLAIMCHECK_ENGINE_ARTICLE_CONFLICTS_H_
#define CLAIMCHECK_ENGINE_ARTICLE_CONFLICTS_H_

#include <functional>
#include <vector>

#include "engine/model/solver.h"

namespace claimcheck {

inline constexpr int kMaxConflictSets = 8;
inline constexpr int kMaxConflictNodes = 64;

// Whether the claims in a sorted list can all hold.
using Oracle = std::function<Outcome(const std::vector<int>& claims)>;

struct ConflictSets {
  // Each sorted; the sets in lexicographic order.
  std::vector<std::vector<int>> sets;
  // True when `sets` holds every smallest conflicting set.
  bool complete = false;
  // True when the oracle could not decide a question on the way.
  bool undecided = false;
};

// The smallest conflicting subsets of `claims` (sorted), which must conflict
// as a whole.
ConflictSets FindConflicts(const std::vector<int>& claims, const Oracle& oracle,
                           int max_sets = kMaxConflictSets,
                           int max_nodes = kMaxConflictNodes);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ARTICLE_CONFLICTS_H_
