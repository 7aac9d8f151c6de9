#include "engine/checks/quantities.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_fields.h"

namespace claimcheck {
namespace {

using google::protobuf::Message;

bool Additive(v1::Operation op) {
  return op == v1::OPERATION_SUM || op == v1::OPERATION_DIFFERENCE;
}

absl::string_view Symbol(v1::Operation op) {
  switch (op) {
    case v1::OPERATION_SUM:
      return " + ";
    case v1::OPERATION_DIFFERENCE:
      return " - ";
    case v1::OPERATION_PRODUCT:
      return " \xC3\x97 ";  // ×
    default:
      return " / ";
  }
}

// The values an unstated quantity of `unit` may take.
Interval DomainOf(v1::Unit unit) {
  if (IsCountUnit(unit)) return Interval::AtLeast(0).WholeNumbers();
  if (unit == v1::UNIT_RATE) return Interval::AtLeast(0);
  return Interval();
}

// How an operand reads inside its quantity's expression.
std::string OperandText(const ExpressionOperand& o) {
  if (o.figure == nullptr) return ReadableString(o.constant, 12);
  const Figure& f = *o.figure;
  // A figure converted into the quantity's unit shows its value in that
  // unit: "26.1" square kilometres as 26,100,000 square metres.
  if (f.quantity == nullptr && o.factor != 1) {
    const Rational converted = f.value * o.factor;
    return ReadableString(converted, DecimalsForSignificant(converted, 3));
  }
  if (f.quantity == nullptr) return f.text();
  if (!f.defined()) return QuantityName(f);
  return f.operands.size() > 1 ? absl::StrCat("(", f.text(), ")") : f.text();
}

// The operand's interval and value, converted into the quantity's unit.
Interval IntervalOf(const ExpressionOperand& o) {
  if (o.figure == nullptr) return Interval::Point(o.constant);
  return o.factor == 1 ? o.figure->interval
                       : o.figure->interval.Scale(o.factor);
}

Rational ValueOf(const ExpressionOperand& o) {
  return o.figure == nullptr ? o.constant : o.figure->value * o.factor;
}

// The unit of a defined quantity whose unit is not given: a sum's or
// difference's operands' when they share one, a product's or quotient's one
// figure's (a count only when multiplied by whole numbers), else an amount.
v1::Unit InferredUnit(const Figure& q) {
  std::vector<const Figure*> figures;
  bool whole_constants = true;
  for (const ExpressionOperand& o : q.operands) {
    if (o.figure != nullptr) {
      figures.push_back(o.figure);
    } else if (!o.constant.is_integer() || o.constant < 0) {
      whole_constants = false;
    }
  }
  if (figures.empty()) return v1::UNIT_AMOUNT;
  const v1::Unit first = figures[0]->unit;
  if (Additive(q.operation)) {
    for (const Figure* f : figures) {
      if (f->unit != first) return v1::UNIT_AMOUNT;
    }
    return first;
  }
  if (figures.size() != 1) return v1::UNIT_AMOUNT;
  if (IsCountUnit(first)) {
    return q.operation == v1::OPERATION_PRODUCT && whole_constants
               ? first
               : v1::UNIT_AMOUNT;
  }
  return first;
}

class Reader {
 public:
  Reader(const v1::CheckClaimsRequest& request, FigureTable* figures,
         RequestErrors* errors)
      : request_(request), figures_(*figures), errors_(*errors) {}

  void Read() {
    for (int i = 0; i < request_.quantities_size(); ++i) Add(i);
    if (!errors_.empty()) return;
    for (int i = 0; i < request_.quantities_size(); ++i) Resolve(i);
    if (!errors_.empty()) return;
    std::vector<int> order;
    if (!Order(&order)) return;
    for (int i : order) Evaluate(i);
  }

 private:
  std::string PathOf(int i) const {
    return absl::StrCat("quantities[", i, "]");
  }

