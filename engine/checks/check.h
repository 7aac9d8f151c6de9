// What every kind of check is: a small value naming the kind of claim it
// handles, a function that validates the claim's shape, and a function that
// checks it. Each check lives in its own file in this folder and is built by a
// factory; registry.cc lists them all, in one place.
//
//   Check TotalCheck() {
//     return {v1::Claim::kTotal, "total", &ValidateTotal, &RunTotal,
//             &ConstrainTotal};
//   }
//
// A check reports what it finds as data in the ClaimResult (discrepancies and
// implied values); the engine derives the verdict from them. Validation
// records request errors (a claim with no parts) so that nothing is checked
// when the request cannot be read.
#ifndef CLAIMCHECK_ENGINE_CHECKS_CHECK_H_
#define CLAIMCHECK_ENGINE_CHECKS_CHECK_H_

#include <algorithm>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "engine/numbers/budget.h"
#include "engine/reading/figure.h"
#include "engine/reading/request_error.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class ArticleModel;
class Diagnosis;

// The request's figures by id, read and valid. A claim whose figures are in
// different units of one dimension sees them through a view of its own
// (conversion.h), in which converted copies stand for them.
class FigureTable {
 public:
  FigureTable() = default;
  // A view of `base`: the figures added to it stand for base's with the same
  // ids. `base` must outlive it.
  explicit FigureTable(const FigureTable* base) : base_(base) {}
  FigureTable(const FigureTable&) = delete;
  FigureTable& operator=(const FigureTable&) = delete;

  // Room for `n` figures, made at once (a long article's table is then not
  // rehashed as it grows, and its figures take a few large allocations).
  void Reserve(size_t n) {
    figures_.reserve(n);
    reserved_ = std::max(reserved_, n);
  }
  // Taken by rvalue reference: a figure is large (some ten exact numbers),
  // and each move and destruction of one costs a hundred instructions and
  // more. A figure with the id of one added before takes its place.
  void Add(Figure&& figure) {
    // One look-up: the id's entry, made empty when it is new. An entry
    // there already keeps its key, a view of the same text in the proto of
    // the figure added first, which lives as long as this one's.
    const auto [it, added] = figures_.try_emplace(figure.id(), nullptr);
    if (it->second != nullptr) {
      *it->second = std::move(figure);
      return;
    }
    if (next_ != nullptr) {
      // The place Next gave, not kept: this figure takes it.
      *next_ = std::move(figure);
      it->second = next_;
      next_ = nullptr;
      next_entry_ = nullptr;
      return;
    }
    it->second = &blocks_[Room()].emplace_back(std::move(figure));
  }
  // A default figure in the place the figure with `id` is to be kept, to be
  // read in place instead of read elsewhere and moved in; nullptr when `id`
  // is known here already (Known). From here on `id` is known, but its
  // figure is not in the table until KeepNext; asked again before that, the
  // place is made default again for the next id. The table keeps a view of
  // `id`, so it must outlive the table: the figure proto's own id.
  Figure* Next(const std::string& id) {
    const auto [it, added] = figures_.try_emplace(id, nullptr);
    if (!added) return nullptr;
    // No id is added between here and KeepNext, so the entry stays put.
    next_entry_ = &it->second;
    if (next_ != nullptr) {
      *next_ = Figure();
    } else {
      next_ = &blocks_[Room()].emplace_back();
    }
    return next_;
  }
  // Puts the figure Next gave in the table, under its id.
  void KeepNext() {
    *next_entry_ = next_;
    next_ = nullptr;
    next_entry_ = nullptr;
  }
  // Whether `id` was given to Next or Add: the ids of the figures here and
  // of those Next was asked for and that were not kept (that could not be
  // read).
  bool Known(absl::string_view id) const { return figures_.contains(id); }
  // The figure added here with `id`, to complete it, or nullptr.
  Figure* Mutable(const std::string& id) {
    auto it = figures_.find(id);
    return it == figures_.end() ? nullptr : it->second;  // maybe nullptr
  }
  // A figure message that lives as long as the table, for a figure made of
  // something else than a printed figure (a quantity of the request).
  v1::Figure* NewProto() { return &protos_.emplace_back(); }
  // The figure with `id`, or nullptr when `id` is empty or unknown. Finds
  // the request's quantities too (Figure::quantity).
  const Figure* Find(const std::string& id) const {
    auto it = figures_.find(id);
    if (it != figures_.end() && it->second != nullptr) return it->second;
    return base_ == nullptr ? nullptr : base_->Find(id);
  }
  // Calls `f` with each figure added here (not base's), in no particular
  // order.
  template <typename F>
  void ForEachOwn(F f) const {
    for (const std::vector<Figure>& block : blocks_) {
      for (const Figure& figure : block) {
        if (&figure != next_) f(figure);
      }
    }
  }
  // The figures claim `index` sees: its view, or this table.
  const FigureTable& ForClaim(int index) const {
    if (views_.empty()) return *this;
    auto it = views_.find(index);
    return it == views_.end() ? *this : *it->second;
  }
  // Gives claim `index` a view of this table.
  void SetClaimView(int index, std::unique_ptr<FigureTable> view) {
    views_[index] = std::move(view);
  }

