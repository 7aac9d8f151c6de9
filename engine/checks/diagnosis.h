// What a check sees of the diagnosis of a conflict. When claims cannot all
// hold, the article-level check looks for the single corrections that make
// every claim of the conflict's component hold: the slips any printed figure
// may have (correction.h), and the readings that only a kind of claim knows,
// which its check proposes through its `figure_readings` and
// `claim_readings` (check.h). The diagnosis tries each proposal against the
// whole component and keeps those that fit.
//
//   // In a total's figure_readings: the total counts a part twice.
//   diagnosis->TryCorrection({&total, TextFor(total, sum),
//                             v1::CAUSE_PART_COUNTED_TWICE,
//                             "498 may count Denver twice: ..."});
//   // In a change's claim_readings: "rose" where it fell.
//   diagnosis->TryRewritten(flipped, {&change, change.text(),
//                                     v1::CAUSE_DIRECTION_REVERSED,
//                                     "...", /*wording=*/true});
//
// A reading counts as one printed edit: one wrong word or one wrong step of
// arithmetic.
#ifndef CLAIMCHECK_ENGINE_CHECKS_DIAGNOSIS_H_
#define CLAIMCHECK_ENGINE_CHECKS_DIAGNOSIS_H_

#include <optional>
#include <string>

#include "engine/reading/figure.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One correction a check proposes: `figure` should have been printed as
// `text`, for `cause`, as `explanation` says to an editor.
struct Reading {
  const Figure* figure = nullptr;
  std::string text;
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  std::string explanation;
  // A slip in the claim's wording (percent for percentage points), not in
  // the figure's value: the suspect names the claim.
  bool wording = false;
};

// The suspect search, as the claim it asks about sees it.
class Diagnosis {
 public:
  virtual ~Diagnosis() = default;

  // Keeps `reading` when every claim holds with its figure printed as its
  // text.
  virtual void TryCorrection(Reading reading) = 0;

  // Keeps `reading` when every claim holds with the claim being asked about
  // read as `rewritten`, every figure as printed.
  virtual void TryRewritten(const v1::Claim& rewritten, Reading reading) = 0;

  // The text `figure` would need, were it the only figure wrong, for every
  // claim to hold; nullopt when the search finds none.
  virtual std::optional<std::string> NeededText(const Figure& figure) = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_DIAGNOSIS_H_
