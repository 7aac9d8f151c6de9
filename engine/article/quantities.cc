#include "engine/article/quantities.h"

#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/checks/check.h"
#include "engine/checks/quantities.h"
#include "engine/model/model.h"
#include "engine/model/solver.h"

namespace claimcheck {
namespace {

// The most quantities one claim's implied values name: a definition may
// reach thousands through others, and each is a search.
constexpr size_t kMaxImpliedQuantities = 20;

// The model of `claim` alone.
ArticleModel ModelOf(const v1::Claim& claim, const Check& check,
                     const FigureTable& figures) {
  ArticleModel model;
  model.BeginClaim(0);
  check.constrain(claim, figures, &model);
  return model;
}

std::vector<int> Every(const ArticleModel& model) {
  std::vector<int> all(model.constraints().size());
  std::iota(all.begin(), all.end(), 0);
  return all;
}

// The printed figures the model of a claim involves, in the claim's order
// of variables.
std::vector<const Figure*> PrintedFiguresOf(const ArticleModel& model,
                                            const FigureTable& figures) {
  std::vector<const Figure*> out;
  for (const Variable& v : model.variables()) {
    if (v.figure_id.empty() || v.quantity) continue;
    if (const Figure* f = figures.Find(v.figure_id)) out.push_back(f);
  }
  return out;
}

// "the unstated total vote and A and B together".
std::string Names(const std::vector<QuantityUse>& uses) {
  std::vector<std::string> names;
  std::set<const Figure*> seen;
  for (const QuantityUse& u : uses) {
    if (seen.insert(u.quantity).second)
      names.push_back(QuantityName(*u.quantity));
  }
  return Listed(names);
}

}  // namespace

bool UsesUnstated(const v1::Claim& claim, const FigureTable& figures) {
  for (const QuantityUse& use : QuantitiesOf(claim, figures)) {
    if (use.quantity->unstated) return true;
  }
  return false;
}

bool UsesDefined(const v1::Claim& claim, const FigureTable& figures) {
  for (const QuantityUse& use : QuantitiesOf(claim, figures)) {
    if (use.quantity->defined()) return true;
  }
  return false;
}

void CheckByModel(const v1::Claim& claim, const Check& check,
                  const FigureTable& figures, WorkContext work,
                  v1::ClaimResult* result) {
  const std::vector<QuantityUse> uses = QuantitiesOf(claim, figures);
  if (check.constrain == nullptr) {
    AddDiscrepancy(
        result, v1::SEVERITY_NOT_CHECKABLE,
        absl::StrCat(check.name, ".unstated_quantity"),
        absl::StrCat("Claims of the kind \"", check.name,
                     "\" are not checked with values the article does not "
                     "print (",
                     Names(uses), "); give the figures instead."),
        {});
    return;
  }
  const ArticleModel model = ModelOf(claim, check, figures);
  const std::vector<const Figure*> printed = PrintedFiguresOf(model, figures);
  if (model.constraints().empty()) {
    AddMissing(result, check.name, {},
               absl::StrCat("This claim uses ", Names(uses),
                            ", but not the figures it would need to be "
                            "checked against."));
    return;
  }
  const std::vector<int> all = Every(model);
  const SolveResult solved = SolveConstraints(model, all, work);
  if (solved.outcome == Outcome::kUndecided) {
    AddUndecided(result, check.name, printed);
    return;
  }
  if (solved.outcome == Outcome::kInconsistent) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, absl::StrCat(check.name, ".cannot_hold"),
        absl::StrCat(
            "No value of ", Names(uses), " makes this claim hold with ",
            printed.empty() ? "what it says" : "its figures as printed", "."),
        printed);
    return;
  }
  // The quantities it uses, then those their expressions are made of
  // ("the rest" of "60 and the rest"), each once.
  std::vector<QuantityUse> all_uses = uses;
  for (size_t i = 0; i < all_uses.size() && i < kMaxImpliedQuantities; ++i) {
    for (const ExpressionOperand& o : all_uses[i].quantity->operands) {
      if (o.figure != nullptr && o.figure->quantity != nullptr)
        all_uses.push_back({"operand", o.figure});
    }
  }
  std::set<const Figure*> seen;
  for (const QuantityUse& use : all_uses) {
    if (seen.size() == kMaxImpliedQuantities) break;
    if (!seen.insert(use.quantity).second) continue;
    const VarId var = model.Find(use.quantity->id());
    if (var < 0) continue;
    const Interval range = ImpliedRange(model, all, var, work);
    // A value the claim alone leaves open says nothing.
    if (range.empty() || range.Text() == use.quantity->interval.Text())
      continue;
    AddImplied(result, use.role, QuantityName(*use.quantity), range);
    result->mutable_implied_values(result->implied_values_size() - 1)
        ->set_quantity_id(use.quantity->id());
  }
}

void ConfirmByModel(const v1::Claim& claim, const Check& check,
                    const FigureTable& figures, WorkContext work,
                    v1::ClaimResult* result) {
  if (check.constrain == nullptr) return;
  for (const v1::Discrepancy& d : result->discrepancies()) {
    if (d.severity() == v1::SEVERITY_ERROR ||
        d.severity() == v1::SEVERITY_NOT_CHECKABLE) {
      return;
    }
  }
  const ArticleModel model = ModelOf(claim, check, figures);
  if (model.constraints().empty()) return;
  if (SolveConstraints(model, Every(model), work).outcome !=
      Outcome::kInconsistent) {
    return;
  }
  const std::vector<QuantityUse> uses = QuantitiesOf(claim, figures);
  std::vector<std::string> spans;
  for (const QuantityUse& u : uses) {
    if (u.quantity->defined())
      spans.push_back(absl::StrCat(u.quantity->text(), " spans ",
                                   u.quantity->interval.Text()));
  }
  result->clear_implied_values();
  AddDiscrepancy(
      result, v1::SEVERITY_ERROR, absl::StrCat(check.name, ".cannot_hold"),
      absl::StrCat("No values within the figures' rounding make this claim "
                   "hold exactly, though the ranges of ",
                   Names(uses), " allow it (", absl::StrJoin(spans, "; "),
                   ", but it can take only some of those values)."),
      PrintedFiguresOf(model, figures));
}

}  // namespace claimcheck
