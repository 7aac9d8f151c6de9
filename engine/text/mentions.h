// The numbers printed in an article's sentences, each read as a figure or
// set aside with the reason (a year, a date, an age...), and the words
// around each that say what it counts and where.
//
//   "ICE arrested 101 people in Los Angeles, 21 in Santa Clara County"
//     -> "101": figure text "101", unit count, unit_name "people",
//               label "Los Angeles"
//     -> "21":  unit_name "people" (carried from the list), label
//               "Santa Clara County"
//   "On Oct. 2, 2017, Smith, 45, called (415) 555-0100"
//     -> a date, an age and a phone number: no figure.
//
// A number phrase is read with the engine's own figure reader (ReadFigure):
// qualifiers ("more than"), currency signs, scale words ("1.2 million"),
// unit words ("63 percent", "2.3 percentage points"), number words ("six",
// "twenty-one", "a dozen") and rates ("17.4 per 100,000").
#ifndef CLAIMCHECK_ENGINE_TEXT_MENTIONS_H_
#define CLAIMCHECK_ENGINE_TEXT_MENTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/numbers/exact.h"
#include "engine/numbers/interval.h"
#include "engine/text/document.h"
#include "engine/text/segment.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck::text {

// One sentence with its tokens.
struct SentenceWords {
  Sentence sentence;
  std::vector<Token> tokens;
};

// A number as printed, where it stands and what the words around it say.
struct Mention {
  int32_t begin = 0;  // UTF-8 bytes of the whole phrase in the text
  int32_t end = 0;
  int sentence = 0;     // index into the sentences
  int first_token = 0;  // the phrase's tokens [first_token, end_token)
  int end_token = 0;
  int number_token = 0;  // the token holding the digits or number word

  // Set when it is not a quantity: why.
  v1::UnusedReason reason = v1::UNUSED_REASON_UNSPECIFIED;

  // For quantities: as ReadFigure read the phrase.
  std::string figure_text;               // the phrase, as Figure.text takes it
  v1::Unit unit = v1::UNIT_UNSPECIFIED;  // from the text; count if counted
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  Rational value;
  Interval interval;
  bool whole = false;        // an integer value printed without decimals
  bool from_words = false;   // "six", "a dozen"
  std::string unit_name;     // "people"
  std::string label;         // "Los Angeles", "nationwide"
  int32_t label_begin = -1;  // bytes of the label's words, when printed
  int32_t label_end = -1;
  bool scope_total = false;     // "nationwide", "in all", "a total of"
  bool place_label = false;     // the label came from "in <Place>"
  bool inherited_unit = false;  // unit_name carried from an earlier item
  // The unit a rule read for the figure, which Figure.unit states: "more
  // than one half" before "(53.8%)" is a percentage.
  bool unit_stated = false;
  // The unit of measure a rule read beside the number, as
  // Figure.unit_symbol states it ("ft" for "30-foot"); empty for none.
  std::string unit_symbol;
  // A rule read the number as a conversion a writer rounds ("30-foot-tall
  // (9-meter-tall)"): with no qualifier printed, Figure.qualifier says
  // "about".
  bool approximate = false;
};

// Every number of every sentence, in reading order.
std::vector<Mention> FindMentions(const Document& doc,
                                  const std::vector<SentenceWords>& sentences);

// Lower-case ASCII copy of a token's text.
std::string Lower(absl::string_view text, const Token& t);

// An explanation of `reason` in words: "a year".
absl::string_view ReasonWords(v1::UnusedReason reason);

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_MENTIONS_H_
