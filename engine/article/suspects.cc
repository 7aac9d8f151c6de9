#include "engine/article/suspects.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/article/article.h"
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

// `v` rounded to the nearest multiple of the figure's last printed digit.
Rational OnDigits(const Figure& f, const Rational& v) {
  return Rational(Floor(v / f.digit_unit + Rational(1, 2))) * f.digit_unit;
}

// What `f` would stand for if printed with value `v`, as it prints values.
Interval PrintedAs(const Figure& f, const Rational& v) {
  return IntervalOfText(f, TextFor(f, v));
}

// Everything that tries corrections on one component.
class Suspects {
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
      TotalReadings(*f);
    }
    for (int c : claims_) ChangeReadings(c);
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

 private:
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

  // A total that counts a part twice, leaves one out, or is a subtotal.
  void TotalReadings(const Figure& f) {
    for (int c : claims_) {
      const v1::Claim& claim = ctx_.request.claims(c);
      if (claim.kind_case() != v1::Claim::kTotal || claim.total().partial() ||
          claim.total().total_id() != f.id()) {
        continue;
      }
      std::vector<std::pair<const Figure*, int>> parts;
      Rational sum = 0;
      for (const auto& term : claim.total().parts()) {
        const Figure* p = ctx_.figures.Find(term.figure_id());
        const int sign = term.sign() == v1::SIGN_MINUS ? -1 : 1;
        parts.push_back({p, sign});
        sum += sign * p->value;
      }
      const Rational corrected = OnDigits(f, sum);
      if (corrected == f.value) continue;
      const std::string text = TextFor(f, corrected);
      const std::string all = absl::StrCat(
          "the ", parts.size(), " parts add up to ", ReadableString(sum));
      auto same = [](const Rational& a, const Rational& b,
                     const Rational& unit) {
        return Floor(a / unit + Rational(1, 2)) ==
               Floor(b / unit + Rational(1, 2));
      };
      std::optional<Candidate> reading;
      for (const auto& [p, sign] : parts) {
        const Rational unit = std::max(f.digit_unit, p->digit_unit);
        if (sign > 0 && same(f.value - sum, p->value, unit)) {
          reading = Make(f, text, v1::CAUSE_PART_COUNTED_TWICE, 1,
                         absl::StrCat(f.Named(), " may count ", p->Named(),
                                      " twice: ", all));
          break;
        }
        if (sign > 0 && same(sum - f.value, p->value, unit)) {
          reading = Make(f, text, v1::CAUSE_PART_MISSING, 1,
                         absl::StrCat(f.Named(), " may leave out ", p->Named(),
                                      ": ", all));
          break;
        }
      }
      // A run of two or more consecutive parts, short of all but one.
      for (size_t i = 0; !reading && i < parts.size(); ++i) {
        Rational run = 0;
        // Runs of length j - i + 1, from 2 to all parts but two.
        for (size_t j = i; j < parts.size() && j - i + 3 <= parts.size(); ++j) {
          run += parts[j].second * parts[j].first->value;
          if (j > i && same(run, f.value, f.digit_unit)) {
            reading = Make(f, text, v1::CAUSE_SUBTOTAL_AS_TOTAL, 1,
                           absl::StrCat(f.Named(), " may be the subtotal of ",
                                        parts[i].first->Named(), " through ",
                                        parts[j].first->Named(), ": ", all));
            break;
          }
        }
      }
      if (reading && Fixes(f, PrintedAs(f, corrected)))
        found_.push_back(std::move(*reading));
    }
  }

  // The readings of a change: reversed direction, percent for points, the
  // wrong base.
  void ChangeReadings(int index) {
    const v1::Claim& claim = ctx_.request.claims(index);
    if (claim.kind_case() != v1::Claim::kChange) return;
    const v1::ChangeClaim& c = claim.change();
    const Figure* from = ctx_.figures.Find(c.from_id());
    const Figure* to = ctx_.figures.Find(c.to_id());
    const Figure* change = ctx_.figures.Find(c.change_id());
    if (!from || !to) return;
    const std::string fromto =
        absl::StrCat("from ", from->Printed(), " to ", to->Printed(), " is a ",
                     to->value < from->value ? "fall" : "rise");
    auto wording = [&](v1::Cause cause, std::string text,
                       std::string explanation) {
      Candidate w =
          Make(*change, std::move(text), cause, 1, std::move(explanation));
      w.claim_id = claim.id();
      found_.push_back(std::move(w));
    };
    if (c.direction() != v1::DIRECTION_UNSPECIFIED) {
      v1::Claim flipped = claim;
      flipped.mutable_change()->set_direction(c.direction() == v1::DIRECTION_UP
                                                  ? v1::DIRECTION_DOWN
                                                  : v1::DIRECTION_UP);
      if (ctx_.DecideRewritten(component_, index, flipped) ==
          Outcome::kConsistent) {
        wording(
            v1::CAUSE_DIRECTION_REVERSED, change->text(),
            absl::StrCat("the change ", fromto, ", not a ",
                         c.direction() == v1::DIRECTION_UP ? "rise" : "fall",
                         ": its direction word is reversed"));
      }
    }
    const bool percents =
        from->unit == v1::UNIT_PERCENT && to->unit == v1::UNIT_PERCENT;
    const v1::ChangeMeasure measure =
        c.measure() != v1::CHANGE_MEASURE_UNSPECIFIED ? c.measure()
        : change->unit == v1::UNIT_PERCENT ? v1::CHANGE_MEASURE_PERCENT
        : change->unit == v1::UNIT_PERCENTAGE_POINTS
            ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
            : v1::CHANGE_MEASURE_UNSPECIFIED;
    if (percents && (measure == v1::CHANGE_MEASURE_PERCENT ||
                     measure == v1::CHANGE_MEASURE_PERCENTAGE_POINTS)) {
      const bool to_points = measure == v1::CHANGE_MEASURE_PERCENT;
      v1::Claim other = claim;
      other.mutable_change()->set_measure(
          to_points ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                    : v1::CHANGE_MEASURE_PERCENT);
      if (ctx_.DecideRewritten(component_, index, other) ==
          Outcome::kConsistent) {
        const std::string number = NumberOf(*change);
        wording(
            v1::CAUSE_PERCENT_VS_POINTS,
            absl::StrCat(number, to_points ? " percentage points" : " percent"),
            absl::StrCat(
                change->Printed(), " may mean ", number,
                to_points ? " percentage points: " : " percent: ", fromto,
                " of ", ReadableString(abs(to->value - from->value), 2),
                " points"));
      }
    }
    if (measure == v1::CHANGE_MEASURE_PERCENT) {
      v1::Claim swapped = claim;
      swapped.mutable_change()->set_from_id(c.to_id());
      swapped.mutable_change()->set_to_id(c.from_id());
      swapped.mutable_change()->set_direction(
          c.direction() == v1::DIRECTION_DOWN ? v1::DIRECTION_UP
                                              : v1::DIRECTION_DOWN);
      const std::optional<Candidate> right = NeededValue(*change);
      if (right && ctx_.DecideRewritten(component_, index, swapped) ==
                       Outcome::kConsistent) {
        found_.push_back(Make(
            *change, right->text, v1::CAUSE_WRONG_BASE, 1,
            absl::StrCat(change->Printed(), " is the change measured from ",
                         "the later value, ", to->Printed(), "; measured from ",
                         from->Printed(), " it is ", right->text)));
      }
    }
  }

  // "5" of "5 percent", "+5%" or "5 points".
  static std::string NumberOf(const Figure& f) {
    const std::string lowered = absl::AsciiStrToLower(f.text());
    size_t cut = f.text().size();
    for (const char* word :
         {"%", " percent", " per cent", " percentage", " point", " pp"}) {
      cut = std::min(cut, lowered.find(word));
    }
    return f.text().substr(0, cut);
  }

  ArticleContext& ctx_;
  const std::vector<int>& component_;
  std::vector<int> claims_;
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
