#include "engine/model/solver.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "engine/numbers/proportion.h"

namespace claimcheck {
namespace {

// Candidates ProportionHolds may try in one revise of a product.
constexpr int64_t kProductCandidates = 4096;
// Revises in one propagation, per constraint, before it stops early (which
// is sound: the search goes on from a looser box).
constexpr int64_t kRevisesPerConstraint = 64;
// Significant bits kept in the ends propagation derives. Exact arithmetic on
// y = f x and its inverses can double the size of a number at every revise
// (a step would then cost more and more time and memory); rounding derived
// ends outward to this many bits keeps each step cheap and is sound, since a
// looser bound excludes nothing. Printed figures and the values the search
// tries are never rounded, and a witness is verified exactly.
constexpr int kEndBits = 128;
// Domains saved for backtracking (a few hundred bytes each, with ends of
// kEndBits): past this many the search stops (kUndecided), so one request's
// memory stays bounded whatever its budget. A consistent 10,000-claim article
// saves a few per variable; a 500-part total about 250,000.
constexpr size_t kMaxTrail = 1'000'000;

// Whether `v` has a numerator or denominator over kEndBits bits: what
// BoundedBits(v, kEndBits, ...) would round.
bool Long(const Rational& v) {
  return NumeratorBits(v) > kEndBits || DenominatorBits(v) > kEndBits;
}

// Whether an end of `to` is Long.
bool Long(const Interval& to) {
  auto long_end = [](const std::optional<Endpoint>& e) {
    return e && Long(e->value);
  };
  return !to.empty() && (long_end(to.lower()) || long_end(to.upper()));
}

// `to` with its ends rounded outward to kEndBits significant bits.
Interval Loosened(const Interval& to) {
  std::optional<Endpoint> lower = to.lower(), upper = to.upper();
  if (lower) lower->value = BoundedBits(lower->value, kEndBits, /*up=*/false);
  if (upper) upper->value = BoundedBits(upper->value, kEndBits, /*up=*/true);
  return Interval::Of(lower, upper);
}

bool SameEnd(const std::optional<Endpoint>& a,
             const std::optional<Endpoint>& b) {
  if (!a || !b) return !a && !b;
  return a->value == b->value && a->open == b->open;
}

bool Same(const Interval& a, const Interval& b) {
  return a.empty() == b.empty() && a.whole() == b.whole() &&
         SameEnd(a.lower(), b.lower()) && SameEnd(a.upper(), b.upper());
}

// Whether `d.Intersect(to)` is `d` itself (Same), told from the ends alone:
// `to` is not empty, is whole only when `d` is, and reaches past each end of
// `d` or to it, open there only where `d` is. (A domain is in normal form, so
// the intersection's Normalize would change nothing.) Most of a revise's
// narrowings are of this kind, and making the intersection costs more than
// telling.
// The same for `to` given by its ends, not whole (Interval::Of(lower,
// upper)): a domain that is not empty and lies within them also tells that
// they hold a value.
bool Untouched(const Interval& d, const std::optional<Endpoint>& lower,
               const std::optional<Endpoint>& upper) {
  if (d.empty()) return false;
  auto reaches = [](const std::optional<Endpoint>& own,
                    const std::optional<Endpoint>& bound, int side) {
    if (!bound) return true;
    if (!own) return false;
    const int c = cmp(own->value, bound->value) * side;
    return c > 0 || (c == 0 && (own->open || !bound->open));
  };
  return reaches(d.lower(), lower, +1) && reaches(d.upper(), upper, -1);
}

bool Untouched(const Interval& d, const Interval& to) {
  if (to.empty() || (to.whole() && !d.whole())) return false;
  return Untouched(d, to.lower(), to.upper());
}

// Whether `narrowed` is worth propagating instead of `old`: any change of a
// whole-number domain, a new finite end, a single value, or a cut of at
// least a sixteenth of the width.
bool Significant(const Interval& old, const Interval& narrowed) {
  if (Same(old, narrowed)) return false;
  if (narrowed.whole() || narrowed.IsPoint()) return true;
  if (!old.bounded()) {
    return (narrowed.lower() && !old.lower()) ||
           (narrowed.upper() && !old.upper());
  }
  // new width * 16 <= old width * 15.
  return ScaledDifferenceAtMost(narrowed.lower()->value,
                                narrowed.upper()->value, 16, old.lower()->value,
                                old.upper()->value, 15);
}

// Sums of the lower (or upper) ends of several intervals, from which the sum
// of all but one is read in constant time (ReviseLinear).
struct EndSum {
  Rational finite = 0;
  int infinite = 0;
  int open = 0;

  void Add(const std::optional<Endpoint>& e) {
    if (!e) {
      ++infinite;
      return;
    }
    finite += e->value;
    if (e->open) ++open;
  }
  // The sum of every end added; nullopt when one is infinite.
  std::optional<Endpoint> Total() const {
    if (infinite > 0) return std::nullopt;
    return Endpoint{finite, open > 0};
  }
};

// r - s over intervals given by ends: [r.lo - s.hi, r.hi - s.lo].
Interval Minus(const Interval& r, const std::optional<Endpoint>& s_lower,
               const std::optional<Endpoint>& s_upper) {
  std::optional<Endpoint> lower, upper;
  if (r.lower() && s_upper) {
    lower = Endpoint{r.lower()->value - s_upper->value,
                     r.lower()->open || s_upper->open};
  }
  if (r.upper() && s_lower) {
    upper = Endpoint{r.upper()->value - s_lower->value,
                     r.upper()->open || s_lower->open};
  }
  return Interval::Of(std::move(lower), std::move(upper));
}

// a / b when b holds no zero; nullopt when it may.
std::optional<Interval> Divide(const Interval& a, const Interval& b) {
  if (auto q = TimesReciprocal(a, b)) return q;
  if (auto inverse = Reciprocal(b.Negate())) return a.Times(*inverse).Negate();
  return std::nullopt;
}

// The simplest number in `d`: `preferred` when inside, else the one with the
// fewest decimals nearest the middle.
Rational SimpleValue(const Interval& d,
                     const std::optional<Rational>& preferred) {
  if (preferred && d.Contains(*preferred)) return *preferred;
  if (d.IsPoint()) return d.lower()->value;
  if (d.bounded()) {
    const Rational middle = (d.lower()->value + d.upper()->value) / 2;
    if (d.whole()) return Rational(Floor(middle));
    for (int decimals = 0; decimals <= 12; ++decimals) {
      const Rational v = RoundTo(middle, decimals);
      if (d.Contains(v)) return v;
    }
    return middle;
  }
  if (d.lower()) {
    const Rational lo = d.lower()->value;
    if (d.Contains(lo)) return lo;
    return Rational(Floor(lo) + 1);
  }
  if (d.upper()) {
    const Rational hi = d.upper()->value;
    if (d.Contains(hi)) return hi;
    return Rational(Ceil(hi) - 1);
  }
  return d.Contains(0) ? Rational(0) : Rational(1);
}

}  // namespace

// The constraints a search runs over, indexed once: their variables, each
// variable's index here and its domain in the model, the constraints that
// watch each, and the linear constraints each product pairs with
// (Substitute). Searches that differ only in their overrides share one.
// Laid out in flat vectors, so that a small component (one claim's three to
// six variables) costs a few allocations, not one per variable.
struct SearchLayout {
  // Over the constraints of model.constraints() listed in `listed`: costs
  // what they cost, however large the rest of the model is.
  SearchLayout(const ArticleModel& model, absl::Span<const int> listed)
      : model(model) {
    LayOut(listed);
  }