  // Makes the quantity's figure, with what it is but not its expression.
  void Add(int i) {
    const v1::Quantity& q = request_.quantities(i);
    const std::string path = PathOf(i);
    if (q.id().empty()) {
      errors_.Add(path + ".id", "MISSING_ID", "every quantity needs an id");
      return;
    }
    if (figures_.Find(q.id()) != nullptr) {
      errors_.Add(path + ".id", "DUPLICATE_ID",
                  absl::StrCat("another figure or quantity already has the id "
                               "\"",
                               q.id(), "\""));
      return;
    }
    v1::Figure* proto = figures_.NewProto();
    protos_[q.id()] = proto;
    proto->set_id(q.id());
    proto->set_label(q.label());
    proto->set_unit_name(q.unit_name());
    proto->set_unit_symbol(q.unit_symbol());
    proto->set_rate_per(q.rate_per());
    proto->set_unit(q.unit());
    Figure f;
    f.proto = proto;
    f.quantity = &q;
    f.unit = q.unit() == v1::UNIT_UNSPECIFIED ? v1::UNIT_AMOUNT : q.unit();
    f.value = 0;
    f.digit_unit = 1;
    if (!q.rate_per().empty()) {
      // Read as a figure's rate_per is, with that figure's errors.
      v1::Figure probe;
      probe.set_id(q.id());
      probe.set_text("1");
      probe.set_unit(v1::UNIT_RATE);
      probe.set_rate_per(q.rate_per());
      const std::optional<Figure> read = ReadFigure(probe, path, &errors_);
      if (!read) return;
      f.rate_per = read->rate_per;
    }
    bool ok = true;
    f.measure = MeasureOfQuantity(q.unit_symbol(), q.unit(), f.rate_per, path,
                                  &errors_, &ok);
    if (!ok) return;
    if (q.unit() == v1::UNIT_UNSPECIFIED && f.measure) {
      const MeasureUnit* u = FindMeasureUnit(q.unit_symbol());
      if (u != nullptr) f.unit = u->unit;
    }
    if (!q.has_expression()) {
      f.unstated = true;
      f.interval = DomainOf(f.unit);
      proto->set_text(q.label().empty() ? q.id() : q.label());
    }
    figures_.Add(std::move(f));
  }

  // Finds the operands of quantity `i`'s expression.
  void Resolve(int i) {
    const v1::Quantity& q = request_.quantities(i);
    if (!q.has_expression()) return;
    const std::string path = PathOf(i) + ".expression";
    const v1::Expression& e = q.expression();
    Figure& f = *figures_.Mutable(q.id());
    if (e.operation() == v1::OPERATION_UNSPECIFIED ||
        !v1::Operation_IsValid(e.operation())) {
      errors_.Add(path + ".operation", "MISSING_OPERATION",
                  "an expression needs its operation: OPERATION_SUM, "
                  "OPERATION_DIFFERENCE, OPERATION_PRODUCT or "
                  "OPERATION_QUOTIENT");
      return;
    }
    f.operation = e.operation();
    const int n = e.operands_size();
    if (n == 0) {
      errors_.Add(path + ".operands", "NO_OPERANDS",
                  "an expression needs at least one operand");
      return;
    }
    if ((e.operation() == v1::OPERATION_QUOTIENT && n != 2) ||
        (e.operation() == v1::OPERATION_DIFFERENCE && n < 2)) {
      errors_.Add(path + ".operands", "WRONG_OPERAND_COUNT",
                  absl::StrCat(e.operation() == v1::OPERATION_QUOTIENT
                                   ? "a quotient takes exactly two operands"
                                   : "a difference takes at least two operands",
                               ", not ", n));
      return;
    }
    for (int j = 0; j < n; ++j) {
      const v1::Operand& o = e.operands(j);
      const std::string at = absl::StrCat(path, ".operands[", j, "]");
      ExpressionOperand operand;
      if (o.value_case() == v1::Operand::VALUE_NOT_SET ||
          (o.has_figure_id() && o.figure_id().empty())) {
        errors_.Add(at, "MISSING_OPERAND",
                    "an operand needs a figure id or a constant");
        continue;
      }
      if (o.has_figure_id()) {
        operand.figure = figures_.Find(o.figure_id());
        if (operand.figure == nullptr) {
          errors_.Add(at + ".figure_id", "UNKNOWN_FIGURE_ID",
                      absl::StrCat("no figure or quantity has the id \"",
                                   o.figure_id(), "\""));
          continue;
        }
      } else {
        absl::StatusOr<Rational> c = ParseDecimal(o.constant());
        if (!c.ok()) {
          errors_.Add(at + ".constant", "BAD_CONSTANT",
                      absl::StrCat("\"", o.constant(),
                                   "\" is not a decimal such as \"2\" or "
                                   "\"0.01\""));
          continue;
        }
        operand.constant = *std::move(c);
        if (e.operation() == v1::OPERATION_QUOTIENT && j == 1 &&
            operand.constant == 0) {
          errors_.Add(at + ".constant", "DIVISION_BY_ZERO",
                      "a quotient cannot be divided by 0");
          continue;
        }
      }
      f.operands.push_back(std::move(operand));
    }
  }

