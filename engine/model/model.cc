#include "engine/model/model.h"

#include <algorithm>
#include <utility>

namespace claimcheck {

std::vector<VarId> Constraint::Vars() const {
  if (shape == Shape::kProduct) {
    std::vector<VarId> vars = {y, f, x};
    std::sort(vars.begin(), vars.end());
    vars.erase(std::unique(vars.begin(), vars.end()), vars.end());
    return vars;
  }
  std::vector<VarId> vars;
  for (const LinearTerm& t : terms) vars.push_back(t.var);
  return vars;
}

VarId ArticleModel::FigureVar(const Figure& figure) {
  if (figure.source == nullptr && figure.quantity != nullptr) {
    const bool known = figure.defined() && !figure.unstated;
    const VarId var =
        Var(figure.id(), figure.index, figure.interval,
            known ? std::optional<Rational>(figure.value) : std::nullopt);
    variables_[var].quantity = true;
    if (figure.defined() && defined_.insert({group_, var}).second)
      Define(figure, var);
    return var;
  }
  if (figure.source == nullptr)
    return Var(figure.id(), figure.index, figure.interval, figure.value);
  // A copy converted into its claim's unit: the figure's one variable, in
  // its own unit, times the factor.
  const VarId own = FigureVar(*figure.source);
  if (figure.conversion == 1) return own;
  const VarId converted = Auxiliary(Interval());
  Linear({{Rational(1), converted}, {-figure.conversion, own}},
         Interval::Point(0));
  return converted;
}

VarId ArticleModel::FigureVar(const std::string& id, const Interval& domain,
                              const std::optional<Rational>& printed) {
  return Var(id, -1, domain, printed);
}

VarId ArticleModel::Var(const std::string& id, int index,
                        const Interval& domain,
                        const std::optional<Rational>& printed) {
  const bool indexed =
      index >= 0 && static_cast<size_t>(index) < by_index_.size();
  if (indexed && by_index_[index] >= 0) return by_index_[index];
  if (!indexed) IndexByName();
  if (named_) {
    // Made already under this id, by id or by another copy.
    auto it = by_figure_.find(id);
    if (it != by_figure_.end()) {
      if (indexed) by_index_[index] = it->second;
      return it->second;
    }
  }
  const VarId var = static_cast<VarId>(variables_.size());
  Variable& v = variables_.emplace_back();  // made in place, not moved in
  v.figure_id = id;
  v.domain = domain;
  v.printed = printed;
  if (indexed) by_index_[index] = var;
  if (named_) by_figure_.emplace(id, var);
  return var;
}

void ArticleModel::IndexByName() const {
  if (named_) return;
  named_ = true;
  by_figure_.reserve(variables_.size());
  for (size_t i = 0; i < variables_.size(); ++i) {
    if (!variables_[i].figure_id.empty())
      by_figure_.emplace(variables_[i].figure_id, static_cast<VarId>(i));
  }
}

void ArticleModel::Define(const Figure& q, VarId var) {
  std::vector<VarId> vars;  // the operands' variables; -1 for a constant
  for (const ExpressionOperand& o : q.operands)
    vars.push_back(o.figure != nullptr ? FigureVar(*o.figure) : -1);
  if (q.operation == v1::OPERATION_SUM ||
      q.operation == v1::OPERATION_DIFFERENCE) {
    // var - sum(+-factor x operand) = sum(+-constant).
    std::vector<LinearTerm> terms = {{Rational(1), var}};
    Rational constants = 0;
    for (size_t i = 0; i < q.operands.size(); ++i) {
      const ExpressionOperand& o = q.operands[i];
      const int sign =
          q.operation == v1::OPERATION_DIFFERENCE && i > 0 ? -1 : 1;
      if (vars[i] < 0) {
        constants += sign * o.constant;
      } else {
        terms.push_back({Rational(-sign) * o.factor, vars[i]});
      }
    }
    Linear(std::move(terms), Interval::Point(constants));
    return;
  }
  if (q.operation == v1::OPERATION_QUOTIENT) {
    // var = a / b: a = var x b, b > 0.
    const ExpressionOperand& a = q.operands[0];
    const ExpressionOperand& b = q.operands[1];
    if (vars[1] < 0) {
      if (vars[0] < 0) {
        Within(var, Interval::Point(a.constant / b.constant));
      } else {
        Linear({{Rational(1), var}, {-1 / b.constant, vars[0]}},
               Interval::Point(0));
      }
      return;
    }
    const VarId dividend =
        vars[0] >= 0 ? vars[0] : Auxiliary(Interval::Point(a.constant));
    Product(dividend, var, vars[1]);
    return;
  }
  // A product: the constants' product c times the figures', chained.
  Rational c = 1;
  std::vector<VarId> factors;
  for (size_t i = 0; i < q.operands.size(); ++i) {
    if (vars[i] < 0) {
      c *= q.operands[i].constant;
    } else {
      factors.push_back(vars[i]);
    }
  }
  if (factors.empty()) {
    Within(var, Interval::Point(c));
    return;
  }
  VarId product = factors[0];
  for (size_t i = 1; i < factors.size(); ++i) {
    const VarId next = Auxiliary(Interval());
    Product(next, product, factors[i]);
    product = next;
  }
  Linear({{Rational(1), var}, {-c, product}}, Interval::Point(0));
}

VarId ArticleModel::Auxiliary(const Interval& domain) {
  Variable& v = variables_.emplace_back();
  v.domain = domain;
  v.group = group_;
  return static_cast<VarId>(variables_.size() - 1);
}

VarId ArticleModel::Affine(const Rational& a, const Rational& b, VarId m) {
  const VarId f = Auxiliary(Interval());
  // f - b m = a, its terms moved in (a list in braces would be copied).
  std::vector<LinearTerm> terms;
  terms.reserve(2);
  terms.push_back({Rational(1), f});
  terms.push_back({-b, m});
  Linear(std::move(terms), Interval::Point(a));
  return f;
}

void ArticleModel::Linear(std::vector<LinearTerm> terms, Interval range) {
  // Merged in place: each variable's first term, in order, takes the
  // coefficients of its later ones.
  size_t kept = 0;
  for (size_t i = 0; i < terms.size(); ++i) {
    auto same = std::find_if(
        terms.begin(), terms.begin() + kept,
        [&](const LinearTerm& u) { return u.var == terms[i].var; });
    if (same == terms.begin() + kept) {
      if (kept != i) terms[kept] = std::move(terms[i]);
      ++kept;
    } else {
      same->coefficient += terms[i].coefficient;
    }
  }
  terms.erase(terms.begin() + kept, terms.end());
  terms.erase(
      std::remove_if(terms.begin(), terms.end(),
                     [](const LinearTerm& t) { return t.coefficient == 0; }),
      terms.end());
  Constraint& c = constraints_.emplace_back();
  c.shape = Constraint::Shape::kLinear;
  c.terms = std::move(terms);
  c.range = std::move(range);
  c.group = group_;
}

void ArticleModel::Product(VarId y, VarId f, VarId x) {
  Within(x, Interval::AtLeast(0, /*open=*/true));
  Constraint& c = constraints_.emplace_back();
  c.shape = Constraint::Shape::kProduct;
  c.y = y;
  c.f = f;
  c.x = x;
  c.group = group_;
}

void ArticleModel::Within(VarId var, const Interval& range) {
  Variable& v = variables_[var];
  if (v.figure_id.empty() && v.group == group_) {
    v.domain = v.domain.Intersect(range);
    return;
  }
  Linear({{Rational(1), var}}, range);
}

void ArticleModel::Equal(VarId a, VarId b) {
  Linear({{Rational(1), a}, {Rational(-1), b}}, Interval::Point(0));
}

VarId ArticleModel::Find(const std::string& id) const {
  IndexByName();
  auto it = by_figure_.find(id);
  return it == by_figure_.end() ? -1 : it->second;
}

}  // namespace claimcheck