  // Lays out the constraints listed instead, in the same storage: a caller
  // that solves many small components in turn (an article's) allocates
  // its vectors once, not nine for each component. The domains must be
  // here (Propagator::TakeDomains gives them back after a search that
  // moved them out).
  void Reuse(absl::Span<const int> listed) {
    vars.clear();
    domains.clear();
    constraints.clear();
    at.clear();
    at_start.clear();
    watch.clear();
    watch_start.clear();
    pairings.clear();
    pairing_start.clear();
    local.clear();
    LayOut(listed);
  }

 private:
  void LayOut(absl::Span<const int> listed) {
    // Room for every variable and term at once: one allocation each.
    size_t slots = 0;
    for (int c : listed) {
      const Constraint& constraint = model.constraints()[c];
      slots += constraint.shape == Constraint::Shape::kLinear
                   ? constraint.terms.size()
                   : 3;
    }
    vars.reserve(slots);
    domains.reserve(slots);
    // Filled in place, each constraint's variables after the previous
    // one's: `slots` is how many there are.
    at.resize(slots);
    constraints.reserve(listed.size());
    at_start.reserve(listed.size() + 1);
    int* next = at.data();
    for (int c : listed) next = Index(model.constraints()[c], next);
    at_start.push_back(static_cast<int>(at.size()));
    Watch();
    Pair();
  }

 public:
  // The index here of model variable `v`, or -1 when no constraint here
  // involves it.
  int Find(VarId v) const {
    if (!local.empty()) {
      auto it = local.find(v);
      return it == local.end() ? -1 : it->second;
    }
    for (size_t i = 0; i < vars.size(); ++i) {
      if (vars[i] == v) return static_cast<int>(i);
    }
    return -1;
  }

  // For each product constraint here, the linear ones that hold both its y
  // and its x, with the places of y and x among their terms.
  struct Pairing {
    int linear;
    int y_term;
    int x_term;
  };

  const ArticleModel& model;
  std::vector<VarId> vars;
  std::vector<Interval> domains;  // the model's, by index here
  std::vector<const Constraint*> constraints;
  // The indexes here of constraint c's variables (its terms', or y, f and
  // x) are at[at_start[c]] to at[at_start[c + 1] - 1].
  std::vector<int> at;
  std::vector<int> at_start;
  // The constraints that watch variable i (each once, in increasing order)
  // are watch[watch_start[i]] to watch[watch_start[i + 1] - 1].
  std::vector<int> watch;
  std::vector<int> watch_start;
  // Product c's pairings are pairings[pairing_start[c]] to
  // pairings[pairing_start[c + 1] - 1].
  std::vector<Pairing> pairings;
  std::vector<int> pairing_start;

 private:
  // Past this many variables, Find and Local look them up in `local`
  // instead of scanning `vars`.
  static constexpr size_t kScanned = 16;

  // Indexes constraint `c`'s variables here, writing their indexes from
  // `next` on; returns where the next constraint's go.
  int* Index(const Constraint& c, int* next) {
    constraints.push_back(&c);
    at_start.push_back(static_cast<int>(next - at.data()));
    if (c.shape == Constraint::Shape::kLinear) {
      for (const LinearTerm& t : c.terms) *next++ = Local(t.var);
    } else {
      // Met in increasing order, as Constraint::Vars lists them: the order
      // of the variables here breaks PickVar's ties. (Three values sorted
      // by three exchanges.)
      VarId a = c.y, b = c.f, d = c.x;
      if (b < a) std::swap(a, b);
      if (d < b) std::swap(b, d);
      if (b < a) std::swap(a, b);
      Local(a);
      Local(b);
      Local(d);
      *next++ = Local(c.y);
      *next++ = Local(c.f);
      *next++ = Local(c.x);
    }
    return next;
  }

  // Has each variable watch the constraints that involve it, each once, in
  // increasing order. A linear constraint holds a variable once
  // (model.h); a product y = f x may hold one twice (y == x).
  void Watch() {
    const size_t n = vars.size();
    const int count = static_cast<int>(constraints.size());
    // Whether the k-th variable of constraint c is one met before in it.
    auto again = [&](int c, int k) {
      if (constraints[c]->shape == Constraint::Shape::kLinear) return false;
      for (int j = at_start[c]; j < k; ++j) {
        if (at[j] == at[k]) return true;
      }
      return false;
    };
    // Counted into watch_start[i + 1], summed, then filled with
    // watch_start[i] as the cursor, which leaves it where i + 1 starts.
    watch_start.assign(n + 1, 0);
    for (int c = 0; c < count; ++c) {
      for (int k = at_start[c]; k < at_start[c + 1]; ++k) {
        if (!again(c, k)) ++watch_start[at[k] + 1];
      }
    }
    for (size_t i = 0; i < n; ++i) watch_start[i + 1] += watch_start[i];
    watch.resize(watch_start[n]);
    for (int c = 0; c < count; ++c) {
      for (int k = at_start[c]; k < at_start[c + 1]; ++k) {
        if (!again(c, k)) watch[watch_start[at[k]]++] = c;
      }
    }
    for (size_t i = n; i > 0; --i) watch_start[i] = watch_start[i - 1];
    watch_start[0] = 0;
  }