  // The quantities in an order in which each comes after those it is
  // defined from; false, with CYCLIC_DEFINITION, when one is defined
  // through itself.
  bool Order(std::vector<int>* order) {
    absl::flat_hash_map<const Figure*, int> index;
    for (int i = 0; i < request_.quantities_size(); ++i)
      index[figures_.Find(request_.quantities(i).id())] = i;
    enum State { kNew, kOpen, kDone };
    std::vector<State> state(request_.quantities_size(), kNew);
    for (int root = 0; root < request_.quantities_size(); ++root) {
      if (state[root] != kNew) continue;
      // Depth first without recursion: (quantity, next operand).
      std::vector<std::pair<int, size_t>> stack = {{root, 0}};
      state[root] = kOpen;
      while (!stack.empty()) {
        auto& [i, next] = stack.back();
        const Figure& f = *figures_.Find(request_.quantities(i).id());
        if (next == f.operands.size()) {
          state[i] = kDone;
          order->push_back(i);
          stack.pop_back();
          continue;
        }
        const Figure* operand = f.operands[next++].figure;
        if (operand == nullptr || operand->quantity == nullptr) continue;
        const int j = index.at(operand);
        if (state[j] == kOpen) {
          std::vector<std::string> cycle;
          bool in = false;
          for (const auto& [k, unused] : stack) {
            in = in || k == j;
            if (in) cycle.push_back(request_.quantities(k).id());
          }
          cycle.push_back(request_.quantities(j).id());
          errors_.Add(PathOf(j) + ".expression", "CYCLIC_DEFINITION",
                      absl::StrCat("the quantity is defined through itself: ",
                                   absl::StrJoin(cycle, " -> ")));
          return false;
        }
        if (state[j] == kNew) {
          state[j] = kOpen;
          stack.push_back({j, 0});
        }
      }
    }
    return true;
  }

