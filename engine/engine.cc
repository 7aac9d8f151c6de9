#include "engine/engine.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/article/article.h"
#include "engine/article/quantities.h"
#include "engine/checks/check.h"
#include "engine/checks/conversion.h"
#include "engine/checks/precision.h"
#include "engine/checks/quantities.h"
#include "engine/numbers/budget.h"
#include "engine/numbers/exact.h"
#include "engine/reading/correction.h"
#include "engine/reading/figure.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_error.h"
#include "engine/reading/request_fields.h"
#include "google/protobuf/arena.h"

namespace claimcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

// Where a reference is in its claim: the field names from the claim down,
// each with its index in a list (-1 for none). Rendered as a path
// ("claims[2].total.parts[1].figure_id") only for a message.
struct RefPath {
  struct Part {
    const std::string* name;
    int index;
  };
  // A claim nests at most three messages deep: no allocation.
  absl::InlinedVector<Part, 4> parts;

  std::string Render(const std::string& claim_path) const {
    std::string out = claim_path;
    for (const Part& p : parts) {
      absl::StrAppend(&out, ".", *p.name);
      if (p.index >= 0) absl::StrAppend(&out, "[", p.index, "]");
    }
    return out;
  }
  // The same role: the same fields, whatever the indices ("the parts of a
  // total", "the total").
  bool SameRole(const RefPath& other) const {
    if (parts.size() != other.parts.size()) return false;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].name != other.parts[i].name) return false;
    }
    return true;
  }
};

// Where each figure one claim refers to was first referred to. A claim
// names a few figures: they are compared in a short list, and only a claim
// of many parts has them hashed.
class FirstUses {
 public:
  void Clear() {
    listed_.clear();
    if (!indexed_.empty()) indexed_.clear();
  }

  // The first use of `id`, and whether it is this one (`path`, then kept).
  std::pair<const RefPath*, bool> Emplace(absl::string_view id,
                                          const RefPath& path) {
    if (indexed_.empty()) {
      for (const auto& [seen, first] : listed_) {
        if (seen == id) return {&first, false};
      }
      if (listed_.size() < kListed) {
        listed_.emplace_back(id, path);
        return {&listed_.back().second, true};
      }
      for (const auto& [seen, first] : listed_) indexed_.emplace(seen, first);
    }
    const auto [it, inserted] = indexed_.emplace(id, path);
    return {&it->second, inserted};
  }

 private:
  static constexpr size_t kListed = 16;
  absl::InlinedVector<std::pair<absl::string_view, RefPath>, kListed> listed_;
  absl::flat_hash_map<absl::string_view, RefPath> indexed_;
};

// The ids a claim may refer to: those of the request's figures (read or
// not: FigureTable::Known) and of its quantities.
struct KnownIds {
  const FigureTable& figures;
  const absl::flat_hash_set<absl::string_view>& quantities;

  bool contains(absl::string_view id) const {
    return figures.Known(id) ||
           (!quantities.empty() && quantities.contains(id));
  }
};

// The references of one claim: where each figure was first referred to.
// Ids are views of the request's strings, which outlive the check
// (GetStringReference returns the field's own string for every string
// field the request has; its scratch is for cords).
struct ClaimReferences {
  const std::string& claim_path;  // "claims[2]"
  const KnownIds& ids;
  RequestErrors* errors;
  // Empty at the start; one serves every claim of a request in turn, so
  // that its storage is allocated once rather than grown again for each
  // claim.
  FirstUses& first_uses;
  RefPath path;

  // The reference to figure `id` at `path`.
  void Check(const std::string& id) {
    if (!ids.contains(id)) {
      errors->Add(path.Render(claim_path), "UNKNOWN_FIGURE_ID",
                  absl::StrCat("no figure has the id \"", id, "\""));
      return;
    }
    const auto [first, inserted] = first_uses.Emplace(id, path);
    if (inserted) return;
    if (first->SameRole(path)) {
      errors->Add(
          path.Render(claim_path), "DUPLICATE_REFERENCE",
          absl::StrCat("the figure \"", id, "\" is listed twice, first at ",
                       first->Render(claim_path)));
    } else {
      errors->Add(
          path.Render(claim_path), "SELF_REFERENCE",
          absl::StrCat("the figure \"", id, "\" is already ",
                       first->Render(claim_path),
                       "; one figure cannot play two parts in one claim"));
    }
  }