  // Finds, for each product y = f x, the linear constraints that hold both
  // y and x (see Substitute).
  void Pair() {
    pairing_start.reserve(constraints.size() + 1);
    for (size_t c = 0; c < constraints.size(); ++c) {
      pairing_start.push_back(static_cast<int>(pairings.size()));
      if (constraints[c]->shape != Constraint::Shape::kProduct) continue;
      const int y = at[at_start[c]], x = at[at_start[c] + 2];
      if (y == x) continue;
      for (int w = watch_start[x]; w < watch_start[x + 1]; ++w) {
        const int l = watch[w];
        if (constraints[l]->shape != Constraint::Shape::kLinear) continue;
        int y_term = -1, x_term = -1;
        for (int k = at_start[l]; k < at_start[l + 1]; ++k) {
          if (at[k] == y) y_term = k - at_start[l];
          if (at[k] == x) x_term = k - at_start[l];
        }
        if (y_term >= 0 && x_term >= 0) pairings.push_back({l, y_term, x_term});
      }
    }
    pairing_start.push_back(static_cast<int>(pairings.size()));
  }

  // The index here of model variable `v`, added on first use.
  int Local(VarId v) {
    const int found = Find(v);
    if (found >= 0) return found;
    const int index = static_cast<int>(vars.size());
    vars.push_back(v);
    domains.push_back(model.variables()[v].domain);
    if (!local.empty()) {
      local.emplace(v, index);
    } else if (vars.size() > kScanned) {
      local.reserve(vars.capacity());
      for (size_t i = 0; i < vars.size(); ++i)
        local.emplace(vars[i], static_cast<int>(i));
    }
    return index;
  }

  // VarId -> index here, once there are more than kScanned variables.
  absl::flat_hash_map<VarId, int> local;
};

namespace {

// The domains of the variables that some constraints involve, narrowed by
// propagation: each revise of a constraint narrows its variables' domains,
// and a narrowed domain wakes the other constraints that watch it, until
// nothing changes much. Every narrowing is kept on a trail, so that a search
// can undo the narrowings made after any mark.
class Propagator {
 public:
  // Over the constraints `layout` indexes, with `overrides` in place of
  // their domains in the model.
  Propagator(const SearchLayout& layout, WorkContext work,
             const Overrides& overrides)
      : Propagator(layout, layout.domains, work, overrides) {}
  // The same over a layout made for this one search: its domains are moved
  // here instead of copied, and it is not used again.
  Propagator(SearchLayout* once, WorkContext work, const Overrides& overrides)
      : Propagator(*once, std::move(once->domains), work, overrides) {}

  // Propagates every constraint; false when it proves a conflict or the work
  // ran out (stopped()).
  bool PropagateAll() {
    for (size_t c = 0; c < num_constraints_; ++c) Enqueue(static_cast<int>(c));
    return Propagate();
  }

  // Narrows domain `i` to `to` (a branch of the search) and propagates;
  // false when that proves a conflict or the work ran out.
  bool Assign(int i, const Interval& to) {
    Interval narrowed = domains_[i].Intersect(to);
    if (narrowed.empty()) return false;
    Trail(i);
    domains_[i] = std::move(narrowed);
    for (int w = watch_start_[i]; w < watch_start_[i + 1]; ++w)
      Enqueue(watch_[w]);
    return Propagate();
  }

  // Keeps domain `i` on the trail before it is narrowed. The first time,
  // makes room for each domain narrowed twice, instead of growing the trail
  // from one entry (a propagation that narrows nothing allocates none).
  void Trail(int i) {
    if (trail_.capacity() == 0) trail_.reserve(2 * domains_.size());
    trail_.emplace_back(i, std::move(domains_[i]));
  }

  // Where the trail is now, to Undo back to.
  size_t mark() const { return trail_.size(); }
  // Restores the domains as they were at `mark`.
  void Undo(size_t mark) {
    while (trail_.size() > mark) {
      domains_[trail_.back().first] = std::move(trail_.back().second);
      trail_.pop_back();
    }
  }

  // The domains, by index here; var(i) is the model's variable of index i.
  const std::vector<Interval>& domains() const { return domains_; }
  VarId var(int i) const { return layout_.vars[i]; }
  // Every variable of the model with its domain: narrowed here for those the
  // constraints involve, as the model has it for the others.
  std::vector<Interval> ModelDomains() const {
    std::vector<Interval> out;
    out.reserve(layout_.model.variables().size());
    for (const Variable& v : layout_.model.variables()) out.push_back(v.domain);
    for (size_t i = 0; i < layout_.vars.size(); ++i)
      out[layout_.vars[i]] = domains_[i];
    return out;
  }

  // True once the work ran out during propagation.
  bool stopped() const { return stopped_; }

  // The domains, moved out (the propagator is not used again): a layout
  // made for one search at a time takes its storage back (SearchLayout::
  // Reuse).
  std::vector<Interval> TakeDomains() { return std::move(domains_); }

  // The domain of model variable `v`: narrowed here when the constraints
  // involve it, else the model's.
  Interval ModelDomain(VarId v) const {
    const int i = layout_.Find(v);
    return i >= 0 ? domains_[i] : layout_.model.variables()[v].domain;
  }