  // Sets what a defined quantity is: its unit, text, value and interval.
  void Evaluate(int i) {
    const v1::Quantity& q = request_.quantities(i);
    if (!q.has_expression()) return;
    Figure& f = *figures_.Mutable(q.id());
    const std::string path = PathOf(i) + ".expression";
    if (q.unit() == v1::UNIT_UNSPECIFIED && !f.measure)
      f.unit = InferredUnit(f);
    // The unit of measure: the one given, else the first operand's of a sum,
    // or the one figure's of a product or quotient.
    if (!f.measure) {
      int with_figures = 0;
      for (const ExpressionOperand& o : f.operands) {
        if (o.figure == nullptr) continue;
        ++with_figures;
        if (o.figure->measure && (Additive(f.operation) || with_figures == 1))
          f.measure = o.figure->measure;
        if (f.measure && Additive(f.operation)) break;
      }
      if (!Additive(f.operation) && with_figures != 1) f.measure.reset();
    }
    if (Additive(f.operation) && f.measure) {
      for (size_t j = 0; j < f.operands.size(); ++j) {
        ExpressionOperand& o = f.operands[j];
        if (o.figure == nullptr || !o.figure->measure) continue;
        if (o.figure->measure->dimension != f.measure->dimension) {
          errors_.Add(
              absl::StrCat(path, ".operands[", j, "].figure_id"),
              "INCOMPATIBLE_UNITS",
              absl::StrCat("\"", o.figure->id(), "\" is in ",
                           o.figure->measure->name, " (",
                           o.figure->measure->dimension, "), which cannot be ",
                           "added to ", f.measure->name, " (",
                           f.measure->dimension, ")"));
          continue;
        }
        o.factor = o.figure->measure->scale / f.measure->scale;
      }
    }
    std::vector<std::string> parts;
    for (const ExpressionOperand& o : f.operands)
      parts.push_back(OperandText(o));
    protos_.at(q.id())->set_text(absl::StrJoin(parts, Symbol(f.operation)));

    for (const ExpressionOperand& o : f.operands) {
      if (o.figure != nullptr && o.figure->unstated) f.unstated = true;
    }
    Interval interval = IntervalOf(f.operands[0]);
    Rational value = ValueOf(f.operands[0]);
    Rational digit_unit = 1;
    bool first_digits = true;
    for (const ExpressionOperand& o : f.operands) {
      if (o.figure == nullptr || o.figure->unstated) continue;
      const Rational unit = Additive(f.operation)
                                ? Rational(o.figure->digit_unit * o.factor)
                                : o.figure->digit_unit;
      if (first_digits || unit < digit_unit) digit_unit = unit;
      first_digits = false;
    }
    for (size_t j = 1; j < f.operands.size(); ++j) {
      const ExpressionOperand& o = f.operands[j];
      const Interval next = IntervalOf(o);
      switch (f.operation) {
        case v1::OPERATION_SUM:
          interval = interval.Plus(next);
          value += ValueOf(o);
          break;
        case v1::OPERATION_DIFFERENCE:
          interval = interval.Plus(next.Negate());
          value -= ValueOf(o);
          break;
        case v1::OPERATION_PRODUCT:
          interval = interval.Times(next);
          value *= ValueOf(o);
          break;
        default: {
          // The divisor is above zero (the model says so too).
          const std::optional<Interval> inverse =
              Reciprocal(next.Intersect(Interval::AtLeast(0, true)));
          interval = inverse ? interval.Times(*inverse) : Interval();
          if (ValueOf(o) == 0) {
            // No value at the printed figures: the model decides.
            f.unstated = true;
          } else {
            value /= ValueOf(o);
          }
        }
      }
    }
    if (IsCountUnit(f.unit))
      interval = interval.Intersect(Interval::AtLeast(0)).WholeNumbers();
    // No value fits the printed figures: left to the model, which says so.
    if (interval.empty()) f.unstated = true;
    f.interval = interval.empty() ? Interval() : interval;
    f.value = std::move(value);
    f.digit_unit = std::move(digit_unit);
  }

