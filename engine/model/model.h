// All claims of one article as one system of constraints over the true values
// of its figures: what the article-level check (solver.h) decides.
//
// Every figure that a claim uses becomes one variable whose domain is the
// interval its printed text stands for ("498" people is {498}, "63 percent"
// is [62.5, 63.5], "about 500" is [450, 550]); whole-number figures are
// integer variables. A figure used by several claims is one variable, which
// is what lets the claims disagree with each other. A value a claim needs but
// the article does not print (the part in "63 percent of 498") is an
// auxiliary variable of that claim alone.
//
// Each kind of check that can say what its claim means as constraints
// provides a `constrain` function (check.h); it adds them here, tagged with
// the claim's index (its group):
//
//   // Kind 3, share: part = percent / 100 x base.
//   void Constrain(const v1::Claim& claim, const FigureTable& figures,
//                  ArticleModel* model) {
//     VarId percent =
//     model->FigureVar(*figures.Find(claim.share().percent_id()));
//     model->Within(percent, Interval::Closed(0, 100));
//     VarId part = ..., base = ...;
//     model->Product(part, model->Affine(0, Rational(1, 100), percent), base);
//   }
//
// Three shapes of constraint cover docs/spec.md's kinds:
// - linear: sum of coefficient x variable lies in an interval (totals,
//   shares adding up to 100, differences, order, the same quantity printed
//   twice, a count of items);
// - product: y = f x with x > 0 (shares, percent changes, multiples, ratios,
//   rates, means; f is usually an auxiliary variable tied to the printed
//   figure by a linear constraint, f = a + b m);
// - a domain: a variable lies in an interval (a percentage of a whole lies in
//   [0, 100]).
// A claim that adds none (a kind the solver does not model, a change without
// its endpoints) is left to its own verdict.
#ifndef CLAIMCHECK_ENGINE_MODEL_MODEL_H_
#define CLAIMCHECK_ENGINE_MODEL_MODEL_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "engine/numbers/exact.h"
#include "engine/numbers/interval.h"
#include "engine/reading/figure.h"

namespace claimcheck {

// A variable's index in its model.
using VarId = int;

// One term of a linear constraint.
struct LinearTerm {
  Rational coefficient;
  VarId var;
};

struct Constraint {
  enum class Shape { kLinear, kProduct };
  Shape shape = Shape::kLinear;
  // kLinear: the sum of coefficient x var over `terms` lies in `range`. Each
  // variable appears at most once.
  std::vector<LinearTerm> terms;
  Interval range;
  // kProduct: y = f x, x > 0.
  VarId y = -1, f = -1, x = -1;
  // The claim (its index in the request) that stated it.
  int group = -1;

  // The variables it involves, each once.
  std::vector<VarId> Vars() const;
};

struct Variable {
  // The figure's id (or the quantity's); empty for an auxiliary variable.
  std::string figure_id;
  // True for a quantity of the request, which no article prints.
  bool quantity = false;
  // The values it may take: the figure's interval, or an auxiliary's domain.
  // Narrowed in place by Within.
  Interval domain;
  // The figure's printed value, the search's first guess.
  std::optional<Rational> printed;
  // For an auxiliary variable: the claim that made it.
  int group = -1;
};

class ArticleModel {
 public:
  // Constraints added from now on belong to claim `group`.
  void BeginClaim(int group) { group_ = group; }
  // Room for about `figures` figure variables and `claims` claims' variables
  // and constraints, made at once: a long article's model is then not moved
  // and rehashed as it grows. A figure whose Figure::index is below `figures`
  // is then found by that index (see by_index_). Changes nothing else.
  void Reserve(size_t figures, size_t claims) {
    variables_.reserve(figures + claims);
    constraints_.reserve(2 * claims);
    by_index_.assign(figures, -1);
  }

  // The variable of `figure`, made on first use with the figure's interval.
  // For a copy converted into a claim's unit (Figure::source), an auxiliary
  // of the current claim tied to the figure's own variable by the factor.
  // For a quantity of the request (Figure::quantity), its one variable, and,
  // once in each claim that uses it, the constraints of its definition and
  // of those it is defined from: a sum or difference is linear; a product
  // y = c x1 x2 ... is a chain of products, each factor after the first
  // above zero; a quotient a / b is a = q b with b above zero.
  VarId FigureVar(const Figure& figure);
  // The same for a figure known only by id, interval and printed value.
  VarId FigureVar(const std::string& id, const Interval& domain,
                  const std::optional<Rational>& printed = std::nullopt);
  // A new auxiliary variable of the current claim.
  VarId Auxiliary(const Interval& domain);
  // A new auxiliary variable f = a + b m.
  VarId Affine(const Rational& a, const Rational& b, VarId m);

  // sum of terms in `range`; terms on one variable are merged. Both are
  // taken by value and moved into the constraint (most callers pass
  // temporaries).
  void Linear(std::vector<LinearTerm> terms, Interval range);
  // y = f x with x > 0.
  void Product(VarId y, VarId f, VarId x);
  // `var` lies in `range`: for an auxiliary, its domain is narrowed; for a
  // figure, a one-term linear constraint of the current claim, so the claim
  // that said so can be told apart from the others.
  void Within(VarId var, const Interval& range);
  // a = b.
  void Equal(VarId a, VarId b);

  const std::vector<Variable>& variables() const { return variables_; }
  const std::vector<Constraint>& constraints() const { return constraints_; }
  // The variable of figure `id`, or -1.
  VarId Find(const std::string& id) const;
  // Sets the domain of `var` (a correction tried in place of a figure).
  void SetDomain(VarId var, const Interval& domain) {
    variables_[var].domain = domain;
  }

 private:
  // Adds the constraints that define quantity `q` (variable `var`) to the
  // current claim.
  void Define(const Figure& q, VarId var);
  // The variable of figure `id` (Figure::index `index`, or -1), made on first
  // use with `domain` and `printed`.
  VarId Var(const std::string& id, int index, const Interval& domain,
            const std::optional<Rational>& printed);
  // Makes by_figure_ hold every figure variable made so far.
  void IndexByName() const;

  std::vector<Variable> variables_;
  std::vector<Constraint> constraints_;
  // A figure's variable is found by its place in the request when the model
  // was reserved for the request's figures (an article's model): a vector
  // look-up instead of hashing the id, most of the cost of a figure's use in
  // a long article (a table of 30,000 ids does not stay in the caches). Each
  // id still has one variable: a figure without an index (a quantity, a
  // figure read from a candidate's text) or found by id alone goes through
  // by_figure_, which is filled from the variables the first time it is
  // needed and kept whole from then on, and an index not yet seen is looked
  // up there before a variable is made. -1 where no variable is made yet.
  std::vector<VarId> by_index_;
  // Every figure variable by id, once `named_` (IndexByName).
  mutable absl::flat_hash_map<std::string, VarId> by_figure_;
  mutable bool named_ = false;
  // The quantities whose definitions each claim holds: (group, variable).
  absl::flat_hash_set<std::pair<int, VarId>> defined_;
  int group_ = -1;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_MODEL_MODEL_H_
