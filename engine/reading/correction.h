// The slips that turn a right figure into a printed wrong one, run backwards:
// given a printed figure, the figures it may have been meant to be. A check
// that fails tries each in place of each figure it involves; those that make
// the claim hold become its suggested corrections, most common slip first.
//
//   for (const Slip& slip : SlipsOf(denver)) ...   // "36": "63" transposed,
//                                                   // "3", "6", "336", ...
#ifndef CLAIMCHECK_ENGINE_READING_CORRECTION_H_
#define CLAIMCHECK_ENGINE_READING_CORRECTION_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "engine/reading/figure.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One candidate for what a figure was meant to be.
struct Slip {
  std::string text;   // the figure's text with the slip undone
  Rational value;     // its value, scaled
  Interval interval;  // the true values it stands for
  v1::Cause cause;    // the slip: digits transposed, dropped, ...
  int edits = 1;      // printed characters changed (see Edits); a
                      // scale word swapped counts as one
};

// Candidates for `figure`, most common slip first: adjacent digits swapped,
// a digit dropped or doubled, off by a power of ten (zeros, the point, or a
// scale word: "million" for "billion"; "0.382" for "3.82" too), a digit typed
// as its neighbour on a keyboard's top row or a number pad ("59" for "50").
// Figures printed in words have none. A candidate prints in the figure's own
// style: its separators, and separators where the figure was too short to
// show them ("1,670" for "170").
std::vector<Slip> SlipsOf(const Figure& figure);

// A figure's slips (SlipsOf), each worked out only as far as a caller needs
// it: every candidate's digits and value at once, its interval, text and
// edits the first time a caller may use them. Most of a figure's dozens of
// candidates are far from any value under which its claims could hold; a
// caller that knows where they must fall (`may`) never has those made.
//
//   SlipList slips(denver);
//   slips.ForEach(Interval::Closed(60, 66), [](const Slip& s) { ... });  // 63
class SlipList {
 public:
  explicit SlipList(const Figure& figure);
  ~SlipList();
  SlipList(const SlipList&) = delete;
  SlipList& operator=(const SlipList&) = delete;

  // Calls `visit` with every slip, in SlipsOf's order, that may stand for a
  // value in `may`; the others cannot, and are skipped without being made.
  // (A candidate read from its digits lies within a few digit units of its
  // value, or within its value's size of it for "about" and "nearly", or is
  // unbounded on the side "more than" or "less than" opens; the two are
  // compared in doubles with a margin far above their rounding, so that a
  // candidate is skipped only when it is certain to miss. The caller still
  // decides on the slip's exact interval.)
  void ForEach(const Interval& may,
               const std::function<void(const Slip&)>& visit) const;
  // Every slip, made: SlipsOf(figure).
  std::vector<Slip> All() const;

 private:
  struct Pending;
  struct Form;
  struct Spelled;
  // The slip `p` stands for, or none when its interval is empty; `figure`
  // is needed only for one read from its text.
  std::optional<Slip> Make(const Pending& p, const Figure* figure) const;
  const Slip* Made(const Pending& p) const;
  std::unique_ptr<const Form> form_;
  std::vector<Pending> pending_;
  // Set when the candidates are kept as numbers and bounds instead of in
  // pending_ (a figure printed in plain digits).
  std::unique_ptr<Spelled> spelled_;
};

// Keeps the slips SlipsFor works out while it is in scope on its thread, so
// that the checks of a request and its diagnosis, which both try the slips
// of each figure in a failed claim, work each figure's out once. CheckClaims
// holds one for the request; without one, SlipsFor works them out each time.
//
//   SlipMemo memo;                          // while the request is checked
//   SlipsFor(denver)->ForEach(may, visit);  // SlipList(denver), once
class SlipMemo {
 public:
  SlipMemo();
  // The same, for a request whose figures (`stable`) stay as they are while
  // the memo lives: a figure read from one of them is found by its address
  // without comparing its fields.
  explicit SlipMemo(
      const google::protobuf::RepeatedPtrField<v1::Figure>& stable);
  ~SlipMemo();
  SlipMemo(const SlipMemo&) = delete;
  SlipMemo& operator=(const SlipMemo&) = delete;

