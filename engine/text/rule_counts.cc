// Counts: a printed count and the items its words list by name.
//
//   "group (2 levels: WS, TD)", "three cities: Denver, Seattle and Boston."
//                                    a count, the noun it counts (a word or
//                                    two), a colon, then the items to the
//                                    closing bracket (when a bracket opens
//                                    before the count) or the end of the
//                                    sentence, parted by commas, "and",
//                                    "or": medium. Not when an item is
//                                    itself counted ("18 players: 10
//                                    forwards and 8 guards" is a total), is
//                                    long (more than five words: a clause,
//                                    not a name), or the count is no whole
//                                    number from 2 to 30.
//   "a plan with three principal elements: a media release ..., posted
//   online and e-mailed to members; a telephone call ...; and a conference
//   call ..."                        items parted by semicolons, the last
//                                    after "; and" (or "; or"), to the end
//                                    of the sentence: items of any length,
//                                    commas inside one part of it: medium.
//                                    Not without "; and" closing the list
//                                    ("three causes: poor training; weak
//                                    oversight."), nor items that open with
//                                    a count of their own ("12 wins; 3
//                                    losses; and 2 draws").
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// The items after the colon at `colon` when semicolons part them and the
// last opens with "and" or "or" after its semicolon ("...; and a
// conference call"), to the end of the sentence; none otherwise, or when
// an item opens with a count of its own ("10 forwards").
std::vector<std::pair<int, int>> SemicolonItems(ClaimContext& c, int s,
                                                int colon) {
  const Words w = c.W(s);
  std::vector<std::pair<int, int>> items;
  int first = -1;
  int last = -1;
  bool closing_and = false;
  for (int j = w.Next(colon); j <= w.size(); j = w.Next(j)) {
    const bool end = j >= w.size() || w.IsPunct(j, ".");
    if (end || w.IsPunct(j, ";")) {
      if (first < 0) return {};
      items.push_back({first, last});
      first = -1;
      if (end) break;
      const int next = w.Next(j);
      closing_and = w.Is(next, "and") || w.Is(next, "or");
      if (closing_and) j = next;
      continue;
    }
    if (first < 0) {
      const int m = c.MentionStartingAt(s, j);
      if (m >= 0 && !c.m(m).unit_name.empty()) return {};
      first = j;
    }
    last = j;
  }
  if (!closing_and) return {};
  return items;
}

void Counts(ClaimContext& c, int s) {
  const Words w = c.W(s);
  for (int ni : c.quantities(s)) {
    const Mention& n = c.m(ni);
    if (c.used(ni) || !c.CountLike(n) || n.first_token < 0 ||
        n.value < Rational(2) || Rational(30) < n.value) {
      continue;
    }
    // The noun counted, a word or two, then the colon.
    int colon = w.Next(n.end_token - 1);
    int words = 0;
    while (words < 2 && w.IsWord(colon) && c.MentionAt(s, colon) < 0) {
      colon = w.Next(colon);
      ++words;
    }
    if (words == 0 || !w.IsPunct(colon, ":")) continue;
    const bool bracket = w.IsPunct(w.Prev(n.first_token), "(");
    // The items, each the tokens between two separators.
    std::vector<std::pair<int, int>> items;
    int first = -1;
    int last = -1;
    int word_count = 0;
    bool closed = false;
    bool ok = true;
    for (int j = w.Next(colon); j < w.size() && ok; j = w.Next(j)) {
      const bool end = bracket ? w.IsPunct(j, ")")
                               : (w.IsPunct(j, ".") || w.IsPunct(j, ";"));
      const bool separator =
          w.IsPunct(j, ",") || w.Is(j, "and") || w.Is(j, "or");
      if (end || separator) {
        if (first >= 0) items.push_back({first, last});
        first = -1;
        word_count = 0;
        if (end) {
          closed = true;
          break;
        }
        continue;
      }
      if (w.IsPunct(j, "(") || w.IsPunct(j, ")") || w.IsPunct(j, ":") ||
          w.IsPunct(j, ";") || w.IsPunct(j, ".")) {
        // "1:1" is an item's own colon; another colon or bracket is not.
        if (!(w.IsPunct(j, ":") && w.Touch(j - 1, j) && w.Touch(j, j + 1))) {
          ok = false;
        }
      }
      // An item that is itself counted: "10 forwards".
      const int m = c.MentionStartingAt(s, j);
      if (m >= 0 && !c.m(m).unit_name.empty()) ok = false;
      if (w.IsWord(j) && ++word_count > 5) ok = false;
      if (first < 0) first = j;
      last = j;
    }
    // "three principal elements: a media release ..., posted online; a
    // telephone call ...; and a conference call ...": items parted by
    // semicolons, the last after "; and", may be clauses; where semicolons
    // part the list, commas part no items ("a review of the budget, led by
    // the mayor; ...").
    std::vector<std::pair<int, int>> parted = SemicolonItems(c, s, colon);
    if (!parted.empty()) {
      items = std::move(parted);
      ok = closed = true;
    }
    if (!ok || !closed || items.size() < 2) continue;
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(ni), "-count"));
    v1::CountClaim* count = claim.mutable_count();
    count->set_count_id(c.id(ni));
    for (const auto& [a, b] : items) {
      const auto [begin, end] = c.TokenSpan(s, a, b);
      count->add_item_names(std::string(c.text().substr(begin, end - begin)));
    }
    c.Emit(claim, {ni}, s, v1::CONFIDENCE_MEDIUM,
           {c.TokenSpan(s, colon, colon)});
  }
}

}  // namespace

void ProposeCounts(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) Counts(c, s);
}

}  // namespace claimcheck::text
