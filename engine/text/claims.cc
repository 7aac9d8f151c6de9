#include "engine/text/claims.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/figure.h"
#include "engine/reading/request_error.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

const Set& UpWords() {
  static const Set* s = new Set{
      "rose",       "rise",   "rises",    "risen",     "rising",   "climbed",
      "climb",      "climbs", "climbing", "increased", "increase", "increases",
      "increasing", "grew",   "grow",     "grows",     "grown",    "growing",
      "jumped",     "jump",   "jumps",    "soared",    "soar",     "surged",
      "surge",      "gained", "gain",     "gains",     "up",       "higher",
      "spiked",     "spike",  "swelled",  "climbing",  "mounted",  "increment",
      "hike",       "hikes",  "hiked",    "boost",     "boosted",  "expanded",
      "growth"};
  return *s;
}

const Set& DownWords() {
  static const Set* s = new Set{
      "fell",      "fall",      "falls",     "fallen",    "falling", "dropped",
      "drop",      "drops",     "dropping",  "declined",  "decline", "declines",
      "declining", "decreased", "decrease",  "decreases", "plunged", "plunge",
      "plummeted", "slid",      "slide",     "slipped",   "shrank",  "shrunk",
      "shrink",    "dipped",    "dip",       "down",      "lower",   "cut",
      "cuts",      "reduced",   "reduction", "sank",      "tumbled", "eased",
      "slumped",   "lost",      "loss"};
  return *s;
}

// "doubled" -> 2 times as many: the multiple a word states.
std::optional<std::pair<std::string, v1::Direction>> MultipleWord(
    absl::string_view lower) {
  if (absl::StartsWith(lower, "doubl")) return {{"2 times", v1::DIRECTION_UP}};
  if (absl::StartsWith(lower, "tripl")) return {{"3 times", v1::DIRECTION_UP}};
  if (absl::StartsWith(lower, "quadrupl")) {
    return {{"4 times", v1::DIRECTION_UP}};
  }
  if (absl::StartsWith(lower, "halv")) {
    return {{"0.5 times", v1::DIRECTION_DOWN}};
  }
  return std::nullopt;
}

bool IsMultipleVerb(absl::string_view lower) {
  for (absl::string_view w : {"doubled", "tripled", "quadrupled", "halved"}) {
    if (lower == w) return true;
  }
  return false;
}

// The last word of what is counted: "undocumented immigrants" ->
// "immigrants".
std::string Head(const std::string& unit_name) {
  const size_t space = unit_name.rfind(' ');
  return space == std::string::npos ? unit_name : unit_name.substr(space + 1);
}

class Finder {
 public:
  Finder(const Document& doc, const std::vector<SentenceWords>& sentences,
         std::vector<Mention>* mentions, std::vector<std::string>* ids)
      : doc_(doc),
        text_(doc.text()),
        ss_(sentences),
        ms_(*mentions),
        ids_(*ids),
        used_(mentions->size(), false) {
    by_sentence_.resize(sentences.size());
    token_mention_.resize(sentences.size());
    for (size_t s = 0; s < sentences.size(); ++s) {
      token_mention_[s].assign(sentences[s].tokens.size(), -1);
    }
    for (size_t i = 0; i < ms_.size(); ++i) {
      const Mention& m = ms_[i];
      by_span_[{m.begin, m.end}] = static_cast<int>(i);
      if (m.reason != v1::UNUSED_REASON_UNSPECIFIED) continue;
      by_sentence_[m.sentence].push_back(static_cast<int>(i));
      for (int t = m.first_token; t < m.end_token; ++t) {
        token_mention_[m.sentence][t] = static_cast<int>(i);
      }
    }
  }

  std::vector<Proposal> Run() {
    for (size_t s = 0; s < ss_.size(); ++s) Statistics(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) Changes(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) Comparisons(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) FewerThan(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) Including(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) OfTheWhole(static_cast<int>(s));
    for (size_t s = 0; s < ss_.size(); ++s) SumStated(static_cast<int>(s));
    Breakdowns();
    for (size_t s = 0; s < ss_.size(); ++s) Shares(static_cast<int>(s));
    SameQuantities();
    return std::move(out_);
  }

 private:
  Words W(int s) const { return Words(text_, ss_[s].tokens); }

  bool Countish(const Mention& m) const { return m.unit == v1::UNIT_COUNT; }

  // The quantity mention starting at token `t` of sentence `s`, or -1.
  int MentionAt(int s, int t) const {
    if (t < 0 || t >= static_cast<int>(token_mention_[s].size())) return -1;
    return token_mention_[s][t];
  }

  // The mention of bytes [b, e), made when the reader did not read one
  // there (a df inside "F(1,234)"); -1 when the bytes are no figure.
  int MentionOf(int s, int32_t b, int32_t e) {
    if (auto it = by_span_.find({b, e}); it != by_span_.end()) {
      const size_t i = it->second;
      {
        if (ms_[i].reason != v1::UNUSED_REASON_UNSPECIFIED) {
          // A number set aside by its look ("(12)" as a list number) that a
          // claim reads as a figure.
          ms_[i].reason = v1::UNUSED_REASON_UNSPECIFIED;
          if (!Readable(&ms_[i])) return -1;
          if (ids_[i].empty()) ids_[i] = NewId("n");
        }
        return static_cast<int>(i);
      }
    }
    Mention m;
    m.begin = b;
    m.end = e;
    m.sentence = s;
    m.first_token = m.end_token = m.number_token = -1;
    if (!Readable(&m)) return -1;
    return Add(std::move(m), "n");
  }

