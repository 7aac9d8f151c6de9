// Kind 8, comparison and order: how one figure, the subject, stands against
// others ("a > b", "the largest", "the second-largest") or against a whole
// ("a majority", "most", "half", "nearly half", "a third"). Like every check
// it asks whether SOME true values within every figure's interval, whole
// numbers where they are counts, make the claim hold, all at once: the
// subject takes one value against all the others together.
//
//   Los Angeles 101, Denver 63, Philadelphia 107 (people)
//   Denver, the largest               -> error "Denver's 63 is not the
//                                        largest: Los Angeles' 101 and
//                                        Philadelphia's 107 are larger."
//   Denver, the third-largest         -> consistent
//   Denver, a majority of 498         -> error "Denver's 63 is 12.7 percent
//                                        of 498, not a majority (more than
//                                        half)."
//   5.0 larger than 5.0 (amounts)     -> warning: true of 5.04 and 4.96,
//                                        but only allowing for rounding
//
// What each relation means:
// - GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL: against each of the
//   others. The others are independent and a larger subject only helps, so
//   the claim holds when it holds pair by pair: a > b when a's interval
//   reaches above b's lowest value.
// - EQUAL: one value lies within the subject's interval and every other's.
// - LARGEST, SMALLEST: above (below) every other.
// - RANK k, from the largest: exactly k - 1 others above the subject and the
//   rest below it. An other can go above a subject value s when its interval
//   reaches past s, and must when it cannot go below; some s must leave at
//   most k - 1 that must and at least k - 1 that can (see Room). The set is
//   the subject and the others listed, so a rank beyond it (fifth of three
//   figures) needs figures the claim does not give: not checkable.
// - MOST: with the other parts listed, larger than each of them (as
//   LARGEST). With only the whole, more than half of it: "most of the 498"
//   is the greater part, and the other parts are what would tell a plurality
//   from a majority.
// - MAJORITY: more than half of the whole, and no more than all of it.
// - HALF: 49.5 to 50.5 percent of the whole. "Half" is what newsrooms print
//   for 50 percent, and shares print to the whole percent: half of 498 is
//   247 to 251; half of 9 people is no whole number (4 is 44 percent).
// - NEARLY_HALF: 40 to 50 percent, as docs/spec.md reads "nearly 50 percent"
//   (up to one unit of the last non-zero digit below the value, the value
//   included).
// - THIRD: one in 3.5 to one in 2.5 (28.6 to 40 percent), exactly as the
//   ratio check reads "one in three": the same sentence gets the same
//   verdict, and a third of 100 people may be 33 or 34 (or 29 to 40).
// Shares of a whole are decided by ProportionHolds, exact for whole numbers.
//
// Ties. ">" and "<" are strict and ">=" and "<=" are not, as stated. A
// superlative or a rank ("the largest", "the most", "second-largest") is
// read strictly too: a figure equal to another is tied for the place. When
// the claim holds only if ties count (63 and 63 people, "Denver had the
// most"), it is a warning, comparison.tied: "tied for the most" is a wording
// a careful editor would insist on, not an arithmetic impossibility.
//
// The rounding edge. A claim that holds for some true values but fails at
// the printed values holds only because the figures were rounded toward each
// other: a warning, comparison.rounding_edge with CAUSE_ROUNDING_EDGE.
// "5.0 > 5.0" holds only if the first was rounded down and the second up.
// The printed value of a figure is its printed number when that is one of
// its values, and otherwise ("more than 100" is not 100) its whole interval.
//
// Errors: comparison.false (the four pairwise relations and EQUAL),
// not_largest, not_smallest, not_most, rank_mismatch, not_majority,
// not_half, not_nearly_half, not_third and part_exceeds_whole (a part larger
// than its whole), each with the corrections that undo a single slip.
// Requests that cannot be read: no subject_id or no whole_id where one is
// needed (MISSING_FIGURE), no relation (MISSING_RELATION, UNKNOWN_RELATION),
// no other_ids for a relation that compares (NO_OTHERS), RELATION_RANK
// without a rank of 1 or more (INVALID_RANK), and a rank, other_ids or
// whole_id the relation would ignore (UNUSED_FIELD).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

using v1::Relation;

// Relations that measure the subject against a whole alone.
bool IsShare(Relation r) {
  return r == v1::RELATION_MAJORITY || r == v1::RELATION_HALF ||
         r == v1::RELATION_NEARLY_HALF || r == v1::RELATION_THIRD;
}