  // Every variable is one value: does every constraint hold exactly, with
  // every value in its variable's starting domain (the model's, with the
  // overrides)? A domain changes only through the trail, so a variable's
  // starting domain is the oldest the trail keeps of it, or its domain now
  // when it was never narrowed: found here, instead of every search keeping
  // a copy of its starting domains for a check that comes once at its end.
  bool Verified() const {
    for (size_t c = 0; c < num_constraints_; ++c) {
      if (!HoldsExactly(*constraints_[c], &at_[at_start_[c]])) return false;
    }
    absl::InlinedVector<const Interval*, 16> start(domains_.size());
    for (size_t i = 0; i < domains_.size(); ++i) start[i] = &domains_[i];
    for (size_t k = trail_.size(); k-- > 0;) {
      start[trail_[k].first] = &trail_[k].second;
    }
    for (size_t i = 0; i < layout_.vars.size(); ++i) {
      if (!start[i]->Contains(domains_[i].lower()->value)) return false;
    }
    return true;
  }

 private:
  // Over `layout` with `domains` its domains, copied or moved in.
  Propagator(const SearchLayout& layout, std::vector<Interval> domains,
             WorkContext work, const Overrides& overrides)
      : layout_(layout),
        work_(work),
        constraints_(layout.constraints.data()),
        num_constraints_(layout.constraints.size()),
        at_(layout.at.data()),
        at_start_(layout.at_start.data()),
        watch_(layout.watch.data()),
        watch_start_(layout.watch_start.data()),
        pairings_(layout.pairings.data()),
        pairing_start_(layout.pairing_start.data()),
        domains_(std::move(domains)) {
    for (const auto& [var, domain] : overrides) {
      const int i = layout.Find(var);
      if (i >= 0) domains_[i] = domain;
    }
    queued_.assign(layout.constraints.size(), false);
    queue_.reserve(layout.constraints.size());
  }

  void Enqueue(int c) {
    if (queued_[c]) return;
    queued_[c] = true;
    queue_.push_back(c);
  }
  // Empties the queue (from queue_head_ on).
  void ClearQueue() {
    for (size_t q = queue_head_; q < queue_.size(); ++q)
      queued_[queue_[q]] = false;
    queue_.clear();
    queue_head_ = 0;
  }

  // Revises the queued constraints until none is left; false when one proves
  // a conflict or the work ran out. Past kRevisesPerConstraint revises per
  // constraint it stops early, which is sound: the search goes on from a
  // looser box.
  bool Propagate() {
    int64_t revises = 0;
    const int64_t cap =
        kRevisesPerConstraint * static_cast<int64_t>(num_constraints_ + 1);
    while (queue_head_ < queue_.size()) {
      const int c = queue_[queue_head_++];
      queued_[c] = false;
      if (++revises > cap) {
        ClearQueue();
        return true;
      }
      if (!work_.Charge(1 +
                        static_cast<int64_t>(constraints_[c]->terms.size()))) {
        stopped_ = true;
        return false;
      }
      if (!Revise(c)) {
        ClearQueue();
        return false;
      }
    }
    queue_.clear();
    queue_head_ = 0;
    return true;
  }

  // Narrows the domains of constraint `c`'s variables to the values its
  // other variables allow; false when one becomes empty.
  bool Revise(int c) {
    const Constraint& constraint = *constraints_[c];
    current_ = c;
    const int* at = &at_[at_start_[c]];
    const bool ok = constraint.shape == Constraint::Shape::kLinear
                        ? ReviseLinear(constraint, at)
                        : ReviseProduct(at[0], at[1], at[2]) &&
                              Substitute(c, at[0], at[1], at[2]);
    current_ = -1;
    return ok;
  }

  // `at` holds the index here of each term's variable.
  bool ReviseLinear(const Constraint& c, const int* at) {
    if (c.terms.empty()) return c.range.Contains(0);
    const size_t n = c.terms.size();
    if (n == 1) {
      // One term: its target is the range less no other term, the range's
      // own ends exactly (what the sums below give), told and narrowed as
      // below without summing.
      const std::optional<Endpoint>& lo = c.range.lower();
      const std::optional<Endpoint>& hi = c.range.upper();
      const Rational& k = c.terms[0].coefficient;
      if (fmpq_is_one(k.get())) {
        if (Untouched(domains_[at[0]], lo, hi)) return true;
        return NarrowLocal(at[0], Interval::Of(lo, hi));
      }
      if (Untouched(domains_[at[0]].Scale(k), lo, hi)) return true;
      return NarrowLocal(at[0], Interval::Of(lo, hi).Scale(Inverse(k)));
    }
    // Each term's values: a unit coefficient's are its variable's domain,
    // read in place (a constraint's variables are distinct, so narrowing
    // one leaves the others' as they were); others are scaled here.
    scaled_.clear();
    scaled_.reserve(n);
    terms_.clear();
    terms_.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const Rational& k = c.terms[i].coefficient;
      const Interval* term = &domains_[at[i]];
      if (!fmpq_is_one(k.get())) {
        scaled_.push_back(term->Scale(k));
        term = &scaled_.back();
      }
      terms_.push_back(term);
    }
    // Each term's target is the range less the sum of the other terms:
    // [range.lo - others' upper ends, range.hi - others' lower ends], with
    // no end where the range has none or another term's end is infinite,
    // and open where the range's or another term's is.
    const std::optional<Endpoint>& range_lo = c.range.lower();
    const std::optional<Endpoint>& range_hi = c.range.upper();
    // Two terms (most constraints: a figure and its converted or affine
    // copy, a total of two parts): each target is the range less the other
    // term's end, one subtraction per end. Made for both terms before either
    // is narrowed, as the sums below are.
    std::optional<Endpoint> pair_lo[2], pair_hi[2];
    EndSum lower, upper;
    std::optional<Rational> lo_base, hi_base;
    if (n == 2) {
      for (int i = 0; i < 2; ++i) {
        const Interval& other = *terms_[1 - i];
        if (range_lo && other.upper()) {
          pair_lo[i] = Endpoint{range_lo->value - other.upper()->value,
                                range_lo->open || other.upper()->open};
        }
        if (range_hi && other.lower()) {
          pair_hi[i] = Endpoint{range_hi->value - other.lower()->value,
                                range_hi->open || other.lower()->open};
        }
      }
    } else {
      // The range's ends less every term's sum are worked out once; a
      // term's own end is added back, which is the same number exactly.
      for (size_t i = 0; i < n; ++i) {
        lower.Add(terms_[i]->lower());
        upper.Add(terms_[i]->upper());
      }
      if (range_lo && upper.infinite <= 1)
        lo_base = range_lo->value - upper.finite;
      if (range_hi && lower.infinite <= 1)
        hi_base = range_hi->value - lower.finite;
    }
    // A term's target end: none when another term's end is infinite.
    auto target_end = [](const std::optional<Rational>& base,
                         const std::optional<Endpoint>& range_end,
                         const EndSum& sum,
                         const std::optional<Endpoint>& own) {
      std::optional<Endpoint> out;
      if (!base || sum.infinite != (own ? 0 : 1)) return out;
      const int open = sum.open - (own && own->open ? 1 : 0);
      out = Endpoint{own ? *base + own->value : *base,
                     range_end->open || open > 0};
      return out;
    };
    for (size_t i = 0; i < n; ++i) {
      std::optional<Endpoint> target_lo =
          n == 2 ? std::move(pair_lo[i])
                 : target_end(lo_base, range_lo, upper, terms_[i]->upper());
      std::optional<Endpoint> target_hi =
          n == 2 ? std::move(pair_hi[i])
                 : target_end(hi_base, range_hi, lower, terms_[i]->lower());
      const Rational& k = c.terms[i].coefficient;
      if (fmpq_is_one(k.get())) {
        // Nothing to narrow, told before the target is made.
        if (Untouched(domains_[at[i]], target_lo, target_hi)) continue;
        if (!NarrowLocal(at[i], Interval::Of(std::move(target_lo),
                                             std::move(target_hi))))
          return false;
      } else if (Untouched(*terms_[i], target_lo, target_hi)) {
        // The same told on the term's values (the domain times k, which no
        // other term's narrowing has changed) against the target, before
        // the target is divided by k: scaling by k keeps ends, their order
        // and their openness, so the domain reaches past the target / k
        // exactly where the term reaches past the target.
        continue;
      } else if (!NarrowLocal(at[i], Interval::Of(std::move(target_lo),
                                                  std::move(target_hi))
                                         .Scale(Inverse(k)))) {
        return false;
      }
    }
    return true;
  }