 private:
  // The index of a block with room for one more figure, made when the last
  // has none. Within a block's room no figure already added moves.
  size_t Room() {
    if (blocks_.empty() || blocks_.back().size() == blocks_.back().capacity()) {
      size_t room;
      if (reserved_ > 0) {
        room = std::min(reserved_, kMostPerBlock);
        reserved_ -= room;
      } else {
        room = blocks_.empty()
                   ? 2
                   : std::min<size_t>(2 * blocks_.back().capacity(), 256);
      }
      blocks_.emplace_back().reserve(room);
    }
    return blocks_.size() - 1;
  }

  // The most figures a block is made with (about 1.2 MB of them). A block of
  // a 10,000-claim article's 30,000 figures in one would be 8.6 MB, past
  // jemalloc's oversize threshold (8 MiB): an allocation that large is given
  // back to the system as soon as it is freed, and every request then faults
  // its pages in again, one by one (some 2,500 page faults a check of that
  // article; about 130 in blocks).
  static constexpr size_t kMostPerBlock = 4096;

  // The figures, in blocks that are never filled past the room they were
  // made with, so that a figure stays where it is (the checks keep pointers
  // to figures): first the room Reserve asked for, then blocks of twice the
  // last one's room, at most 256 figures.
  std::vector<std::vector<Figure>> blocks_;
  size_t reserved_ = 0;            // room asked for and not yet made
  Figure* next_ = nullptr;         // Next's, until kept
  Figure** next_entry_ = nullptr;  // its entry in figures_
  // Each figure by its id, a view of its proto's: the request's, or one of
  // protos_, which outlive the table; nullptr for an id Next was given
  // whose figure was not kept.
  absl::flat_hash_map<absl::string_view, Figure*> figures_;
  const FigureTable* base_ = nullptr;
  absl::flat_hash_map<int, std::unique_ptr<FigureTable>> views_;
  std::deque<v1::Figure> protos_;
};

// A claim's reference to a figure that measures its quantity in its unit
// (a total and its parts, not a share's percent): `path` is the field's
// path in the claim's kind with "[]" where `index` goes ("parts[].figure_id"
// of a total, index 2), or with no "[]" and index -1 ("part_id" of a share).
struct MeasuredRef {
  absl::string_view path;
  int index;
  const std::string* id;
};

