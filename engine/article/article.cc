#include "engine/article/article.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <utility>

#include "absl/hash/hash.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "engine/article/conflicts.h"
#include "engine/article/suspects.h"
#include "engine/checks/check.h"
#include "engine/checks/quantities.h"
#include "engine/model/solver.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

std::vector<bool> Mask(size_t groups, const std::vector<int>& claims) {
  std::vector<bool> mask(groups, false);
  for (int c : claims) {
    if (c >= 0 && static_cast<size_t>(c) < groups) mask[c] = true;
  }
  return mask;
}

std::string WhyStopped(WorkBudget::Spent spent) {
  switch (spent) {
    case WorkBudget::Spent::kDeadline:
      return "the call's deadline passed";
    case WorkBudget::Spent::kCancelled:
      return "the caller cancelled the call";
    default:
      return "the work budget ran out";
  }
}

// The first error or warning a claim's own check gave, if any.
const v1::Discrepancy* OwnFinding(const v1::ClaimResult& result) {
  for (const v1::Discrepancy& d : result.discrepancies()) {
    if (d.severity() == v1::SEVERITY_ERROR ||
        d.severity() == v1::SEVERITY_WARNING)
      return &d;
  }
  return nullptr;
}

// "Claim half" and its finding, or "3 claims ...; the first, half", for the
// article's message about claims' own verdicts.
std::string OwnFindings(
    const v1::CheckClaimsRequest& request, const std::vector<int>& claims,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    absl::string_view one, absl::string_view several) {
  const v1::Discrepancy* own = OwnFinding(results.Get(claims[0]));
  const std::string finding = own ? absl::StrCat(": ", own->message()) : ".";
  if (claims.size() == 1) {
    return absl::StrCat("Claim ", request.claims(claims[0]).id(), " ", one,
                        finding);
  }
  return absl::StrCat(claims.size(), " claims ", several, "; the first, ",
                      request.claims(claims[0]).id(), finding);
}

// Each claim's own verdict, which the joint check never hides (docs/spec.md,
// kind 10): a claim it leaves out (a statistical test, a comparison by rank)
// is checked on its own, and a claim that holds with the others because the
// model reads its figures' whole intervals may still warn on its own. An
// error of its own makes the article an error, a warning a warning, over a
// joint verdict that says less; claims checked only on their own count as
// checked.
void TakeOwnVerdicts(
    const v1::CheckClaimsRequest& request,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    const std::vector<bool>& jointly, v1::ArticleResult* out) {
  std::vector<int> errors, warnings;
  int alone = 0;  // checked on their own only
  for (int i = 0; i < results.size(); ++i) {
    const v1::Verdict v = results.Get(i).verdict();
    if (v == v1::VERDICT_ERROR) errors.push_back(i);
    if (v == v1::VERDICT_WARNING) warnings.push_back(i);
    const bool joint = static_cast<size_t>(i) < jointly.size() && jointly[i];
    if (!joint && (v == v1::VERDICT_CONSISTENT || v == v1::VERDICT_WARNING ||
                   v == v1::VERDICT_ERROR)) {
      ++alone;
    }
  }
  if (out->verdict() == v1::VERDICT_ERROR) return;
  if (!errors.empty()) {
    out->set_verdict(v1::VERDICT_ERROR);
    out->set_code("article.claim_error");
    out->set_message(OwnFindings(request, errors, results,
                                 "cannot hold even on its own",
                                 "cannot hold even on their own"));
    return;
  }
  if (out->verdict() == v1::VERDICT_WARNING) return;
  if (!warnings.empty()) {
    out->set_verdict(v1::VERDICT_WARNING);
    out->set_code("article.warning");
    out->set_message(OwnFindings(
        request, warnings, results,
        "holds only under a reading a careful editor would not assume",
        "hold only under readings a careful editor would not assume"));
    return;
  }
  if (out->code() == "article.nothing_to_check" && alone > 0) {
    out->set_verdict(v1::VERDICT_CONSISTENT);
    out->set_code("article.consistent");
    out->set_message(
        alone == 1
            ? "The one claim checked holds on its own; its kind is not held "
              "together with others."
            : absl::StrCat("The ", alone,
                           " claims checked each hold on their own; their "
                           "kinds are not held together with others."));
  }
}

}  // namespace

