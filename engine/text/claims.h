// The claims an article's words assert between its figures, each on evidence
// in the text: cue words and the figures they relate.
//
//   "ICE arrested 498 people nationwide ..." then "ICE arrested 101 people
//   in Los Angeles, 21 in Santa Clara County and six in San Francisco ..."
//     -> a total: 498 is the sum of the places listed (medium confidence:
//        the places are listed after a nationwide figure of the same kind;
//        "including" would make it partial, and high).
//   "Of all those arrested nationally, 63 percent had criminal convictions"
//     -> a share of the total in scope, its part unstated.
//   "arrests ... have climbed 37 percent" -> a change, endpoints unstated.
//
// Numbers a claim does not use stay unused; a proposal never rests on a
// number set aside as a year, a date, an age or the like.
#ifndef CLAIMCHECK_ENGINE_TEXT_CLAIMS_H_
#define CLAIMCHECK_ENGINE_TEXT_CLAIMS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/text/document.h"
#include "engine/text/mentions.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck::text {

struct Proposal {
  // The claim, its kind set, figure ids from `ids` (see ProposeClaims); the
  // engine fills in its id, text and span.
  v1::Claim claim;
  // The mentions it uses.
  std::vector<int> mentions;
  v1::Confidence confidence = v1::CONFIDENCE_MEDIUM;
  // The sentence the claim is made in.
  int sentence = 0;
  // The words that signal it, as UTF-8 byte ranges of the text.
  std::vector<std::pair<int32_t, int32_t>> cues;
  // The values it refers to that the text does not print, unstated
  // (CheckClaimsRequest.quantities): "fell $2.50, or 10%, to $22.50" is two
  // changes from one price the text leaves out. Claims that share one carry
  // it alike; the request lists it once.
  std::vector<v1::Quantity> quantities;
};

// Proposes the claims of the text. `(*ids)[i]` is the figure id of mention
// i. A claim may read a figure the number reader did not (the second df of
// "F(1,234)", the multiple "doubled"): it is appended to `mentions` with its
// id appended to `ids`.
std::vector<Proposal> ProposeClaims(const Document& doc,
                                    const std::vector<SentenceWords>& sentences,
                                    std::vector<Mention>* mentions,
                                    std::vector<std::string>* ids);

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_CLAIMS_H_
