#include "engine/article/suspects.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/article/article.h"
#include "engine/checks/diagnosis.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

// The order in which slips that change as many characters are preferred:
// the more specific and the more common first. Two swapped digits are the
// commonest slip of the keyboard and have few variants; the readings of a
// change (percent for points, the wrong base, the direction) are one
// alternative each and the commonest slips of reasoning about change; a
// doubled digit, a power of ten and a dropped digit have more and more
// variants (a digit may be put back anywhere, as any of ten), so that a fit
// among them is likelier to be chance; a total's readings come last.
int SlipRank(v1::Cause cause) {
  static constexpr v1::Cause kOrder[] = {
      v1::CAUSE_DIGITS_TRANSPOSED, v1::CAUSE_PERCENT_VS_POINTS,
      v1::CAUSE_WRONG_BASE,        v1::CAUSE_DIRECTION_REVERSED,
      v1::CAUSE_DIGIT_DOUBLED,     v1::CAUSE_POWER_OF_TEN,
      v1::CAUSE_DIGIT_DROPPED,     v1::CAUSE_PART_COUNTED_TWICE,
      v1::CAUSE_PART_MISSING,      v1::CAUSE_SUBTOTAL_AS_TOTAL};
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (kOrder[i] == cause) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder)) + static_cast<int>(cause);
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
  bool known() const { return cause != v1::CAUSE_UNSPECIFIED; }
  auto Key() const {
    return std::make_tuple(known() ? 0 : 1, edits, SlipRank(cause), position,
                           index, text, claim_id);
  }
};

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
           const std::vector<std::vector<int>>& conflicts)
      : ctx_(*ctx), component_(component) {
    std::set<int> claims;
    for (const auto& set : conflicts) claims.insert(set.begin(), set.end());
    claims_.assign(claims.begin(), claims.end());
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
    c.index = ctx_.figure_index.at(f.id());
    return c;
  }

  // The slips of `f` that make every claim hold. `may` is an outer bound of
  // the values under which the conflicting claims can hold (propagation with
  // `f` free, ArticleContext::Needed): a slip outside it cannot fix them, so
  // it is ruled out at once instead of by a search of the whole component,
  // which is what keeps a long total with one slip fast.
  void Slips(const Figure& f, const Interval& may) {
    for (const Slip& slip : SlipsOf(f)) {
      if (slip.interval.Intersect(may).empty()) continue;
      if (Fixes(f, slip.interval)) {
        found_.push_back(
            Make(f, slip.text, slip.cause, slip.edits, ExplainSlip(f, slip)));
      }
    }
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
  std::vector<Candidate> found_;
  // Figure id -> the value it needs, once looked for.
  std::map<std::string, std::optional<Candidate>> needed_;
};

// Whether two candidates rank alike but for their figures' places.
bool Tied(const Candidate& a, const Candidate& b) {
  return a.edits == b.edits && a.cause == b.cause;
}

v1::Confidence ConfidenceOf(const std::vector<Candidate>& known, size_t i) {
  if (known.size() == 1) return v1::CONFIDENCE_HIGH;
  if (known.size() <= 3 && (i == 0 || Tied(known[i], known[0])))
    return v1::CONFIDENCE_MEDIUM;
  return v1::CONFIDENCE_LOW;
}

}  // namespace

Interval AnyValueLike(const Figure& figure) {
  return IsCountUnit(figure.unit) ? Interval::AtLeast(0).WholeNumbers()
                                  : Interval();
}

void RankSuspects(ArticleContext* ctx, const std::vector<int>& component,
                  const std::vector<std::vector<int>>& conflicts,
                  const std::vector<int>& conflict_indexes,
                  google::protobuf::RepeatedPtrField<v1::Suspect>* out,
                  v1::Confidence* confidence, std::string* reason) {
  const std::vector<Candidate> all = Suspects(ctx, component, conflicts).Find();
  std::vector<Candidate> known;
  for (const Candidate& c : all) {
    if (c.known()) known.push_back(c);
  }
  // Values no slip explains are shown only when no slip fits.
  const std::vector<Candidate>& shown = known.empty() ? all : known;
  for (size_t i = 0; i < shown.size() && static_cast<int>(i) < kMaxSuspects;
       ++i) {
    const Candidate& c = shown[i];
    v1::Suspect* s = out->Add();
    v1::Correction* fix = s->mutable_correction();
    fix->set_figure_id(c.figure->id());
    fix->set_printed_text(c.figure->text());
    fix->set_corrected_text(c.text);
    fix->set_cause(c.cause);
    fix->set_explanation(c.explanation);
    s->set_confidence(known.empty() ? v1::CONFIDENCE_LOW
                                    : ConfidenceOf(known, i));
    s->set_edits(c.edits);
    s->set_claim_id(c.claim_id);
    for (int k : conflict_indexes) s->add_conflict_indexes(k);
  }
  if (shown.empty()) {
    *confidence = v1::CONFIDENCE_UNSPECIFIED;
    *reason =
        "No change to one figure makes every claim hold; more than one may be "
        "wrong.";
    return;
  }
  if (known.empty()) {
    *confidence = v1::CONFIDENCE_LOW;
    *reason =
        "No known slip makes every claim hold; the values shown are what each "
        "figure "
        "would need to be.";
    return;
  }
  *confidence = ConfidenceOf(known, 0);
  size_t tied = 1;
  while (tied < known.size() && Tied(known[tied], known[0])) ++tied;
  if (known.size() == 1) {
    *reason = "Only one known slip makes every claim hold.";
  } else if (tied > 1) {
    *reason = absl::StrCat(
        tied,
        " corrections by the same kind of slip make every claim hold "
        "equally well; they are listed in the order the article prints "
        "them, and only the source can tell which is right.");
  } else {
    *reason = absl::StrCat(
        known.size(),
        " corrections by known slips make every claim hold; "
        "the first changes the fewest characters or is the likelier slip.");
  }
  if (known.size() > 3) {
    absl::StrAppend(reason, " With ", known.size(),
                    " to choose from, the ranking is a guess.");
  }
}

}  // namespace claimcheck