// Relations that compare the subject with the others, from GREATER to RANK
// (MOST may compare or measure).
bool ComparesOthers(Relation r) {
  return r >= v1::RELATION_GREATER && r <= v1::RELATION_RANK;
}

// A comparison as the check reads it: an order among the subject and the
// others, an equality, or a share of a whole.
struct Comparison {
  Relation relation;
  const Figure* subject;
  std::vector<const Figure*> others;
  // For shares of a whole; nullptr otherwise.
  const Figure* whole = nullptr;
  // For orders: the subject's place from the largest, and whether others
  // equal to the subject may count on either side of it (>=, <=).
  int rank = 0;
  bool ties = false;
};

Comparison Read(const v1::ComparisonClaim& claim, const FigureTable& figures) {
  Comparison c;
  c.relation = claim.relation();
  c.subject = figures.Find(claim.subject_id());
  for (const auto& id : claim.other_ids()) c.others.push_back(figures.Find(id));
  const int last = static_cast<int>(c.others.size()) + 1;
  switch (c.relation) {
    case v1::RELATION_GREATER_OR_EQUAL:
      c.ties = true;
      [[fallthrough]];
    case v1::RELATION_GREATER:
    case v1::RELATION_LARGEST:
      c.rank = 1;
      break;
    case v1::RELATION_LESS_OR_EQUAL:
      c.ties = true;
      [[fallthrough]];
    case v1::RELATION_LESS:
    case v1::RELATION_SMALLEST:
      c.rank = last;
      break;
    case v1::RELATION_RANK:
      c.rank = claim.rank();
      break;
    case v1::RELATION_EQUAL:
      break;
    case v1::RELATION_MOST:
      if (!c.others.empty()) {
        c.rank = 1;
        break;
      }
      [[fallthrough]];
    default:
      c.whole = figures.Find(claim.whole_id());
  }
  return c;
}

// The intervals a comparison is decided over, by pointer, as corrections
// try one figure after another: the figures' own, their printed values, or
// one figure's replaced.
struct Values {
  const Interval* subject;
  std::vector<const Interval*> others;
  const Interval* whole;
};

// The figures' intervals, with `replaced` standing for figure `f`'s.
Values ValuesOf(const Comparison& c, const Figure* f = nullptr,
                const Interval* replaced = nullptr) {
  auto of = [&](const Figure* g) -> const Interval* {
    return g == nullptr ? nullptr : g == f ? replaced : &g->interval;
  };
  Values v{of(c.subject), {}, of(c.whole)};
  v.others.reserve(c.others.size());
  for (const Figure* o : c.others) v.others.push_back(of(o));
  return v;
}

// The figures at their printed values, kept in `printed`: a figure's printed
// number when that is one of its values ("more than 100" is not 100, and
// stays its interval).
Values PrintedValues(const Comparison& c, std::vector<Interval>* printed) {
  auto at = [&](const Figure* f) -> const Interval* {
    if (f == nullptr) return nullptr;
    printed->push_back(f->interval.Contains(f->value)
                           ? Interval::Point(f->value)
                           : f->interval);
    return &printed->back();
  };
  printed->reserve(c.others.size() + 2);
  Values v{at(c.subject), {}, at(c.whole)};
  for (const Figure* o : c.others) v.others.push_back(at(o));
  return v;
}

// Whether some a in `a` and b in `b` have a > b (a >= b when `or_equal`).
bool CanExceed(const Interval& a, const Interval& b, bool or_equal) {
  return !a.Plus(b.Negate())
              .Intersect(Interval::AtLeast(0, /*open=*/!or_equal))
              .empty();
}

// A ray of values (-inf, end] or (-inf, end); a null end is every value.
struct Ray {
  const Rational* end;
  bool open;
};

bool Wider(const Ray& a, const Ray& b) {
  if (!a.end || !b.end) return !a.end && b.end;
  if (*a.end != *b.end) return *a.end > *b.end;
  return !a.open && b.open;
}

