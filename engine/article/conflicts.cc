#include "engine/article/conflicts.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>

namespace claimcheck {
namespace {

std::vector<int> Union(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(),
                 std::back_inserter(out));
  return out;
}

std::vector<int> Minus(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(),
                      std::back_inserter(out));
  return out;
}

bool Disjoint(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(both));
  return both.empty();
}

class QuickXplain {
 public:
  explicit QuickXplain(const Oracle& oracle) : oracle_(oracle) {}

  // A smallest X of `claims` that conflicts on its own; `claims` conflicts.
  std::optional<std::vector<int>> Find(const std::vector<int>& claims) {
    std::vector<int> out = Explain({}, false, claims);
    if (undecided_) return std::nullopt;
    return out;
  }

 private:
  // A smallest X of `candidates` such that background + X conflicts, given
  // that background + candidates does.
  std::vector<int> Explain(const std::vector<int>& background, bool added,
                           const std::vector<int>& candidates) {
    if (undecided_) return {};
    if (added) {
      const Outcome o = oracle_(background);
      if (o == Outcome::kUndecided) undecided_ = true;
      if (o != Outcome::kConsistent) return {};
    }
    if (candidates.size() == 1) return candidates;
    const auto middle = candidates.begin() + candidates.size() / 2;
    const std::vector<int> first(candidates.begin(), middle);
    const std::vector<int> second(middle, candidates.end());
    const std::vector<int> from_second =
        Explain(Union(background, first), true, second);
    const std::vector<int> from_first =
        Explain(Union(background, from_second), !from_second.empty(), first);
    return Union(from_first, from_second);
  }

  const Oracle& oracle_;
  bool undecided_ = false;
};

bool Includes(const std::vector<int>& outer, const std::vector<int>& inner) {
  return std::includes(outer.begin(), outer.end(), inner.begin(), inner.end());
}

}  // namespace

ConflictSets FindConflicts(const std::vector<int>& claims, const Oracle& oracle,
                           int max_sets, int max_nodes) {
  ConflictSets found;
  QuickXplain explain(oracle);
  std::deque<std::vector<int>> open = {{}};
  std::set<std::vector<int>> seen = {{}};
  std::vector<std::vector<int>> leaves;  // removals that leave claims that hold
  int nodes = 0;
  while (!open.empty()) {
    if (static_cast<int>(found.sets.size()) >= max_sets || nodes >= max_nodes)
      break;
    const std::vector<int> removed = open.front();
    open.pop_front();
    if (std::any_of(leaves.begin(), leaves.end(),
                    [&](const std::vector<int>& leaf) {
                      return Includes(removed, leaf);
                    })) {
      continue;
    }
    const std::vector<int>* label = nullptr;
    for (const auto& set : found.sets) {
      if (Disjoint(set, removed)) {
        label = &set;
        break;
      }
    }
    std::vector<int> fresh;
    if (label == nullptr) {
      const std::vector<int> rest = Minus(claims, removed);
      ++nodes;
      // The whole list conflicts by the caller's word.
      const Outcome o = removed.empty() ? Outcome::kInconsistent : oracle(rest);
      if (o == Outcome::kUndecided) {
        found.undecided = true;
        break;
      }
      if (o == Outcome::kConsistent) {
        leaves.push_back(removed);
        continue;
      }
      std::optional<std::vector<int>> set = explain.Find(rest);
      if (!set) {
        found.undecided = true;
        break;
      }
      found.sets.push_back(*set);
      fresh = *set;
      label = &fresh;
    }
    for (int claim : *label) {
      std::vector<int> child = Union(removed, {claim});
      if (seen.insert(child).second) open.push_back(std::move(child));
    }
  }
  found.complete = open.empty() && !found.undecided;
  std::sort(found.sets.begin(), found.sets.end());
  return found;
}

}  // namespace claimcheck