namespace {

// Whether two ends are exactly the same.
bool SameEnd(const std::optional<Endpoint>& a,
             const std::optional<Endpoint>& b) {
  return a.has_value() == b.has_value() &&
         (!a || (a->open == b->open && a->value == b->value));
}

// A hash of an exact number: its word, or a residue of one too large for it.
size_t HashOf(const fmpz* z) {
  return COEFF_IS_MPZ(*z) ? fmpz_fdiv_ui(z, 4294967291u)
                          : static_cast<size_t>(*z);
}

size_t HashOf(const std::optional<Endpoint>& e) {
  if (!e) return 0;
  const fmpq* v = e->value.get();
  return absl::HashOf(HashOf(fmpq_numref(v)), HashOf(fmpq_denref(v)), e->open);
}

}  // namespace

size_t ArticleContext::QuestionHash::Of(const std::vector<int>& claims,
                                        const Overrides& overrides) {
  // The claims by their number and ends: a diagnosis asks about few sets of
  // claims and many corrections.
  size_t h = absl::HashOf(claims.size(), claims.empty() ? -1 : claims.front(),
                          claims.empty() ? -1 : claims.back());
  for (const auto& [var, domain] : overrides) {
    h = absl::HashOf(h, var, domain.empty(), domain.whole(),
                     HashOf(domain.lower()), HashOf(domain.upper()));
  }
  return h;
}

bool ArticleContext::QuestionEq::Same(const std::vector<int>& a_claims,
                                      const Overrides& a,
                                      const std::vector<int>& b_claims,
                                      const Overrides& b) {
  if (a.size() != b.size() || a_claims != b_claims) return false;
  for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
    if (i->first != j->first || i->second.empty() != j->second.empty() ||
        i->second.whole() != j->second.whole() ||
        !SameEnd(i->second.lower(), j->second.lower()) ||
        !SameEnd(i->second.upper(), j->second.upper())) {
      return false;
    }
  }
  return true;
}

Outcome ArticleContext::Decide(const std::vector<int>& claims,
                               const Overrides& overrides) {
  if (overrides.empty()) {
    // A question of the conflicts (conflicts.h): each set of claims is
    // asked about once or twice, so neither its layout nor its answer is
    // kept.
    const SolveResult r =
        Solve(model, Mask(request.claims_size(), claims), work);
    if (r.outcome == Outcome::kUndecided) ran_out = true;
    return r.outcome;
  }
  auto known = decided.find(Question{claims, overrides});
  if (known != decided.end() && work.Affords(known->second.steps)) {
    // The search is deterministic: it would take these steps again.
    if (known->second.steps == 0 || work.Charge(known->second.steps))
      return known->second.outcome;
    ran_out = true;  // the deadline passed or the caller gave up
    return Outcome::kUndecided;
  }
  const int64_t before = work.used();
  const SolveResult r = Solve(Layout(claims), work, overrides);
  if (r.outcome == Outcome::kUndecided) {
    ran_out = true;
  } else if (known == decided.end()) {
    decided.emplace(std::make_pair(claims, overrides),
                    Decided{r.outcome, work.used() - before});
  }
  return r.outcome;
}

const SearchLayout& ArticleContext::Layout(const std::vector<int>& claims) {
  std::shared_ptr<const SearchLayout>& layout = layouts[claims];
  if (!layout) layout = LayOut(model, Mask(request.claims_size(), claims));
  return *layout;
}

Outcome ArticleContext::DecideRewritten(const std::vector<int>& claims,
                                        int index, const v1::Claim& rewritten) {
  const ArticleModel other =
      BuildArticleModel(request, figures, index, &rewritten);
  const SolveResult r = Solve(other, Mask(request.claims_size(), claims), work);
  if (r.outcome == Outcome::kUndecided) ran_out = true;
  return r.outcome;
}