// The subject values s that leave room for exactly rank - 1 of `others`
// above s and the rest below (with `ties`, an other equal to s may count on
// either side): at most rank - 1 others that must lie above s, and at least
// rank - 1 that can. Each other can lie above s on a ray of values below its
// upper end, and must on a ray below its lower end; both counts fall as s
// grows, so the room is beyond the rank-th widest "must" ray and within the
// (rank - 1)-th widest "can" ray. Read strictly, an other that is the single
// value s can go neither way; RankHolds rules that out.
Interval Room(const std::vector<const Interval*>& others, int rank, bool ties) {
  std::vector<Ray> can, must;
  for (const Interval* o : others) {
    // Some o > s when s < upper; some o >= s also when s is a closed upper.
    const auto& upper = o->upper();
    can.push_back(upper ? Ray{&upper->value, !ties || upper->open}
                        : Ray{nullptr, false});
    // No o < s when s <= lower; no o <= s when s < a closed lower.
    const auto& lower = o->lower();
    if (lower) must.push_back(Ray{&lower->value, ties && !lower->open});
  }
  Interval room;
  const size_t k = static_cast<size_t>(rank);
  if (k > 1) {
    if (can.size() < k - 1) return Interval::Empty();
    std::nth_element(can.begin(), can.begin() + (k - 2), can.end(), Wider);
    const Ray& ray = can[k - 2];
    if (ray.end) room = room.Intersect(Interval::AtMost(*ray.end, ray.open));
  }
  if (must.size() >= k) {
    std::nth_element(must.begin(), must.begin() + (k - 1), must.end(), Wider);
    room =
        room.Intersect(Interval::AtLeast(*must[k - 1].end, !must[k - 1].open));
  }
  return room;
}

bool RankHolds(const Values& v, int rank, bool ties) {
  const Interval s = v.subject->Intersect(Room(v.others, rank, ties));
  if (s.empty()) return false;
  if (ties || !s.bounded() || (!s.whole() && !s.IsPoint())) return true;
  // Finitely many subject values: one must differ from every single-valued
  // other, and among one more than there are such others, one does.
  std::set<Rational> taken;
  for (const Interval* o : v.others) {
    if (o->IsPoint()) taken.insert(o->lower()->value);
  }
  Rational x = s.lower()->value;
  for (size_t tried = 0; x <= s.upper()->value && tried <= taken.size();
       x += 1, ++tried) {
    if (!taken.count(x)) return true;
  }
  return false;
}

Interval Common(const std::vector<const Interval*>& others) {
  Interval common;
  for (const Interval* o : others) common = common.Intersect(*o);
  return common;
}

// The share of the whole each relation to a whole states.
Interval ShareRange(Relation r) {
  switch (r) {
    case v1::RELATION_HALF:
      return Interval::Closed(Rational(99, 200), Rational(101, 200));
    case v1::RELATION_NEARLY_HALF:
      return Interval::Closed(Rational(2, 5), Rational(1, 2));
    case v1::RELATION_THIRD:
      return Interval::Closed(Rational(2, 7), Rational(2, 5));
    default:  // a majority; most of a whole
      return Interval::Of(Endpoint{Rational(1, 2), true},
                          Endpoint{Rational(1), false});
  }
}

// Whether the claim holds over `v`; with `ties`, a rank may be shared.
Decision Decide(const Comparison& c, const Values& v, bool ties,
                WorkContext work) {
  if (c.whole)
    return ProportionHolds(*v.whole, *v.subject, ShareRange(c.relation), work);
  const bool holds = c.relation == v1::RELATION_EQUAL
                         ? !v.subject->Intersect(Common(v.others)).empty()
                         : RankHolds(v, c.rank, c.ties || ties);
  return holds ? Decision::kYes : Decision::kNo;
}

// Words.

// "Denver's 63", or "63" when the figure has no label.
std::string Whose(const Figure& f) {
  const std::string& label = f.proto->label();
  if (label.empty()) return f.Printed();
  return absl::StrCat(label, absl::EndsWith(label, "s") ? "'" : "'s", " ",
                      f.Printed());
}

// "A", "A and B", "A, B and C"; past four, "A, B, C and 2 others".
std::string Names(const std::vector<const Figure*>& figures,
                  absl::string_view conjunction) {
  const size_t shown = figures.size() <= 4 ? figures.size() : 3;
  std::vector<std::string> names;
  for (size_t i = 0; i < shown; ++i) names.push_back(Whose(*figures[i]));
  if (shown < figures.size())
    names.push_back(absl::StrCat(figures.size() - shown, " others"));
  std::string out = names.empty() ? "" : names[0];
  for (size_t i = 1; i < names.size(); ++i) {
    absl::StrAppend(
        &out, i + 1 < names.size() ? ", " : absl::StrCat(" ", conjunction, " "),
        names[i]);
  }
  return out;
}

