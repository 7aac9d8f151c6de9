#include "engine/article/suspects.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/article/article.h"
#include "engine/checks/diagnosis.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

// The order in which slips that change as many characters are preferred:
// the more specific and the more common first. Two swapped digits are the
// commonest slip of the keyboard and have few variants; the readings of a
// claim's wording (percent for points, the wrong base, the direction, "times
// more") are one alternative each and the commonest slips of reasoning; a
// doubled digit, a power of ten, a digit typed as its neighbour and a dropped
// digit have more and more variants (a digit may be put back anywhere, as
// any of ten), so that a fit among them is likelier to be chance; a total's
// readings come last.
int SlipRank(v1::Cause cause) {
  static constexpr v1::Cause kOrder[] = {
      v1::CAUSE_DIGITS_TRANSPOSED, v1::CAUSE_PERCENT_VS_POINTS,
      v1::CAUSE_WRONG_BASE,        v1::CAUSE_DIRECTION_REVERSED,
      v1::CAUSE_TIMES_MORE,        v1::CAUSE_DIGIT_DOUBLED,
      v1::CAUSE_POWER_OF_TEN,      v1::CAUSE_NEIGHBOURING_KEY,
      v1::CAUSE_DIGIT_DROPPED,     v1::CAUSE_PART_COUNTED_TWICE,
      v1::CAUSE_PART_MISSING,      v1::CAUSE_SUBTOTAL_AS_TOTAL};
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (kOrder[i] == cause) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder)) + static_cast<int>(cause);
}

// Causes that a claim's own finding gives to its wording.
bool WordingCause(v1::Cause cause) {
  return cause == v1::CAUSE_PERCENT_VS_POINTS ||
         cause == v1::CAUSE_WRONG_BASE ||
         cause == v1::CAUSE_DIRECTION_REVERSED || cause == v1::CAUSE_TIMES_MORE;
}

struct Candidate {
  const Figure* figure = nullptr;
  std::string text;  // corrected
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  int edits = 1;
  std::string explanation;
  std::string claim_id;  // for a slip in a claim's wording
  int64_t position = 0;
  int index = 0;  // the figure's place in the request
  // It fits only because it is rounded more coarsely than the figure was
  // printed (AsPreciseAsPrinted): weaker evidence than a real slip.
  bool coarse = false;
  // The reading that the claim's own finding gives as its cause.
  bool owned = false;
  // How far its value is from the middle of the values the figure may take
  // for the conflicting claims to hold: among one figure's slips alike, the
  // one nearer the middle first ("36.4" rather than "26.4" for "6.4").
  Rational off_center;
  bool known() const { return cause != v1::CAUSE_UNSPECIFIED; }
  // What candidates are sorted by; the value and the texts are compared
  // where they are, not copied for every comparison.
  auto Key() const {
    return std::tuple<int, int, int, int, int, int64_t, int, const Rational&,
                      const std::string&, const std::string&>(
        known() ? 0 : 1, owned ? 0 : 1, coarse ? 1 : 0, edits, SlipRank(cause),
        position, index, off_center, text, claim_id);
  }
};

bool Same(const std::optional<Endpoint>& a, const std::optional<Endpoint>& b) {
  return a.has_value() == b.has_value() &&
         (!a || (a->value == b->value && a->open == b->open));
}

bool Same(const Interval& a, const Interval& b) {
  return a.empty() == b.empty() && a.whole() == b.whole() &&
         Same(a.lower(), b.lower()) && Same(a.upper(), b.upper());
}

// What `f` would stand for if printed with value `v`, as it prints values.
Interval PrintedAs(const Figure& f, const Rational& v) {
  return IntervalOfText(f, TextFor(f, v));
}

