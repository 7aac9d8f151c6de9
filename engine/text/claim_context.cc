#include "engine/text/claim_context.h"

#include <algorithm>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/figure.h"
#include "engine/reading/request_error.h"
#include "engine/reading/units.h"

namespace claimcheck::text {

std::string Head(const std::string& unit_name) {
  return std::string(HeadView(unit_name));
}

ClaimContext::ClaimContext(const Document& doc,
                           const std::vector<SentenceWords>& sentences,
                           std::vector<Mention>* mentions,
                           std::vector<std::string>* ids)
    : doc_(doc),
      text_(doc.text()),
      ss_(sentences),
      ms_(*mentions),
      ids_(*ids),
      used_(mentions->size(), false) {
  by_sentence_.resize(sentences.size());
  marks_.resize(sentences.size());
  // One vector for the tokens of every sentence, not one a sentence.
  token_start_.resize(sentences.size() + 1);
  int32_t tokens = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    token_start_[s] = tokens;
    tokens += static_cast<int32_t>(sentences[s].tokens.size());
  }
  token_start_[sentences.size()] = tokens;
  token_mention_.assign(tokens, -1);
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (const Token& t : sentences[s].tokens) {
      if (t.kind != TokenKind::kWord) continue;
      marks_[s].Add(absl::string_view(text_.data() + t.begin, t.end - t.begin));
    }
  }
  // Sized once: a rule adds a few mentions at most.
  by_span_.reserve(ms_.size() + 16);
  // Each sentence's list of quantities sized once too.
  std::vector<int> quantities(sentences.size(), 0);
  for (const Mention& m : ms_) {
    if (m.reason == v1::UNUSED_REASON_UNSPECIFIED) ++quantities[m.sentence];
  }
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (quantities[s] > 0) by_sentence_[s].reserve(quantities[s]);
  }
  for (size_t i = 0; i < ms_.size(); ++i) {
    const Mention& m = ms_[i];
    by_span_[{m.begin, m.end}] = static_cast<int>(i);
    if (m.reason != v1::UNUSED_REASON_UNSPECIFIED) continue;
    by_sentence_[m.sentence].push_back(static_cast<int>(i));
    for (int t = m.first_token; t < m.end_token; ++t) {
      token_mention_[token_start_[m.sentence] + t] = static_cast<int>(i);
    }
  }
}

int ClaimContext::UnitFamily(const Mention& m) {
  switch (m.unit) {
    case v1::UNIT_PERCENT:
    case v1::UNIT_PERCENTAGE_POINTS:
      return 1;
    case v1::UNIT_CURRENCY:
      return 2;
    case v1::UNIT_RATE:
      return 3;
    default:
      return 0;
  }
}

// The currency of a money figure, as CheckClaims will read the figure the
// text proposes (its text and unit symbol); empty when the reader finds
// none.
static absl::string_view CurrencyOf(const Mention& m) {
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text(m.figure_text);
  proto.set_unit_symbol(m.unit_symbol);
  RequestErrors errors;
  const std::optional<Figure> f = ReadFigure(proto, "f", &errors);
  bool ok = false;
  const std::optional<Measure> measure =
      f ? MeasureOf(proto, f->unit, f->rate_per, "f", &errors, &ok, f->measure)
        : std::nullopt;
  return ok && measure ? measure->dimension : absl::string_view();
}

bool ClaimContext::Comparable(const Mention& a, const Mention& b) const {
  if (UnitFamily(a) != UnitFamily(b)) return false;
  if (a.unit == v1::UNIT_MULTIPLE || b.unit == v1::UNIT_MULTIPLE) {
    return a.unit == b.unit;
  }
  if (!a.unit_name.empty() && !b.unit_name.empty() && !a.inherited_unit &&
      !b.inherited_unit) {
    if (HeadView(a.unit_name) == HeadView(b.unit_name)) return true;
    // "145.4 mm rainfall" and "163.6 mm": a unit of one word, then what it
    // measures, against the unit alone.
    auto unit_then = [](absl::string_view longer, absl::string_view unit) {
      return unit.find(' ') == absl::string_view::npos &&
             longer.size() > unit.size() + 1 &&
             longer.substr(0, unit.size()) == unit &&
             longer[unit.size()] == ' ' &&
             longer.find(' ', unit.size() + 1) == absl::string_view::npos;
    };
    return unit_then(a.unit_name, b.unit_name) ||
           unit_then(b.unit_name, a.unit_name);
  }
  return true;
}