absl::string_view Is(const std::vector<const Figure*>& figures) {
  return figures.size() == 1 ? "is" : "are";
}

// "the largest", "the second-largest", ..., "the 11th-largest".
std::string Place(int rank) {
  static constexpr absl::string_view kWords[] = {
      "",      "",        "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth"};
  if (rank == 1) return "the largest";
  if (rank <= 10) return absl::StrCat("the ", kWords[rank], "-largest");
  const int last = rank % 10;
  const absl::string_view suffix = rank % 100 / 10 == 1 || last == 0 || last > 3
                                       ? "th"
                                   : last == 1 ? "st"
                                   : last == 2 ? "nd"
                                               : "rd";
  return absl::StrCat("the ", rank, suffix, "-largest");
}

// What the claim says of its subject: "larger than Boston's 5.0", "the
// largest", "half of 498".
std::string Stated(const Comparison& c) {
  const std::string others = Names(c.others, "and");
  const std::string whole = c.whole ? c.whole->Quantity() : "";
  switch (c.relation) {
    case v1::RELATION_GREATER:
      return absl::StrCat("larger than ", others);
    case v1::RELATION_GREATER_OR_EQUAL:
      return absl::StrCat("at least as large as ", others);
    case v1::RELATION_LESS:
      return absl::StrCat("smaller than ", others);
    case v1::RELATION_LESS_OR_EQUAL:
      return absl::StrCat("no larger than ", others);
    case v1::RELATION_EQUAL:
      return absl::StrCat("equal to ", others);
    case v1::RELATION_SMALLEST:
      return "the smallest";
    case v1::RELATION_MOST:
      return c.whole ? absl::StrCat("most of ", whole) : "the most";
    case v1::RELATION_MAJORITY:
      return absl::StrCat("a majority of ", whole);
    case v1::RELATION_HALF:
      return absl::StrCat("half of ", whole);
    case v1::RELATION_NEARLY_HALF:
      return absl::StrCat("nearly half of ", whole);
    case v1::RELATION_THIRD:
      return absl::StrCat("a third of ", whole);
    default:
      return Place(c.rank);
  }
}

// ", even allowing for rounding" when any of `figures` stands for values on
// both sides of its printed one ("5.0", "about 500"; not "more than 100").
std::string Even(const std::vector<const Figure*>& figures) {
  for (const Figure* f : figures) {
    const Interval& i = f->interval;
    if (i.lower() && i.upper() && i.lower()->value < f->value &&
        f->value < i.upper()->value) {
      return ", even allowing for rounding";
    }
  }
  return "";
}

// The value of `range` nearest to `v`, as far as its ends say.
Rational Nearest(const Interval& range, const Rational& v) {
  if (range.lower() && v < range.lower()->value) return range.lower()->value;
  if (range.upper() && v > range.upper()->value) return range.upper()->value;
  return v;
}

// The others that no subject value can exceed (`up`) or stay under: with
// `or_equal`, not even tie. GREATER fails on Blocking(c, true, false).
std::vector<const Figure*> Blocking(const Comparison& c, bool up,
                                    bool or_equal) {
  const Interval& s = c.subject->interval;
  std::vector<const Figure*> out;
  for (const Figure* o : c.others) {
    if (!(up ? CanExceed(s, o->interval, or_equal)
             : CanExceed(o->interval, s, or_equal))) {
      out.push_back(o);
    }
  }
  return out;
}

struct ShareWording {
  absl::string_view code;    // "comparison.not_most"
  absl::string_view stated;  // after "not"
};

ShareWording ShareWords(Relation r) {
  switch (r) {
    case v1::RELATION_MOST:
      return {"comparison.not_most", "most of it (more than half)"};
    case v1::RELATION_HALF:
      return {"comparison.not_half", "half (49.5 to 50.5 percent)"};
    case v1::RELATION_NEARLY_HALF:
      return {"comparison.not_nearly_half", "nearly half (40 to 50 percent)"};
    case v1::RELATION_THIRD:
      return {"comparison.not_third", "a third (28.6 to 40 percent)"};
    default:
      return {"comparison.not_majority", "a majority (more than half)"};
  }
}

