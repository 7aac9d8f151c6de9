#include "engine/text/claims.h"

namespace claimcheck::text {

std::vector<Proposal> ProposeClaims(const Document& doc,
                                    const std::vector<SentenceWords>& sentences,
                                    const std::vector<Mention>& mentions,
                                    const std::vector<std::string>& ids) {
  return {};
}

}  // namespace claimcheck::text
