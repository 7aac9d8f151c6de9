// The slips that turn a right figure into a printed wrong one, run backwards:
// given a printed figure, the figures it may have been meant to be. A check
// that fails tries each in place of each figure it involves; those that make
// the claim hold become its suggested corrections, most common slip first.
//
//   for (const Slip& slip : SlipsOf(denver)) ...   // "36": "63" transposed,
//                                                   // "3", "6", "336", ...
#ifndef CLAIMCHECK_ENGINE_CORRECTION_H_
#define CLAIMCHECK_ENGINE_CORRECTION_H_

#include <functional>
#include <string>
#include <vector>

#include "engine/figure.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One candidate for what a figure was meant to be.
struct Slip {
  std::string text;        // the figure's text with the slip undone
  Rational value;          // its value, scaled
  Interval interval;       // the true values it stands for
  v1::Cause cause;         // the slip: digits transposed, dropped, ...
};

// Candidates for `figure`, most common slip first: adjacent digits swapped,
// a digit dropped or doubled, off by a power of ten. Figures printed in words
// have none.
std::vector<Slip> SlipsOf(const Figure& figure);

// Tries every slip of every figure in `figures` with `holds`, which says
// whether the claim holds when one figure's interval is replaced; adds each
// that does to `d` (at most `max` of them) and sets d's cause when they all
// agree on one. Returns how many were found.
int SuggestCorrections(
    const std::vector<const Figure*>& figures,
    const std::function<bool(const Figure& figure, const Interval& replaced)>&
        holds,
    v1::Discrepancy* d, int max = 3);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CORRECTION_H_