// Reports a share of a whole that does not hold.
v1::Discrepancy* ReportShare(const Comparison& c,
                             const std::vector<const Figure*>& involved,
                             WorkContext work, v1::ClaimResult* result) {
  const Figure& s = *c.subject;
  const Figure& w = *c.whole;
  if (!CanExceed(w.interval, s.interval, /*or_equal=*/true)) {
    return AddDiscrepancy(result, v1::SEVERITY_ERROR,
                          "comparison.part_exceeds_whole",
                          absl::StrCat(Whose(s), " is more than the whole of ",
                                       w.Quantity(), "."),
                          involved);
  }
  const auto [code, stated] = ShareWords(c.relation);
  const std::string message =
      w.value == 0
          ? absl::StrCat(Whose(s), " is not ", Stated(c), ".")
          : absl::StrCat(Whose(s), " is ",
                         ReadableString(s.value / w.value * 100, 1), " percent",
                         AllowingForRounding(
                             ImpliedM(w.interval, s.interval).Scale(100), 1),
                         " of ", w.Quantity(), ", not ", stated, ".");
  v1::Discrepancy* d = AddDiscrepancy(result, v1::SEVERITY_ERROR,
                                      std::string(code), message, involved);
  const Interval implied =
      ImpliedY(w.interval, UnstatedLike(&s), ShareRange(c.relation), work);
  if (!implied.empty())
    SetGap(d, s.interval, implied, s.value, Nearest(implied, s.value));
  return d;
}

// Reports an order (or an equality) that does not hold.
v1::Discrepancy* ReportOrder(const Comparison& c,
                             const std::vector<const Figure*>& involved,
                             v1::ClaimResult* result) {
  const Figure& s = *c.subject;
  const Interval& si = s.interval;
  // Others certainly above, or certainly below, the subject.
  const auto above = Blocking(c, /*up=*/true, /*or_equal=*/true);
  const auto below = Blocking(c, /*up=*/false, /*or_equal=*/true);
  std::string code = "comparison.false", message;
  auto even = [&](std::vector<const Figure*> named) {
    named.push_back(&s);
    return Even(named);
  };
  switch (c.relation) {
    case v1::RELATION_GREATER:
    case v1::RELATION_GREATER_OR_EQUAL:
    case v1::RELATION_LESS:
    case v1::RELATION_LESS_OR_EQUAL: {
      const bool up = c.relation == v1::RELATION_GREATER ||
                      c.relation == v1::RELATION_GREATER_OR_EQUAL;
      const auto failing = Blocking(c, up, c.ties);
      const absl::string_view says =
          c.ties ? (up ? " is smaller than " : " is larger than ")
                 : (up ? " is not larger than " : " is not smaller than ");
      message =
          absl::StrCat(Whose(s), says, Names(failing, c.ties ? "and" : "or"),
                       even(failing), ".");
      break;
    }
    case v1::RELATION_EQUAL: {
      std::vector<const Figure*> apart;
      for (const Figure* o : c.others) {
        if (si.Intersect(o->interval).empty()) apart.push_back(o);
      }
      if (!apart.empty()) {
        message = absl::StrCat(Whose(s), " does not equal ", Names(apart, "or"),
                               even(apart), ".");
      } else {
        std::vector<const Figure*> all = {&s};
        all.insert(all.end(), c.others.begin(), c.others.end());
        message = absl::StrCat(Names(all, "and"), " cannot all be equal",
                               Even(all), ".");
      }
      break;
    }
    case v1::RELATION_SMALLEST:
      code = "comparison.not_smallest";
      message =
          absl::StrCat(Whose(s), " is not the smallest: ", Names(below, "and"),
                       " ", Is(below), " smaller", even(below), ".");
      break;
    case v1::RELATION_RANK: {
      code = "comparison.rank_mismatch";
      std::vector<const Figure*> can;  // others that can be larger
      for (const Figure* o : c.others) {
        if (CanExceed(o->interval, si, false)) can.push_back(o);
      }
      message = absl::StrCat(Whose(s), " is not ", Place(c.rank), ": ");
      if (above.size() >= static_cast<size_t>(c.rank)) {
        absl::StrAppend(&message, Names(above, "and"), " ", Is(above),
                        " larger", even(above), ".");
      } else if (can.empty()) {
        absl::StrAppend(&message, "no other figure is larger", even({}), ".");
      } else if (can.size() < static_cast<size_t>(c.rank - 1)) {
        absl::StrAppend(&message, "only ", Names(can, "and"), " can be larger",
                        even(can), ".");
      } else {
        absl::StrAppend(&message,
                        "no values within the figures' rounding put it there.");
      }
      break;
    }
    default:  // the largest, the most
      code = c.relation == v1::RELATION_MOST ? "comparison.not_most"
                                             : "comparison.not_largest";
      message = absl::StrCat(Whose(s), " is not ", Stated(c), ": ",
                             Names(above, "and"), " ", Is(above), " larger",
                             even(above), ".");
  }
  v1::Discrepancy* d =
      AddDiscrepancy(result, v1::SEVERITY_ERROR, code, message, involved);
  // The values the subject would need, read strictly.
  const Values v = ValuesOf(c);
  Interval implied = c.relation == v1::RELATION_EQUAL
                         ? Common(v.others)
                         : Room(v.others, c.rank, c.ties);
  if (si.whole()) implied = implied.WholeNumbers();
  if (!implied.empty())
    SetGap(d, si, implied, s.value, Nearest(implied, s.value));
  return d;
}