  bool Readable(Mention* m) const {
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

  int Add(Mention m, absl::string_view id_base) {
    by_span_[{m.begin, m.end}] = static_cast<int>(ms_.size());
    ms_.push_back(std::move(m));
    ids_.push_back(NewId(id_base));
    used_.push_back(false);
    return static_cast<int>(ms_.size()) - 1;
  }

  std::string NewId(absl::string_view base) {
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

  void Emit(v1::Claim claim, std::vector<int> mentions, int sentence,
            v1::Confidence confidence,
            std::vector<std::pair<int32_t, int32_t>> cues) {
    for (int m : mentions) used_[m] = true;
    Proposal p;
    p.claim = std::move(claim);
    p.mentions = std::move(mentions);
    p.sentence = sentence;
    p.confidence = confidence;
    p.cues = std::move(cues);
    out_.push_back(std::move(p));
  }

  std::pair<int32_t, int32_t> TokenSpan(int s, int a, int b) const {
    return {ss_[s].tokens[a].begin, ss_[s].tokens[b].end};
  }

  // ---- Statistics in APA style: "t(28) = 2.20, p = .03" ----

  void Statistics(int s) {
    const Sentence& sen = ss_[s].sentence;
    const absl::string_view t = text_.substr(sen.begin, sen.end - sen.begin);
    size_t i = 0;
    while (i < t.size()) {
      const std::optional<size_t> next = Statistic(s, t, i);
      i = next ? *next : i + 1;
    }
  }

  static bool IsAlnumAt(absl::string_view t, size_t i) {
    return i < t.size() &&
           absl::ascii_isalnum(static_cast<unsigned char>(t[i]));
  }
  static void SkipSpaces(absl::string_view t, size_t* i) {
    while (*i < t.size()) {
      if (t[*i] == ' ' || t[*i] == '\t' || t[*i] == '\n') {
        ++*i;
      } else if (t.substr(*i, 2) == "\xC2\xA0") {
        *i += 2;  // no-break space
      } else if (t.substr(*i, 3) == "\xE2\x80\xAF" ||
                 t.substr(*i, 3) == "\xE2\x80\x89") {
        *i += 3;  // narrow and thin spaces
      } else {
        break;
      }
    }
  }
  // A number at i: optional sign, digits with separators and a point.
  static std::optional<std::pair<size_t, size_t>> NumberAt(absl::string_view t,
                                                           size_t* i,
                                                           bool allow_sign,
                                                           bool allow_comma) {
    const size_t b = *i;
    size_t j = *i;
    if (allow_sign) {
      if (j < t.size() && (t[j] == '-' || t[j] == '+')) {
        ++j;
      } else if (t.substr(j, 3) == "\xE2\x88\x92") {
        j += 3;
      }
    }
    const size_t digits_from = j;
    while (j < t.size() &&
           (absl::ascii_isdigit(static_cast<unsigned char>(t[j])) ||
            (t[j] == '.' && j + 1 < t.size() &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 1]))) ||
            (allow_comma && t[j] == ',' && j + 3 < t.size() + 0 &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 1])) &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 2])) &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 3]))))) {
      ++j;
    }
    if (j == digits_from) return std::nullopt;
    *i = j;
    return std::make_pair(b, j);
  }
  // A relation sign at i: =, <, >, <=, >=, ≤, ≥.
  static std::optional<v1::PRelation> RelationAt(absl::string_view t,
                                                 size_t* i) {
    if (*i >= t.size()) return std::nullopt;
    if (t.substr(*i, 3) == "\xE2\x89\xA4") {  // ≤
      *i += 3;
      return v1::P_RELATION_LESS;
    }
    if (t.substr(*i, 3) == "\xE2\x89\xA5") {  // ≥
      *i += 3;
      return v1::P_RELATION_GREATER;
    }
    const char c = t[*i];
    if (c != '=' && c != '<' && c != '>') return std::nullopt;
    ++*i;
    if (*i < t.size() && t[*i] == '=') ++*i;
    return c == '='   ? v1::P_RELATION_EQUAL
           : c == '<' ? v1::P_RELATION_LESS
                      : v1::P_RELATION_GREATER;
  }

  std::optional<size_t> Statistic(int s, absl::string_view t, size_t at) {
    if (at > 0 && (IsAlnumAt(t, at - 1) ||
                   static_cast<unsigned char>(t[at - 1]) >= 0x80)) {
      return std::nullopt;
    }
    v1::TestStatistic stat = v1::TEST_STATISTIC_UNSPECIFIED;
    size_t i = at;
    auto take = [&](absl::string_view name, v1::TestStatistic kind) {
      if (t.substr(i, name.size()) != name) return false;
      const size_t after = i + name.size();
      if (IsAlnumAt(t, after) && !(name.back() == 'i' || name.back() == 'I')) {
        return false;
      }
      stat = kind;
      i = after;
      return true;
    };
    bool named =
        take("t", v1::TEST_STATISTIC_T) || take("F", v1::TEST_STATISTIC_F) ||
        take("r", v1::TEST_STATISTIC_R) || take("z", v1::TEST_STATISTIC_Z) ||
        take("Z", v1::TEST_STATISTIC_Z);
    if (!named) {
      for (absl::string_view chi :
           {"\xCF\x87\xC2\xB2",
            "\xCF\x87"
            "2",
            "\xCE\xA7\xC2\xB2",
            "\xCE\xA7"
            "2",
            "X2", "x2", "chi-square", "Chi-square", "chi2", "Chi2"}) {
        if (t.substr(i, chi.size()) == chi) {
          stat = v1::TEST_STATISTIC_CHI_SQUARE;
          i += chi.size();
          named = true;
          break;
        }
      }
    }
    if (!named) return std::nullopt;
    const size_t stat_begin = at;
    std::optional<std::pair<size_t, size_t>> df1, df2, value, p;
    size_t j = i;
    SkipSpaces(t, &j);
    if (j < t.size() && (t[j] == '(' || t[j] == '[')) {
      const char close = t[j] == '(' ? ')' : ']';
      ++j;
      SkipSpaces(t, &j);
      // One df may carry a thousands separator ("t(1,234)"); of two, the
      // comma parts them ("F(1, 234)", "F(1,234)").
      const size_t save = j;
      df1 = NumberAt(t, &j, false,
                     stat != v1::TEST_STATISTIC_F &&
                         stat != v1::TEST_STATISTIC_CHI_SQUARE);
      if (!df1) return std::nullopt;
      SkipSpaces(t, &j);
      if (j < t.size() && t[j] == ',') {
        ++j;
        SkipSpaces(t, &j);
        if (stat == v1::TEST_STATISTIC_F) {
          df2 = NumberAt(t, &j, false, true);
          if (!df2) return std::nullopt;
        } else {
          // "χ2(2, N = 100)": the sample size is not a df.
          while (j < t.size() && t[j] != close) ++j;
        }
        SkipSpaces(t, &j);
      }
      (void)save;
      if (j >= t.size() || t[j] != close) return std::nullopt;
      ++j;
    }
    SkipSpaces(t, &j);
    if (!RelationAt(t, &j)) return std::nullopt;
    SkipSpaces(t, &j);
    value = NumberAt(t, &j, true, false);
    if (!value) return std::nullopt;
    const size_t stat_end = j;
    // "t = 1.2, df = 34"
    size_t k = j;
    while (k < t.size() && (t[k] == ',' || t[k] == ';' || t[k] == ' ')) ++k;
    if (!df1 && t.substr(k, 2) == "df") {
      size_t m = k + 2;
      SkipSpaces(t, &m);
      if (RelationAt(t, &m)) {
        SkipSpaces(t, &m);
        df1 = NumberAt(t, &m, false, true);
        if (df1) j = m;
      }
    }
    // p, after an effect size or a confidence interval if any: within 80
    // bytes, before the end of the clause.
    v1::PRelation rel = v1::P_RELATION_UNSPECIFIED;
    size_t p_begin = 0;
    for (size_t m = j; m < t.size() && m < j + 80; ++m) {
      if ((t[m] == 'p' || t[m] == 'P') && !IsAlnumAt(t, m + 1) &&
          (m == 0 || !IsAlnumAt(t, m - 1))) {
        size_t n = m + 1;
        SkipSpaces(t, &n);
        const std::optional<v1::PRelation> r = RelationAt(t, &n);
        if (!r) continue;
        SkipSpaces(t, &n);
        p = NumberAt(t, &n, false, false);
        if (!p) break;
        rel = *r;
        p_begin = m;
        j = n;
        break;
      }
      if (t.substr(m, 2) == "ns" && !IsAlnumAt(t, m + 2) &&
          (m == 0 || !IsAlnumAt(t, m - 1))) {
        rel = v1::P_RELATION_NOT_SIGNIFICANT;
        p_begin = m;
        j = m + 2;
        break;
      }
      // Another statistic starts: its p is not this one's.
      if (m > j &&
          (t[m] == '(' && m > 0 && (t[m - 1] == 't' || t[m - 1] == 'F'))) {
        break;
      }
    }
    if (rel == v1::P_RELATION_UNSPECIFIED) return std::nullopt;
    const int32_t base = ss_[s].sentence.begin;
    auto mention = [&](std::pair<size_t, size_t> r) {
      return MentionOf(s, base + static_cast<int32_t>(r.first),
                       base + static_cast<int32_t>(r.second));
    };
    v1::Claim claim;
    v1::StatisticalTestClaim* c = claim.mutable_statistical_test();
    c->set_statistic(stat);
    std::vector<int> used;
    const int v = mention(*value);
    if (v < 0) return std::nullopt;
    c->set_value_id(ids_[v]);
    claim.set_id(absl::StrCat(ids_[v], "-test"));
    used.push_back(v);
    if (df1) {
      const int d = mention(*df1);
      if (d < 0) return std::nullopt;
      c->set_df1_id(ids_[d]);
      used.push_back(d);
    }
    if (df2) {
      const int d = mention(*df2);
      if (d < 0) return std::nullopt;
      c->set_df2_id(ids_[d]);
      used.push_back(d);
    }
    c->set_p_relation(rel);
    if (p) {
      const int q = mention(*p);
      if (q < 0) return std::nullopt;
      c->set_p_id(ids_[q]);
      used.push_back(q);
    }
    const absl::string_view whole = t;
    if (absl::StrContains(whole, "one-tailed") ||
        absl::StrContains(whole, "one-sided")) {
      c->set_one_tailed(true);
    }
    for (int u : used) {
      if (ms_[u].label.empty()) {
        ms_[u].label = u == v                  ? "statistic"
                       : u == used.back() && p ? "p"
                                               : "df";
      }
    }
    const bool complete = stat == v1::TEST_STATISTIC_Z ||
                          (df1 && (stat != v1::TEST_STATISTIC_F || df2));
    Emit(claim, used, s, complete ? v1::CONFIDENCE_HIGH : v1::CONFIDENCE_LOW,
         {{base + static_cast<int32_t>(stat_begin),
           base + static_cast<int32_t>(stat_end)},
          {base + static_cast<int32_t>(p_begin),
           base + static_cast<int32_t>(j)}});
    return j;
  }

  // ---- Changes: "climbed 37 percent", "fell from 12.1% to 9.8%" ----

  void Changes(int s) {
    const Words w = W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsWord(k)) continue;
      const std::string lower = w.LowerText(k);
      v1::Direction dir = v1::DIRECTION_UNSPECIFIED;
      if (UpWords().contains(lower)) dir = v1::DIRECTION_UP;
      if (DownWords().contains(lower)) dir = v1::DIRECTION_DOWN;
      const bool multiple = IsMultipleVerb(lower);
      if (dir == v1::DIRECTION_UNSPECIFIED && !multiple) continue;
      // Endpoints and the change after the word, in its clause.
      int from = -1, to = -1, change = -1;
      int last = k;
      for (int j = w.Next(k); j < w.size() && j < k + 24; j = w.Next(j)) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".") ||
            w.IsPunct(j, "\xE2\x80\x94")) {
          break;
        }
        if (w.IsWord(j) && j != k &&
            (UpWords().contains(w.LowerText(j)) ||
             DownWords().contains(w.LowerText(j)))) {
          break;  // the next change
        }
        const int m = MentionAt(s, j);
        if (m < 0 || used_[m]) continue;
        const int prev = w.Prev(ms_[m].first_token);
        if (w.Is(prev, "from") && from < 0) {
          from = m;
        } else if (w.Is(prev, "to") && to < 0) {
          to = m;
        } else if (change < 0 && from < 0 && to < 0 && !multiple) {
          change = m;
        } else {
          break;
        }
        last = ms_[m].end_token - 1;
        j = ms_[m].end_token - 1;
      }
      // "sales of $51.5 billion, up from $51.1 billion": the value before
      // "up" or "down" is the later one.
      if (to < 0 && (lower == "up" || lower == "down" || lower == "higher" ||
                     lower == "lower")) {
        int p = w.Prev(k);
        if (w.IsPunct(p, ",")) p = w.Prev(p);
        const int m = MentionAt(s, p);
        if (m >= 0 && !used_[m] && ms_[m].end_token == p + 1 && m != from &&
            m != change) {
          to = m;
        }
      }
      // "a 37 percent increase": the change before the noun.
      if (change < 0 && !multiple) {
        const int p = w.Prev(k);
        const int m = MentionAt(s, p);
        if (m >= 0 && !used_[m] && ms_[m].end_token == p + 1 &&
            (ms_[m].unit == v1::UNIT_PERCENT ||
             ms_[m].unit == v1::UNIT_PERCENTAGE_POINTS)) {
          change = m;
        }
      }
      if (multiple && change < 0) {
        Mention m;
        m.begin = w.at(k).begin;
        m.end = w.at(k).end;
        m.sentence = s;
        m.first_token = k;
        m.end_token = k + 1;
        m.number_token = k;
        m.figure_text = MultipleWord(lower)->first;
        dir = MultipleWord(lower)->second;
        if (!Readable(&m)) continue;
        m.unit = v1::UNIT_MULTIPLE;
        m.label = lower;
        change = Add(std::move(m), "multiple");
      }
      if (change < 0 && from >= 0 && to >= 0 &&
          dir != v1::DIRECTION_UNSPECIFIED) {
        // "fell from 12.1% to 9.8%": no change printed, only its direction,
        // which is an order between the two values.
        v1::Claim claim;
        claim.set_id(absl::StrCat(
            ids_[to], dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
        v1::ComparisonClaim* cmp = claim.mutable_comparison();
        cmp->set_subject_id(ids_[to]);
        cmp->add_other_ids(ids_[from]);
        cmp->set_relation(dir == v1::DIRECTION_DOWN ? v1::RELATION_LESS
                                                    : v1::RELATION_GREATER);
        const int f = w.Prev(ms_[from].first_token);
        const int t = w.Prev(ms_[to].first_token);
        Emit(claim, {to, from}, s, v1::CONFIDENCE_MEDIUM,
             {TokenSpan(s, k, k), TokenSpan(s, f, f), TokenSpan(s, t, t)});
        k = std::max(k, last);
        continue;
      }
      if (change < 0) continue;
      const Mention& c = ms_[change];
      // A plain count after "rose" is a change only with its endpoints:
      // "rose 5 to 20" is one; "up 5 people said" is not read.
      const bool relative = c.unit == v1::UNIT_PERCENT ||
                            c.unit == v1::UNIT_PERCENTAGE_POINTS ||
                            c.unit == v1::UNIT_MULTIPLE;
      if (!relative && from < 0 && to < 0) continue;
      if (!relative && lower == "up" && from < 0) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[change],
                                dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(ids_[change]);
      std::vector<int> used = {change};
      if (from >= 0) {
        ch->set_from_id(ids_[from]);
        used.push_back(from);
      }
      if (to >= 0) {
        ch->set_to_id(ids_[to]);
        used.push_back(to);
      }
      switch (c.unit) {
        case v1::UNIT_PERCENT:
          ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
          break;
        case v1::UNIT_PERCENTAGE_POINTS:
          ch->set_measure(v1::CHANGE_MEASURE_PERCENTAGE_POINTS);
          break;
        case v1::UNIT_MULTIPLE:
          ch->set_measure(v1::CHANGE_MEASURE_MULTIPLE);
          break;
        default:
          ch->set_measure(v1::CHANGE_MEASURE_DIFFERENCE);
      }
      ch->set_direction(dir);
      if (ms_[change].label.empty()) {
        ms_[change].label = dir == v1::DIRECTION_DOWN ? "fall" : "rise";
      }
      std::vector<std::pair<int32_t, int32_t>> cues = {TokenSpan(s, k, k)};
      if (from >= 0) {
        const int f = w.Prev(ms_[from].first_token);
        cues.push_back(TokenSpan(s, f, f));
      }
      if (to >= 0) {
        const int f = w.Prev(ms_[to].first_token);
        cues.push_back(TokenSpan(s, f, f));
      }
      const v1::Confidence conf = (from >= 0 && to >= 0) || relative
                                      ? v1::CONFIDENCE_MEDIUM
                                      : v1::CONFIDENCE_LOW;
      Emit(claim, used, s,
           multiple && from < 0 && to < 0 ? v1::CONFIDENCE_LOW : conf, cues);
      k = std::max(k, last);
    }
  }

  // ---- Comparisons: "exceeded the forecast of $36.8 billion" ----

  static int UnitFamily(const Mention& m) {
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

  void Comparisons(int s) {
    static const Set* greater =
        new Set{"exceeded",  "exceeds",  "exceeding",   "topped",   "tops",
                "topping",   "beat",     "beats",       "beating",  "surpassed",
                "surpasses", "outpaced", "outstripped", "eclipsed", "above"};
    static const Set* less =
        new Set{"missing", "missed", "misses", "trailed", "trailing", "below"};
    const Words w = W(s);
    for (int k = 0; k < w.size(); ++k) {
      const bool gt = w.IsIn(k, *greater);
      const bool lt = w.IsIn(k, *less);
      if (!gt && !lt) continue;
      // The subject: the last figure before the word in its clause; the
      // other: the first after it.
      int subject = -1;
      for (int j = w.Prev(k); j >= 0 && j > k - 16; --j) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".")) break;
        const int m = MentionAt(s, j);
        if (m >= 0) {
          subject = m;
          break;
        }
      }
      int other = -1;
      for (int j = w.Next(k); j < w.size() && j < k + 16; j = w.Next(j)) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".")) break;
        const int m = MentionAt(s, j);
        if (m >= 0) {
          other = m;
          break;
        }
      }
      if (subject < 0 || other < 0 || subject == other) continue;
      if (UnitFamily(ms_[subject]) != UnitFamily(ms_[other])) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[subject], gt ? "-above" : "-below"));
      v1::ComparisonClaim* c = claim.mutable_comparison();
      c->set_subject_id(ids_[subject]);
      c->add_other_ids(ids_[other]);
      c->set_relation(gt ? v1::RELATION_GREATER : v1::RELATION_LESS);
      Emit(claim, {subject, other}, s, v1::CONFIDENCE_MEDIUM,
           {TokenSpan(s, k, k)});
    }
  }

  // "Thirty-one of the state's 67 counties": a part of a whole.
  void OfTheWhole(int s) {
    const Words w = W(s);
    for (int pi : by_sentence_[s]) {
      const Mention& part = ms_[pi];
      if (!Countish(part) && !(part.unit == v1::UNIT_AMOUNT && part.whole)) {
        continue;
      }
      const int of = w.Next(part.end_token - 1);
      if (!w.Is(of, "of")) continue;
      int k = w.Next(of);
      if (w.Is(k, "the") || w.Is(k, "its") || w.Is(k, "their") ||
          w.Is(k, "all")) {
        k = w.Next(k);
      }
      // "the state's 67 counties"
      if (w.IsWord(k) && (absl::EndsWith(w.Text(k), "'s") ||
                          absl::EndsWith(w.Text(k), "\xE2\x80\x99s"))) {
        k = w.Next(k);
      }
      const int wi = MentionAt(s, k);
      if (wi < 0 || wi == pi || ms_[wi].first_token != k ||
          !Countish(ms_[wi])) {
        continue;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[wi], "-total"));
      claim.mutable_total()->set_total_id(ids_[wi]);
      claim.mutable_total()->add_parts()->set_figure_id(ids_[pi]);
      claim.mutable_total()->set_partial(true);
      Emit(claim, {wi, pi}, s, v1::CONFIDENCE_HIGH, {TokenSpan(s, of, of)});
    }
  }

  // "12 fewer homicides than a year ago": a change of 12, its endpoints
  // unstated.
  void FewerThan(int s) {
    const Words w = W(s);
    for (int xi : by_sentence_[s]) {
      if (used_[xi]) continue;
      const Mention& x = ms_[xi];
      int k = w.Next(x.end_token - 1);
      for (int n = 0; n < 2 && w.IsWord(k) && !w.Is(k, "fewer") &&
                      !w.Is(k, "more") && !w.Is(k, "less");
           ++n) {
        k = w.Next(k);
      }
      const bool down = w.Is(k, "fewer") || w.Is(k, "less");
      if (!down && !w.Is(k, "more")) continue;
      // "fewer homicides than": what is counted may stand between.
      int than = w.Next(k);
      for (int n = 0; n < 2 && w.IsWord(than) && !w.Is(than, "than"); ++n) {
        than = w.Next(than);
      }
      if (!w.Is(than, "than")) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[xi], down ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(ids_[xi]);
      ch->set_measure(x.unit == v1::UNIT_PERCENT ? v1::CHANGE_MEASURE_PERCENT
                      : x.unit == v1::UNIT_PERCENTAGE_POINTS
                          ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                          : v1::CHANGE_MEASURE_DIFFERENCE);
      ch->set_direction(down ? v1::DIRECTION_DOWN : v1::DIRECTION_UP);
      Emit(claim, {xi}, s, v1::CONFIDENCE_MEDIUM, {TokenSpan(s, k, w.Next(k))});
    }
  }

  // ---- Totals ----

  bool SameKind(const Mention& total, const Mention& part) const {
    if (!Countish(part)) {
      return part.unit == total.unit && total.unit == v1::UNIT_CURRENCY;
    }
    if (!Countish(total)) return false;
    return Head(part.unit_name) == Head(total.unit_name) ||
           part.unit_name.empty();
  }

  // "498 people, including 101 in Los Angeles and 21 in Santa Clara": the
  // parts after the cue are some of the total.
  void Including(int s) {
    const Words w = W(s);
    int last_cue = -1;
    for (int k = 0; k < w.size(); ++k) {
      int cue_end = -1;
      if (w.Is(k, "including") || w.Is(k, "includes") || w.Is(k, "included")) {
        cue_end = k;
      } else if ((w.Is(k, "among") || w.Is(k, "of")) &&
                 (w.Is(w.Next(k), "them") || w.Is(w.Next(k), "whom") ||
                  w.Is(w.Next(k), "those") || w.Is(w.Next(k), "which"))) {
        cue_end = w.Next(k);
      } else if (w.Is(k, "such") && w.Is(w.Next(k), "as")) {
        cue_end = w.Next(k);
      }
      if (cue_end < 0) continue;
      // The total: the last count or amount before the cue, after the
      // previous cue.
      int total = -1;
      for (int j = w.Prev(k); j > last_cue && j >= 0; --j) {
        const int i = MentionAt(s, j);
        if (i >= 0 && !used_[i] &&
            (Countish(ms_[i]) || ms_[i].unit == v1::UNIT_CURRENCY)) {
          total = i;
          break;
        }
      }
      last_cue = cue_end;
      if (total < 0) continue;
      // The parts: up to the next clause or cue.
      std::vector<int> parts;
      for (int j = cue_end + 1; j < w.size(); ++j) {
        if (w.IsPunct(j, ".") || w.IsPunct(j, ";") || w.Is(j, "including") ||
            w.IsPunct(j, "\xE2\x80\x94")) {
          break;
        }
        const int i = MentionAt(s, j);
        if (i < 0 || ms_[i].first_token != j) continue;
        if (!used_[i] && SameKind(ms_[total], ms_[i])) parts.push_back(i);
        if (parts.size() >= 400) break;
      }
      if (parts.empty()) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[total], "-total"));
      v1::TotalClaim* t = claim.mutable_total();
      t->set_total_id(ids_[total]);
      t->set_partial(true);
      std::vector<int> used = {total};
      for (int p : parts) {
        t->add_parts()->set_figure_id(ids_[p]);
        used.push_back(p);
      }
      Emit(claim, used, s, v1::CONFIDENCE_HIGH, {TokenSpan(s, k, cue_end)});
    }
  }

  // "... and 50 in Boston, for a total of 498": the total after its parts.
  void SumStated(int s) {
    const Words w = W(s);
    int since = -1;  // parts come after the previous total
    for (int i : by_sentence_[s]) {
      const Mention& t = ms_[i];
      if (used_[i] || !Countish(t) || !t.scope_total) continue;
      const int p = w.Prev(t.first_token);
      int cue = -1;
      if (w.Is(p, "of") && w.Is(w.Prev(p), "total")) cue = w.Prev(p);
      if (cue < 0) continue;
      std::vector<int> parts;
      for (int j : by_sentence_[s]) {
        if (ms_[j].first_token > since && ms_[j].end_token <= cue &&
            !used_[j] && SameKind(t, ms_[j])) {
          parts.push_back(j);
        }
      }
      since = t.end_token;
      if (parts.size() < 2 || parts.size() > 400) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[i], "-total"));
      claim.mutable_total()->set_total_id(ids_[i]);
      std::vector<int> used = {i};
      for (int q : parts) {
        claim.mutable_total()->add_parts()->set_figure_id(ids_[q]);
        used.push_back(q);
      }
      Emit(claim, used, s, v1::CONFIDENCE_HIGH, {TokenSpan(s, cue, p)});
    }
  }

  // "arrested 498 people nationwide" and, in the sentences after, the same
  // people counted place by place: the places add up to the total.
  void Breakdowns() {
    for (size_t s = 0; s < ss_.size(); ++s) {
      for (int ti : by_sentence_[s]) {
        const Mention& t = ms_[ti];
        if (used_[ti] || !t.scope_total || !Countish(t) || t.place_label ||
            t.unit_name.empty()) {
          continue;
        }
        std::vector<int> parts;
        std::vector<std::pair<int32_t, int32_t>> cues;
        if (t.label_begin >= 0) cues.push_back({t.label_begin, t.label_end});
        bool partial = false;
        int last_block = ss_[s].sentence.block;
        int examined = 0;
        for (size_t u = s; u < ss_.size() && u < s + 20 && examined < 2000 &&
                           parts.size() < 400;
             ++u) {
          if (ss_[u].sentence.block > last_block + 3) break;
          bool found = false;
          bool other_total = false;
          for (int pi : by_sentence_[u]) {
            const Mention& p = ms_[pi];
            if (++examined > 2000) break;
            if (u == s && p.begin <= t.begin) continue;
            if (pi == ti || used_[pi]) continue;
            if (p.scope_total && Countish(p) &&
                Head(p.unit_name) == Head(t.unit_name)) {
              other_total = true;
              break;
            }
            if (!Countish(p) || !p.place_label ||
                Head(p.unit_name) != Head(t.unit_name)) {
              continue;
            }
            parts.push_back(pi);
            found = true;
          }
          if (other_total) break;
          if (found) {
            last_block = ss_[u].sentence.block;
            const Words w = W(static_cast<int>(u));
            for (int k = 0; k < w.size(); ++k) {
              if (w.Is(k, "also") && u != s) cues.push_back(TokenSpan(u, k, k));
              if (w.Is(k, "including") || w.Is(k, "among")) partial = true;
            }
          }
        }
        if (parts.size() < 2) continue;
        v1::Claim claim;
        claim.set_id(absl::StrCat(ids_[ti], "-total"));
        claim.mutable_total()->set_total_id(ids_[ti]);
        claim.mutable_total()->set_partial(partial);
        std::vector<int> used = {ti};
        for (int p : parts) {
          claim.mutable_total()->add_parts()->set_figure_id(ids_[p]);
          used.push_back(p);
        }
        Emit(claim, used, static_cast<int>(s), v1::CONFIDENCE_MEDIUM, cues);
      }
    }
  }

  // ---- Shares: "Of all those arrested nationally, 63 percent had ..." ----

  void Shares(int s) {
    const Words w = W(s);
    for (int pi : by_sentence_[s]) {
      const Mention& p = ms_[pi];
      if (used_[pi] || p.unit != v1::UNIT_PERCENT) continue;
      int base = -1;
      int part = -1;
      std::vector<std::pair<int32_t, int32_t>> cues;
      v1::Confidence conf = v1::CONFIDENCE_MEDIUM;
      // "63 percent of the 498 people"
      int j = w.Next(p.end_token - 1);
      if (w.Is(j, "of")) {
        int k = w.Next(j);
        if (w.Is(k, "the") || w.Is(k, "all") || w.Is(k, "its") ||
            w.Is(k, "their") || w.Is(k, "those")) {
          k = w.Next(k);
        }
        const int m = MentionAt(s, k);
        if (m >= 0 && Countish(ms_[m]) && ms_[m].first_token == k) {
          base = m;
          conf = v1::CONFIDENCE_HIGH;
          cues.push_back(TokenSpan(s, j, j));
        }
      }
      // "Of those ...", "Of all those arrested nationally, 63 percent":
      // the total in scope.
      if (base < 0) {
        int k = 0;
        while (k < w.size() && w.at(k).kind != TokenKind::kWord) ++k;
        if ((w.Is(k, "of") || w.Is(k, "among")) && k < p.first_token) {
          int n = w.Next(k);
          if (w.Is(n, "all")) n = w.Next(n);
          if (w.Is(n, "those") || w.Is(n, "them") || w.Is(n, "these") ||
              w.Is(n, "whom")) {
            base = ScopeTotalBefore(s);
            cues.push_back(TokenSpan(s, k, n));
          }
        }
      }
      // "among 47,055 drug overdose deaths, 61% involved an opioid"
      if (base < 0) {
        for (int k = 0; k < p.first_token; ++k) {
          if (!w.Is(k, "among") && !w.Is(k, "of")) continue;
          const int m = MentionAt(s, w.Next(k));
          if (m >= 0 && Countish(ms_[m]) && ms_[m].first_token == w.Next(k)) {
            base = m;
            cues.push_back(TokenSpan(s, k, k));
          }
        }
      }
      // "Twelve participants (25%)", "63.1% (33,091)": part and percent,
      // the base the total in scope when there is one.
      if (base < 0 && part < 0) {
        const int open = w.Prev(p.first_token);
        const int close = w.Next(p.end_token - 1);
        int count = -1;
        if (w.IsPunct(open, "(") && w.IsPunct(close, ")")) {
          int q = w.Prev(open);
          // "Twelve participants (25%)": skip what is counted.
          for (int n = 0; n < 3 && q >= 0 && w.IsWord(q) && MentionAt(s, q) < 0;
               ++n) {
            q = w.Prev(q);
          }
          count = MentionAt(s, q);
        } else if (w.IsPunct(close, "(")) {
          count = MentionAt(s, w.Next(close));
          if (count >= 0 && !w.IsPunct(w.Next(ms_[count].end_token - 1), ")")) {
            count = -1;
          }
        }
        if (count >= 0 && count != pi && Countish(ms_[count]) &&
            !used_[count]) {
          part = count;
          base = ScopeTotalBefore(s);
          if (base < 0) base = -2;  // the base is not printed
          cues.push_back(TokenSpan(s, std::max(0, open), std::max(0, open)));
        }
      }
      if (base == -1) continue;
      // "63 percent, or 314 people", "40 percent of the 1,200 students
      // (480)": the part, printed within a few words.
      for (int a = w.Next(p.end_token - 1);
           part < 0 && a < w.size() && a < p.end_token + 12; a = w.Next(a)) {
        int at = -1;
        if (w.IsPunct(a, ",") && w.Is(w.Next(a), "or")) {
          at = w.Next(w.Next(a));
        } else if (w.IsPunct(a, "(")) {
          at = w.Next(a);
        }
        if (at < 0) continue;
        const int m = MentionAt(s, at);
        if (m >= 0 && m != base && Countish(ms_[m]) && !used_[m] &&
            ms_[m].first_token == at) {
          part = m;
          cues.push_back(TokenSpan(s, a, std::min(w.Next(a), at)));
        }
        break;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(ids_[pi], "-share"));
      v1::ShareClaim* sh = claim.mutable_share();
      sh->set_percent_id(ids_[pi]);
      std::vector<int> used = {pi};
      if (base >= 0) {
        sh->set_base_id(ids_[base]);
        used.push_back(base);
      }
      if (part >= 0) {
        sh->set_part_id(ids_[part]);
        used.push_back(part);
      }
      if (base < 0 && part < 0) continue;
      Emit(claim, used, s, conf, cues);
    }
  }

  // The latest count before sentence `s` that is a whole ("nationwide"),
  // or -1.
  int ScopeTotalBefore(int s) const {
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

  // ---- The same quantity printed twice: "498 people", "nearly 500" ----

  void SameQuantities() {
    for (size_t a = 0; a < ms_.size(); ++a) {
      const Mention& x = ms_[a];
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || !Countish(x) ||
          x.unit_name.empty() || x.first_token < 0) {
        continue;
      }
      for (size_t b = a + 1; b < ms_.size() && b < a + 200; ++b) {
        const Mention& y = ms_[b];
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || !Countish(y) ||
            y.sentence == x.sentence || y.first_token < 0 ||
            Head(y.unit_name) != Head(x.unit_name)) {
          continue;
        }
        const bool qualified =
            y.first_token != y.number_token || x.first_token != x.number_token;
        if (!qualified || !(x.scope_total || y.scope_total)) continue;
        if (x.place_label || y.place_label) continue;
        if (x.interval.Intersect(y.interval).empty()) continue;
        v1::Claim claim;
        claim.set_id(absl::StrCat(ids_[a], "-same"));
        claim.mutable_same_quantity()->add_figure_ids(ids_[a]);
        claim.mutable_same_quantity()->add_figure_ids(ids_[b]);
        Emit(claim, {static_cast<int>(a), static_cast<int>(b)}, y.sentence,
             v1::CONFIDENCE_MEDIUM,
             {TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

  const Document& doc_;
  absl::string_view text_;
  const std::vector<SentenceWords>& ss_;
  std::vector<Mention>& ms_;
  std::vector<std::string>& ids_;
  std::vector<bool> used_;
  std::vector<std::vector<int>> by_sentence_;
  // For each sentence, the quantity mention of each token, or -1.
  std::vector<std::vector<int>> token_mention_;
  absl::flat_hash_map<std::pair<int32_t, int32_t>, int> by_span_;
  absl::flat_hash_set<std::string> taken_ids_;
  std::vector<Proposal> out_;
  int synthetic_ = 0;
};

}  // namespace

std::vector<Proposal> ProposeClaims(const Document& doc,
                                    const std::vector<SentenceWords>& sentences,
                                    std::vector<Mention>* mentions,
                                    std::vector<std::string>* ids) {
  return Finder(doc, sentences, mentions, ids).Run();
}

}  // namespace claimcheck::text
