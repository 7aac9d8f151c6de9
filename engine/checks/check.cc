#include "engine/checks/check.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/range.h"

namespace claimcheck {

v1::Discrepancy* AddDiscrepancy(v1::ClaimResult* result, v1::Severity severity,
                                std::string code, std::string message,
                                const std::vector<const Figure*>& figures) {
  v1::Discrepancy* d = result->add_discrepancies();
  d->set_severity(severity);
  d->set_code(std::move(code));
  d->set_message(std::move(message));
  for (const Figure* f : figures) {
    if (f != nullptr) f->Ref(d->add_figures());
  }
  return d;
}

void AddMissing(v1::ClaimResult* result, absl::string_view kind,
                const std::vector<std::string>& missing, std::string message) {
  v1::Discrepancy* d = AddDiscrepancy(result, v1::SEVERITY_NOT_CHECKABLE,
                                      absl::StrCat(kind, ".missing_figure"),
                                      std::move(message), {});
  for (const auto& role : missing) d->add_missing(role);
}

void AddImplied(v1::ClaimResult* result, std::string role,
                std::string description, const Interval& range) {
  v1::ImpliedValue* v = result->add_implied_values();
  v->set_role(std::move(role));
  v->set_description(std::move(description));
  *v->mutable_range() = ToRange(range);
}

void SetGap(v1::Discrepancy* d, const Interval& stated, const Interval& implied,
            const Rational& stated_value, const Rational& implied_value) {
  *d->mutable_stated() = ToRange(stated);
  *d->mutable_implied() = ToRange(implied);
  const Rational gap = stated_value - implied_value;
  d->set_gap(DecimalString(gap));
  if (implied_value != 0) {
    d->set_gap_percent(DecimalString(gap / abs(implied_value) * 100, 1));
  }
}

void AddUndecided(v1::ClaimResult* result, absl::string_view kind,
                  const std::vector<const Figure*>& figures) {
  AddDiscrepancy(
      result, v1::SEVERITY_NOT_CHECKABLE, absl::StrCat(kind, ".undecided"),
      absl::StrCat("The figures are too large or too precise to decide this ",
                   kind, " within the engine's work budget."),
      figures);
}

std::string Listed(const std::vector<std::string>& names) {
  if (names.size() <= 1) return names.empty() ? "" : names[0];
  return absl::StrCat(absl::StrJoin(names.begin(), names.end() - 1, ", "),
                      " and ", names.back());
}

std::string AllowingForRounding(const Interval& implied, int max_decimals) {
  if (implied.empty() || implied.IsPoint()) return "";
  return absl::StrCat(" (", implied.Text(max_decimals),
                      " allowing for rounding)");
}

Interval UnstatedLike(const Figure* other) {
  const Interval d = Interval::AtLeast(0);
  return other != nullptr && other->interval.whole() ? d.WholeNumbers() : d;
}

Interval ImpliedUnstated(const Figure* x, const Figure* y, const Interval& m,
                         WorkContext work) {
  const Interval xs = x ? x->interval : UnstatedLike(y);
  const Interval ys = y ? y->interval : UnstatedLike(x);
  return y ? ImpliedX(xs, ys, m, work) : ImpliedY(xs, ys, m, work);
}

}  // namespace claimcheck