// Warns that a superlative or rank holds only if the subject shares it.
void ReportTie(const Comparison& c, const std::vector<const Figure*>& involved,
               v1::ClaimResult* result) {
  std::string message;
  if (c.relation == v1::RELATION_RANK) {
    message = absl::StrCat(Whose(*c.subject), " is at best tied for ",
                           Place(c.rank), ".");
  } else {
    const auto tied =
        Blocking(c, /*up=*/c.relation != v1::RELATION_SMALLEST, false);
    message = absl::StrCat(Whose(*c.subject), " is at best tied with ",
                           Names(tied, "and"), " for ", Stated(c), ".");
  }
  AddDiscrepancy(result, v1::SEVERITY_WARNING, "comparison.tied", message,
                 involved);
}

// Warns that the claim holds only allowing for rounding, not as printed.
void ReportRoundingEdge(const Comparison& c,
                        const std::vector<const Figure*>& involved,
                        v1::ClaimResult* result) {
  const Figure& s = *c.subject;
  const std::string printed =
      c.whole && c.whole->value != 0
          ? absl::StrCat(": as printed, it is ",
                         ReadableString(s.value / c.whole->value * 100, 1),
                         " percent.")
          : ", not as printed.";
  v1::Discrepancy* d =
      AddDiscrepancy(result, v1::SEVERITY_WARNING, "comparison.rounding_edge",
                     absl::StrCat(Whose(s), " is ", Stated(c),
                                  " only allowing for rounding", printed),
                     involved);
  d->set_cause(v1::CAUSE_ROUNDING_EDGE);
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  const v1::ComparisonClaim& c = claim.comparison();
  const std::string at = path + ".comparison.";
  if (c.subject_id().empty()) {
    errors->Add(at + "subject_id", "MISSING_FIGURE",
                "a comparison needs the figure it is about, its subject");
  }
  const Relation r = c.relation();
  if (r == v1::RELATION_UNSPECIFIED || !v1::Relation_IsValid(r)) {
    errors->Add(at + "relation", r ? "UNKNOWN_RELATION" : "MISSING_RELATION",
                "a comparison needs its relation, such as RELATION_GREATER or "
                "RELATION_MAJORITY");
    return;
  }
  const std::string name = v1::Relation_Name(r);
  const bool others = !c.other_ids().empty();
  const bool whole = !c.whole_id().empty();
  const bool compares = ComparesOthers(r) || (r == v1::RELATION_MOST && others);
  if (ComparesOthers(r) && !others) {
    errors->Add(
        at + "other_ids", "NO_OTHERS",
        absl::StrCat(name,
                     " compares its subject with other figures: list them"));
  }
  if (IsShare(r) && others) {
    errors->Add(
        at + "other_ids", "UNUSED_FIELD",
        absl::StrCat(name, " measures its subject against the whole alone"));
  }
  if ((IsShare(r) || (r == v1::RELATION_MOST && !others)) && !whole) {
    errors->Add(at + "whole_id", "MISSING_FIGURE",
                r == v1::RELATION_MOST
                    ? "RELATION_MOST needs the other parts (other_ids) or the "
                      "whole (whole_id)"
                    : absl::StrCat(name, " needs the figure of the whole"));
  }
  if (compares && whole) {
    errors->Add(
        at + "whole_id", "UNUSED_FIELD",
        absl::StrCat(name,
                     " with other figures compares its subject with them; the "
                     "whole would not be checked"));
  }
  if (r == v1::RELATION_RANK && c.rank() < 1) {
    errors->Add(at + "rank", "INVALID_RANK",
                "RELATION_RANK needs a rank of 1 or more: 1 is the largest, 2 "
                "the second-largest");
  }
  if (r != v1::RELATION_RANK && c.rank() != 0) {
    errors->Add(at + "rank", "UNUSED_FIELD", "only RELATION_RANK uses a rank");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  const Comparison c = Read(claim.comparison(), figures);
  std::vector<const Figure*> involved = {c.subject};
  involved.insert(involved.end(), c.others.begin(), c.others.end());
  if (c.whole) involved.push_back(c.whole);
  const int n = static_cast<int>(c.others.size());
  if (c.relation == v1::RELATION_RANK && c.rank > n + 1) {
    AddMissing(result, "comparison", {"others"},
               absl::StrCat(Whose(*c.subject), " can be ", Place(c.rank),
                            " only among at least ", c.rank,
                            " figures; the claim compares it with ", n,
                            n == 1 ? " other." : " others."));
    return;
  }
  const Values values = ValuesOf(c);
  const Decision decision = Decide(c, values, /*ties=*/false, work);
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "comparison", involved);
    return;
  }
  if (decision == Decision::kYes) {
    std::vector<Interval> printed;
    if (Decide(c, PrintedValues(c, &printed), false, work) == Decision::kNo) {
      ReportRoundingEdge(c, involved, result);
    }
    return;
  }
  const bool superlative = c.relation == v1::RELATION_LARGEST ||
                           c.relation == v1::RELATION_SMALLEST ||
                           c.relation == v1::RELATION_RANK ||
                           (c.relation == v1::RELATION_MOST && !c.whole);
  if (superlative && Decide(c, values, /*ties=*/true, work) == Decision::kYes) {
    ReportTie(c, involved, result);
    return;
  }
  v1::Discrepancy* d = c.whole ? ReportShare(c, involved, work, result)
                               : ReportOrder(c, involved, result);
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        return Decide(c, ValuesOf(c, &f, &replaced), false, work) ==
               Decision::kYes;
      },
      d);
}