  // y = f x, given the indexes here of y, f and x.
  bool ReviseProduct(int y, int f, int x) {
    static const Interval* const positive =
        new Interval(Interval::AtLeast(0, /*open=*/true));
    if (!NarrowLocal(x, *positive)) return false;
    if (!NarrowLocal(y, domains_[f].Times(domains_[x]))) return false;
    if (auto y_over_x = TimesReciprocal(domains_[y], domains_[x])) {
      if (!NarrowLocal(f, *y_over_x)) return false;
    }
    // y / f, kept when f > 0 (Divide's first way) for ProportionHolds below,
    // which divides the same y by the same f: narrowing x leaves them as
    // they are, unless x is one of them.
    std::optional<Interval> y_over_f =
        TimesReciprocal(domains_[y], domains_[f]);
    if (y_over_f) {
      if (!NarrowLocal(x, *y_over_f)) return false;
      if (x == y || x == f) y_over_f.reset();
    } else if (auto quotient = Divide(domains_[y], domains_[f])) {
      if (!NarrowLocal(x, *quotient)) return false;
    }
    const Interval& xs = domains_[x];
    const Interval& ys = domains_[y];
    const Interval& fs = domains_[f];
    if ((xs.whole() || ys.whole()) && xs.bounded() && ys.bounded() &&
        fs.bounded()) {
      if (x == y || x == f) {
        y_over_f = TimesReciprocal(ys, fs);
      }
      if (ProportionHoldsGiven(xs, ys, fs, y_over_f, work_,
                               kProductCandidates) == Decision::kNo) {
        return false;
      }
    }
    return true;
  }

  // y = f x where a linear constraint also holds y and x, as a y + b x + the
  // rest in R: then (a f + b) x = R - the rest, which bounds x when f is
  // bounded, even where y and x are not (a rise of 1,200 that is also a
  // rise of 8 percent: 0.08 x = 1,200). Interval propagation alone cannot
  // see it, since it treats the two constraints apart. Applied when x or y
  // is unbounded, which is where the plain revise learns nothing.
  bool Substitute(int c, int y, int f, int x) {
    if (domains_[x].bounded() && domains_[y].bounded()) return true;
    for (int n = pairing_start_[c]; n < pairing_start_[c + 1]; ++n) {
      const SearchLayout::Pairing& p = pairings_[n];
      const Constraint& linear = *constraints_[p.linear];
      const int* at = &at_[at_start_[p.linear]];
      EndSum lower, upper;
      for (size_t k = 0; k < linear.terms.size(); ++k) {
        if (static_cast<int>(k) == p.y_term || static_cast<int>(k) == p.x_term)
          continue;
        const Interval term =
            domains_[at[k]].Scale(linear.terms[k].coefficient);
        lower.Add(term.lower());
        upper.Add(term.upper());
      }
      const Interval rest = Minus(linear.range, lower.Total(), upper.Total());
      const Interval factor =
          domains_[f]
              .Scale(linear.terms[p.y_term].coefficient)
              .Plus(Interval::Point(linear.terms[p.x_term].coefficient));
      if (const std::optional<Interval> q = Divide(rest, factor)) {
        if (!NarrowLocal(x, *q)) return false;
      }
    }
    return true;
  }

  // Narrows domain `i` to `to`, its ends loosened to kEndBits bits when
  // longer; a narrowing worth it (Significant) is kept on the trail and
  // wakes the constraints watching `i`, but the one being revised.
  bool NarrowLocal(int i, const Interval& to) {
    // Nothing to narrow (loosening `to` would only widen it).
    if (Untouched(domains_[i], to)) return true;
    Interval narrowed = Long(to) ? domains_[i].Intersect(Loosened(to))
                                 : domains_[i].Intersect(to);
    if (narrowed.empty()) return false;
    if (!Significant(domains_[i], narrowed)) return true;
    Trail(i);
    domains_[i] = std::move(narrowed);
    for (int w = watch_start_[i]; w < watch_start_[i + 1]; ++w) {
      if (watch_[w] != current_) Enqueue(watch_[w]);
    }
    return true;
  }