  // Every figure reference in `message` (string fields named *_id, repeated
  // ones named *_ids, in nested messages too) must name a figure, and one
  // figure may appear only once in one claim: twice in one list
  // (DUPLICATE_REFERENCE) or in two roles, such as a total that is also one
  // of its parts (SELF_REFERENCE), makes no sense. Walking the descriptor
  // keeps this in one place for every kind of claim, present and future.
  void Walk(const v1::Claim& claim) {
    // Found once: asking a message for them is a virtual call each.
    static const google::protobuf::Reflection* const reflection =
        v1::Claim::GetReflection();
    static const std::vector<RequestField>* const fields =
        &RequestFields(v1::Claim::descriptor());
    Walk(claim, reflection, *fields);
  }
  // The same, with the message's reflection and fields
  // (RequestField::nested).
  void Walk(const Message& message,
            const google::protobuf::Reflection* reflection,
            const std::vector<RequestField>& fields) {
    std::string scratch;
    ForEachSetField(
        message, *reflection, fields,
        [&](const RequestField& f, const int size, const std::string* single) {
          path.parts.push_back({&f.field->name(), -1});
          if (f.figure_id) {
            Check(*single);
          } else if (f.figure_ids) {
            for (int i = 0; i < size; ++i) {
              path.parts.back().index = i;
              const std::string& id = reflection->GetRepeatedStringReference(
                  message, f.field, i, &scratch);
              if (id.empty()) {
                errors->Add(path.Render(claim_path), "MISSING_FIGURE",
                            "the figure id is empty");
              } else {
                Check(id);
              }
            }
          } else if (f.message && f.repeated) {
            for (int i = 0; i < size; ++i) {
              path.parts.back().index = i;
              const Message& entry = ListEntry(*reflection, message, f, i);
              // An entry of a list (a part of a total) must name its figure.
              for (const RequestField& id_field : *f.nested) {
                if (id_field.figure_id &&
                    Entries(*f.nested_reflection, entry, id_field) == 0) {
                  errors->Add(absl::StrCat(path.Render(claim_path), ".",
                                           id_field.field->name()),
                              "MISSING_FIGURE", "the figure id is empty");
                }
              }
              Walk(entry, f.nested_reflection, *f.nested);
            }
          } else if (f.message) {
            Walk(SingularMessage(*reflection, message, f), f.nested_reflection,
                 *f.nested);
          }
          path.parts.pop_back();
        });
  }
};

// The name of the claim's kind as its JSON field spells it: "statisticalTest".
std::string KindName(const v1::Claim& claim) {
  const auto* oneof = claim.GetDescriptor()->FindOneofByName("kind");
  const FieldDescriptor* field =
      claim.GetReflection()->GetOneofFieldDescriptor(claim, oneof);
  return field == nullptr ? "" : field->name();
}

v1::Verdict VerdictOf(const v1::ClaimResult& result) {
  v1::Severity worst = v1::SEVERITY_UNSPECIFIED;
  for (const auto& d : result.discrepancies()) {
    if (d.severity() > worst) worst = d.severity();
  }
  switch (worst) {
    case v1::SEVERITY_ERROR:
      return v1::VERDICT_ERROR;
    case v1::SEVERITY_WARNING:
      return v1::VERDICT_WARNING;
    case v1::SEVERITY_NOT_CHECKABLE:
      return v1::VERDICT_NOT_CHECKABLE;
    default:
      return v1::VERDICT_CONSISTENT;
  }
}

// The status of a check stopped by `budget`'s deadline or cancellation,
// after `checked` of `claims` claims.
absl::Status Stopped(const WorkBudget& budget, int checked, int claims) {
  const std::vector<std::pair<std::string, std::string>> metadata = {
      {"claims", absl::StrCat(claims)},
      {"claims_checked", absl::StrCat(checked)}};
  if (budget.spent() == WorkBudget::Spent::kCancelled) {
    return ErrorWithInfo(absl::StatusCode::kCancelled,
                         "the check was cancelled by its caller", "CANCELLED",
                         metadata);
  }
  return ErrorWithInfo(
      absl::StatusCode::kDeadlineExceeded,
      absl::StrCat("the deadline passed after ", checked, " of ", claims,
                   " claims were checked; nothing is returned"),
      "DEADLINE_EXCEEDED", metadata);
}

