#include "engine/text/claims.h"

#include "engine/text/claim_context.h"
#include "engine/text/rules.h"

namespace claimcheck::text {

const std::vector<ClaimRule>& Rules() {
  static const std::vector<ClaimRule>* const rules = new std::vector<ClaimRule>{
      {"statistics", ProposeStatistics},
      {"changes", ProposeChanges},
      {"comparisons", ProposeComparisons},
      {"differences", ProposeDifferences},
      {"including", ProposeIncluding},
      {"apposition", ProposeApposition},
      {"of the whole", ProposeOfTheWhole},
      {"sum stated", ProposeSumStated},
      {"listed parts", ProposeListedParts},
      {"remainders", ProposeRemainders},
      {"part of a whole", ProposePartOfWhole},
      {"halves", ProposeHalves},
      {"breakdowns", ProposeBreakdowns},
      {"counts", ProposeCounts},
      {"shares", ProposeShares},
      {"shares of one whole", ProposeSharesSums},
      {"means", ProposeMeans},
      {"rates", ProposeRates},
      {"ratios", ProposeRatios},
      {"same quantity", ProposeSameQuantities},
  };
  return *rules;
}

std::vector<Proposal> ProposeClaims(const Document& doc,
                                    const std::vector<SentenceWords>& sentences,
                                    std::vector<Mention>* mentions,
                                    std::vector<std::string>* ids) {
  ClaimContext c(doc, sentences, mentions, ids);
  for (const ClaimRule& rule : Rules()) rule.run(c);
  return c.TakeProposals();
}

}  // namespace claimcheck::text
