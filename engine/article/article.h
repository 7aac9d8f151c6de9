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
// tried against every claim of its component together, and only those that
// make all of them hold are kept:
// - the slips of correction.h: two digits swapped, a digit dropped or
//   doubled, off by a power of ten (zeros, the point, a scale word);
// - the readings that the checks of the conflicting claims propose
//   (engine/checks/diagnosis.h). A total's: the printed total counts one part
//   twice, leaves one out, or is the subtotal of a run of consecutive parts;
//   the correction is the total the parts add up to. A change's: the
//   direction word reversed, percent for percentage points (a slip in the
//   claim's wording), the change measured from the later value (corrected to
//   the value from the earlier one);
// - the value the figure would need for every claim to hold, when no slip
//   explains it (the cause is then unspecified).
// They are ranked: corrections a known slip explains first; then the fewest
// printed characters changed (a swap of two adjacent digits, a wrong word or
// one wrong step of arithmetic counts as one); then the likelier slip, the
// more specific and the more common first: digits transposed; percent for
// points, the wrong base, a reversed direction (one alternative each, and
// the commonest slips of reasoning about change); a digit doubled, a power of
// ten, a digit dropped (ever more variants, so a fit among them is likelier
// chance); a part counted twice, left out, a subtotal. Last, the figure that
// comes first in the article (its span, else its place in the request). That
// is no claim that the earlier figure is likelier wrong: candidates that tie
// on everything else are equally likely, the confidence says so, and the
// editor reads them in the article's order. One value reached by two slips
// is told as the likelier ("500" for "50" is off by ten, not a zero dropped).
//
// The confidence: HIGH when exactly one known slip makes every claim hold;
// MEDIUM for the first and those that tie with it when two or three known
// slips do (the others LOW); LOW when more than three do, or none does and
// only the values the figures would need are left. Those values are listed
// only when no known slip fits.
#ifndef CLAIMCHECK_ENGINE_ARTICLE_ARTICLE_H_
#define CLAIMCHECK_ENGINE_ARTICLE_ARTICLE_H_

#include "engine/checks/check.h"
#include "engine/model/model.h"
#include "engine/numbers/budget.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Suspects listed per conflicting component, at most.
inline constexpr int kMaxSuspects = 5;

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