Interval ArticleContext::Needed(const Figure& figure,
                                const std::vector<int>& claims) {
  const VarId v = model.Find(figure.id());
  if (v < 0) return Interval::Empty();
  std::optional<Interval> narrowed =
      claimcheck::Narrow(Layout(claims), work, {{v, AnyValueLike(figure)}}, v);
  if (!narrowed) {
    if (work.spent() != WorkBudget::Spent::kNo) ran_out = true;
    return Interval::Empty();
  }
  return std::move(*narrowed);
}

const absl::flat_hash_map<absl::string_view, int>& ArticleContext::Index(
    bool quantities) const {
  if (!indexed) {
    figure_index.reserve(request.figures_size());
    for (int i = 0; i < request.figures_size(); ++i)
      figure_index.emplace(request.figures(i).id(), i);
    quantity_index.reserve(request.quantities_size());
    for (int i = 0; i < request.quantities_size(); ++i)
      quantity_index.emplace(request.quantities(i).id(), i);
    indexed = true;
  }
  return quantities ? quantity_index : figure_index;
}

int64_t ArticleContext::Position(const Figure& figure) const {
  const v1::Span& span = figure.proto->span();
  if (figure.proto->has_span() && (span.start() != 0 || span.end() != 0))
    return span.start();
  return std::numeric_limits<int32_t>::max() + int64_t{1} +
         Index().at(figure.id());
}