  // Whether `c` holds exactly with every variable at its (single) value;
  // `at` holds the index here of each term's variable (or of y, f and x).
  bool HoldsExactly(const Constraint& c, const int* at) const {
    auto value = [&](int i) -> const Rational& {
      return domains_[at[i]].lower()->value;
    };
    if (c.shape == Constraint::Shape::kLinear) {
      Rational sum = 0;
      for (size_t i = 0; i < c.terms.size(); ++i)
        sum += c.terms[i].coefficient * value(static_cast<int>(i));
      return c.range.Contains(sum);
    }
    return value(2) > 0 && value(0) == value(1) * value(2);
  }

  const SearchLayout& layout_;
  const WorkContext work_;
  // The layout's vectors, read in every revise: their data here, one load
  // away.
  const Constraint* const* const constraints_;
  const size_t num_constraints_;
  const int* const at_;
  const int* const at_start_;
  const int* const watch_;
  const int* const watch_start_;
  const SearchLayout::Pairing* const pairings_;
  const int* const pairing_start_;
  std::vector<Interval> domains_;
  // ReviseLinear's scratch: the terms scaled by their coefficients, and
  // each term's values (a domain, or one of scaled_). A search makes its own
  // propagator, so these are held in place up to a size most constraints
  // and components keep within, instead of allocated for each search.
  absl::InlinedVector<Interval, 8> scaled_;
  absl::InlinedVector<const Interval*, 8> terms_;
  // Constraints to revise: queue_[queue_head_] on, each once (queued_).
  absl::InlinedVector<int, 16> queue_;
  size_t queue_head_ = 0;
  absl::InlinedVector<bool, 16> queued_;
  std::vector<std::pair<int, Interval>> trail_;
  int current_ = -1;  // the constraint being revised
  bool stopped_ = false;
};

// The depth-first search over a Propagator's domains: split a variable,
// propagate each branch, backtrack when one fails, until a witness is found
// or every branch has failed.
class Search {
 public:
  Search(const SearchLayout& layout, WorkContext work,
         const Overrides& overrides)
      : model_(layout.model), work_(work), box_(layout, work, overrides) {}
  // The same over a layout made for this one search (Propagator's).
  Search(SearchLayout* once, WorkContext work, const Overrides& overrides)
      : model_(once->model), work_(work), box_(once, work, overrides) {}

  // The propagator's domains, moved out once the search has run
  // (Propagator::TakeDomains).
  std::vector<Interval> TakeDomains() { return box_.TakeDomains(); }

  // Leaves a consistent result's witness empty: the caller reads only the
  // outcome (the search is the same, step for step).
  Search& WithoutWitness() {
    witness_wanted_ = false;
    return *this;
  }

  SolveResult Run() {
    for (const Interval& d : box_.domains()) {
      if (d.empty()) return Conflict();
    }
    std::vector<ChoicePoint> stack;
    bool ok = box_.PropagateAll();
    while (true) {
      if (box_.stopped()) return Stopped();
      if (ok) {
        const int v = PickVar();
        if (v < 0) {
          if (box_.Verified()) return Witness();
        } else {
          stack.push_back({v, Branches(v), 0, box_.mark()});
        }
      }
      switch (NextBranch(&stack, &ok)) {
        case Next::kTried:
          break;
        case Next::kNoneLeft:
          // Every branch failed: a conflict, unless some domain was not
          // covered.
          return incomplete_ ? Stopped() : Conflict();
        case Next::kOutOfWork:
          return Stopped();
      }
    }
  }

 private:
  // A variable split into branches, and the branches tried so far.
  struct ChoicePoint {
    int var;
    std::vector<Interval> branches;
    size_t next = 0;
    size_t mark;  // the box's trail before the first branch
  };

  enum class Next { kTried, kNoneLeft, kOutOfWork };

  // Tries the next untried branch of the deepest choice point, backtracking
  // past those whose branches are all tried; `*ok` says whether the branch
  // survived propagation. Each branch is charged one step.
  Next NextBranch(std::vector<ChoicePoint>* stack, bool* ok) {
    while (!stack->empty()) {
      ChoicePoint& top = stack->back();
      box_.Undo(top.mark);
      if (top.next == top.branches.size()) {
        stack->pop_back();
        continue;
      }
      if (!work_.Charge(1) || box_.mark() > kMaxTrail) return Next::kOutOfWork;
      *ok = box_.Assign(top.var, top.branches[top.next++]);
      return Next::kTried;
    }
    return Next::kNoneLeft;
  }

  // The variable to split: whole-number ones with the fewest values first,
  // then unbounded whole-number ones, then real-valued ones, each in order.
  int PickVar() const {
    int best = -1;
    int best_rank = 3;
    Rational best_size;
    const std::vector<Interval>& domains = box_.domains();
    for (size_t i = 0; i < domains.size(); ++i) {
      const Interval& d = domains[i];
      if (d.IsPoint()) continue;
      const int rank = d.whole() ? (d.bounded() ? 0 : 1) : 2;
      const Rational size = rank == 0
                                ? Rational(d.upper()->value - d.lower()->value)
                                : Rational(0);
      if (best < 0 || rank < best_rank ||
          (rank == 0 && best_rank == 0 && size < best_size)) {
        best = static_cast<int>(i);
        best_rank = rank;
        best_size = size;
      }
    }
    return best;
  }