bool ClaimContext::FractionInWords(const Mention& m) {
  const bool qualified_as_a_value = m.qualifier == v1::QUALIFIER_UNSPECIFIED ||
                                    m.qualifier == v1::QUALIFIER_ABOUT ||
                                    m.qualifier == v1::QUALIFIER_NEARLY ||
                                    m.qualifier == v1::QUALIFIER_EXACTLY;
  return m.unit == v1::UNIT_AMOUNT && qualified_as_a_value &&
         m.value > Rational(0) && m.value < Rational(1) &&
         std::any_of(m.figure_text.begin(), m.figure_text.end(),
                     [](char ch) { return absl::ascii_isalpha(ch); }) &&
         std::none_of(m.figure_text.begin(), m.figure_text.end(),
                      [](char ch) { return absl::ascii_isdigit(ch); });
}

bool ClaimContext::TimeSpan(const Mention& m) {
  return TimeSpanNamed(m.unit_name);
}

bool ClaimContext::TimeSpanNamed(absl::string_view unit_name) {
  static const Set* units =
      new Set{"year",   "years",   "month",   "months",   "week",   "weeks",
              "day",    "days",    "hour",    "hours",    "minute", "minutes",
              "second", "seconds", "quarter", "quarters", "decade", "decades"};
  if (unit_name.empty()) return false;
  return units->contains(HeadView(unit_name));
}

bool ClaimContext::Adjectival(int i) const {
  const Mention& m = ms_[i];
  if (m.first_token < 0 || m.end_token <= 0) return false;
  const Words w = W(m.sentence);
  const int k = m.end_token;
  const int f = m.first_token;
  return (w.IsPunct(k, "-") && w.Touch(k - 1, k) && w.IsWord(k + 1) &&
          w.Touch(k, k + 1)) ||
         (f >= 2 && w.IsPunct(f - 1, "-") && w.Touch(f - 1, f) &&
          w.IsWord(f - 2) && w.Touch(f - 2, f - 1));
}

int ClaimContext::MentionAt(int s, int t) const {
  if (s < 0 || s >= sentences() || t < 0 ||
      t >= token_start_[s + 1] - token_start_[s]) {
    return -1;
  }
  return token_mention_[token_start_[s] + t];
}

int ClaimContext::MentionStartingAt(int s, int t) const {
  const int i = MentionAt(s, t);
  return i >= 0 && ms_[i].first_token == t ? i : -1;
}

int ClaimContext::MentionEndingAt(int s, int t) const {
  const int i = MentionAt(s, t);
  return i >= 0 && ms_[i].end_token == t + 1 ? i : -1;
}

int ClaimContext::MentionOf(int s, int32_t b, int32_t e) {
  if (auto it = by_span_.find({b, e}); it != by_span_.end()) {
    const int i = it->second;
    if (ms_[i].reason != v1::UNUSED_REASON_UNSPECIFIED) {
      ms_[i].reason = v1::UNUSED_REASON_UNSPECIFIED;
      if (!Readable(&ms_[i])) return -1;
      if (ids_[i].empty()) ids_[i] = NewId("n");
    }
    return i;
  }
  Mention m;
  m.begin = b;
  m.end = e;
  m.sentence = s;
  m.first_token = m.end_token = m.number_token = -1;
  if (!Readable(&m)) return -1;
  return AddMention(std::move(m), "n");
}

bool ClaimContext::Readable(Mention* m) const {
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text(m->figure_text.empty()
                     ? std::string(text_.substr(m->begin, m->end - m->begin))
                     : m->figure_text);
  RequestErrors errors;
  const std::optional<Figure> f = ReadFigure(proto, "f", &errors);
  if (!f) return false;
  m->figure_text = proto.text();
  m->unit = f->unit;
  m->value = f->value;
  m->interval = f->interval;
  return true;
}