std::vector<const Figure*> ArticleContext::VariablesOf(
    const std::vector<int>& claims, bool quantities) const {
  std::pair<std::vector<int>, bool> key(claims, quantities);
  const auto known = variables_of.find(key);
  if (known != variables_of.end()) return known->second;
  const auto& index = Index(quantities);
  const std::vector<bool> groups = Mask(request.claims_size(), claims);
  // Each variable once, then its id by the figure's place in the request
  // (and id), as a set of the two would order them.
  std::vector<bool> seen(model.variables().size(), false);
  std::vector<std::pair<int, const std::string*>> ids;
  auto visit = [&](VarId v) {
    if (seen[v]) return;
    seen[v] = true;
    const Variable& var = model.variables()[v];
    if (!var.figure_id.empty() && var.quantity == quantities)
      ids.push_back({index.at(var.figure_id), &var.figure_id});
  };
  for (const Constraint& c : model.constraints()) {
    if (c.group < 0 || static_cast<size_t>(c.group) >= groups.size() ||
        !groups[c.group])
      continue;
    if (c.shape == Constraint::Shape::kProduct) {
      for (VarId v : {c.y, c.f, c.x}) visit(v);
    } else {
      for (const LinearTerm& t : c.terms) visit(t.var);
    }
  }
  using Id = std::pair<int, const std::string*>;
  std::sort(ids.begin(), ids.end(), [](const Id& a, const Id& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  ids.erase(std::unique(ids.begin(), ids.end(),
                        [](const Id& a, const Id& b) {
                          return a.first == b.first && *a.second == *b.second;
                        }),
            ids.end());
  std::vector<const Figure*> out;
  out.reserve(ids.size());
  for (const auto& [unused, id] : ids) out.push_back(figures.Find(*id));
  variables_of.emplace(std::move(key), out);
  return out;
}

Interval ArticleContext::Leaves(const Figure& quantity, int claim) {
  const VarId v = model.Find(quantity.id());
  if (v < 0) return Interval::Empty();
  std::vector<int> constraints;
  for (size_t c = 0; c < model.constraints().size(); ++c) {
    if (model.constraints()[c].group == claim)
      constraints.push_back(static_cast<int>(c));
  }
  return ImpliedRange(model, constraints, v, work);
}

ArticleModel BuildArticleModel(const v1::CheckClaimsRequest& request,
                               const FigureTable& figures, int replaced,
                               const v1::Claim* replacement) {
  ArticleModel model;
  model.Reserve(request.figures_size() + request.quantities_size(),
                request.claims_size());
  for (int i = 0; i < request.claims_size(); ++i) {
    const v1::Claim& claim = i == replaced ? *replacement : request.claims(i);
    for (const Check& check : AllChecks()) {
      if (check.kind != claim.kind_case() || check.constrain == nullptr)
        continue;
      model.BeginClaim(i);
      check.constrain(claim, figures.ForClaim(i), &model);
    }
  }
  return model;
}

namespace {

// The figures (or, with `quantities`, the quantities) that two or more of
// `claims` use, in request order.
std::vector<const Figure*> Shared(const ArticleContext& ctx,
                                  const std::vector<int>& claims,
                                  bool quantities = false) {
  auto of = [&](const std::vector<int>& c) {
    return quantities ? ctx.QuantitiesOf(c) : ctx.FiguresOf(c);
  };
  std::map<const Figure*, int> uses;
  for (int c : claims) {
    for (const Figure* f : of({c})) ++uses[f];
  }
  std::vector<const Figure*> out;
  for (const Figure* f : of(claims)) {
    if (uses[f] > 1) out.push_back(f);
  }
  return out;
}

std::string ConflictMessage(
    ArticleContext* ctx, const std::vector<int>& claims,
    const std::vector<const Figure*>& shared,
    const std::vector<const Figure*>& shared_quantities,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results) {
  std::vector<std::string> ids;
  for (int c : claims) ids.push_back(ctx->request.claims(c).id());
  if (claims.size() == 1) {
    const v1::Discrepancy* own = OwnFinding(results.Get(claims[0]));
    return absl::StrCat("Claim ", ids[0], " cannot hold even on its own",
                        own ? absl::StrCat(": ", own->message()) : ".");
  }
  const std::string all = claims.size() == 2 ? "both" : "all";
  if (shared_quantities.size() == 1) {
    // What each claim leaves the one quantity they share (before a figure
    // they share: the quantity the text does not print is what they
    // disagree on, the figures stay as printed).
    const Figure& q = *shared_quantities[0];
    std::vector<std::string> needs;
    for (int c : claims) {
      const Interval needed = ctx->Leaves(q, c);
      needs.push_back(
          absl::StrCat(ctx->request.claims(c).id(), " needs it to be ",
                       needed.empty()                       ? "no value"
                       : !needed.lower() && !needed.upper() ? "any value"
                                                            : needed.Text()));
    }
    return absl::StrCat("Claims ", Listed(ids), " cannot ", all,
                        " hold with one value of ", QuantityName(q), ": ",
                        Listed(needs), ".");
  }
  if (shared.size() == 1) {
    // What each claim needs the shared figure to be, the others as printed.
    const Figure& f = *shared[0];
    std::vector<std::string> needs;
    for (int c : claims) {
      const Interval needed = ctx->Needed(f, {c});
      needs.push_back(
          absl::StrCat(ctx->request.claims(c).id(), " needs it to be ",
                       needed.empty() ? "no value" : needed.Text()));
    }
    return absl::StrCat("Claims ", Listed(ids), " cannot ", all,
                        " hold with one value of ", f.Named(), ": ",
                        Listed(needs), ".");
  }
  std::vector<std::string> named;
  for (const Figure* f : shared) named.push_back(f->Named());
  for (const Figure* q : shared_quantities) named.push_back(QuantityName(*q));
  return absl::StrCat(
      "Claims ", Listed(ids), " cannot ", all, " hold together",
      named.empty() ? "." : absl::StrCat("; they share ", Listed(named), "."));
}

// True when each of `sets` is a single claim that fails as printed but holds
// under another reading of its figures: its own verdict is a warning.
bool OwnWarningsOnly(
    const std::vector<std::vector<int>>& sets,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results) {
  for (const std::vector<int>& set : sets) {
    if (set.size() != 1 ||
        results.Get(set[0]).verdict() != v1::VERDICT_WARNING) {
      return false;
    }
  }
  return true;
}

// A diagnosis of conflicts that another reading of the figures resolves
// (OwnWarningsOnly) says no more than it knows: that reading ("60 miles"
// rounded to tens) may be all there is, so no slip it lists is more than a
// guess, however few fit. When the first suspect is that reading itself
// (the cause the claim's own finding gives: "measured from the wrong base"),
// the ranking says so already.
void NoMoreThanAGuess(
    const std::vector<std::vector<int>>& sets,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    v1::Diagnosis* diagnosis,
    google::protobuf::RepeatedPtrField<v1::Suspect>* suspects) {
  if (diagnosis->suspect_indexes_size() == 0) return;
  const v1::Cause first =
      suspects->Get(diagnosis->suspect_indexes(0)).correction().cause();
  for (const std::vector<int>& set : sets) {
    for (const v1::Discrepancy& d : results.Get(set[0]).discrepancies()) {
      if (d.cause() == first) return;
    }
  }
  diagnosis->set_confidence(v1::CONFIDENCE_LOW);
  diagnosis->set_confidence_reason(absl::StrCat(
      diagnosis->confidence_reason(),
      " But the claim holds under another reading of its figures, which may "
      "be all there is: a slip here is a guess."));
  for (int i : diagnosis->suspect_indexes()) {
    suspects->Mutable(i)->set_confidence(v1::CONFIDENCE_LOW);
  }
}

// True when the conflicts of one slip group (`sets`, listed in the
// article's conflicts at `indexes`) are no proof of an error: each is a
// single claim that fails alone but holds under another reading (its own
// warning), or one reading of a claim's words that docs/spec.md's table of
// warnings lists resolves them all ("times more" as one more, percent for
// percentage points, the later value as base), as `diagnosis` found. A set
// of several claims that no such reading resolves is: each holds alone, as
// worded, and together they cannot. A reversed direction word is a slip,
// not a reading.
bool OnlyReadings(
    const std::vector<std::vector<int>>& sets, const std::vector<int>& indexes,
    const v1::Diagnosis& diagnosis,
    const google::protobuf::RepeatedPtrField<v1::Suspect>& suspects,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results) {
  if (OwnWarningsOnly(sets, results)) return true;
  for (int i : diagnosis.suspect_indexes()) {
    const v1::Suspect& s = suspects.Get(i);
    const v1::Cause cause = s.correction().cause();
    if (s.claim_id().empty() || (cause != v1::CAUSE_TIMES_MORE &&
                                 cause != v1::CAUSE_PERCENT_VS_POINTS &&
                                 cause != v1::CAUSE_WRONG_BASE)) {
      continue;
    }
    const std::set<int> resolved(s.conflict_indexes().begin(),
                                 s.conflict_indexes().end());
    if (std::all_of(indexes.begin(), indexes.end(),
                    [&](int k) { return resolved.count(k) > 0; })) {
      return true;
    }
  }
  return false;
}

// The conflicting sets of one component grouped by what they share: sets
// that share a claim, a figure or a quantity are one slip's to diagnose
// together; sets that share none are separate slips even when a claim that
// holds on its own joins them in one component. Each group lists indexes into
// `sets`, in order.
std::vector<std::vector<int>> SlipGroups(
    const ArticleContext& ctx, const std::vector<std::vector<int>>& sets) {
  std::vector<int> parent(sets.size());
  for (size_t i = 0; i < sets.size(); ++i) parent[i] = static_cast<int>(i);
  std::function<int(int)> root = [&](int i) {
    return parent[i] == i ? i : parent[i] = root(parent[i]);
  };
  std::vector<std::set<const Figure*>> uses(sets.size());
  for (size_t i = 0; i < sets.size(); ++i) {
    for (const Figure* f : ctx.FiguresOf(sets[i])) uses[i].insert(f);
    for (const Figure* q : ctx.QuantitiesOf(sets[i])) uses[i].insert(q);
  }
  for (size_t i = 0; i < sets.size(); ++i) {
    for (size_t j = i + 1; j < sets.size(); ++j) {
      std::vector<int> claims;
      std::set_intersection(sets[i].begin(), sets[i].end(), sets[j].begin(),
                            sets[j].end(), std::back_inserter(claims));
      bool joined = !claims.empty();
      for (const Figure* f : uses[i]) joined = joined || uses[j].count(f) > 0;
      if (joined) parent[root(static_cast<int>(j))] = root(static_cast<int>(i));
    }
  }
  std::map<int, std::vector<int>> by_root;
  std::vector<std::vector<int>> groups;
  for (size_t i = 0; i < sets.size(); ++i) {
    by_root[root(static_cast<int>(i))].push_back(static_cast<int>(i));
  }
  for (auto& [unused, group] : by_root) groups.push_back(std::move(group));
  return groups;
}

// The article's confidence: its one diagnosis's, or, when separate
// conflicts each have their own, the lowest of theirs, never one
// component's speaking for the others.
void SumUpDiagnoses(v1::ArticleResult* out) {
  const v1::Diagnosis* lowest = nullptr;
  int with_suspects = 0;
  for (const v1::Diagnosis& d : out->diagnoses()) {
    if (d.confidence() == v1::CONFIDENCE_UNSPECIFIED) continue;
    ++with_suspects;
    if (lowest == nullptr || d.confidence() < lowest->confidence()) lowest = &d;
  }
  if (out->diagnoses_size() == 1) {
    out->set_confidence(out->diagnoses(0).confidence());
    out->set_confidence_reason(out->diagnoses(0).confidence_reason());
    return;
  }
  if (lowest == nullptr) {
    if (out->diagnoses_size() > 0) {
      out->set_confidence_reason(out->diagnoses(0).confidence_reason());
    }
    return;
  }
  out->set_confidence(lowest->confidence());
  out->set_confidence_reason(absl::StrCat(
      "The ", out->diagnoses_size(),
      " separate conflicts share no figure: each is its own slip, with its "
      "own suspects and confidence",
      with_suspects < out->diagnoses_size() ? " (some with no suspect)" : "",
      "; the lowest confidence is shown."));
}

// The values the claims of each consistent component leave the request's
// quantities, in request order.
// `constraints_of(k)` lists component k's constraints.
template <typename ConstraintsOf>
void AddQuantityValues(ArticleContext& ctx, const std::vector<int>& consistent,
                       const ConstraintsOf& constraints_of,
                       v1::ArticleResult* out) {
  if (ctx.request.quantities().empty() || consistent.empty()) return;
  // The consistent component each quantity's variable is in.
  std::map<VarId, int> component_of;
  for (int k : consistent) {
    for (int c : constraints_of(k)) {
      for (VarId v : ctx.model.constraints()[c].Vars()) component_of[v] = k;
    }
  }
  for (const v1::Quantity& q : ctx.request.quantities()) {
    const VarId var = ctx.model.Find(q.id());
    auto it = component_of.find(var);
    if (var < 0 || it == component_of.end()) continue;
    const auto listed = constraints_of(it->second);
    const Interval range =
        ImpliedRange(ctx.model, std::vector<int>(listed.begin(), listed.end()),
                     var, ctx.work);
    const Figure& quantity = *ctx.figures.Find(q.id());
    // Nothing learned: the values it may take anyway (a sum of exact
    // counts, an unstated one the claims leave free).
    if (range.empty() || (!range.lower() && !range.upper()) ||
        range.Text() == quantity.interval.Text()) {
      continue;
    }
    v1::ImpliedValue* value = out->add_implied_values();
    value->set_role("quantity");
    value->set_description(QuantityName(quantity));
    *value->mutable_range() = ToRange(range);
    value->set_quantity_id(q.id());
  }
}

}  // namespace

v1::ArticleResult CheckArticle(
    const v1::CheckClaimsRequest& request, const FigureTable& figures,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    WorkContext work) {
  const int64_t used_before = work.used();
  ArticleContext ctx{request, figures, work,
                     BuildArticleModel(request, figures)};
  v1::ArticleResult out;
  const ComponentList components = ListComponents(ctx.model);
  // Whether each claim is in a component: the components share no group,
  // so the claims checked are their groups counted.
  std::vector<bool> checked(request.claims_size(), false);
  int groups_checked = 0;
  for (size_t k = 0; k < components.size(); ++k) {
    groups_checked += static_cast<int>(components[k].size());
    for (int g : components[k]) {
      if (g >= 0 && g < request.claims_size()) checked[g] = true;
    }
  }
  out.set_claims_checked(groups_checked);
  for (int i = 0; i < request.claims_size(); ++i) {
    if (!checked[i]) out.add_unchecked_claim_ids(request.claims(i).id());
  }

  // Decide each component; diagnose those that conflict.
  WorkBudget::Spent stop = WorkBudget::Spent::kNo;
  bool all_listed = true;
  bool only_warnings = true;
  int conflicting = 0;
  std::string unfinished;
  // Each component's constraints, found once: the article may have thousands.
  std::vector<int> component_of(request.claims_size(), -1);
  for (size_t k = 0; k < components.size(); ++k) {
    for (int g : components[k]) component_of[g] = static_cast<int>(k);
  }
  auto component_of_constraint = [&](size_t c) {
    const int g = ctx.model.constraints()[c].group;
    return g >= 0 && g < request.claims_size() ? component_of[g] : -1;
  };
  // One list for every component, each's in increasing order, instead of
  // a vector (an allocation) each: component k's are from start[k] to
  // start[k + 1].
  std::vector<int> start(components.size() + 1, 0);
  for (size_t c = 0; c < ctx.model.constraints().size(); ++c) {
    const int k = component_of_constraint(c);
    if (k >= 0) ++start[k + 1];
  }
  for (size_t k = 0; k < components.size(); ++k) start[k + 1] += start[k];
  std::vector<int> listed(start.back());
  {
    std::vector<int> next(start.begin(), start.end() - 1);
    for (size_t c = 0; c < ctx.model.constraints().size(); ++c) {
      const int k = component_of_constraint(c);
      if (k >= 0) listed[next[k]++] = static_cast<int>(c);
    }
  }
  auto constraints_of = [&](size_t k) {
    return absl::MakeConstSpan(listed.data() + start[k],
                               listed.data() + start[k + 1]);
  };
  std::vector<int> consistent;  // the components that can hold
  ComponentSolver solver(ctx.model);
  for (size_t k = 0; k < components.size(); ++k) {
    const SolveResult r = solver.Solve(constraints_of(k), work);
    if (r.outcome == Outcome::kUndecided) {
      stop = r.stop;
      continue;
    }
    if (r.outcome == Outcome::kConsistent) {
      consistent.push_back(static_cast<int>(k));
      continue;
    }
    ++conflicting;
    const std::vector<int> component(components[k].begin(),
                                     components[k].end());
    ConflictSets sets = FindConflicts(
        component,
        [&](const std::vector<int>& claims) { return ctx.Decide(claims); });
    if (sets.undecided || sets.sets.empty()) {
      // The component conflicts; which of its claims could not be narrowed.
      sets.sets = {component};
      unfinished = "the smallest conflicting sets could not be found";
    }
    all_listed = all_listed && sets.complete;
    std::vector<int> indexes;
    for (const auto& set : sets.sets) {
      indexes.push_back(out.conflicts_size());
      v1::Conflict* conflict = out.add_conflicts();
      for (int c : set) conflict->add_claim_ids(request.claims(c).id());
      for (const Figure* f : ctx.FiguresOf(set))
        conflict->add_figure_ids(f->id());
      const std::vector<const Figure*> shared = Shared(ctx, set);
      for (const Figure* f : shared) conflict->add_shared_figure_ids(f->id());
      for (const Figure* q : ctx.QuantitiesOf(set))
        conflict->add_quantity_ids(q->id());
      conflict->set_message(ConflictMessage(
          &ctx, set, shared, Shared(ctx, set, /*quantities=*/true), results));
    }
    // One diagnosis per group of conflicts that share something, its
    // corrections checked against every claim of the component but those of
    // the other groups' conflicts: another slip's claims cannot hold until
    // it is corrected too.
    const std::vector<std::vector<int>> groups = SlipGroups(ctx, sets.sets);
    for (const std::vector<int>& group : groups) {
      std::vector<std::vector<int>> group_sets;
      std::vector<int> group_indexes;
      std::set<int> own;
      for (int g : group) {
        group_sets.push_back(sets.sets[g]);
        group_indexes.push_back(indexes[g]);
        own.insert(sets.sets[g].begin(), sets.sets[g].end());
      }
      std::set<int> others;
      for (size_t g = 0; g < sets.sets.size(); ++g) {
        for (int c : sets.sets[g]) {
          if (!own.count(c)) others.insert(c);
        }
      }
      std::vector<int> scope;
      for (int c : component) {
        if (!others.count(c)) scope.push_back(c);
      }
      v1::Diagnosis* diagnosis = out.add_diagnoses();
      *diagnosis = RankSuspects(&ctx, scope, group_sets, group_indexes, results,
                                out.mutable_suspects());
      if (OwnWarningsOnly(group_sets, results)) {
        NoMoreThanAGuess(group_sets, results, diagnosis,
                         out.mutable_suspects());
      }
      only_warnings =
          only_warnings && OnlyReadings(group_sets, group_indexes,
                                        out.diagnoses(out.diagnoses_size() - 1),
                                        out.suspects(), results);
    }
  }
  SumUpDiagnoses(&out);
  AddQuantityValues(ctx, consistent, constraints_of, &out);
  if (ctx.ran_out && unfinished.empty()) {
    unfinished = "the diagnosis is incomplete";
  }
  out.set_all_conflicts_listed(conflicting > 0 && all_listed);

  const int n = out.claims_checked();
  if (conflicting > 0) {
    out.set_verdict(only_warnings ? v1::VERDICT_WARNING : v1::VERDICT_ERROR);
    out.set_code(only_warnings ? "article.warning" : "article.conflict");
    out.set_message(
        only_warnings
            ? "The claims hold together only under readings a careful editor "
              "would not assume."
            : absl::StrCat(
                  n == 1 ? "The one claim checked cannot hold: "
                         : absl::StrCat(
                               "The ", n,
                               " claims checked together cannot all hold: "),
                  out.conflicts_size() == 1
                      ? "one set of claims conflicts."
                      : absl::StrCat(out.conflicts_size(),
                                     " sets of claims conflict.")));
  } else if (stop != WorkBudget::Spent::kNo) {
    out.set_verdict(v1::VERDICT_NOT_CHECKABLE);
    out.set_code("article.undecided");
    out.set_message(absl::StrCat(
        "Whether the ", n, " claims can all hold together is not known: ",
        WhyStopped(stop), " before the engine could decide."));
  } else if (n == 0) {
    out.set_verdict(v1::VERDICT_NOT_CHECKABLE);
    out.set_code("article.nothing_to_check");
    out.set_message(
        "No claim of this article says what it means as arithmetic the engine "
        "can hold together with others.");
  } else {
    out.set_verdict(v1::VERDICT_CONSISTENT);
    out.set_code("article.consistent");
    out.set_message(n == 1
                        ? "The one claim checked can hold."
                        : absl::StrCat("The ", n,
                                       " claims checked together can all hold "
                                       "at once."));
  }
  TakeOwnVerdicts(request, results, checked, &out);
  if (stop != WorkBudget::Spent::kNo) {
    out.set_undecided_reason(absl::StrCat(
        "Some claims could not be decided together: ", WhyStopped(stop), "."));
  } else if (!unfinished.empty()) {
    out.set_undecided_reason(
        absl::StrCat("The conflict was proven, but ", unfinished, ": ",
                     WhyStopped(work.spent() == WorkBudget::Spent::kNo
                                    ? WorkBudget::Spent::kSteps
                                    : work.spent()),
                     "."));
  }
  out.set_work_used(work.used() - used_before);
  return out;
}

}  // namespace claimcheck