// Everything that tries corrections on one component: the slips of every
// figure in a conflict, the readings each claim's check proposes (through the
// Diagnosis it is handed), and, when none fits, the values the figures would
// need.
class Suspects : public Diagnosis {
 public:
  Suspects(ArticleContext* ctx, const std::vector<int>& component,
           const std::vector<std::vector<int>>& conflicts,
           const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results)
      : ctx_(*ctx), component_(component) {
    std::set<int> claims;
    for (const auto& set : conflicts) claims.insert(set.begin(), set.end());
    claims_.assign(claims.begin(), claims.end());
    // What each claim's own finding blames on its wording.
    for (int c : claims_) {
      if (c >= results.size()) continue;
      for (const v1::Discrepancy& d : results.Get(c).discrepancies()) {
        if ((d.severity() == v1::SEVERITY_ERROR ||
             d.severity() == v1::SEVERITY_WARNING) &&
            WordingCause(d.cause())) {
          owned_[c] = d.cause();
          break;
        }
      }
    }
  }

  std::vector<Candidate> Find() {
    const std::vector<const Figure*> figures = ctx_.FiguresOf(claims_);
    for (const Figure* f : figures) {
      Slips(*f, ctx_.Needed(*f, claims_));
      for (int c : claims_) FigureReadings(c, *f);
    }
    for (int c : claims_) ClaimReadings(c);
    // The values no slip explains are shown only when no slip fits (see
    // RankSuspects), so they are looked for only then.
    if (std::none_of(found_.begin(), found_.end(),
                     [](const Candidate& c) { return c.known(); })) {
      for (const Figure* f : figures) Needed(*f);
    }
    std::sort(found_.begin(), found_.end(),
              [](const Candidate& a, const Candidate& b) {
                return a.Key() < b.Key();
              });
    // One candidate per corrected text of a figure (and wording), the best.
    std::vector<Candidate> out;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (Candidate& c : found_) {
      if (seen.insert({c.figure->id(), c.text, c.claim_id}).second)
        out.push_back(std::move(c));
    }
    return out;
  }

  // Diagnosis, for the claim `asking_`.
  void TryCorrection(Reading reading) override {
    const Figure& f = *reading.figure;
    if (Fixes(f, IntervalOfText(f, reading.text))) Keep(std::move(reading));
  }

  void TryRewritten(const v1::Claim& rewritten, Reading reading) override {
    if (ctx_.DecideRewritten(component_, asking_, rewritten) ==
        Outcome::kConsistent) {
      Keep(std::move(reading));
    }
  }

  std::optional<std::string> NeededText(const Figure& figure) override {
    const std::optional<Candidate> c = NeededValue(figure);
    if (!c) return std::nullopt;
    return c->text;
  }

 private:
  // The corrections of `f` that the check of claim `index` proposes.
  void FigureReadings(int index, const Figure& f) {
    const v1::Claim& claim = ctx_.request.claims(index);
    const Check* check = CheckFor(claim.kind_case());
    if (check == nullptr || check->figure_readings == nullptr) return;
    asking_ = index;
    check->figure_readings(claim, ctx_.figures, f, this);
  }

  // The readings of claim `index` that its check proposes.
  void ClaimReadings(int index) {
    const v1::Claim& claim = ctx_.request.claims(index);
    const Check* check = CheckFor(claim.kind_case());
    if (check == nullptr || check->claim_readings == nullptr) return;
    asking_ = index;
    check->claim_readings(claim, ctx_.figures, this);
  }

  // A reading that makes every claim hold, as a candidate: one edit.
  void Keep(Reading reading) {
    Candidate c = Make(*reading.figure, std::move(reading.text), reading.cause,
                       1, std::move(reading.explanation));
    if (reading.wording) c.claim_id = ctx_.request.claims(asking_).id();
    auto owned = owned_.find(asking_);
    c.owned = owned != owned_.end() && owned->second == c.cause;
    found_.push_back(std::move(c));
  }

  bool Fixes(const Figure& f, const Interval& replaced) {
    const VarId v = ctx_.model.Find(f.id());
    // The conflicting claims first: far fewer than the component, and a
    // correction that leaves them in conflict cannot make all hold.
    return ctx_.Decide(claims_, {{v, replaced}}) == Outcome::kConsistent &&
           ctx_.Decide(component_, {{v, replaced}}) == Outcome::kConsistent;
  }

