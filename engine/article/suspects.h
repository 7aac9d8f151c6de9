// Private to the article check: what its parts share, and the ranking of the
// figures most likely wrong (article.h says how they are found and ranked).
#ifndef CLAIMCHECK_ENGINE_ARTICLE_SUSPECTS_H_
#define CLAIMCHECK_ENGINE_ARTICLE_SUSPECTS_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"
#include "engine/checks/check.h"
#include "engine/model/model.h"
#include "engine/model/solver.h"
#include "engine/numbers/budget.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One request under check.
struct ArticleContext {
  const v1::CheckClaimsRequest& request;
  const FigureTable& figures;
  WorkContext work;
  ArticleModel model;
  // Each figure's (with `quantities`, each quantity's) index in the request,
  // by a view of its id (the request outlives the context): made on first
  // use, by a conflict's diagnosis, so an article whose claims hold does not
  // index its figures twice.
  const absl::flat_hash_map<absl::string_view, int>& Index(
      bool quantities = false) const;
  // Set when a question went unanswered for want of work.
  bool ran_out = false;
  // What Decide answered, by its question (the claims and the overrides),
  // with the steps the search took: asked again, the answer is the same, and
  // the budget is charged those steps again without the search (when it has
  // them), so the work used is what the searches would have used.
  struct Decided {
    Outcome outcome;
    int64_t steps;
  };
  // A question as asked, to look it up without a copy.
  struct Question {
    const std::vector<int>& claims;
    const Overrides& overrides;
  };
  using Key = std::pair<std::vector<int>, Overrides>;
  struct QuestionHash {
    using is_transparent = void;
    static size_t Of(const std::vector<int>& claims,
                     const Overrides& overrides);
    size_t operator()(const Key& k) const { return Of(k.first, k.second); }
    size_t operator()(const Question& q) const {
      return Of(q.claims, q.overrides);
    }
  };
  // Questions are equal when their claims are and their overrides are the
  // same variables with exactly the same intervals.
  struct QuestionEq {
    using is_transparent = void;
    static bool Same(const std::vector<int>& a_claims, const Overrides& a,
                     const std::vector<int>& b_claims, const Overrides& b);
    bool operator()(const Key& a, const Key& b) const {
      return Same(a.first, a.second, b.first, b.second);
    }
    bool operator()(const Question& a, const Key& b) const {
      return Same(a.claims, a.overrides, b.first, b.second);
    }
    bool operator()(const Key& a, const Question& b) const {
      return Same(a.first, a.second, b.claims, b.overrides);
    }
  };
  absl::node_hash_map<Key, Decided, QuestionHash, QuestionEq> decided;
  // The layout of each set of claims corrections are tried against (it
  // refers to `model`), made once: see Layout.
  std::map<std::vector<int>, std::shared_ptr<const SearchLayout>> layouts;

  // The constraints of `claims`, laid out for the solver once per request.
  const SearchLayout& Layout(const std::vector<int>& claims);
  // Whether every claim in `claims` holds with `overrides`.
  Outcome Decide(const std::vector<int>& claims,
                 const Overrides& overrides = {});
  // The same with claim `index` read as `rewritten`.
  Outcome DecideRewritten(const std::vector<int>& claims, int index,
                          const v1::Claim& rewritten);
  // The values `figure` may take for the claims in `claims` to hold with
  // every other figure as printed: propagation's outer bound. Empty when none
  // fits or the budget ran out.
  Interval Needed(const Figure& figure, const std::vector<int>& claims);
  // Where `figure` stands in the article, for ordering: its span's start, or
  // after every span in request order.
  int64_t Position(const Figure& figure) const;
  // The figures the constraints of `claims` involve, in request order.
  std::vector<const Figure*> FiguresOf(const std::vector<int>& claims) const {
    return VariablesOf(claims, /*quantities=*/false);
  }
  // The request's quantities they involve, in request order.
  std::vector<const Figure*> QuantitiesOf(
      const std::vector<int>& claims) const {
    return VariablesOf(claims, /*quantities=*/true);
  }
  // The figures, or with `quantities` the quantities, that the constraints
  // of `claims` involve, in request order.
  std::vector<const Figure*> VariablesOf(const std::vector<int>& claims,
                                         bool quantities) const;
  // The values claim `claim` alone leaves `quantity` (ImpliedRange).
  Interval Leaves(const Figure& quantity, int claim);

  // What VariablesOf answered, by its claims and whether for quantities:
  // a diagnosis asks about the same sets several times (a conflict's
  // figures, its shared ones, its slip groups), and the model does not
  // change while the request is checked.
  mutable std::map<std::pair<std::vector<int>, bool>,
                   std::vector<const Figure*>>
      variables_of;
  // Index's maps, once made (indexed).
  mutable absl::flat_hash_map<absl::string_view, int> figure_index;
  mutable absl::flat_hash_map<absl::string_view, int> quantity_index;
  mutable bool indexed = false;
};

// The values a figure of `figure`'s kind may take at all: whole numbers of at
// least 0 for a count, any value otherwise.
Interval AnyValueLike(const Figure& figure);

// The diagnosis of one component of conflicting claims: `component` lists
// its claims, `conflicts` the sets found in it, `conflict_indexes` their
// indexes in the result, `results` every claim's own result (a claim whose
// own finding blames its wording has that reading ranked first). Appends at
// most kMaxSuspects to `out` (more to name every figure a correction fits
// or to list a tie whole, up to kMaxTiedSuspects); the diagnosis's
// suspect_indexes refer to them.
v1::Diagnosis RankSuspects(
    ArticleContext* ctx, const std::vector<int>& component,
    const std::vector<std::vector<int>>& conflicts,
    const std::vector<int>& conflict_indexes,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    google::protobuf::RepeatedPtrField<v1::Suspect>* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ARTICLE_SUSPECTS_H_