  // The value to try first, then the values below it and above it.
  std::vector<Interval> Branches(int i) {
    const Interval& d = box_.domains()[i];
    const std::optional<Rational> p = SplitValue(i);
    if (!p) {
      incomplete_ = true;
      return {Interval::Point(
          SimpleValue(d, model_.variables()[box_.var(i)].printed))};
    }
    std::vector<Interval> out = {Interval::Point(*p)};
    if (d.whole()) {
      out.push_back(d.Intersect(Interval::AtMost(*p - 1)));
      out.push_back(d.Intersect(Interval::AtLeast(*p + 1)));
    } else {
      out.push_back(d.Intersect(Interval::AtMost(*p, /*open=*/true)));
      out.push_back(d.Intersect(Interval::AtLeast(*p, /*open=*/true)));
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const Interval& b) { return b.empty(); }),
              out.end());
    return out;
  }

  // Where to split domain `i`: its printed value, or the simplest number in
  // it. For a real-valued domain the value is rounded to kEndBits
  // significant bits, so that splitting a domain again and again (toward a
  // limit no simple value reaches) cannot make its ends grow without bound;
  // nullopt when the domain is too narrow for that (it is then tried at its
  // simplest value alone, and the search is incomplete).
  std::optional<Rational> SplitValue(int i) const {
    const Interval& d = box_.domains()[i];
    const Rational p = SimpleValue(d, model_.variables()[box_.var(i)].printed);
    if (d.whole() || !Long(p)) return p;
    Rational q = BoundedBits(p, kEndBits, /*up=*/false);
    if (!d.Contains(q)) q = BoundedBits(p, kEndBits, /*up=*/true);
    if (!d.Contains(q)) return std::nullopt;
    return q;
  }

  SolveResult Conflict() const {
    SolveResult r;
    r.outcome = Outcome::kInconsistent;
    return r;
  }
  SolveResult Stopped() const {
    SolveResult r;
    r.outcome = Outcome::kUndecided;
    r.stop = work_.spent() == WorkBudget::Spent::kNo ? WorkBudget::Spent::kSteps
                                                     : work_.spent();
    return r;
  }
  SolveResult Witness() const {
    SolveResult r;
    r.outcome = Outcome::kConsistent;
    if (!witness_wanted_) return r;
    const std::vector<Interval>& domains = box_.domains();
    for (size_t i = 0; i < domains.size(); ++i)
      r.witness.emplace(box_.var(static_cast<int>(i)),
                        domains[i].lower()->value);
    return r;
  }

  const ArticleModel& model_;
  const WorkContext work_;
  Propagator box_;
  bool incomplete_ = false;  // some Branches did not cover their domain
  bool witness_wanted_ = true;
};

}  // namespace

std::vector<bool> AllGroups(const ArticleModel& model) {
  int groups = 0;
  for (const Constraint& c : model.constraints())
    groups = std::max(groups, c.group + 1);
  return std::vector<bool>(groups, true);
}

std::vector<int> ConstraintsOf(const ArticleModel& model,
                               const std::vector<bool>& groups) {
  std::vector<int> out;
  for (size_t c = 0; c < model.constraints().size(); ++c) {
    const int g = model.constraints()[c].group;
    if (g >= 0 && g < static_cast<int>(groups.size()) && groups[g])
      out.push_back(static_cast<int>(c));
  }
  return out;
}

std::shared_ptr<const SearchLayout> LayOut(const ArticleModel& model,
                                           const std::vector<bool>& groups) {
  return std::make_shared<const SearchLayout>(model,
                                              ConstraintsOf(model, groups));
}

SolveResult Solve(const SearchLayout& layout, WorkContext work,
                  const Overrides& overrides) {
  return Search(layout, work, overrides).Run();
}

SolveResult Solve(const ArticleModel& model, const std::vector<bool>& groups,
                  WorkContext work, const Overrides& overrides) {
  SearchLayout layout(model, ConstraintsOf(model, groups));
  return Search(&layout, work, overrides).Run();
}

SolveResult SolveConstraints(const ArticleModel& model,
                             const std::vector<int>& constraints,
                             WorkContext work) {
  SearchLayout layout(model, constraints);
  return Search(&layout, work, {}).WithoutWitness().Run();
}

ComponentSolver::ComponentSolver(const ArticleModel& model) : model_(model) {}
ComponentSolver::~ComponentSolver() = default;

SolveResult ComponentSolver::Solve(absl::Span<const int> constraints,
                                   WorkContext work) {
  if (layout_ == nullptr) {
    layout_ = std::make_unique<SearchLayout>(model_, constraints);
  } else {
    layout_->Reuse(constraints);
  }
  Search search(layout_.get(), work, {});
  SolveResult r = search.WithoutWitness().Run();
  layout_->domains = search.TakeDomains();
  return r;
}

std::optional<std::vector<Interval>> Narrow(const ArticleModel& model,
                                            const std::vector<bool>& groups,
                                            WorkContext work,
                                            const Overrides& overrides) {
  SearchLayout layout(model, ConstraintsOf(model, groups));
  Propagator box(&layout, work, overrides);
  if (!box.PropagateAll()) return std::nullopt;
  return box.ModelDomains();
}

std::optional<Interval> Narrow(const SearchLayout& layout, WorkContext work,
                               const Overrides& overrides, VarId var) {
  Propagator box(layout, work, overrides);
  if (!box.PropagateAll()) return std::nullopt;
  return box.ModelDomain(var);
}