  Candidate Make(const Figure& f, std::string text, v1::Cause cause, int edits,
                 std::string explanation) const {
    Candidate c;
    c.figure = &f;
    c.text = std::move(text);
    c.cause = cause;
    c.edits = edits;
    c.explanation = std::move(explanation);
    c.position = ctx_.Position(f);
    c.index = ctx_.Index().at(f.id());
    return c;
  }

  // The slips of `f` that make every claim hold. `may` is an outer bound of
  // the values under which the conflicting claims can hold (propagation with
  // `f` free, ArticleContext::Needed): a slip outside it cannot fix them, so
  // it is ruled out at once instead of by a search of the whole component,
  // which is what keeps a long total with one slip fast; most are never
  // even made (SlipList::ForEach).
  void Slips(const Figure& f, const Interval& may) {
    SlipsFor(f)->ForEach(may, [&](const Slip& slip) {
      if (slip.interval.Intersect(may).empty()) return;
      if (!Fixes(f, slip.interval)) return;
      Candidate c =
          Make(f, slip.text, slip.cause, slip.edits, ExplainSlip(f, slip));
      if (may.bounded()) {
        c.off_center =
            abs(slip.value - (may.lower()->value + may.upper()->value) / 2);
      }
      const Interval precise = AsPreciseAsPrinted(f, slip);
      if (!Same(precise, slip.interval) &&
          (precise.Intersect(may).empty() || !Fixes(f, precise))) {
        c.coarse = true;
        absl::StrAppend(&c.explanation, ", though only rounded more coarsely ",
                        "than the article prints it");
      }
      found_.push_back(std::move(c));
    });
  }

  // The value the figure would need, when it alone is wrong, as a candidate.
  void Needed(const Figure& f) {
    if (std::optional<Candidate> c = NeededValue(f))
      found_.push_back(std::move(*c));
  }

  // The value the figure would need, when it alone is wrong; found once.
  std::optional<Candidate> NeededValue(const Figure& f) {
    auto [it, added] = needed_.emplace(f.id(), std::nullopt);
    if (added) it->second = FindNeededValue(f);
    return it->second;
  }

  std::optional<Candidate> FindNeededValue(const Figure& f) {
    const Interval needed = ctx_.Needed(f, component_);
    if (needed.empty()) return std::nullopt;
    Rational target = f.value;
    if (needed.bounded()) {
      target = (needed.lower()->value + needed.upper()->value) / 2;
    } else if (needed.lower() && target < needed.lower()->value) {
      target = needed.lower()->value;
    } else if (needed.upper() && target > needed.upper()->value) {
      target = needed.upper()->value;
    }
    const Rational base = OnDigits(f, target);
    for (int step : {0, 1, -1, 2, -2}) {
      const Rational v = base + step * f.digit_unit;
      if (v == f.value || PrintedAs(f, v).Intersect(needed).empty()) continue;
      if (!Fixes(f, PrintedAs(f, v))) continue;
      const std::string text = TextFor(f, v);
      return Make(f, text, v1::CAUSE_UNSPECIFIED, Edits(f.text(), text),
                  absl::StrCat(f.Named(), " would need to be ", text,
                               " for every claim to hold"));
    }
    return std::nullopt;
  }

  ArticleContext& ctx_;
  const std::vector<int>& component_;
  std::vector<int> claims_;
  // The claim whose check is proposing readings.
  int asking_ = -1;
  // Claim index -> the wording cause its own finding gives.
  std::map<int, v1::Cause> owned_;
  std::vector<Candidate> found_;
  // Figure id -> the value it needs, once looked for.
  std::map<std::string, std::optional<Candidate>> needed_;
};

// Whether two candidates rank alike but for their figures' places: the same
// kind of evidence.
bool Tied(const Candidate& a, const Candidate& b) {
  return a.edits == b.edits && a.cause == b.cause && a.coarse == b.coarse &&
         a.owned == b.owned;
}