struct Check {
  // The kind of claim this check handles.
  v1::Claim::KindCase kind;
  // The kind's name in codes and messages: "total", "share".
  absl::string_view name;
  // Records in `errors` what makes `claim` unreadable; `path` is the claim's
  // field path ("claims[3]"). Figure references are validated by the engine;
  // `figures` holds those that could be read, for claims that need a field of
  // their figures (a rate needs its figure's rate_per).
  void (*validate)(const v1::Claim& claim, const std::string& path,
                   const FigureTable& figures, RequestErrors* errors);
  // Checks `claim` against `figures` into `result`, charging its searches to
  // `work`.
  void (*run)(const v1::Claim& claim, const FigureTable& figures,
              WorkContext work, v1::ClaimResult* result);
  // Optional: says what `claim` means as constraints over the true values of
  // its figures (engine/model/model.h), so the article-level check can hold
  // every claim together. Adds nothing when the claim cannot be checked (a
  // figure it needs is missing); a kind without it is left to its own verdict.
  void (*constrain)(const v1::Claim& claim, const FigureTable& figures,
                    ArticleModel* model) = nullptr;
  // Optional, for the diagnosis of a conflict that `claim` is in
  // (diagnosis.h): the corrections of `figure`, one of the conflict's
  // figures, that this kind of claim suggests beyond the slips of any printed
  // figure. A total that counts a part twice is corrected to its parts' sum.
  void (*figure_readings)(const v1::Claim& claim, const FigureTable& figures,
                          const Figure& figure, Diagnosis* diagnosis) = nullptr;
  // Optional, likewise: the readings of the claim itself, tried by rewriting
  // it. A change with its direction word reversed, percent for percentage
  // points, or measured from the later value.
  void (*claim_readings)(const v1::Claim& claim, const FigureTable& figures,
                         Diagnosis* diagnosis) = nullptr;
  // Optional: adds to `refs` the references of `claim` whose figures measure
  // one quantity, so must be of one dimension, and are converted into one
  // unit before `run` and `constrain` see them (conversion.h). A kind
  // without it relates figures of any units as printed.
  void (*measured)(const v1::Claim& claim, const FigureTable& figures,
                   std::vector<MeasuredRef>* refs) = nullptr;
};

// Every check, in the order of docs/spec.md's kinds. Defined in registry.cc.
const std::vector<Check>& AllChecks();

// The check of claims of `kind`, or nullptr when there is none.
const Check* CheckFor(v1::Claim::KindCase kind);

// Helpers for the checks' results.

// Adds a discrepancy of `severity` with `code` ("total.sum_mismatch") and a
// one-sentence `message`, and the figures involved.
v1::Discrepancy* AddDiscrepancy(v1::ClaimResult* result, v1::Severity severity,
                                std::string code, std::string message,
                                const std::vector<const Figure*>& figures);

// Reports the claim not checkable because the roles in `missing` have no
// figure ("from", "to").
void AddMissing(v1::ClaimResult* result, absl::string_view kind,
                const std::vector<std::string>& missing, std::string message);

// Adds the implied value of an unstated figure.
void AddImplied(v1::ClaimResult* result, std::string role,
                std::string description, const Interval& range);

// Sets the discrepancy's stated/implied ranges and gap from printed values.
void SetGap(v1::Discrepancy* d, const Interval& stated, const Interval& implied,
            const Rational& stated_value, const Rational& implied_value);

// Reports the claim not checkable because deciding it would exceed the
// engine's work budget (code "<kind>.undecided").
void AddUndecided(v1::ClaimResult* result, absl::string_view kind,
                  const std::vector<const Figure*>& figures);

// " (62.5 to 63.5 allowing for rounding)" when `implied` holds more than one
// value, with at most `max_decimals` decimals; "" otherwise.
std::string AllowingForRounding(const Interval& implied, int max_decimals = 4);

// Names as a message lists them: "Denver", "Denver and Seattle", "Denver,
// Seattle and Boston"; "" for none.
std::string Listed(const std::vector<std::string>& names);

// The values an unstated figure of a proportion (a part, a numerator, a
// count) may take: at least 0, whole numbers when `other`, the figure it is
// measured against, is a count.
Interval UnstatedLike(const Figure* other);

// For y = m x (a part of a base, a numerator of a denominator, a count of a
// population) with exactly one of `x` and `y` unstated (nullptr): the values
// the unstated one may take, whole numbers when the stated one is a count.
// Empty when none fits.
Interval ImpliedUnstated(const Figure* x, const Figure* y, const Interval& m,
                         WorkContext work);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_CHECK_H_