bool HasError(const v1::ClaimResult& result) {
  for (const auto& d : result.discrepancies()) {
    if (d.severity() == v1::SEVERITY_ERROR) return true;
  }
  return false;
}

// A claim that fails with its percentages as percent, between rates per N,
// and holds with them read as rates per N: a percent sign printed on a rate
// ("17.4%" for 17.4 per 100,000). The error becomes that warning.
void ReadPercentsAsRates(const Check& check, const v1::Claim& claim,
                         const FigureTable& figures, WorkContext work,
                         v1::ClaimResult* result) {
  if (!HasError(*result)) return;
  const std::unique_ptr<FigureTable> as_rates = PercentsAsRates(claim, figures);
  if (as_rates == nullptr) return;
  v1::ClaimResult reread;
  check.run(claim, *as_rates, work, &reread);
  if (HasError(reread)) return;
  std::vector<const Figure*> percents;
  const Figure* rate = nullptr;
  std::vector<MeasuredRef> refs;
  check.measured(claim, figures, &refs);
  for (const MeasuredRef& ref : refs) {
    const Figure* f = figures.Find(*ref.id);
    if (f == nullptr) continue;
    if (f->unit == v1::UNIT_PERCENT) percents.push_back(f);
    if (f->unit == v1::UNIT_RATE && rate == nullptr) rate = f;
  }
  result->clear_discrepancies();
  std::vector<const Figure*> involved = percents;
  involved.push_back(rate);
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_WARNING,
      absl::StrCat(check.name, ".percent_for_rate"),
      absl::StrCat(
          percents[0]->Printed(),
          percents.size() > 1 ? " and the other percentages are" : " is",
          " printed as a percentage, but the claim holds only if ",
          percents.size() > 1 ? "they are rates " : "it is a rate ",
          rate->measure->name, ", like ", rate->Printed(), "."),
      involved);
  d->set_cause(v1::CAUSE_PERCENT_FOR_RATE);
}

// Calls `f` with every figure id `message` (a claim, or a message in one)
// refers to.
template <typename F>
void ForEachFigureId(const Message& message, const F& f) {
  const auto* reflection = message.GetReflection();
  std::string scratch;
  ForEachSetField(
      message, *reflection,
      [&](const RequestField& field, const int size,
          const std::string* single) {
        if (field.figure_id) {
          f(*single);
        } else if (field.figure_ids) {
          for (int i = 0; i < size; ++i) {
            f(reflection->GetRepeatedStringReference(message, field.field, i,
                                                     &scratch));
          }
        } else if (field.message && field.repeated) {
          for (int i = 0; i < size; ++i) {
            ForEachFigureId(
                reflection->GetRepeatedMessage(message, field.field, i), f);
          }
        } else if (field.message) {
          ForEachFigureId(reflection->GetMessage(message, field.field), f);
        }
      });
}

// Search steps one other reading of a figure's precision may take, of the
// request's budget.
constexpr int64_t kOtherPrecisionSteps = 200'000;