  const v1::CheckClaimsRequest& request_;
  FigureTable& figures_;
  RequestErrors& errors_;
  // The figure messages made for the quantities, by id, to set their text.
  absl::flat_hash_map<std::string, v1::Figure*> protos_;
};

// "part" of "part_id", "other" of "other_ids", "part" of "parts".
std::string Role(absl::string_view field) {
  if (absl::ConsumeSuffix(&field, "_ids") || absl::ConsumeSuffix(&field, "_id"))
    return std::string(field);
  absl::ConsumeSuffix(&field, "s");
  return std::string(field);
}

void Collect(const Message& message, absl::string_view role,
             const FigureTable& figures, std::vector<QuantityUse>* out) {
  const auto* reflection = message.GetReflection();
  std::string scratch;
  ForEachSetField(
      message, *reflection,
      [&](const RequestField& f, const int size, const std::string* single) {
        if (f.figure_id || f.figure_ids) {
          for (int i = 0; i < size; ++i) {
            const std::string& id =
                f.figure_ids ? reflection->GetRepeatedStringReference(
                                   message, f.field, i, &scratch)
                             : *single;
            const Figure* q = figures.Find(id);
            if (q != nullptr && q->quantity != nullptr) {
              // A list entry's own field ("figure_id" of a part) takes the
              // list's role.
              out->push_back({role.empty() || f.figure_ids
                                  ? Role(f.field->name())
                                  : std::string(role),
                              q});
            }
          }
        } else if (f.message) {
          const std::string nested = f.repeated ? Role(f.field->name()) : "";
          for (int i = 0; i < size; ++i) {
            Collect(f.repeated
                        ? reflection->GetRepeatedMessage(message, f.field, i)
                        : reflection->GetMessage(message, f.field),
                    nested, figures, out);
          }
        }
      });
}

}  // namespace

void ReadQuantities(const v1::CheckClaimsRequest& request, FigureTable* figures,
                    RequestErrors* errors) {
  if (request.quantities().empty()) return;
  Reader(request, figures, errors).Read();
}

std::vector<QuantityUse> QuantitiesOf(const v1::Claim& claim,
                                      const FigureTable& figures) {
  std::vector<QuantityUse> out;
  const auto* oneof = claim.GetDescriptor()->FindOneofByName("kind");
  const auto* kind =
      claim.GetReflection()->GetOneofFieldDescriptor(claim, oneof);
  if (kind == nullptr) return out;
  Collect(claim.GetReflection()->GetMessage(claim, kind), "", figures, &out);
  return out;
}

std::string QuantityName(const Figure& quantity) {
  const std::string& label = quantity.proto->label();
  if (!label.empty()) return label;
  if (quantity.defined()) return quantity.text();
  return absl::StrCat("the unstated quantity ", quantity.id());
}

void CheckQuantityReferences(const v1::CheckClaimsRequest& request,
                             const FigureTable& figures,
                             RequestErrors* errors) {
  if (request.quantities().empty()) return;
  // What each quantity's definition holds, everything it depends on
  // counted (a quantity used twice, twice), up to the limit. Found depth
  // first without recursion: definitions may chain thousands deep.
  absl::flat_hash_map<const Figure*, int64_t> size;
  auto expanded = [&size](const Figure& root) {
    std::vector<const Figure*> stack = {&root};
    while (!stack.empty()) {
      const Figure* q = stack.back();
      if (size.contains(q)) {
        stack.pop_back();
        continue;
      }
      int64_t n = 1;
      bool ready = true;
      for (const ExpressionOperand& o : q->operands) {
        n += 1;
        if (o.figure == nullptr || o.figure->quantity == nullptr) continue;
        auto it = size.find(o.figure);
        if (it == size.end()) {
          stack.push_back(o.figure);
          ready = false;
        } else {
          n = std::min<int64_t>(n + it->second, kMaxReferences + 1);
        }
      }
      if (ready) {
        size[q] = std::min<int64_t>(n, kMaxReferences + 1);
        stack.pop_back();
      }
    }
    return size.at(&root);
  };
  int64_t references = 0;
  for (const v1::Claim& claim : request.claims()) {
    for (const QuantityUse& use : QuantitiesOf(claim, figures)) {
      references += expanded(*use.quantity);
      if (references > kMaxReferences) {
        errors->Add("quantities", "TOO_MANY_REFERENCES",
                    absl::StrCat("the claims use the quantities' definitions "
                                 "more than ",
                                 kMaxReferences,
                                 " times in all, counting every figure and "
                                 "quantity they are defined from"));
        return;
      }
    }
  }
}

}  // namespace claimcheck
