// The article-level check (docs/spec.md, kind 10): every claim of one request
// together, the smallest sets of claims that conflict, and the figures most
// likely wrong, each with the correction that makes every claim hold.
//
//   v1::ArticleResult article =
//       CheckArticle(request, figures, response.results(), work);
//   // The worked example with Denver printed as 36:
//   article.verdict();                 // VERDICT_ERROR
//   article.conflicts(0).claim_ids();  // {"regional-total"}
//   article.suspects(0).correction();  // denver "36" -> "63",
//                                      // CAUSE_DIGITS_TRANSPOSED
//   article.confidence();              // CONFIDENCE_MEDIUM: Washington's
//                                      // "14" -> "41" fits as well
//
// The verdict. Each claim whose check can say what it means as arithmetic
// (check.h's `constrain`) adds its constraints to one model (model.h); the
// claims fall apart into components that share no figure, and the solver
// (solver.h) decides each component. The article is consistent only when the
// solver found values that satisfy every claim of every component; a
// component it could not decide within the work budget or the deadline makes
// the article not checkable, with the reason, unless another component
// already conflicts.
//
// The conflicts. In a component that cannot hold, FindConflicts
// (conflicts.h) names the smallest sets of claims that cannot all hold (leave
// out any one claim and the rest can), all of them when they are few.
//
// The suspects. For every figure in a conflict, candidate corrections are
// tried against every claim of its component together (but the claims of
// conflicts that share nothing with it: another slip's), and only those that
// make all of them hold are kept:
// - the slips of correction.h: two digits swapped, a digit dropped or
//   doubled, a digit typed as its neighbour on a keyboard or number pad, off
//   by a power of ten (zeros, the point, a point moved out of a leading
//   zero, a scale word);
// - the readings that the checks of the conflicting claims propose
//   (engine/checks/diagnosis.h): a total's (a part counted twice or left
//   out, a subtotal), a change's (the direction word reversed, percent for
//   percentage points, the wrong base), a ratio's ("three times more" taken
//   literally);
// - the value the figure would need for every claim to hold, when no slip
//   explains it (the cause is then unspecified).
// They are ranked (docs/spec.md says it in full): a known slip first; the
// reading the claim's own finding gives as its cause first among those; a
// correction that fits as precisely as the figure was printed before one
// that fits only with fewer digits and a wider rounding; the fewest printed
// characters changed; the likelier slip; the figure printed first.
// Candidates equal but for their figures tie, and the diagnosis says so. The
// list names each figure once before any twice, every figure a correction
// fits, and a tie whole.
//
// One diagnosis (v1::Diagnosis) per group of conflicts that share a claim, a
// figure or a quantity; conflicts joined only by claims that hold on their
// own are separate slips, and a correction of one is tried against every
// claim of the component but the other groups' conflicts. Its suspects,
// confidence and reason, how many of its first suspects tie, and whether the
// search was cut short. The confidence: HIGH only when exactly one known
// slip fits, as precisely as printed, and the search was complete; MEDIUM
// when two or three fit, or more where the first is set apart (fewer
// characters, or a slip with few variants against ones with many); LOW
// otherwise. The article's confidence is the lowest of its diagnoses'.
#ifndef CLAIMCHECK_ENGINE_ARTICLE_ARTICLE_H_
#define CLAIMCHECK_ENGINE_ARTICLE_ARTICLE_H_

#include "engine/checks/check.h"
#include "engine/model/model.h"
#include "engine/numbers/budget.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Suspects listed per conflicting component, at most; but every figure that
// a correction fits is named once, and a tie is listed whole, up to
// kMaxTiedSuspects.
inline constexpr int kMaxSuspects = 5;
inline constexpr int kMaxTiedSuspects = 25;

// The model of every claim of `request`, each claim's constraints tagged with
// its index; `replaced`, when not negative, is read as `replacement` instead.
ArticleModel BuildArticleModel(const v1::CheckClaimsRequest& request,
                               const FigureTable& figures, int replaced = -1,
                               const v1::Claim* replacement = nullptr);

// Checks all claims of `request` together. `results` are the claims' own
// results, in request order (for their verdicts and messages). Every step is
// charged to `work`'s budget; once it is spent the answer says so.
v1::ArticleResult CheckArticle(
    const v1::CheckClaimsRequest& request, const FigureTable& figures,
    const google::protobuf::RepeatedPtrField<v1::ClaimResult>& results,
    WorkContext work);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ARTICLE_ARTICLE_H_