namespace {

// Search steps one ImpliedRange may take, of the request's budget.
constexpr int64_t kImpliedRangeSteps = 50'000;

// A number with as few significant digits as may be strictly between `a`
// and `b` (a < b): the round numbers an implied range's ends are probed at.
Rational SimpleBetween(const Rational& a, const Rational& b) {
  const Rational middle = (a + b) / 2;
  // The largest power of ten not above b - a, then finer ones.
  int p = 0;
  const Rational width = b - a;
  while (Pow10(p) <= width && p < 60) ++p;
  while (Pow10(p) > width && p > -60) --p;
  for (int q = p; q >= p - 12; --q) {
    const Rational unit = Pow10(q);
    const Rational v = Rational(Floor(middle / unit + Rational(1, 2))) * unit;
    if (a < v && v < b) return v;
  }
  return middle;
}

// One end of ImpliedRange: `feasible` is a value `var` takes in a solution;
// `beyond` (when set) one it proved no solution reaches or passes. `upper`
// says which end. Returns the end, as an Endpoint, or nullopt when the
// solutions reach without bound that way.
std::optional<Endpoint> ImpliedEnd(const SearchLayout& layout, VarId var,
                                   const Interval& outer, Rational feasible,
                                   std::optional<Rational> beyond, bool upper,
                                   WorkContext work, int max_solves) {
  const bool whole = outer.whole();
  // The solutions with `var` at `t` or beyond it.
  auto probe = [&](const Rational& t) {
    const Interval past = upper ? Interval::AtLeast(t) : Interval::AtMost(t);
    return Search(layout, work, {{var, outer.Intersect(past)}}).Run();
  };
  auto toward = [upper](const Rational& a, const Rational& b) {
    return upper ? a > b : a < b;  // a is further out than b
  };
  int solves = 0;
  if (!beyond) {
    // No bound from propagation: step out, a thousandfold at a time, until
    // the solutions stop; past 10^30 they are taken to have no bound.
    Rational step = abs(feasible) > 1 ? abs(feasible) : Rational(1);
    while (solves < max_solves && step < Pow10(30)) {
      const Rational t = upper ? feasible + step : feasible - step;
      const SolveResult r = probe(t);
      ++solves;
      if (r.outcome == Outcome::kInconsistent) {
        beyond = t;
        break;
      }
      if (r.outcome != Outcome::kConsistent) return std::nullopt;
      feasible = r.witness.at(var);
      step *= 1000;
    }
    if (!beyond) return std::nullopt;
  }
  // Bisect between `feasible` and `beyond`, at round numbers.
  while (solves < max_solves) {
    const Rational gap = abs(*beyond - feasible);
    if (whole ? gap <= 1 : gap * 100000 <= abs(feasible)) break;
    if (gap == 0) break;
    const Rational t = whole   ? Rational(Floor((*beyond + feasible) / 2))
                       : upper ? SimpleBetween(feasible, *beyond)
                               : SimpleBetween(*beyond, feasible);
    if (!toward(t, feasible) || !toward(*beyond, t)) break;
    const SolveResult r = probe(t);
    ++solves;
    if (r.outcome == Outcome::kInconsistent) {
      beyond = t;
    } else if (r.outcome == Outcome::kConsistent) {
      feasible = r.witness.at(var);
    } else {
      break;
    }
  }
  if (whole && abs(*beyond - feasible) <= 1) return Endpoint{feasible, false};
  return Endpoint{*beyond, true};
}

}  // namespace

Interval ImpliedRange(const ArticleModel& model,
                      const std::vector<int>& constraints, VarId var,
                      WorkContext request, int max_solves) {
  // A share of the request's budget: tightening a range may be cut short.
  WorkBudget share(request.budget, kImpliedRangeSteps);
  const WorkContext work{&share};
  const SearchLayout layout(model, constraints);
  Propagator box(layout, work, {});
  if (!box.PropagateAll()) {
    return work.spent() == WorkBudget::Spent::kNo
               ? Interval::Empty()
               : model.variables()[var].domain;
  }
  const Interval outer = box.ModelDomains()[var];
  if (outer.IsPoint()) return outer;
  const SolveResult first = Search(layout, work, {}).Run();
  if (first.outcome == Outcome::kInconsistent) return Interval::Empty();
  if (first.outcome != Outcome::kConsistent || !first.witness.count(var))
    return outer;
  const Rational& w = first.witness.at(var);
  auto end = [&](const std::optional<Endpoint>& e,
                 bool upper) -> std::optional<Endpoint> {
    std::optional<Rational> beyond;
    if (e) {
      // The bound itself may be reached: then it is the end.
      if (!e->open && e->value != w) {
        const SolveResult at =
            Search(layout, work, {{var, Interval::Point(e->value)}}).Run();
        if (at.outcome == Outcome::kConsistent) return e;
      }
      if (e->value == w) return e;
      beyond = e->value;
    }
    std::optional<Endpoint> found =
        ImpliedEnd(layout, var, outer, w, beyond, upper, work, max_solves);
    // Never looser than propagation's bound.
    if (!found) return e;
    if (e && (upper ? found->value > e->value : found->value < e->value))
      return e;
    return found;
  };
  const std::optional<Endpoint> lower = end(outer.lower(), false);
  const std::optional<Endpoint> upper = end(outer.upper(), true);
  Interval range = Interval::Of(lower, upper);
  return outer.whole() ? range.WholeNumbers() : range;
}

ComponentList ListComponents(const ArticleModel& model) {
  const int groups = static_cast<int>(AllGroups(model).size());
  std::vector<int> parent(groups);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int g) {
    while (parent[g] != g) g = parent[g] = parent[parent[g]];
    return g;
  };
  std::vector<int> owner(model.variables().size(), -1);
  std::vector<bool> used(groups, false);
  for (const Constraint& c : model.constraints()) {
    if (c.group < 0) continue;
    used[c.group] = true;
    auto join = [&](VarId v) {
      if (owner[v] < 0) {
        owner[v] = c.group;
      } else {
        const int a = find(owner[v]), b = find(c.group);
        // The smaller group is the root, so roots come in order.
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      }
    };
    // Each variable of c (Constraint::Vars, without making its list: the
    // sets joined do not depend on the order).
    if (c.shape == Constraint::Shape::kProduct) {
      join(c.y);
      join(c.f);
      join(c.x);
    } else {
      for (const LinearTerm& t : c.terms) join(t.var);
    }
  }
  // Each component numbered by its first group, and its size counted;
  // then its groups, in increasing order, from where it starts.
  ComponentList out;
  std::vector<int> index(groups, -1);
  std::vector<int> sizes;
  int members = 0;
  for (int g = 0; g < groups; ++g) {
    if (!used[g]) continue;
    const int root = find(g);
    if (index[root] < 0) {
      index[root] = static_cast<int>(sizes.size());
      sizes.push_back(0);
    }
    ++sizes[index[root]];
    ++members;
  }
  out.start.resize(sizes.size() + 1);
  for (size_t k = 0; k < sizes.size(); ++k)
    out.start[k + 1] = out.start[k] + sizes[k];
  out.groups.resize(members);
  std::vector<int> next(out.start.begin(), out.start.end() - 1);
  for (int g = 0; g < groups; ++g) {
    if (used[g]) out.groups[next[index[find(g)]]++] = g;
  }
  return out;
}

}  // namespace claimcheck
