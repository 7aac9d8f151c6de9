#include "engine/text/mentions.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/reading/figure.h"
#include "engine/reading/number_phrase.h"
#include "engine/reading/request_error.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

const Set& NumberWords() {
  static const Set* s = new Set{
      "zero",     "one",      "two",      "three",   "four",    "five",
      "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
      "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty",   "thirty",  "forty",   "fifty",
      "sixty",    "seventy",  "eighty",   "ninety",  "dozen",   "hundred"};
  return *s;
}

const Set& Months() {
  static const Set* s = new Set{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december",
      "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
      "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
  return *s;
}

// Words after which a four-digit number is a year.
const Set& YearCues() {
  static const Set* s = new Set{
      "in",     "since",   "by",     "until",  "till",     "of",     "from",
      "to",     "through", "during", "before", "after",    "early",  "late",
      "mid",    "fiscal",  "year",   "the",    "between",  "and",    "spring",
      "summer", "fall",    "autumn", "winter", "circa",    "around", "for",
      "than",   "on",      "at",     "last",   "calendar", "school", "season"};
  return *s;
}

const Set& StreetWords() {
  static const Set* s =
      new Set{"street",    "st",      "avenue", "ave",    "road",    "rd",
              "boulevard", "blvd",    "lane",   "ln",     "drive",   "dr",
              "way",       "place",   "pl",     "court",  "ct",      "highway",
              "hwy",       "parkway", "pkwy",   "square", "terrace", "circle"};
  return *s;
}

// Words before a number that make it a name: "Route 66", "Proposition 47".
const Set& IdentifierCues() {
  static const Set* s =
      new Set{"route",    "highway",  "interstate", "proposition", "prop",
              "measure",  "section",  "article",    "chapter",     "title",
              "flight",   "no",       "number",     "room",        "suite",
              "district", "precinct", "ward",       "building",    "gate",
              "bus",      "line",     "model",      "version",     "channel",
              "episode",  "season",   "level",      "phase",       "stage",
              "category", "grade",    "apollo",     "box",         "unit",
              "pier",     "exit",     "platform",   "page",        "pages",
              "table",    "figure",   "fig",        "item",        "amendment",
              "rule",     "form",     "covid",      "week",        "type",
              "class"};
  return *s;
}

// Those of IdentifierCues that name in lower case too after "the" ("the
// class 12 board exam", "the stage 2 outage"): nouns that never measure or
// count what follows ("the box 12 inches deep", "the number 12" do).
const Set& LowerCaseIdentifierCues() {
  static const Set* s = new Set{
      "class",   "grade",   "stage",   "level",     "phase",      "category",
      "type",    "season",  "episode", "chapter",   "section",    "article",
      "route",   "flight",  "gate",    "platform",  "exit",       "week",
      "channel", "version", "model",   "amendment", "proposition"};
  return *s;
}

// Statistics printed beside a test or a mean, before "=": "SD = 1.49".
// Case matters: "d" is Cohen's d, "D" is not.
const Set& StatisticLabels() {
  static const Set* s = new Set{"SD",
                                "SE",
                                "SEM",
                                "MSE",
                                "MSe",
                                "d",
                                "g",
                                "CI",
                                "OR",
                                "RR",
                                "IQR",
                                "ES",
                                "SDs",
                                "s.d",
                                "s.e",
                                "\xCE\xB7"
                                "2",
                                "\xCE\xB7p2",
                                "\xCE\xB7\xC2\xB2",
                                "\xCF\x89\xC2\xB2"};
  return *s;
}

// Words next to a pair "N-M" that make it a score or a tally.
const Set& ScoreCues() {
  static const Set* s =
      new Set{"won",    "win",      "wins",     "lost",   "lose",    "loss",
              "beat",   "beats",    "defeated", "defeat", "victory", "score",
              "scored", "tie",      "tied",     "vote",   "voted",   "votes",
              "ruling", "decision", "record",   "lead",   "led",     "against",
              "draw",   "drew",     "game",     "match",  "final",   "series",
              "margin", "split",    "over",     "result", "loser",   "winner",
              "league"};
  return *s;
}

// Words that end what is counted: prepositions, articles, auxiliaries.
const Set& StopWords() {
  static const Set* s = new Set{
      "in",      "on",         "at",         "of",        "for",
      "from",    "to",         "by",         "with",      "and",
      "or",      "but",        "nor",        "the",       "a",
      "an",      "this",       "that",       "these",     "those",
      "who",     "whom",       "which",      "whose",     "were",
      "was",     "are",        "is",         "be",        "been",
      "being",   "had",        "has",        "have",      "will",
      "would",   "could",      "should",     "may",       "might",
      "must",    "can",        "did",        "do",        "does",
      "than",    "as",         "per",        "each",      "more",
      "less",    "fewer",      "over",       "under",     "since",
      "during",  "after",      "before",     "last",      "next",
      "percent", "nationwide", "nationally", "statewide", "overall",
      "total",   "worldwide",  "altogether", "apiece",    "so",
      "then",    "there",      "here",       "now",       "still",
      "also",    "about",      "into",       "across",    "around",
      "among",   "between",    "while",      "when",      "where",
      "if",      "because",    "according",  "year",      "years",
      "ago",     "earlier",    "later",      "compared",  "up",
      "down",    "out",        "off",        "its",       "their",
      "his",     "her",        "our",        "my",        "your",
      "it",      "they",       "we",         "he",        "she",
      "you",     "i",          "such",       "including", "respectively",
      "through", "toward",     "towards",    "against",   "within",
      "without", "via",        "than",       "said",      "says",
      "say",     "percentage", "points",     "point",     "times",
      "fold",    "cent",       "other",      "others",    "only",
      "just",    "almost",     "nearly",     "not",       "no",
      "all",     "both",       "either",     "neither",   "every",
      "some",    "any",        "most",       "many",      "much",
      "several", "few",        "own",        "followed"};
  return *s;
}

// An adverb by its look ("nearly", "respectively"), not a noun that ends
// the same way ("three family members").
bool Adverb(absl::string_view lower) {
  static const Set* nouns =
      new Set{"family",   "assembly",  "supply", "ally",  "rally", "anomaly",
              "monopoly", "butterfly", "fly",    "belly", "lily"};
  return absl::EndsWith(lower, "ly") && !nouns->contains(lower);
}

// Words and phrases that make a figure the whole of its kind.
const Set& ScopeWords() {
  static const Set* s =
      new Set{"nationwide", "nationally",  "statewide",  "worldwide",
              "overall",    "countrywide", "altogether", "combined",
              "globally",   "total",       "citywide",   "countywide"};
  return *s;
}

bool IsDash(absl::string_view p) {
  return p == "-" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94";
}

bool AllDigits(absl::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

// The value of a plain run of digits, or -1.
int64_t SmallInt(absl::string_view s) {
  if (!AllDigits(s) || s.size() > 9) return -1;
  int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Finds the number phrases of one sentence.
class SentenceReader {
 public:
  SentenceReader(const Document& doc, const SentenceWords& s, int index,
                 std::vector<Mention>* out)
      : text_(doc.text()),
        w_(doc.text(), s.tokens),
        index_(index),
        block_begin_(
            doc.blocks().empty() ? 0 : doc.blocks()[s.sentence.block].begin),
        sentence_end_(s.sentence.end),
        out_(out) {}

  // Whether the sentence prints a percentage besides one that restates,
  // after ", or" or in brackets, the number ending before token `end`: in
  // "rose 0.3 points to 4.2%" the points are percentage points, in "The
  // index gained 120 points, or 3%, to 4,120" index points (the 3% is the
  // same rise). "per cent" is a percentage as "%" is ("on 41 per cent and
  // ... on 29 per cent, a lead of 12 points").
  bool PercentBesides(int end) const {
    int restated = -1;
    int k = w_.Next(end - 1);
    if (w_.IsPunct(k, ",") && w_.Is(w_.Next(k), "or")) {
      k = w_.Next(w_.Next(k));
    } else if (w_.IsPunct(k, "(")) {
      k = w_.Next(k);
    } else {
      k = -1;
    }
    if (k >= 0 && w_.IsNumber(k)) {
      const int p = w_.Next(k);
      if (w_.IsPunct(p, "%") || w_.Is(p, "percent")) restated = p;
      if (w_.Is(p, "per") && w_.Is(w_.Next(p), "cent")) restated = w_.Next(p);
    }
    // The sentence's percentages, found at the first question: it is
    // asked only after a number in points, so most sentences are not
    // walked for them.
    if (!percent_tokens_found_) {
      percent_tokens_found_ = true;
      for (int k = 0; k < w_.size(); ++k) {
        // "41 per cent" as "41%".
        if (w_.IsPunct(k, "%") || w_.Is(k, "percent") ||
            (w_.Is(k, "cent") && w_.Is(w_.Prev(k), "per"))) {
          percent_tokens_.push_back(k);
        }
      }
    }
    for (int p : percent_tokens_) {
      if (p != restated) return true;
    }
    return false;
  }

  void Run() {
    const int first = static_cast<int>(out_->size());
    for (int i = 0; i < w_.size(); ++i) {
      const Token& t = w_.at(i);
      if (t.kind == TokenKind::kSpace) continue;
      if (t.kind == TokenKind::kPunct) {
        const absl::string_view p = w_.Text(i);
        if (p != "$" && p != "\xC2\xA3" && p != "\xE2\x82\xAC" && p != "-" &&
            p != "\xE2\x88\x92" && p != "\xE2\x80\x93" && p != "." &&
            p != "~") {
          continue;
        }
      }
      // Most words start no number, which one look-up says: Number()
      // would say the same after its own tests, which such a word passes.
      const bool asked =
          t.kind == TokenKind::kWord &&
          !absl::ascii_isdigit(static_cast<unsigned char>(text_[t.begin]));
      if (asked &&
          !MayStartNumberPhrase(text_.substr(0, sentence_end_), t.begin)) {
        continue;
      }
      i = Number(i, /*may_start=*/asked) - 1;
    }
    Ages(first);
    Scores(first);
    Context(first);
  }

  // Numbers in a range with an age are ages: "aged 55–64 years", "age 13-15
  // and 16 to 17", "aged 40–59 and 60 and over"; and where the sentence
  // prints ages, "voters 35 to 49", "voters 65+".
  void Ages(int first) {
    bool ages = false;
    for (size_t k = first; k < out_->size(); ++k) {
      ages = ages || (*out_)[k].reason == v1::UNUSED_REASON_AGE;
    }
    if (!ages) return;
    // A small whole number, alone or opening a range or a bound ("60 and
    // over", "65 or older").
    auto small = [&](const Mention& m) {
      return m.reason == v1::UNUSED_REASON_UNSPECIFIED &&
             (m.unit == v1::UNIT_AMOUNT || m.unit == v1::UNIT_COUNT) &&
             m.first_token == m.number_token &&
             w_.at(m.number_token).kind == TokenKind::kNumber &&
             SmallInt(w_.Text(m.number_token)) >= 0 &&
             SmallInt(w_.Text(m.number_token)) <= 125;
    };
    auto connectors = [&](int a, int b) {
      for (int k = a; k < b; ++k) {
        const bool ok =
            w_.at(k).kind == TokenKind::kSpace || w_.Is(k, "to") ||
            w_.Is(k, "and") || w_.Is(k, "or") || w_.Is(k, "through") ||
            w_.Is(k, "years") || w_.Is(k, "year") || w_.IsPunct(k, ",") ||
            (w_.at(k).kind == TokenKind::kPunct && IsDash(w_.Text(k)));
        if (!ok) return false;
      }
      return true;
    };
    static const Set* people =
        new Set{"voters",    "adults", "children", "people", "persons",
                "residents", "men",    "women",    "those",  "patients"};
    for (size_t k = first; k < out_->size(); ++k) {
      Mention& m = (*out_)[k];
      if (!small(m)) continue;
      const Mention* before =
          k > static_cast<size_t>(first) ? &(*out_)[k - 1] : nullptr;
      const bool chained = before != nullptr &&
                           before->reason == v1::UNUSED_REASON_AGE &&
                           connectors(before->end_token, m.first_token);
      const int i = m.number_token;
      const bool plus = w_.IsPunct(i + 1, "+") && w_.Touch(i, i + 1);
      const int next = w_.Next(i);
      const bool range_after =
          (w_.Is(next, "to") ||
           (next < w_.size() && w_.at(next).kind == TokenKind::kPunct &&
            IsDash(w_.Text(next)))) &&
          w_.IsNumber(w_.Next(next));
      const bool of_people =
          w_.IsIn(w_.Prev(i), *people) && (plus || range_after);
      // "aged 18-44 years (3.5% versus 2.3%) and 45-64 years": a range of
      // years where the sentence prints ages.
      const bool years_range = range_after && m.end_token > w_.Next(next) &&
                               (w_.Is(w_.Next(m.end_token - 1), "years") ||
                                w_.Is(w_.Next(m.end_token - 1), "year"));
      if (chained || of_people || years_range) {
        m.reason = v1::UNUSED_REASON_AGE;
      }
    }
  }

  // A results line: "Aberdeen Central 87, Spearfish 50".
  void Scores(int first) {
    if (out_->size() - first != 2) return;
    Mention& a = (*out_)[first];
    Mention& b = (*out_)[first + 1];
    if (a.reason != v1::UNUSED_REASON_UNSPECIFIED ||
        b.reason != v1::UNUSED_REASON_UNSPECIFIED ||
        a.unit != v1::UNIT_AMOUNT || b.unit != v1::UNIT_AMOUNT ||
        a.first_token != a.number_token || b.first_token != b.number_token) {
      return;
    }
    // Name, number, comma, name, number, and nothing else.
    auto name = [&](int from, int to) {
      bool any = false;
      for (int k = from; k < to; ++k) {
        if (w_.at(k).kind == TokenKind::kSpace) continue;
        if (w_.IsWord(k)) {
          if (!any && !w_.Capitalized(k)) return false;
          any = true;
          continue;
        }
        const absl::string_view p = w_.Text(k);
        if (p != "." && p != "-" && p != "/" && p != "'" && p != "&") {
          return false;
        }
      }
      return any;
    };
    const int comma = w_.Next(a.end_token - 1);
    if (!w_.IsPunct(comma, ",")) return;
    int last = b.end_token;
    while (last < w_.size() &&
           (w_.at(last).kind == TokenKind::kSpace || w_.IsPunct(last, "."))) {
      ++last;
    }
    if (last != w_.size()) return;
    if (!name(0, a.first_token) || !name(comma + 1, b.first_token)) return;
    a.reason = v1::UNUSED_REASON_SCORE;
    b.reason = v1::UNUSED_REASON_SCORE;
  }

 private:
  // Reads the number phrase starting at token i (the reader takes the
  // longest: qualifier, sign, currency, number, scale, unit, a rate's N);
  // returns the token after it, or i + 1 when none starts there.
  // `may_start`: the caller found MayStartNumberPhrase true at token i.
  int Number(int i, bool may_start) {
    const absl::string_view tok = w_.Text(i);
    const bool digits_first =
        absl::ascii_isdigit(static_cast<unsigned char>(tok.front()));
    // "8.5p", "345p": pence, money, the "p" part of the figure's text (not
    // a video's lines, "1080p").
    bool pence = false;
    if (w_.at(i).kind == TokenKind::kWord && digits_first) {
      // Digits with letters attached: "4.5bn", "21st", "10am", "5G".
      size_t k = 0;
      while (k < tok.size() &&
             (absl::ascii_isdigit(static_cast<unsigned char>(tok[k])) ||
              tok[k] == '.' || tok[k] == ',')) {
        ++k;
      }
      const std::string suffix = absl::AsciiStrToLower(tok.substr(k));
      // "Figure 2b", "Type 2a": a name, not "2 billion".
      const int before = w_.Prev(i);
      if (w_.IsIn(before, IdentifierCues()) && w_.Capitalized(before)) {
        return Unused(i, i + 1, v1::UNUSED_REASON_IDENTIFIER);
      }
      if (suffix == "st" || suffix == "nd" || suffix == "rd" ||
          suffix == "th") {
        return Unused(i, i + 1, v1::UNUSED_REASON_ORDINAL);
      }
      if (suffix == "am" || suffix == "pm" || suffix == "a.m" ||
          suffix == "p.m" || suffix == "h" || suffix == "hrs") {
        return Unused(i, i + 1, v1::UNUSED_REASON_TIME);
      }
      if (suffix == "s" && k == 4) {
        return Unused(i, i + 1, v1::UNUSED_REASON_YEAR);  // "1990s"
      }
      // Lower case only, as the reader takes a one-letter unit in the case
      // its symbol prints: "25P" is no figure it reads.
      if (tok.substr(k) == "p") {
        static const Set* lines = new Set{"480", "720", "1080", "1440", "2160"};
        pence = !lines->contains(tok.substr(0, k));
      }
      static const Set* scale =
          new Set{"k", "m",  "b",   "bn", "mn",  "mln", "tn",
                  "x", "pc", "pct", "pp", "bln", "trn"};
      if (!scale->contains(suffix) && !pence) {
        return Unused(i, i + 1, v1::UNUSED_REASON_IDENTIFIER);
      }
    }
    // A sign or a point starts a number only after a space or a bracket
    // ("-2.03", "(.03)"), not inside a word ("COVID-19").
    if (w_.at(i).kind == TokenKind::kPunct) {
      const int p = i - 1;
      if (p >= 0 && w_.at(p).kind != TokenKind::kSpace && !w_.IsPunct(p, "(") &&
          !w_.IsPunct(p, "=") && !w_.IsPunct(p, "[")) {
        return i + 1;
      }
    }
    // The phrase ends in its sentence.
    // "pushing the unemployment rate from 5.8 up to 6 per cent", "went
    // from $3.10 up to $3.40": after a verb of movement, "from" and a
    // figure, "up to" is the direction and the later value's "to", no
    // bound: the figure starts after it. Not a range ("Fines run from $50
    // up to $500").
    if (w_.Is(i, "up") && w_.Is(w_.Next(i), "to") && FromAFigureBefore(i)) {
      return i + 1;
    }
    const absl::string_view upto = text_.substr(0, sentence_end_);
    // Most words start nothing, and one look-up says so (asked once).
    if (!may_start && !MayStartNumberPhrase(upto, w_.at(i).begin)) {
      return i + 1;
    }
    std::optional<NumberPhrase> phrase = ReadNumberPhrase(upto, w_.at(i).begin);
    if (!phrase || phrase->begin != static_cast<size_t>(w_.at(i).begin)) {
      return i + 1;
    }
    // "seventh", "twenty-first": a rank.
    if (phrase->form == NumberForm::kOrdinal) {
      return Unused(i,
                    std::max(TokenAt(static_cast<int32_t>(phrase->end)), i + 1),
                    v1::UNUSED_REASON_ORDINAL);
    }
    // "a first", "a third language", "a fourth quarter": a rank after "a",
    // which the reader takes for a fraction ("a third" of a whole). "A third
    // of", "a third more", "a third said" and "a quarter" stay fractions.
    if (phrase->form == NumberForm::kFraction && RankAfterA(i, *phrase)) {
      return Unused(i,
                    std::max(TokenAt(static_cast<int32_t>(phrase->end)), i + 1),
                    v1::UNUSED_REASON_ORDINAL);
    }
    // "points" and "times" are units only where the sentence says so:
    // "300 points" on a stock index, "10 times a day".
    const absl::string_view printed =
        text_.substr(phrase->begin, phrase->end - phrase->begin);
    auto cut_before = [&](absl::string_view word) {
      const size_t at = printed.rfind(word);
      if (at == absl::string_view::npos || at == 0) return;
      std::optional<NumberPhrase> shorter =
          ReadNumberPhrase(text_.substr(0, phrase->begin + at), phrase->begin);
      while (shorter && shorter->end > phrase->begin + at) shorter.reset();
      if (shorter) phrase = shorter;
    };
    const std::string lower = absl::AsciiStrToLower(printed);
    if ((absl::EndsWith(lower, "points") || absl::EndsWith(lower, "point")) &&
        !absl::StrContains(lower, "percentage") &&
        !PercentBesides(TokenAt(static_cast<int32_t>(phrase->end)))) {
      cut_before(absl::EndsWith(lower, "points") ? "points" : "point");
    }
    if (absl::EndsWith(lower, "times")) {
      const int after = TokenAt(phrase->end);
      static const Set* comparative = new Set{
          "as",     "more", "less", "higher", "greater", "larger",  "bigger",
          "faster", "the",  "that", "what",   "lower",   "smaller", "likely"};
      if (!w_.IsIn(w_.Next(after - 1), *comparative)) cut_before("times");
    }
    // "X-15", "X-Men": a name joined by a hyphen, not the multiple "x".
    {
      const int last = TokenAt(static_cast<int32_t>(phrase->end)) - 1;
      if (last > i && (w_.Is(last, "x")) && w_.IsPunct(last + 1, "-") &&
          w_.Touch(last, last + 1)) {
        cut_before(w_.Text(last));
      }
    }
    // "one" is mostly a pronoun ("one of the"): a number only before a
    // scale word or "in" ("one in three"). With a bound before it ("at
    // least one", "more than one", "exactly one") it is a threshold, no
    // quantity the text counts.
    if (phrase->form == NumberForm::kWords) {
      const std::string said = absl::AsciiStrToLower(
          text_.substr(phrase->begin, phrase->end - phrase->begin));
      if (said == "one" || absl::EndsWith(said, " one")) {
        const int n = w_.Next(TokenAt(static_cast<int32_t>(phrase->end)) - 1);
        if (!w_.Is(n, "in")) return i + 1;
      }
    }
    const int end = TokenAt(static_cast<int32_t>(phrase->end));
    Mention m;
    m.sentence = index_;
    m.begin = static_cast<int32_t>(phrase->begin);
    m.end = static_cast<int32_t>(phrase->end);
    m.first_token = i;
    m.end_token = std::max(end, i + 1);
    m.number_token = i;
    for (int k = i; k < m.end_token; ++k) {
      if (w_.IsNumber(k) ||
          (w_.IsWord(k) && (absl::ascii_isdigit(static_cast<unsigned char>(
                                w_.Text(k).front())) ||
                            NumberWords().contains(w_.LowerText(k)) ||
                            w_.Is(k, "a") || w_.Is(k, "an")))) {
        m.number_token = k;
        break;
      }
    }
    m.figure_text =
        std::string(text_.substr(phrase->begin, phrase->end - phrase->begin));
    pence = pence && phrase->end + 1 == static_cast<size_t>(w_.at(i).end) &&
            phrase->unit == v1::UNIT_UNSPECIFIED && phrase->currency.empty();
    if (pence) {
      m.figure_text += text_[phrase->end];
      m.end = w_.at(i).end;
      m.end_token = std::max(m.end_token, i + 1);
    }
    if (m.figure_text.size() > static_cast<size_t>(kMaxFigureTextLength)) {
      return Unused(i, m.end_token, v1::UNUSED_REASON_UNREADABLE);
    }
    v1::Unit unit = phrase->unit;
    if (unit == v1::UNIT_UNSPECIFIED && phrase->rate_per > 0) {
      unit = v1::UNIT_RATE;
    }
    if (unit == v1::UNIT_UNSPECIFIED) {
      unit = phrase->currency.empty() && !pence ? v1::UNIT_AMOUNT
                                                : v1::UNIT_CURRENCY;
    }
    m.unit = unit;
    m.qualifier = phrase->qualifier;
    m.value = phrase->value;
    m.whole = phrase->digit_unit >= Rational(1) && phrase->value.is_integer();
    m.from_words = phrase->form == NumberForm::kWords;
    Classify(&m);
    // The interval only of a quantity: no one reads that of a year, a date
    // or a rank, and a rule that takes one as a quantity after all reads
    // its text again (ClaimContext::MentionOf).
    if (m.reason == v1::UNUSED_REASON_UNSPECIFIED) {
      m.interval = PhraseInterval(*phrase, v1::ROUNDING_MODE_NEAREST, unit);
    }
    const int after = std::max(m.end_token, i + 1);
    out_->push_back(std::move(m));
    return after;
  }

  // Whether "from" and a figure stand right before token i: "from", a
  // currency sign or none, digits, and a few words of its unit at most
  // ("from 5.8 per cent"); and before "from", in its clause, a verb of
  // movement ("pushing the unemployment rate from 5.8").
  bool FromAFigureBefore(int i) const {
    int p = w_.Prev(i);
    for (int n = 0;
         n < 3 && w_.IsWord(p) && !w_.IsNumber(p) &&
         !absl::ascii_isdigit(static_cast<unsigned char>(w_.Text(p).front()));
         ++n) {
      p = w_.Prev(p);
    }
    const bool digits =
        w_.IsNumber(p) ||
        (w_.IsWord(p) &&
         absl::ascii_isdigit(static_cast<unsigned char>(w_.Text(p).front())));
    if (!digits) return false;
    int q = p - 1;  // a sign touches the digits
    if (q >= 0 && w_.at(q).kind == TokenKind::kPunct && w_.Touch(q, p)) {
      q = w_.Prev(q);
    } else {
      q = w_.Prev(p);
    }
    if (!w_.Is(q, "from")) return false;
    // A verb of movement before "from" in its clause, a few words at most.
    static const Set* moving =
        new Set{"push",    "pushes",  "pushed",  "pushing",  "send",  "sends",
                "sent",    "sending", "take",    "takes",    "took",  "taking",
                "bring",   "brings",  "brought", "bringing", "went",  "gone",
                "going",   "moved",   "moving",  "lift",     "lifts", "lifted",
                "lifting", "raise",   "raised",  "raising",  "drive", "drove",
                "driving"};
    for (int k = w_.Prev(q), n = 0; k >= 0 && n < 8; k = w_.Prev(k), ++n) {
      if (!w_.IsWord(k)) return false;
      if (w_.IsIn(k, *moving)) return true;
    }
    return false;
  }

  // Whether `phrase`, a fraction starting at token i, is "a" or "an" and an
  // ordinal used as a rank: "a first", "a third language", "a fourth
  // quarter surge", "a third-place finish"; not "a third of", "a third
  // more", "a third said", "a quarter", "a half".
  bool RankAfterA(int i, const NumberPhrase& phrase) const {
    if (!w_.Is(i, "a") && !w_.Is(i, "an")) return false;
    if (phrase.value == Rational(1)) return true;  // "a first"
    const std::string said = absl::AsciiStrToLower(
        text_.substr(phrase.begin, phrase.end - phrase.begin));
    if (absl::StrContains(said, "half") || absl::StrContains(said, "quarter") ||
        phrase.unit != v1::UNIT_UNSPECIFIED) {
      return false;
    }
    const int last = TokenAt(static_cast<int32_t>(phrase.end)) - 1;
    // "a third-place finish": an ordinal joined to a noun.
    if (w_.IsPunct(last + 1, "-") && w_.Touch(last, last + 1) &&
        w_.IsWord(last + 2) && w_.Touch(last + 1, last + 2)) {
      return true;
    }
    const int next = w_.Next(last);
    if (!w_.IsWord(next) || w_.Capitalized(next) ||
        w_.IsIn(next, StopWords())) {
      return false;
    }
    // What a fraction of a group is followed by: a comparison ("a third
    // higher") or a verb ("a fifth voted", "a third believe").
    static const Set* after_fraction = new Set{
        "higher",  "lower",   "larger",  "smaller", "greater", "bigger",
        "longer",  "shorter", "cheaper", "faster",  "slower",  "older",
        "younger", "again",   "above",   "below",   "think",   "believe",
        "want",    "support", "oppose",  "agree",   "favor",   "favour",
        "back",    "prefer",  "expect",  "plan",    "live",    "work",
        "use",     "see",     "feel",    "know",    "get",     "go",
        "come",    "take",    "make",    "need",    "remain",  "stay",
        "hold",    "lack",    "fall",    "rise",    "face"};
    const std::string word = w_.LowerText(next);
    return !w_.IsIn(next, *after_fraction) && !Adverb(word) &&
           !absl::EndsWith(word, "ed");
  }

  // The first token that starts at or after byte `offset`. The tokens are
  // in the order of the text: a binary search, not a walk from the
  // sentence's first token (asked about six times a number read).
  int TokenAt(int32_t offset) const {
    int lo = 0;
    int hi = w_.size();
    while (lo < hi) {
      const int mid = lo + (hi - lo) / 2;
      if (w_.at(mid).begin < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int Unused(int b, int e, v1::UnusedReason reason) {
    Mention m;
    m.sentence = index_;
    m.begin = w_.at(b).begin;
    m.end = w_.at(e - 1).end;
    m.first_token = b;
    m.end_token = e;
    m.number_token = b;
    m.reason = reason;
    out_->push_back(std::move(m));
    return e;
  }

  // Sets m->reason when the number is no quantity: a year, a date...
  void Classify(Mention* m) {
    const int i = m->number_token;
    const absl::string_view tok = w_.Text(i);
    const bool plain = m->first_token == i && m->end_token == i + 1 &&
                       w_.at(i).kind == TokenKind::kNumber;
    const int prev = w_.Prev(m->first_token);
    const int next = w_.Next(m->end_token - 1);
    const int64_t n = plain ? SmallInt(tok) : -1;
    // The phrase ends with its digits and has no unit: "about 2", "~ 2020".
    const bool bare = w_.at(i).kind == TokenKind::kNumber &&
                      m->end == w_.at(i).end && m->unit == v1::UNIT_AMOUNT;
    const int64_t bn = bare ? SmallInt(tok) : -1;

    // Digits with a time or an ordinal suffix after a qualifier: "around
    // 10am".
    if (w_.at(i).kind == TokenKind::kWord) {
      const std::string lower = absl::AsciiStrToLower(tok);
      if (absl::EndsWith(lower, "am") || absl::EndsWith(lower, "pm")) {
        m->reason = v1::UNUSED_REASON_TIME;
        return;
      }
    }
    // A rate's N printed apart: "deaths per 100,000 persons", "$0.18 per
    // $100", "per 100k".
    if (w_.Is(prev, "per")) {
      m->reason = v1::UNUSED_REASON_PART_OF_FIGURE;
      return;
    }
    // A statistic printed beside a test or a mean: "SD = 1.49", "MSE =
    // 18,064", "d = 0.54", "SD age = 3.9".
    if (w_.IsPunct(prev, "=")) {
      int label = w_.Prev(prev);
      if (w_.IsWord(label) && !StatisticLabels().contains(w_.Text(label))) {
        label = w_.Prev(label);
      }
      if (w_.IsWord(label) && StatisticLabels().contains(w_.Text(label))) {
        m->reason = v1::UNUSED_REASON_STATISTIC;
        return;
      }
    }
    // The base of an index: the "100" of "2005=100", "January 1987=100".
    if (plain && w_.IsPunct(i - 1, "=") && w_.Touch(i - 1, i) &&
        w_.IsNumber(i - 2) && w_.Touch(i - 2, i - 1) &&
        w_.Text(i - 2).size() == 4 && SmallInt(w_.Text(i - 2)) >= 1000 &&
        SmallInt(w_.Text(i - 2)) <= 2100) {
      m->reason = v1::UNUSED_REASON_IDENTIFIER;
      return;
    }
    // A footnote's mark printed against a percentage: the "1" of "0.3%1".
    if (plain && w_.IsPunct(i - 1, "%") && w_.Touch(i - 1, i)) {
      m->reason = v1::UNUSED_REASON_IDENTIFIER;
      return;
    }
    // A code with a leading zero: "082", and the "94" of "94-082".
    auto leading_zero = [&](int k) {
      if (!w_.IsNumber(k)) return false;
      const absl::string_view t = w_.Text(k);
      return t.size() >= 2 && t[0] == '0' && AllDigits(t);
    };
    // Not a year before the dash: "the 2008-09 season", "2016-07-01".
    auto year = [&](int k) {
      if (!w_.IsNumber(k)) return false;
      const absl::string_view t = w_.Text(k);
      return t.size() == 4 && SmallInt(t) >= 1000 && SmallInt(t) <= 2100;
    };
    const bool after_year =
        w_.IsPunct(i - 1, "-") && w_.Touch(i - 1, i) && year(i - 2);
    if (plain && ((leading_zero(i) && !after_year) ||
                  (!year(i) && w_.IsPunct(i + 1, "-") && w_.Touch(i, i + 1) &&
                   w_.Touch(i + 1, i + 2) && leading_zero(i + 2)))) {
      m->reason = v1::UNUSED_REASON_IDENTIFIER;
      return;
    }
    // A model, serial or product code: "model number 180", "model numbers
    // beginning with 264", "a UPC number of 430001047344".
    if (plain && CodeNumber(m->first_token)) {
      m->reason = v1::UNUSED_REASON_IDENTIFIER;
      return;
    }
    // A half named by its rank: "the first half of 2019", "in the second
    // half", "second-half stoppage time".
    if (m->qualifier == v1::QUALIFIER_UNSPECIFIED &&
        absl::EqualsIgnoreCase(text_.substr(m->begin, m->end - m->begin),
                               "half")) {
      int p = prev;
      if (w_.IsPunct(i - 1, "-") && w_.Touch(i - 1, i) &&
          w_.Touch(i - 2, i - 1)) {
        p = i - 2;
      }
      static const Set* ranks = new Set{"first", "second", "last", "latter"};
      // "the last half-century" is a span of time.
      const bool joined = w_.IsPunct(i + 1, "-") && w_.Touch(i, i + 1);
      if (w_.IsIn(p, *ranks) && !joined) {
        m->reason = v1::UNUSED_REASON_ORDINAL;
        return;
      }
    }
    // An age: "under the age of three", "1-9 years of age", "persons 65
    // years and over".
    if (m->whole && m->unit == v1::UNIT_AMOUNT &&
        m->qualifier == v1::QUALIFIER_UNSPECIFIED && sgn(m->value) >= 0 &&
        m->value <= Rational(125)) {
      if (w_.Is(prev, "of") &&
          (w_.Is(w_.Prev(prev), "age") || w_.Is(w_.Prev(prev), "ages"))) {
        m->reason = v1::UNUSED_REASON_AGE;
        return;
      }
      if (w_.Is(next, "years") || w_.Is(next, "year")) {
        const int a = w_.Next(next);
        const int b = w_.Next(a);
        if ((w_.Is(a, "of") && w_.Is(b, "age")) ||
            ((w_.Is(a, "and") || w_.Is(a, "or")) &&
             (w_.Is(b, "over") || w_.Is(b, "older") || w_.Is(b, "above")))) {
          m->reason = v1::UNUSED_REASON_AGE;
          return;
        }
      }
    }
    // A span of hours: the "5" of "from 5 to 7 p.m.".
    if (bare && bn >= 1 && bn <= 12) {
      const int link = next;
      const int end = w_.Next(link);
      const int after = w_.Next(end);
      if ((w_.Is(link, "to") || w_.Is(link, "until") || w_.Is(link, "till") ||
           (link < w_.size() && w_.at(link).kind == TokenKind::kPunct &&
            IsDash(w_.Text(link)))) &&
          w_.IsNumber(end) && SmallInt(w_.Text(end)) >= 1 &&
          SmallInt(w_.Text(end)) <= 12 &&
          (w_.Is(after, "a.m") || w_.Is(after, "p.m") || w_.Is(after, "am") ||
           w_.Is(after, "pm"))) {
        m->reason = v1::UNUSED_REASON_TIME;
        return;
      }
    }
    // Reference numbers: "[1, 2]", "[4-6]".
    if (bare && InBrackets(i)) {
      m->reason = v1::UNUSED_REASON_IDENTIFIER;
      return;
    }
    // A date written with dashes: "8-19-76", "12-9-1983".
    if (bare && bn >= 1 && bn <= 12 && w_.IsPunct(i + 1, "-") &&
        w_.IsNumber(i + 2) && w_.IsPunct(i + 3, "-") && w_.IsNumber(i + 4) &&
        w_.Touch(i, i + 1) && w_.Touch(i + 1, i + 2) &&
        w_.Touch(i + 2, i + 3) && w_.Touch(i + 3, i + 4) &&
        SmallInt(w_.Text(i + 2)) >= 1 && SmallInt(w_.Text(i + 2)) <= 31 &&
        (w_.Text(i + 4).size() == 2 || w_.Text(i + 4).size() == 4)) {
      m->reason = v1::UNUSED_REASON_DATE;
      m->end = w_.at(i + 4).end;
      m->end_token = i + 5;
      return;
    }
    // A local phone number, read as a range: "776-4386", the end of
    // "541-682-5450" (not "from 300-1000", "300-1000 people").
    const bool area_code = w_.IsPunct(i - 1, "-") && w_.Touch(i - 1, i) &&
                           w_.IsNumber(i - 2) && w_.Touch(i - 2, i - 1) &&
                           w_.Text(i - 2).size() == 3;
    if (m->first_token == i && m->unit == v1::UNIT_AMOUNT &&
        (area_code || !(w_.IsWord(next) && !w_.Capitalized(next) &&
                        !w_.IsIn(next, StopWords()))) &&
        w_.at(i).kind == TokenKind::kNumber && tok.size() == 3 &&
        AllDigits(tok) && w_.IsPunct(i + 1, "-") && w_.Touch(i, i + 1) &&
        w_.IsNumber(i + 2) && w_.Touch(i + 1, i + 2) &&
        w_.Text(i + 2).size() == 4 && AllDigits(w_.Text(i + 2)) &&
        m->end == w_.at(i + 2).end && !IsRangeCue(i)) {
      m->reason = v1::UNUSED_REASON_PHONE_NUMBER;
      return;
    }
    // The rest of a date written with slashes, read as a fraction: the
    // "25/14" of "02/25/14".
    if (m->first_token == i && w_.at(i).kind == TokenKind::kNumber &&
        w_.IsPunct(i - 1, "/") && w_.Touch(i - 1, i) && w_.IsNumber(i - 2) &&
        w_.Touch(i - 2, i - 1) && w_.IsPunct(i + 1, "/") &&
        w_.Touch(i, i + 1)) {
      m->reason = v1::UNUSED_REASON_DATE;
      return;
    }
    // Years as the ends of a span: "between 2010 and 2020", "from 1999 to
    // 2019".
    if (m->unit == v1::UNIT_AMOUNT && w_.at(i).kind == TokenKind::kNumber &&
        tok.size() == 4 && SmallInt(tok) >= 1000 && SmallInt(tok) <= 2100 &&
        (w_.Is(m->first_token, "between") || w_.Is(m->first_token, "from")) &&
        w_.Prev(i) == m->first_token) {
      const int link = w_.Next(i);
      const int e = w_.Next(link);
      if ((w_.Is(link, "and") || w_.Is(link, "to")) && w_.IsNumber(e) &&
          m->end == w_.at(e).end && w_.Text(e).size() == 4 &&
          SmallInt(w_.Text(e)) >= SmallInt(tok) &&
          SmallInt(w_.Text(e)) <= 2100) {
        m->reason = v1::UNUSED_REASON_YEAR;
        return;
      }
    }
    // A block of a street: "the 200 block of E Street".
    if (bare && w_.Is(next, "block") && w_.Is(w_.Next(next), "of")) {
      m->reason = v1::UNUSED_REASON_ADDRESS;
      return;
    }
    // An age in brackets ending a line: "Brian Blessed (83)".
    if (plain && n >= 1 && n <= 125 && w_.IsPunct(i - 1, "(") &&
        w_.IsPunct(i + 1, ")") &&
        (w_.IsWord(i - 3) || w_.IsPunct(i - 3, ")")) &&
        LineEndsAt(w_.at(i + 1).end)) {
      m->reason = v1::UNUSED_REASON_AGE;
      return;
    }

    // A list number: "1." or "2)" opening a block.
    if (plain && w_.at(i).begin == block_begin_ &&
        (w_.IsPunct(i + 1, ".") || w_.IsPunct(i + 1, ")"))) {
      m->reason = v1::UNUSED_REASON_LIST_NUMBER;
      return;
    }
    if (plain && w_.IsPunct(i - 1, "(") && w_.at(i - 1).begin == block_begin_ &&
        w_.IsPunct(i + 1, ")")) {
      m->reason = v1::UNUSED_REASON_LIST_NUMBER;
      return;
    }
    // A time: "3:30", "10 a.m.", "9 p.m": an hour, then two digits of
    // minutes; "2.1:1" and "about 2:1" are ratios.
    auto minutes = [&](int k) {
      if (!w_.IsNumber(k) && !w_.IsWord(k)) return false;
      const absl::string_view t = w_.Text(k);
      return t.size() >= 2 &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[0])) &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[1])) &&
             (t.size() == 2 ||
              !absl::ascii_isdigit(static_cast<unsigned char>(t[2])));
    };
    if (bare && bn >= 0 && bn <= 24 && w_.IsPunct(i + 1, ":") &&
        minutes(i + 2) && w_.Touch(i, i + 1) && w_.Touch(i + 1, i + 2)) {
      m->reason = v1::UNUSED_REASON_TIME;
      m->end = w_.at(i + 2).end;
      m->end_token = i + 3;
      return;
    }
    // A ratio of two terms ("1:5"), which only a figure's own text reads;
    // a ratio to one ("2.1:1") is the multiple before it.
    if (bare && w_.IsPunct(i + 1, ":") && w_.IsNumber(i + 2) &&
        w_.Touch(i, i + 1) && w_.Touch(i + 1, i + 2) && w_.Text(i + 2) != "1") {
      m->reason = v1::UNUSED_REASON_UNREADABLE;
      m->end = w_.at(i + 2).end;
      m->end_token = i + 3;
      return;
    }
    if (plain && w_.IsPunct(i - 1, ":") && w_.IsNumber(i - 2) &&
        w_.Touch(i - 1, i)) {
      // The second term of a ratio ("2.1:1") belongs to the first.
      m->reason = minutes(i) && SmallInt(w_.Text(i - 2)) >= 0 &&
                          SmallInt(w_.Text(i - 2)) <= 24
                      ? v1::UNUSED_REASON_TIME
                      : v1::UNUSED_REASON_PART_OF_FIGURE;
      return;
    }
    if (n >= 0 && n <= 12 &&
        (w_.Is(next, "a.m") || w_.Is(next, "p.m") || w_.Is(next, "am") ||
         w_.Is(next, "pm") || w_.Is(next, "o'clock") ||
         w_.Is(next,
               "o\xE2\x80\x99"
               "clock"))) {
      m->reason = v1::UNUSED_REASON_TIME;
      return;
    }
    // A phone number: "(415) 555-0100", "415-555-0100", "555-0100".
    if (plain && (tok.size() == 3 || tok.size() == 4)) {
      auto dash_digits = [&](int k, size_t len) {
        return w_.IsPunct(k, "-") && w_.Touch(k - 1, k) && w_.IsNumber(k + 1) &&
               w_.Touch(k, k + 1) && w_.Text(k + 1).size() == len &&
               AllDigits(w_.Text(k + 1));
      };
      if (tok.size() == 3 && dash_digits(i + 1, 4) &&
          !(w_.IsPunct(i + 3, "-"))) {
        m->reason = v1::UNUSED_REASON_PHONE_NUMBER;
        return;
      }
      if (tok.size() == 3 && dash_digits(i + 1, 3) && dash_digits(i + 3, 4)) {
        m->reason = v1::UNUSED_REASON_PHONE_NUMBER;
        return;
      }
      if (tok.size() == 3 && w_.IsPunct(i - 1, "(") && w_.IsPunct(i + 1, ")")) {
        m->reason = v1::UNUSED_REASON_PHONE_NUMBER;
        return;
      }
      if (InPhone(i)) {
        m->reason = v1::UNUSED_REASON_PHONE_NUMBER;
        return;
      }
    }
    if (plain && std::count(tok.begin(), tok.end(), '.') >= 2) {
      m->reason = v1::UNUSED_REASON_PHONE_NUMBER;  // "415.555.0100"
      return;
    }
    // A date: "Oct. 2", "October 2", "2 October", "10/2/2017".
    if (plain && n >= 1 && n <= 31) {
      int p = prev;
      if (w_.IsPunct(p, ".")) p = w_.Prev(p) == p - 1 ? p - 1 : w_.Prev(p);
      if (w_.IsIn(p, Months()) || w_.IsIn(w_.Prev(i), Months()) ||
          w_.IsIn(next, Months()) ||
          (w_.Is(next, "of") && w_.IsIn(w_.Next(next), Months()))) {
        if (w_.Capitalized(w_.IsIn(next, Months()) ? next : p) ||
            w_.IsIn(next, Months())) {
          m->reason = v1::UNUSED_REASON_DATE;
          return;
        }
      }
    }
    // Days of a month as a range: "April 27-28".
    if (m->first_token == i && w_.at(i).kind == TokenKind::kNumber &&
        SmallInt(tok) >= 1 && SmallInt(tok) <= 31 && w_.IsIn(prev, Months()) &&
        w_.Capitalized(prev)) {
      const int dash = w_.Next(i);
      const int e = w_.Next(dash);
      if (dash < w_.size() && w_.at(dash).kind == TokenKind::kPunct &&
          IsDash(w_.Text(dash)) && w_.IsNumber(e) && m->end == w_.at(e).end &&
          SmallInt(w_.Text(e)) >= 1 && SmallInt(w_.Text(e)) <= 31) {
        m->reason = v1::UNUSED_REASON_DATE;
        return;
      }
    }
    if (plain && w_.IsPunct(i + 1, "/") && w_.IsNumber(i + 2) &&
        w_.Touch(i, i + 1) && n >= 1 && n <= 31) {
      m->reason = v1::UNUSED_REASON_DATE;
      return;
    }
    if (plain && w_.IsPunct(i - 1, "/") && w_.IsNumber(i - 2) &&
        w_.Touch(i - 1, i)) {
      m->reason = v1::UNUSED_REASON_DATE;
      return;
    }
    // An address: "1600 Pennsylvania Ave.", a ZIP code after a state.
    if (plain && n >= 1 && m->first_token == i) {
      int j = next;
      int caps = 0;
      // "100 West 10th Ave": a street's name may be an ordinal.
      auto street_word = [&](int k) {
        if (w_.Capitalized(k)) return true;
        if (!w_.IsWord(k)) return false;
        const std::string t = w_.LowerText(k);
        return absl::ascii_isdigit(static_cast<unsigned char>(t.front())) &&
               (absl::EndsWith(t, "st") || absl::EndsWith(t, "nd") ||
                absl::EndsWith(t, "rd") || absl::EndsWith(t, "th"));
      };
      while (j < w_.size() && street_word(j) && caps < 4) {
        if (caps > 0 && w_.IsIn(j, StreetWords())) {
          m->reason = v1::UNUSED_REASON_ADDRESS;
          return;
        }
        ++caps;
        j = w_.Next(j);
      }
      if (tok.size() == 5 && w_.Capitalized(prev) &&
          w_.Text(prev).size() == 2 &&
          absl::ascii_isupper(static_cast<unsigned char>(w_.Text(prev)[1]))) {
        m->reason = v1::UNUSED_REASON_ADDRESS;  // "CA 94107"
        return;
      }
    }
    // A year: a four-digit number from 1000 to 2100 with no unit, after a
    // word such as "in" or "since", or next to a month or a date.
    if (plain && tok.size() == 4 && n >= 1000 && n <= 2100) {
      static const Set* determiners =
          new Set{"our", "their", "its", "his", "her", "my", "your"};
      const bool possessive =
          w_.IsWord(prev) && (absl::EndsWith(w_.Text(prev), "'s") ||
                              absl::EndsWith(w_.Text(prev), "\xE2\x80\x99s") ||
                              w_.IsIn(prev, *determiners));
      const bool noun_after = w_.IsWord(next) && !w_.IsIn(next, StopWords()) &&
                              !w_.Capitalized(next);
      // A comma before is a year's cue after a date ("March 3, 2017") or
      // with no noun after; "2229 people on board, 1316 passengers and 913
      // crew" counts.
      const int before_comma = w_.Prev(prev);
      const bool comma =
          w_.IsPunct(prev, ",") && (!noun_after || w_.IsNumber(before_comma) ||
                                    w_.IsIn(before_comma, Months()));
      const bool cue = possessive || w_.IsIn(prev, YearCues()) ||
                       w_.IsIn(prev, Months()) || comma ||
                       w_.IsPunct(prev, "(") || prev < 0 || w_.IsNumber(prev) ||
                       IsDash(w_.Text(std::max(prev, 0)));
      if (cue || !noun_after) {
        m->reason = v1::UNUSED_REASON_YEAR;
        return;
      }
    }
    // The year a change is set against: "a 4.8 percent increase over
    // 2005", "grew 4.6 per cent over 2015 to 34.6 million" ("over" after a
    // percentage or a word of change, no noun after the year).
    if (m->first_token != i && m->end == w_.at(i).end &&
        w_.Is(m->first_token, "over") && w_.at(i).kind == TokenKind::kNumber &&
        tok.size() == 4 && SmallInt(tok) >= 1000 && SmallInt(tok) <= 2100) {
      static const Set* changes =
          new Set{"percent", "cent", "%",        "pc",      "increase", "rise",
                  "growth",  "gain", "decrease", "decline", "drop",     "fall"};
      const int after = w_.Next(i);
      const bool noun_after = w_.IsWord(after) &&
                              !w_.IsIn(after, StopWords()) &&
                              !w_.Capitalized(after);
      if (w_.IsIn(prev, *changes) && !noun_after) {
        m->reason = v1::UNUSED_REASON_YEAR;
        return;
      }
    }
    // A range of years read as one phrase: "during 1999-2019", "the
    // 2015-16 season".
    if (m->first_token == i && m->unit == v1::UNIT_AMOUNT &&
        w_.at(i).kind == TokenKind::kNumber && tok.size() == 4 &&
        SmallInt(tok) >= 1000 && SmallInt(tok) <= 2100) {
      const int dash = w_.Next(i);
      const int e = w_.Next(dash);
      if (dash < w_.size() && w_.at(dash).kind == TokenKind::kPunct &&
          (IsDash(w_.Text(dash)) || w_.Text(dash) == "~") && w_.IsNumber(e) &&
          m->end == w_.at(e).end) {
        const absl::string_view t2 = w_.Text(e);
        const int64_t y2 = SmallInt(t2);
        if (t2.size() == 2 ||
            (t2.size() == 4 && y2 >= SmallInt(tok) && y2 <= 2100)) {
          m->reason = v1::UNUSED_REASON_YEAR;
          return;
        }
      }
    }
    // A two-digit year of a range: "2016-17".
    if (plain && tok.size() == 2 && w_.IsPunct(i - 1, "-") &&
        w_.Touch(i - 1, i) && w_.IsNumber(i - 2) &&
        w_.Text(i - 2).size() == 4) {
      m->reason = v1::UNUSED_REASON_YEAR;
      return;
    }
    // An ordinal written with a sign: "No. 1", "#1".
    if (plain && w_.IsPunct(i - 1, "#") && w_.Touch(i - 1, i)) {
      m->reason = v1::UNUSED_REASON_ORDINAL;
      return;
    }
    // "aged 40–59", "aged 60 and over", "ages 18 to 24 years": a range or
    // a bound of ages.
    if (!plain && m->first_token == i && w_.at(i).kind == TokenKind::kNumber &&
        SmallInt(tok) >= 0 && SmallInt(tok) <= 125 &&
        (w_.Is(prev, "aged") || w_.Is(prev, "age") || w_.Is(prev, "ages"))) {
      m->reason = v1::UNUSED_REASON_AGE;
      return;
    }
    // An age: "Smith, 45,", "45-year-old", "aged 45", "45 years old".
    if (plain && n >= 0 && n <= 125) {
      if (w_.IsPunct(i + 1, "-") && w_.Is(i + 2, "year") &&
          w_.IsPunct(i + 3, "-") &&
          (w_.Is(i + 4, "old") || w_.Is(i + 4, "olds"))) {
        m->reason = v1::UNUSED_REASON_AGE;
        m->end = w_.at(i + 4).end;
        m->end_token = i + 5;
        return;
      }
      if (w_.Is(prev, "aged") || w_.Is(prev, "age") || w_.Is(prev, "ages")) {
        m->reason = v1::UNUSED_REASON_AGE;
        return;
      }
      if (w_.Is(next, "years") && w_.Is(w_.Next(next), "old")) {
        m->reason = v1::UNUSED_REASON_AGE;
        return;
      }
      // "18 to 34 year-olds": the range before "year-olds".
      int y = next;
      if ((w_.Is(y, "to") ||
           (y < w_.size() && w_.at(y).kind == TokenKind::kPunct &&
            IsDash(w_.Text(y)))) &&
          w_.IsNumber(w_.Next(y))) {
        y = w_.Next(w_.Next(y));
      }
      if (w_.Is(y, "year") && w_.IsPunct(y + 1, "-") &&
          (w_.Is(y + 2, "olds") || w_.Is(y + 2, "old"))) {
        m->reason = v1::UNUSED_REASON_AGE;
        return;
      }
      if (w_.IsPunct(prev, ",") && w_.Capitalized(w_.Prev(prev)) &&
          (next >= w_.size() || w_.IsPunct(next, ",") ||
           w_.IsPunct(next, ".") || w_.IsPunct(next, ";"))) {
        m->reason = v1::UNUSED_REASON_AGE;
        return;
      }
    }
    // A score or tally: "won 3-1", "a 5-4 ruling", "their record up to
    // 19-11".
    if (bare && bn >= 0 && bn <= 300) {
      const bool pair_after =
          w_.IsPunct(i + 1, "-") ||
          (i + 1 < w_.size() && w_.at(i + 1).kind == TokenKind::kPunct &&
           IsDash(w_.Text(i + 1)));
      const bool pair_before =
          i >= 2 && w_.at(i - 1).kind == TokenKind::kPunct &&
          IsDash(w_.Text(i - 1)) && w_.IsNumber(i - 2) && w_.Touch(i - 1, i);
      if ((pair_after && w_.IsNumber(i + 2) && w_.Touch(i, i + 1) &&
           w_.Touch(i + 1, i + 2)) ||
          pair_before) {
        const int a = pair_before ? i - 2 : i;
        const int z = pair_before ? i : i + 2;
        for (int k = std::max(0, a - 8); k < std::min(w_.size(), z + 8); ++k) {
          if (w_.IsIn(k, ScoreCues())) {
            m->reason = v1::UNUSED_REASON_SCORE;
            return;
          }
        }
      }
    }
    // A name with digits: "Route 66", "Prop. 27", "COVID-19", "I-5".
    if (plain) {
      if (w_.IsIn(prev, IdentifierCues()) &&
          (w_.Capitalized(prev) || (w_.IsIn(prev, LowerCaseIdentifierCues()) &&
                                    w_.Is(w_.Prev(prev), "the")))) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
      // "Class 10 and 12", "Stage 3 or 4": a number joined to a name by
      // "and" or "or" is one too.
      if ((w_.Is(prev, "and") || w_.Is(prev, "or")) &&
          w_.IsNumber(w_.Prev(prev)) &&
          w_.IsIn(w_.Prev(w_.Prev(prev)), IdentifierCues()) &&
          w_.Capitalized(w_.Prev(w_.Prev(prev)))) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
      static const Set* abbreviations =
          new Set{"prop", "props", "fig", "sec", "art", "ch", "vol"};
      if (w_.IsPunct(prev, ".") && w_.Touch(prev - 1, prev) &&
          w_.IsIn(prev - 1, *abbreviations) && w_.Capitalized(prev - 1)) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
      if (w_.IsPunct(i - 1, "-") && w_.Touch(i - 1, i) && w_.IsWord(i - 2) &&
          w_.Touch(i - 2, i - 1) &&
          absl::ascii_isupper(
              static_cast<unsigned char>(w_.Text(i - 2).back()))) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
      if (w_.IsPunct(i - 1, "\xC2\xA7")) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
      // The number closing a title in quotation marks: "'Halo 3' sales",
      // "the new \"Toy Story 2\" film".
      if (QuotedTitleEnd(i)) {
        m->reason = v1::UNUSED_REASON_IDENTIFIER;
        return;
      }
    }
  }

  static bool QuoteMark(absl::string_view t) {
    return t == "'" || t == "\"" || t == "\xE2\x80\x98" ||
           t == "\xE2\x80\x99" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D";
  }

  // Whether the number at token i closes a title in quotation marks: a
  // quotation mark touching it after, and one touching the first of the
  // capitalized words (four at most) just before it ("'Halo 3'").
  bool QuotedTitleEnd(int i) const {
    const int close = i + 1;
    if (close >= w_.size() || w_.at(close).kind != TokenKind::kPunct ||
        !QuoteMark(w_.Text(close)) || !w_.Touch(i, close)) {
      return false;
    }
    int k = w_.Prev(i);
    for (int n = 0; n < 4 && k >= 1 && w_.IsWord(k) && w_.Capitalized(k);
         ++n, k = w_.Prev(k)) {
      const int open = k - 1;
      if (w_.at(open).kind == TokenKind::kPunct && QuoteMark(w_.Text(open)) &&
          w_.Touch(open, k)) {
        return true;
      }
    }
    return false;
  }

  // Whether the number at token i is a product's code: "model number 180",
  // "model numbers beginning with 264", "UPC number of 430001047344",
  // "serial no. 5521".
  bool CodeNumber(int i) const {
    static const Set* links =
        new Set{"of", "beginning", "starting", "with", "is", "are", ":"};
    static const Set* codes =
        new Set{"model",   "serial",    "upc",   "sku", "lot",
                "catalog", "catalogue", "style", "part"};
    int k = w_.Prev(i);
    for (int n = 0; n < 3 && (w_.IsIn(k, *links) || w_.IsPunct(k, ":")); ++n) {
      k = w_.Prev(k);
    }
    if (w_.IsPunct(k, ".") && w_.Is(k - 1, "no")) k = k - 1;
    if (w_.IsPunct(k, "#")) {
      k = w_.Prev(k);
    } else if (w_.Is(k, "number") || w_.Is(k, "numbers") || w_.Is(k, "no") ||
               w_.Is(k, "code") || w_.Is(k, "codes")) {
      k = w_.Prev(k);
    } else {
      return false;
    }
    return w_.IsIn(k, *codes);
  }

  // Whether token i stands in square brackets among numbers only.
  bool InBrackets(int i) const {
    auto filler = [&](int k) {
      return w_.IsNumber(k) || w_.IsPunct(k, ",") ||
             w_.at(k).kind == TokenKind::kSpace ||
             (w_.at(k).kind == TokenKind::kPunct && IsDash(w_.Text(k)));
    };
    int b = i - 1;
    while (b >= 0 && filler(b)) --b;
    int e = i + 1;
    while (e < w_.size() && filler(e)) ++e;
    return w_.IsPunct(b, "[") && w_.IsPunct(e, "]");
  }

  // Whether byte `at` ends a line: the sentence's end or a line break.
  bool LineEndsAt(int32_t at) const {
    if (at >= sentence_end_) return true;
    size_t k = at;
    while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t')) ++k;
    return k >= text_.size() || text_[k] == '\n' || text_[k] == '\r';
  }

  bool InPhone(int i) const {
    // The 4-digit end of "555-0100" or the middle of "415-555-0100".
    return w_.IsPunct(i - 1, "-") && w_.Touch(i - 1, i) && w_.IsNumber(i - 2) &&
           w_.Text(i - 2).size() == 3 && AllDigits(w_.Text(i - 2)) &&
           w_.Text(i).size() >= 3 && !IsRangeCue(i - 2);
  }
  bool IsRangeCue(int i) const {
    const int p = w_.Prev(i);
    return w_.Is(p, "from") || w_.Is(p, "between");
  }

  // Whether the words at `j`, right after what a number counts, make it an
  // amount for each of something: "per share", or "a share" and "a day"
  // closing their clause ("83 cents a share, from"); not "a year ago", nor
  // "an increase in population", the object of a verb read into the noun.
  bool ForEach(int j) const {
    if (w_.Is(j, "per")) return w_.IsWord(w_.Next(j));
    if (!w_.Is(j, "a") && !w_.Is(j, "an")) return false;
    const int each = w_.Next(j);
    return w_.IsWord(each) && !w_.Capitalized(each) &&
           !w_.IsWord(w_.Next(each));
  }

  // What each quantity counts, and where: unit_name, label, scope.
  void Context(int first) {
    const Mention* previous = nullptr;
    for (size_t k = first; k < out_->size(); ++k) {
      Mention& m = (*out_)[k];
      if (m.reason != v1::UNUSED_REASON_UNSPECIFIED) continue;
      int j = w_.Next(m.end_token - 1);
      // What is counted: lower-case words up to a stop word.
      if (m.unit == v1::UNIT_AMOUNT || m.unit == v1::UNIT_CURRENCY ||
          m.unit == v1::UNIT_UNSPECIFIED) {
        std::vector<std::string> noun;
        int last = -1;
        // "5,655 likely voters", "300 elderly residents": an adjective in
        // -ly right after the number, a noun after it.
        static const Set* attributive = new Set{"likely", "elderly", "early"};
        while (noun.size() < 3 && w_.IsWord(j) && !w_.IsIn(j, StopWords()) &&
               !w_.Capitalized(j) &&
               (!Adverb(w_.LowerText(j)) ||
                (noun.empty() && w_.IsIn(j, *attributive) &&
                 w_.IsWord(w_.Next(j)) && !w_.IsIn(w_.Next(j), StopWords()) &&
                 !Adverb(w_.LowerText(w_.Next(j))))) &&
               !absl::ascii_isdigit(
                   static_cast<unsigned char>(w_.Text(j).front()))) {
          // At most three words: one allocation, not three.
          if (noun.empty()) noun.reserve(3);
          noun.push_back(w_.LowerText(j));
          last = j;
          j = w_.Next(j);
          // "600 second-cabin passengers": a word joined by hyphens is one.
          while (w_.IsPunct(j, "-") && w_.Touch(last, j) && w_.IsWord(j + 1) &&
                 w_.Touch(j, j + 1)) {
            noun.back() += "-" + w_.LowerText(j + 1);
            last = j + 1;
            j = w_.Next(last);
          }
          if (w_.IsPunct(j, "-")) break;
        }
        if (!noun.empty()) {
          // A verb ends the noun: "63 rose", keep only nouns before it.
          m.unit_name = absl::StrJoin(noun, " ");
          j = w_.Next(last);
        } else if (previous != nullptr && !previous->unit_name.empty() &&
                   (m.unit == previous->unit ||
                    (m.unit == v1::UNIT_AMOUNT &&
                     previous->unit == v1::UNIT_COUNT)) &&
                   (w_.Is(j, "in") || w_.Is(j, "at") || w_.Is(j, "from") ||
                    w_.IsPunct(j, ",") || w_.IsPunct(j, ";") ||
                    w_.Is(j, "and"))) {
          // "101 people in Los Angeles, 21 in Santa Clara County"
          m.unit_name = previous->unit_name;
          m.inherited_unit = true;
        }
        // A count is a whole number of things, never below zero: "-01
        // people" (a typing slip) stays an amount, which a request can hold.
        // So does an amount for each of something, which need not be whole:
        // "5 sen per share", "83 cents a share", "3 goals a game" (not "a
        // year ago", when the hiring was).
        if (!m.unit_name.empty() && m.whole && sgn(m.value) >= 0 &&
            m.unit == v1::UNIT_AMOUNT && !ForEach(j)) {
          m.unit = v1::UNIT_COUNT;
        }
      }
      // What a percentage is of: "63 percent had criminal convictions".
      if (m.unit == v1::UNIT_PERCENT && w_.IsWord(j) && !w_.Is(j, "in") &&
          !w_.Is(j, "of") && !w_.Is(j, "from")) {
        int e = j;
        int n = 0;
        for (int k = j; k < w_.size() && n < 5; k = w_.Next(k)) {
          if (!w_.IsWord(k) || w_.Is(k, "in") || w_.Is(k, "of") ||
              w_.Is(k, "from") || w_.Is(k, "and")) {
            break;
          }
          e = k;
          ++n;
        }
        m.label_begin = w_.at(j).begin;
        m.label_end = w_.at(e).end;
        m.label = std::string(
            text_.substr(m.label_begin, m.label_end - m.label_begin));
      }
      // Where: "in Los Angeles", "in the state of Massachusetts".
      if (w_.Is(j, "in") || w_.Is(j, "at") || w_.Is(j, "from")) {
        int k = w_.Next(j);
        if (w_.Is(k, "the")) k = w_.Next(k);
        // "the state of", "the city of": skip lower-case words up to "of".
        int look = k;
        for (int n = 0; n < 3 && w_.IsWord(look) && !w_.Capitalized(look);
             ++n) {
          if (w_.Is(look, "of")) {
            k = w_.Next(look);
            break;
          }
          look = w_.Next(look);
        }
        int b = -1;
        int e = -1;
        while (k < w_.size()) {
          if (w_.Capitalized(k)) {
            if (b < 0) b = k;
            e = k;
            k = w_.Next(k);
            // "D.C." keeps its final period.
            if (w_.IsPunct(k, ".") && w_.Touch(e, k) &&
                absl::StrContains(w_.Text(e), ".")) {
              e = k;
              k = w_.Next(k);
            }
            continue;
          }
          if (b >= 0 && (w_.Is(k, "of") || w_.Is(k, "de")) &&
              w_.Capitalized(w_.Next(k))) {
            k = w_.Next(k);
            continue;
          }
          // "Cook County, Illinois": a comma before a capitalised word that
          // is not followed by a number of the list.
          if (b >= 0 && w_.IsPunct(k, ",") && w_.Capitalized(w_.Next(k))) {
            const int after = w_.Next(w_.Next(k));
            if (!w_.IsNumber(after) && !w_.Is(after, "and") &&
                !w_.IsPunct(after, ",")) {
              k = w_.Next(k);
              continue;
            }
          }
          break;
        }
        if (b >= 0) {
          m.label_begin = w_.at(b).begin;
          m.label_end = w_.at(e).end;
          m.label = std::string(
              text_.substr(m.label_begin, m.label_end - m.label_begin));
          m.place_label = true;
          j = w_.Next(e);
        }
      }
      // Scope: "nationwide", "in all", "in total", "a total of".
      for (int s = m.end_token; s < std::min(w_.size(), m.end_token + 8); ++s) {
        if (w_.IsPunct(s, ",") || w_.IsPunct(s, ";")) break;
        if (w_.IsIn(s, ScopeWords()) && !w_.Is(s, "total")) {
          m.scope_total = true;
          if (m.label.empty()) {
            m.label = w_.LowerText(s);
            m.label_begin = w_.at(s).begin;
            m.label_end = w_.at(s).end;
          }
          break;
        }
        if (w_.Is(s, "in") &&
            (w_.Is(w_.Next(s), "all") || w_.Is(w_.Next(s), "total"))) {
          m.scope_total = true;
          break;
        }
      }
      const int p = w_.Prev(m.first_token);
      if ((w_.Is(p, "of") && w_.Is(w_.Prev(p), "total")) || w_.Is(p, "total")) {
        m.scope_total = true;
        if (m.label.empty()) m.label = "total";
      }
      previous = &m;
    }
  }

  absl::string_view text_;
  Words w_;
  int index_;
  int32_t block_begin_;
  int32_t sentence_end_;  // numbers end in their sentence
  // The tokens "%" and "percent" of the sentence, found by the first
  // PercentBesides (hence mutable).
  mutable std::vector<int> percent_tokens_;
  mutable bool percent_tokens_found_ = false;
  std::vector<Mention>* out_;
};

}  // namespace

std::string Lower(absl::string_view text, const Token& t) {
  return absl::AsciiStrToLower(text.substr(t.begin, t.end - t.begin));
}

absl::string_view ReasonWords(v1::UnusedReason reason) {
  switch (reason) {
    case v1::UNUSED_REASON_YEAR:
      return "a year";
    case v1::UNUSED_REASON_DATE:
      return "a date";
    case v1::UNUSED_REASON_TIME:
      return "a time of day";
    case v1::UNUSED_REASON_AGE:
      return "an age";
    case v1::UNUSED_REASON_ADDRESS:
      return "an address";
    case v1::UNUSED_REASON_PHONE_NUMBER:
      return "a phone number";
    case v1::UNUSED_REASON_SCORE:
      return "a score or a vote tally";
    case v1::UNUSED_REASON_ORDINAL:
      return "an ordinal";
    case v1::UNUSED_REASON_LIST_NUMBER:
      return "the number of a list item";
    case v1::UNUSED_REASON_NO_RELATION:
      return "a quantity the text relates to no other";
    case v1::UNUSED_REASON_IDENTIFIER:
      return "part of a name or code";
    case v1::UNUSED_REASON_PART_OF_FIGURE:
      return "part of another figure";
    case v1::UNUSED_REASON_UNREADABLE:
      return "a number that could not be read as a figure";
    case v1::UNUSED_REASON_STATISTIC:
      return "a statistic printed beside a test or a mean";
    default:
      return "not used";
  }
}

std::vector<Mention> FindMentions(const Document& doc,
                                  const std::vector<SentenceWords>& sentences) {
  std::vector<Mention> out;
  // About one number in twelve tokens of news: enough that the vector
  // seldom grows (a Mention is large to move).
  size_t tokens = 0;
  for (const SentenceWords& s : sentences) tokens += s.tokens.size();
  out.reserve(tokens / 12 + 4);
  for (size_t i = 0; i < sentences.size(); ++i) {
    SentenceReader(doc, sentences[i], static_cast<int>(i), &out).Run();
  }
  return out;
}

}  // namespace claimcheck::text