int ClaimContext::AddMention(Mention m, absl::string_view id_base) {
  by_span_[{m.begin, m.end}] = static_cast<int>(ms_.size());
  ms_.push_back(std::move(m));
  ids_.push_back(NewId(id_base));
  used_.push_back(false);
  return static_cast<int>(ms_.size()) - 1;
}

std::string ClaimContext::NewId(absl::string_view base) {
  if (taken_ids_.empty()) {
    for (const std::string& id : ids_) taken_ids_.insert(id);
  }
  std::string id;
  do {
    id = absl::StrCat(base, "-", ++synthetic_);
  } while (taken_ids_.contains(id));
  taken_ids_.insert(id);
  return id;
}

void ClaimContext::Emit(v1::Claim claim, std::vector<int> mentions,
                        int sentence, v1::Confidence confidence, Cues cues,
                        std::vector<v1::Quantity> quantities) {
  // Money in two currencies ("of $1,300 ... 40p") is no one claim whatever
  // the words say: CheckClaims refuses a claim whose figures measure two
  // kinds of quantity, and with it the whole text.
  absl::string_view money;
  for (int m : mentions) {
    if (ms_[m].unit != v1::UNIT_CURRENCY) continue;
    const absl::string_view currency = CurrencyOf(ms_[m]);
    if (money.empty()) money = currency;
    if (currency != money) return;
  }
  for (int m : mentions) used_[m] = true;
  std::vector<int> key = mentions;
  std::sort(key.begin(), key.end());
  proposed_.insert({static_cast<int>(claim.kind_case()), std::move(key)});
  Proposal p;
  p.claim = std::move(claim);
  p.mentions = std::move(mentions);
  p.sentence = sentence;
  p.confidence = confidence;
  p.cues = std::move(cues);
  p.quantities = std::move(quantities);
  out_.push_back(std::move(p));
}

bool ClaimContext::Proposed(v1::Claim::KindCase kind,
                            std::vector<int> mentions) const {
  std::sort(mentions.begin(), mentions.end());
  return proposed_.contains({static_cast<int>(kind), std::move(mentions)});
}

int ClaimContext::CountedBefore(int s, const std::string& noun) const {
  static const Set* copulas = new Set{"are", "were", "is", "was"};
  for (int u = s - 1; u >= 0 && u >= s - 6; --u) {
    const Words w = W(u);
    const std::vector<int>& q = quantities(u);
    for (auto it = q.rbegin(); it != q.rend(); ++it) {
      const Mention& x = m(*it);
      if (!Countish(x) || x.unit_name.empty() || TimeSpan(x)) continue;
      if (absl::AsciiStrToLower(Head(x.unit_name)) == noun) return *it;
      if (!w.IsIn(w.Prev(x.first_token), *copulas)) continue;
      for (int k = 0; k < x.first_token; ++k) {
        if (w.IsWord(k) && w.LowerText(k) == noun) return *it;
      }
    }
  }
  return -1;
}

bool ClaimContext::Supposed(const Words& w, int k) {
  static const Set* words =
      new Set{"if", "would", "could", "might", "unless", "whether"};
  for (int j = w.Prev(k), n = 0; j >= 0 && n < 12; j = w.Prev(j), ++n) {
    if (w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":")) break;
    if (w.IsIn(j, *words)) return true;
  }
  return false;
}

int ClaimContext::ScopeTotalBefore(int s) const {
  int examined = 0;
  for (int u = s - 1; u >= 0 && u >= s - 12; --u) {
    for (auto it = by_sentence_[u].rbegin(); it != by_sentence_[u].rend();
         ++it) {
      if (++examined > 2000) return -1;
      if (ms_[*it].scope_total && Countish(ms_[*it])) return *it;
    }
  }
  return -1;
}

int ClaimContext::TotalWithPart(int part) const {
  if (!used_[part]) return -1;
  for (const Proposal& p : out_) {
    if (!p.claim.has_total()) continue;
    for (const v1::Term& t : p.claim.total().parts()) {
      if (t.figure_id() != ids_[part]) continue;
      for (int m : p.mentions) {
        if (ids_[m] == p.claim.total().total_id()) return m;
      }
    }
  }
  return -1;
}

}  // namespace claimcheck::text
