// The claim rules of the text layer, one kind of claim per file, each run
// over the whole document in the order Rules() lists them. A rule proposes a
// claim only on words that state it (a cue such as "including", "rose ...
// to", "of the", "versus", a structure such as a list of counts after a
// total); each file's opening comment lists the structures it reads, with an
// example of each. Earlier rules take their figures first: a figure a claim
// already uses is mostly not offered to a later rule of the same kind.
//
//   ClaimContext c(doc, sentences, &mentions, &ids);
//   for (const ClaimRule& rule : Rules()) rule.run(c);
//   std::vector<Proposal> proposals = c.TakeProposals();
#ifndef CLAIMCHECK_ENGINE_TEXT_RULES_H_
#define CLAIMCHECK_ENGINE_TEXT_RULES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "engine/text/claim_context.h"

namespace claimcheck::text {

struct ClaimRule {
  absl::string_view name;
  void (*run)(ClaimContext& c);
};

// Every rule, in the order they run.
const std::vector<ClaimRule>& Rules();

// rule_statistics.cc: "t(28) = 2.20, p = .03" and its variants.
void ProposeStatistics(ClaimContext& c);
// rule_changes.cc: "climbed 37 percent", "fell from 12.1% to 9.8%".
void ProposeChanges(ClaimContext& c);
// rule_changes.cc: "12 fewer homicides than a year ago".
void ProposeDifferences(ClaimContext& c);
// rule_comparisons.cc: "exceeded the forecast of $36.8 billion".
void ProposeComparisons(ClaimContext& c);
// rule_totals.cc: "120 people, including 45 in Oakland".
void ProposeIncluding(ClaimContext& c);
// rule_totals.cc: "2229 people on board, 1316 passengers and 913 crew",
// "80 arrests, 50 for theft and 30 for assault".
void ProposeApposition(ClaimContext& c);
// rule_totals.cc: "Thirty-one of the state's 67 counties".
void ProposeOfTheWhole(ClaimContext& c);
// rule_totals.cc: "Of the 10 cases, eight ...", "Two children were among
// 10 people hurt", "Thirty-three of those arrests".
void ProposePartOfWhole(ClaimContext& c);
// rule_comparisons.cc: "Of the $1.3 million ..., about $667,000 came from
// ..." then "That's a little less than half of the group's total."
void ProposeHalves(ClaimContext& c);
// rule_totals.cc: "... and 55 in June, for a total of 95".
void ProposeSumStated(ClaimContext& c);
// rule_totals.cc: "A total of 88 participants were excluded: 57 ..., 21
// ...", "$0.408936, which breaks down into:" then list items.
void ProposeListedParts(ClaimContext& c);
// rule_totals.cc: "recruited 187 participants ... 88 were excluded ... A
// remaining total of 99".
void ProposeRemainders(ClaimContext& c);
// rule_totals.cc: "498 people nationwide" then place by place.
void ProposeBreakdowns(ClaimContext& c);
// rule_counts.cc: "(2 levels: WS, TD)".
void ProposeCounts(ClaimContext& c);
// rule_shares.cc: "63 percent of the 498 people".
void ProposeShares(ClaimContext& c);
// rule_shares_sum.cc: "37% voting yes, 43% no, and 20% ... undecided".
void ProposeSharesSums(ClaimContext& c);
// rule_means.cc: "Through 17 games Barrett ... was averaging 23.8".
void ProposeMeans(ClaimContext& c);
// rule_rates.cc: "150 cases among its 50,000 residents, a rate of 300 per
// 100,000", "5,000 officers for 1 million residents ... 5 officers per 1,000
// people".
void ProposeRates(ClaimContext& c);
// rule_ratios.cc: "At $4, prices are twice the $2 they were a decade ago".
void ProposeRatios(ClaimContext& c);
// rule_same_quantity.cc: "498 people" and later "nearly 500 people".
void ProposeSameQuantities(ClaimContext& c);

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_RULES_H_