// A claim that fails with its figures as printed and holds with one of them
// read at another precision (precision.h: a round figure rounded to its last
// non-zero digit, or a figure truncated): its error becomes a warning,
// KIND.other_rounding, that names the figure and the reading. The figures
// are tried in the order the claim names them, coarse rounding before
// truncation; the first under which the claim holds with no warning of its
// own is given. A statistical test has none: its statistic and p are printed
// rounded by its field's style, and its own edge rule says when their
// rounding excuses a p.
void ReadPrecisionOtherwise(const Check& check, const v1::Claim& claim,
                            const FigureTable& figures, const FigureTable& view,
                            WorkContext work, v1::ClaimResult* result) {
  if (!HasError(*result) || claim.kind_case() == v1::Claim::kStatisticalTest) {
    return;
  }
  std::vector<std::string> ids;
  ForEachFigureId(claim, [&ids](const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  });
  // One quantity given again in another unit: a conversion, rounded to a
  // round figure.
  const bool given_again =
      claim.kind_case() == v1::Claim::kSameQuantity && &view != &figures;
  // Every figure's coarse rounding before any truncation: the likelier
  // reading of a round figure comes first.
  std::vector<std::pair<const Figure*, OtherPrecision>> readings;
  for (const v1::Cause cause :
       {v1::CAUSE_COARSE_ROUNDING, v1::CAUSE_TRUNCATION}) {
    for (const std::string& id : ids) {
      const Figure* figure = view.Find(id);
      if (figure == nullptr) continue;
      for (OtherPrecision& other : OtherPrecisions(*figure, given_again)) {
        if (other.cause == cause)
          readings.emplace_back(figure, std::move(other));
      }
    }
  }
  for (const auto& [figure, other] : readings) {
    FigureTable reread_view(&view);
    Figure copy = *figure;
    copy.interval = other.interval;
    copy.digit_unit = other.digit_unit;
    reread_view.Add(std::move(copy));
    // Each reading in a share of the budget, which it may run out of
    // without harm: a reading not decided is not taken.
    const int64_t steps =
        work.budget == nullptr
            ? kOtherPrecisionSteps
            : std::min(kOtherPrecisionSteps, work.budget->remaining() / 2);
    WorkBudget share(work.budget, steps);
    v1::ClaimResult reread;
    check.run(claim, reread_view, WorkContext{&share}, &reread);
    if (share.refusals() > 0) return;
    if (VerdictOf(reread) != v1::VERDICT_CONSISTENT) continue;
    v1::Discrepancy warning;
    for (const v1::Discrepancy& d : result->discrepancies()) {
      if (d.severity() == v1::SEVERITY_ERROR) {
        warning = d;
        break;
      }
    }
    warning.set_severity(v1::SEVERITY_WARNING);
    warning.set_code(absl::StrCat(check.name, ".other_rounding"));
    warning.set_message(
        absl::StrCat(warning.message(), " It holds if ", other.words, "."));
    warning.set_cause(other.cause);
    warning.clear_corrections();
    result->clear_discrepancies();
    *result->add_discrepancies() = std::move(warning);
    return;
  }
}

bool Stops(const WorkBudget& budget) {
  return budget.spent() == WorkBudget::Spent::kDeadline ||
         budget.spent() == WorkBudget::Spent::kCancelled;
}

// The path of each element of a list in turn ("figures[0]", "figures[1]",
// ...), counted up in place: Next changes the last digit, and a carry
// seldom goes further. The path is read only when an error names the
// element, so writing its number out for every element was mostly waste.
class ElementPath {
 public:
  explicit ElementPath(absl::string_view list)
      : path_(absl::StrCat(list, "[0]")) {}

  const std::string& path() const { return path_; }

  void Next() {
    size_t k = path_.size() - 2;  // the last digit
    while (path_[k] == '9') path_[k--] = '0';
    if (path_[k] == '[') {
      path_.insert(k + 1, 1, '1');
    } else {
      ++path_[k];
    }
  }

 private:
  std::string path_;
};

}  // namespace

absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request) {
  return CheckClaims(request, CheckOptions());
}

absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request, const CheckOptions& options) {
  ReleaseNumbersAtThreadExit();
  // The checks of a failed claim and the article's diagnosis try the same
  // slips of the same figures: each figure's are worked out once.
  SlipMemo slip_memo(request.figures());
  RequestErrors errors;
  CheckLimits(request, &errors);
  if (!errors.empty()) return errors.ToStatus();
  FigureTable figures;
  figures.Reserve(request.figures_size() + request.quantities_size());
  ElementPath figure_path("figures");
  for (int i = 0; i < request.figures_size(); ++i, figure_path.Next()) {
    const v1::Figure& proto = request.figures(i);
    const std::string& path = figure_path.path();
    if (proto.id().empty()) {
      errors.Add(path + ".id", "MISSING_ID", "every figure needs an id");
      continue;
    }
    // Read in the place the table keeps it; the id is known from here on,
    // whether or not the figure can be read.
    Figure* figure = figures.Next(proto.id());
    if (figure == nullptr) {
      errors.Add(path + ".id", "DUPLICATE_ID",
                 absl::StrCat("another figure already has the id \"",
                              proto.id(), "\""));
      continue;
    }
    if (!ReadFigure(proto, path, &errors, figure)) continue;
    bool ok = true;
    figure->measure = MeasureOf(proto, figure->unit, figure->rate_per, path,
                                &errors, &ok, figure->measure);
    if (!ok) continue;
    if (proto.unit() == v1::UNIT_UNSPECIFIED && !proto.unit_symbol().empty() &&
        FindMeasureUnit(proto.unit_symbol())->unit == v1::UNIT_CURRENCY) {
      figure->unit = v1::UNIT_CURRENCY;
    }
    figure->index = i;
    figures.KeepNext();
  }
  // Quantities the article does not print, which claims may refer to as to
  // figures (engine/checks/quantities.h).
  // Views of the request's ids: it outlives them.
  absl::flat_hash_set<absl::string_view> quantity_ids;
  for (const v1::Quantity& q : request.quantities()) {
    if (!q.id().empty()) quantity_ids.insert(q.id());
  }
  const KnownIds known{figures, quantity_ids};
  if (errors.empty()) ReadQuantities(request, &figures, &errors);
  absl::flat_hash_set<absl::string_view> claim_ids;
  claim_ids.reserve(request.claims_size());
  FirstUses first_uses;
  ElementPath claim_path("claims");
  for (int i = 0; i < request.claims_size(); ++i, claim_path.Next()) {
    const v1::Claim& claim = request.claims(i);
    const std::string& path = claim_path.path();
    if (claim.id().empty()) {
      errors.Add(path + ".id", "MISSING_ID", "every claim needs an id");
    } else if (!claim_ids.insert(claim.id()).second) {
      errors.Add(path + ".id", "DUPLICATE_ID",
                 absl::StrCat("another claim already has the id \"", claim.id(),
                              "\""));
    }
    if (claim.kind_case() == v1::Claim::KIND_NOT_SET) {
      errors.Add(
          path, "MISSING_KIND",
          "the claim says nothing: set one kind, such as total or share");
      continue;
    }
    if (const Check* check = CheckFor(claim.kind_case())) {
      check->validate(claim, path, figures, &errors);
    }
    first_uses.Clear();
    ClaimReferences{path, known, &errors, first_uses, {}}.Walk(claim);
  }
  if (!errors.empty()) return errors.ToStatus();
  CheckQuantityReferences(request, figures, &errors);
  // Figures of one dimension in one claim, in one unit; of two, unreadable.
  ConvertClaimUnits(request, &figures, &errors);
  if (!errors.empty()) return errors.ToStatus();

  // The request may ask for less work than the caller allows, never more.
  const int64_t steps =
      request.options().work_budget() > 0
          ? std::min(request.options().work_budget(), options.work_budget)
          : options.work_budget;
  WorkBudget budget(options.deadline, steps, options.cancelled);
  budget.Charge(0);
  if (Stops(budget)) return Stopped(budget, 0, request.claims_size());
  const WorkContext work{&budget};

  v1::CheckClaimsResponse response;
  response.set_article_id(request.article_id());
  v1::Summary* summary = response.mutable_summary();
  for (int index = 0; index < request.claims_size(); ++index) {
    const v1::Claim& claim = request.claims(index);
    budget.Charge(0);
    if (Stops(budget))
      return Stopped(budget, summary->claims(), request.claims_size());
    v1::ClaimResult* result = response.add_results();
    result->set_claim_id(claim.id());
    if (const Check* check = CheckFor(claim.kind_case())) {
      const int64_t refusals = budget.refusals();
      const FigureTable& view = figures.ForClaim(index);
      const bool quantities = !request.quantities().empty();
      if (quantities && UsesUnstated(claim, view)) {
        // No value to read: the solver decides it.
        CheckByModel(claim, *check, view, work, result);
      } else {
        check->run(claim, view, work, result);
        ReadPercentsAsRates(*check, claim, figures, work, result);
        ReadPrecisionOtherwise(*check, claim, figures, view, work, result);
        if (quantities && UsesDefined(claim, view))
          ConfirmByModel(claim, *check, view, work, result);
      }
      if (Stops(budget))
        return Stopped(budget, summary->claims(), request.claims_size());
      if (budget.refusals() > refusals) {
        // A search was cut short: what the check concluded may rest on it.
        result->clear_discrepancies();
        result->clear_implied_values();
        AddUndecided(result, check->name, {});
      }
    } else {
      AddDiscrepancy(
          result, v1::SEVERITY_NOT_CHECKABLE,
          absl::StrCat(KindName(claim), ".not_supported"),
          absl::StrCat("Claims of the kind \"", KindName(claim),
                       "\" are not checked by this version of claimcheck."),
          {});
    }
    result->set_verdict(VerdictOf(*result));
    summary->set_claims(summary->claims() + 1);
    switch (result->verdict()) {
      case v1::VERDICT_ERROR:
        summary->set_errors(summary->errors() + 1);
        break;
      case v1::VERDICT_WARNING:
        summary->set_warnings(summary->warnings() + 1);
        break;
      case v1::VERDICT_NOT_CHECKABLE:
        summary->set_not_checkable(summary->not_checkable() + 1);
        break;
      default:
        summary->set_consistent(summary->consistent() + 1);
    }
  }
  // All claims together. Running out of steps or time here leaves the
  // article undecided (said in the result) and the claims' verdicts intact.
  *response.mutable_article() =
      CheckArticle(request, figures, response.results(), work);
  if (budget.spent() == WorkBudget::Spent::kCancelled) {
    return Stopped(budget, summary->claims(), request.claims_size());
  }
  return response;
}