// What the claim means as arithmetic, for the article-level model and for
// claims over quantities the article does not print: each pair in order
// (strictly, or not for >= and <=; equal for EQUAL), or the subject's share
// of a whole above zero within the relation's range. A rank between the
// first and the last says which others are above the subject, not how many
// of them in particular, so it has no such form: it keeps its own verdict.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const Comparison c = Read(claim.comparison(), figures);
  if (c.subject == nullptr) return;
  const int last = static_cast<int>(c.others.size()) + 1;
  if (c.whole == nullptr && c.relation != v1::RELATION_EQUAL && c.rank != 1 &&
      c.rank != last) {
    return;
  }
  const VarId subject = model->FigureVar(*c.subject);
  if (c.whole != nullptr) {
    const VarId whole = model->FigureVar(*c.whole);
    const Interval share = ShareRange(c.relation);
    model->Within(whole, Interval::AtLeast(0, /*open=*/true));
    // subject - lower x whole >= 0 and subject - upper x whole <= 0.
    model->Linear({{Rational(1), subject}, {-share.lower()->value, whole}},
                  Interval::AtLeast(0, share.lower()->open));
    model->Linear({{Rational(1), subject}, {-share.upper()->value, whole}},
                  Interval::AtMost(0, share.upper()->open));
    return;
  }
  for (const Figure* other : c.others) {
    const VarId o = model->FigureVar(*other);
    if (c.relation == v1::RELATION_EQUAL) {
      model->Equal(subject, o);
    } else if (c.rank == 1) {
      model->Linear({{Rational(1), subject}, {Rational(-1), o}},
                    Interval::AtLeast(0, /*open=*/!c.ties));
    } else {
      model->Linear({{Rational(1), subject}, {Rational(-1), o}},
                    Interval::AtMost(0, /*open=*/!c.ties));
    }
  }
}

// The subject, the others and the whole measure one quantity.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  const v1::ComparisonClaim& c = claim.comparison();
  refs->push_back({"subject_id", -1, &c.subject_id()});
  for (int i = 0; i < c.other_ids_size(); ++i)
    refs->push_back({"other_ids[]", i, &c.other_ids(i)});
  refs->push_back({"whole_id", -1, &c.whole_id()});
}

}  // namespace

Check ComparisonCheck() {
  Check check{v1::Claim::kComparison, "comparison", &Validate, &Run,
              &Constrain};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