  // The memo in scope on this thread, or null.
  static SlipMemo* Current();
  // SlipList(figure), made on the first call for a figure read as `figure`
  // is (its printed fields, value, precision, unit and conversion).
  std::shared_ptr<const SlipList> Of(const Figure& figure);

 private:
  struct Entry {
    std::string proto;  // the figure's fields, serialized (unless stable)
    Rational value, digit_unit, conversion;
    v1::Unit unit;
    bool range;
    std::shared_ptr<const SlipList> slips;
  };
  SlipMemo* previous_;
  absl::flat_hash_set<const v1::Figure*> stable_;
  absl::flat_hash_map<const v1::Figure*, std::vector<Entry>> entries_;
};

// SlipList(figure), from the SlipMemo in scope when there is one.
std::shared_ptr<const SlipList> SlipsFor(const Figure& figure);

// How strong a kind of evidence a slip of `cause` is when it makes claims
// hold: 0 for slips with one variant or few (two digits swapped, and the
// readings of a claim's wording or arithmetic that the checks propose), 1
// for those with many, among which a fit can be chance (a digit doubled,
// dropped or typed as its neighbour, a power of ten).
int SlipTier(v1::Cause cause);

// The values `slip` would stand for if it were printed as precisely as
// `figure` is: its own interval unless it has fewer significant digits and
// a wider rounding ("5.91" for "5.991" stands for 5.905 to 5.915; as
// precisely printed, 5.9095 to 5.9105). A correction that fits only thanks
// to that width is weaker evidence than one that fits as the article
// printed its figure.
Interval AsPreciseAsPrinted(const Figure& figure, const Slip& slip);

// The slip in words: "36 (Denver) may be 63 with its digits swapped".
std::string ExplainSlip(const Figure& figure, const Slip& slip);

// `figure`'s text with its number replaced by `value` (scaled, a multiple of
// the figure's digit unit), printed as the figure prints it: the same
// decimals, separators, sign and words around it ("$1.2 million" with 1.5
// million is "$1.5 million"). A figure printed in words gets digits.
std::string TextFor(const Figure& figure, const Rational& value);

// `value` rounded to the nearest multiple of `figure`'s last printed digit
// (its digit unit): what the figure could print of it.
Rational OnDigits(const Figure& figure, const Rational& value);

// The interval `figure` would stand for if printed as `text` instead, with
// its other fields (unit, rounding, qualifier) as they are: "more than 50"
// for "more than 500" is (50, inf). Empty when `text` does not read.
Interval IntervalOfText(const Figure& figure, const std::string& text);

// Characters changed from `a` to `b`: insertions, deletions, substitutions,
// and swaps of two adjacent characters, each counting one (the optimal
// string alignment distance). Commas between digits and a zero that only
// leads a point do not count: "1,107" and "107" are one digit apart, and
// "0.382" and "3.82" one moved point.
int Edits(const std::string& a, const std::string& b);

// Tries every slip of every printed figure in `figures` (not the request's
// quantities, which the article does not print) with `holds`, which says
// whether the claim holds when one figure's interval is replaced; adds each
// that does to `d` (at most `max` of them) and sets d's cause when they all
// agree on one. Returns how many were found. `may`, when given, is an outer
// bound of where a figure's replaced interval must reach for `holds` to be
// true (a total's part: the total less the other parts): the slips that
// cannot reach it are not tried, nor made (SlipList::ForEach).
int SuggestCorrections(
    const std::vector<const Figure*>& figures,
    const std::function<bool(const Figure& figure, const Interval& replaced)>&
        holds,
    v1::Discrepancy* d, int max = 3,
    const std::function<Interval(const Figure& figure)>& may = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_CORRECTION_H_