absl::StatusOr<v1::ExtractClaimsResponse> ExtractClaims(
    const v1::ExtractClaimsRequest& request, const CheckOptions& options) {
  return text::Extract(request, options.max_text_bytes);
}

absl::StatusOr<v1::CheckTextResponse> CheckText(
    const v1::CheckTextRequest& request, const CheckOptions& options) {
  // The body is read in place, not copied into an ExtractClaimsRequest.
  const bool html = request.body_case() == v1::CheckTextRequest::kHtml;
  const std::string* body =
      request.body_case() == v1::CheckTextRequest::BODY_NOT_SET ? nullptr
      : html ? &request.html()
             : &request.text();
  absl::StatusOr<v1::ExtractClaimsResponse> extraction =
      text::Extract(request.article_id(), body, html, options.max_text_bytes);
  if (!extraction.ok()) return extraction.status();

  const v1::Confidence min =
      request.min_confidence() == v1::CONFIDENCE_UNSPECIFIED
          ? v1::CONFIDENCE_MEDIUM
          : request.min_confidence();
  v1::CheckTextResponse out;
  v1::CheckClaimsRequest& proposed = *extraction->mutable_request();
  std::vector<int> kept;
  absl::flat_hash_set<std::string> needed;
  for (int i = 0; i < proposed.claims_size(); ++i) {
    const v1::Claim& claim = proposed.claims(i);
    if (extraction->claims(i).confidence() < min) {
      out.add_proposed_claim_ids(claim.id());
      continue;
    }
    kept.push_back(i);
    ForEachFigureId(claim,
                    [&needed](const std::string& id) { needed.insert(id); });
  }
  bool every_figure = true;
  for (const v1::Figure& f : proposed.figures()) {
    if (!needed.contains(f.id())) {
      every_figure = false;
      break;
    }
  }
  absl::StatusOr<v1::CheckClaimsResponse> check;
  if (static_cast<int>(kept.size()) == proposed.claims_size() && every_figure) {
    // Every claim and figure proposed is checked (the usual case): the
    // proposed request is checked in place, given the caller's options for
    // the call only (extraction sets none).
    *proposed.mutable_options() = request.options();
    check = CheckClaims(proposed, options);
    proposed.clear_options();
  } else {
    // The request checked is a copy of the claims kept and their figures,
    // needed only for the call: on an arena, the first 16 KB on the stack,
    // its messages and strings cost no allocation of their own and are
    // freed at once.
    char first_block[16 << 10];
    google::protobuf::ArenaOptions arena_options;
    arena_options.initial_block = first_block;
    arena_options.initial_block_size = sizeof(first_block);
    google::protobuf::Arena arena(arena_options);
    v1::CheckClaimsRequest& checked =
        *google::protobuf::Arena::CreateMessage<v1::CheckClaimsRequest>(&arena);
    checked.set_article_id(proposed.article_id());
    *checked.mutable_options() = request.options();
    for (const int i : kept) *checked.add_claims() = proposed.claims(i);
    for (const v1::Figure& f : proposed.figures()) {
      if (needed.contains(f.id())) *checked.add_figures() = f;
    }
    // The unprinted quantities the claims kept refer to (unstated: text in
    // proposes no expression).
    for (const v1::Quantity& q : proposed.quantities()) {
      if (needed.contains(q.id())) *checked.add_quantities() = q;
    }
    check = CheckClaims(checked, options);
  }
  if (!check.ok()) return check.status();
  *out.mutable_extraction() = *std::move(extraction);
  *out.mutable_check() = *std::move(check);
  return out;
}

}  // namespace claimcheck