// Within each run of candidates that tie, the first candidate of every
// figure before the second of any: the order within a tie says nothing, so
// the first few listed should name as many figures as they can.
void SpreadTies(std::vector<Candidate>* candidates) {
  std::vector<Candidate>& c = *candidates;
  for (size_t begin = 0; begin < c.size();) {
    size_t end = begin + 1;
    while (end < c.size() && Tied(c[end], c[begin])) ++end;
    std::map<std::string, int> seen;
    std::vector<std::pair<int, size_t>> order;  // (figure's nth, place)
    for (size_t i = begin; i < end; ++i) {
      order.push_back({seen[c[i].figure->id() + "/" + c[i].claim_id]++, i});
    }
    std::stable_sort(
        order.begin(), order.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Candidate> run;
    for (const auto& [nth, i] : order) run.push_back(c[i]);
    std::move(run.begin(), run.end(), c.begin() + begin);
    begin = end;
  }
}

// Whether `b` is weaker evidence than `a` in a way that sets `a` apart: it
// fits only coarsely where `a` fits as printed, changes more characters, or
// is a kind of slip with many variants where `a`'s has few. (That the
// claim's own finding gives `a`'s cause ranks `a` first, but is no separate
// evidence: the finding saw the same figures.)
bool Weaker(const Candidate& b, const Candidate& a) {
  if (a.coarse != b.coarse) return b.coarse;
  if (a.edits != b.edits) return b.edits > a.edits;
  return SlipTier(b.cause) > SlipTier(a.cause);
}

// Why `first` stands apart from `second`, in words.
std::string Apart(const Candidate& first, const Candidate& second) {
  if (first.coarse != second.coarse) {
    return "the others fit only rounded more coarsely than printed";
  }
  if (first.edits != second.edits) {
    return "it changes fewer characters";
  }
  return "it is a kind of slip with few variants, and the others are kinds "
         "with many";
}

}  // namespace

Interval AnyValueLike(const Figure& figure) {
  return IsCountUnit(figure.unit) ? Interval::AtLeast(0).WholeNumbers()
                                  : Interval();
}

v1::Diagnosis RankSuspects(
    ArticleContext* ctx, const std::vector<int>& component,
    const std::vector<std::vector<int>>& conflicts,
    const std::vector<int>& conflict_indexes,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    google::protobuf::RepeatedPtrField<v1::Suspect>* out) {
  // Whether this search, not an earlier one, ran out of work.
  const bool ran_out_before = ctx->ran_out;
  ctx->ran_out = false;
  std::vector<Candidate> all =
      Suspects(ctx, component, conflicts, results).Find();
  SpreadTies(&all);
  const bool incomplete = ctx->ran_out;
  ctx->ran_out = ran_out_before || incomplete;

  v1::Diagnosis diagnosis;
  for (int k : conflict_indexes) diagnosis.add_conflict_indexes(k);
  diagnosis.set_incomplete(incomplete);
  std::vector<Candidate> known;
  for (const Candidate& c : all) {
    if (c.known()) known.push_back(c);
  }
  // The list: the best correction of each figure (or wording) first, in
  // rank order, then the others: the suspects are the figures most likely
  // wrong, and another reading of a figure already listed says less than a
  // figure not yet named. Values no slip explains are listed only when no
  // slip fits.
  std::vector<Candidate> ranked;
  std::set<std::pair<std::string, std::string>> named;
  {
    const std::vector<Candidate>& from = known.empty() ? all : known;
    std::vector<Candidate> others;
    for (const Candidate& c : from) {
      if (named.insert({c.figure->id(), c.claim_id}).second) {
        ranked.push_back(c);
      } else {
        others.push_back(c);
      }
    }
    ranked.insert(ranked.end(), others.begin(), others.end());
  }
  // How many of the first tie.
  size_t tied = ranked.empty() ? 0 : 1;
  while (tied < ranked.size() && Tied(ranked[tied], ranked[0])) ++tied;
  if (known.empty() && !all.empty()) tied = all.size();  // needed values tie
  diagnosis.set_tied(tied > 1 ? static_cast<int>(tied) : 0);

  // The confidence of the first, and why.
  v1::Confidence first = v1::CONFIDENCE_UNSPECIFIED;
  std::string reason;
  if (all.empty()) {
    reason = incomplete
                 ? "No correction was found before the search had to stop; "
                   "one may exist."
                 : "No change to one figure makes every claim hold; more than "
                   "one may be wrong.";
  } else if (known.empty()) {
    first = v1::CONFIDENCE_LOW;
    reason = absl::StrCat(
        "No known slip makes every claim hold; the values shown are what ",
        all.size() == 1 ? "the figure" : "each figure", " would need to be",
        all.size() == 1
            ? "."
            : ", and they tie: nothing here tells which figure is wrong, so "
              "they are listed in the order the article prints them.");
  } else if (known[0].coarse) {
    first = v1::CONFIDENCE_LOW;
    reason =
        "The corrections found fit only rounded more coarsely than the "
        "article prints the figure: weak evidence, to check against the "
        "source.";
  } else if (known.size() == 1) {
    first = v1::CONFIDENCE_HIGH;
    reason = "Only one known slip makes every claim hold.";
  } else if (tied > 1) {
    first = known.size() <= 3 ? v1::CONFIDENCE_MEDIUM : v1::CONFIDENCE_LOW;
    reason = absl::StrCat(
        tied,
        " corrections by the same kind of slip make every claim hold "
        "equally well; they are listed in the order the article prints "
        "them, and only the source can tell which is right.");
  } else if (Weaker(known[1], known[0])) {
    // Likelier, but another slip fits too: a chance fit of a slip with
    // many variants is common in an article of many figures.
    first = v1::CONFIDENCE_MEDIUM;
    reason = absl::StrCat(known.size(),
                          " corrections by known slips make every claim "
                          "hold; the first is likelier, as ",
                          Apart(known[0], known[1]),
                          ", but the others fit too: check it against the "
                          "source.");
  } else {
    first = known.size() <= 3 ? v1::CONFIDENCE_MEDIUM : v1::CONFIDENCE_LOW;
    reason = absl::StrCat(
        known.size(),
        " corrections by known slips make every claim hold; the first is the "
        "likelier kind of slip, but the evidence does not set it apart.");
  }
  if (known.size() > 3 && first == v1::CONFIDENCE_LOW) {
    absl::StrAppend(&reason, " With ", known.size(),
                    " to choose from, the ranking is a guess.");
  }
  if (incomplete && !all.empty()) {
    // A candidate left undecided may have been the right one.
    if (first == v1::CONFIDENCE_HIGH) first = v1::CONFIDENCE_MEDIUM;
    absl::StrAppend(&reason,
                    " The search was cut short before every correction was "
                    "tried: one may be missing.");
  }
  diagnosis.set_confidence(first);
  diagnosis.set_confidence_reason(reason);

  // Every figure a correction fits is named, and a tie is listed whole: the
  // order within a tie says nothing, and a figure left out may be as likely
  // as one shown. Then other corrections of the figures named, up to
  // kMaxSuspects in all.
  const size_t listed = std::min(
      ranked.size(),
      std::max<size_t>(
          kMaxSuspects,
          std::min<size_t>(std::max(tied, named.size()), kMaxTiedSuspects)));
  for (size_t i = 0; i < listed; ++i) {
    const Candidate& c = ranked[i];
    diagnosis.add_suspect_indexes(out->size());
    v1::Suspect* s = out->Add();
    v1::Correction* fix = s->mutable_correction();
    fix->set_figure_id(c.figure->id());
    fix->set_printed_text(c.figure->text());
    fix->set_corrected_text(c.text);
    fix->set_cause(c.cause);
    fix->set_explanation(c.explanation);
    v1::Confidence confidence = v1::CONFIDENCE_LOW;
    if (i == 0) {
      confidence = first;
    } else if (first == v1::CONFIDENCE_MEDIUM && i < tied) {
      confidence = v1::CONFIDENCE_MEDIUM;
    }
    s->set_confidence(confidence);
    s->set_edits(c.edits);
    s->set_claim_id(c.claim_id);
    for (int k : conflict_indexes) s->add_conflict_indexes(k);
  }
  return diagnosis;
}

}  // namespace claimcheck
