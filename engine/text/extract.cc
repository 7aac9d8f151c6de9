#include "engine/text/extract.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_error.h"
#include "engine/text/claims.h"
#include "engine/text/document.h"
#include "engine/text/mentions.h"
#include "engine/text/segment.h"
#include "unicode/utf8.h"

namespace claimcheck::text {
namespace {

// The byte offset of the first ill-formed UTF-8 sequence, or -1. Eight
// bytes of ASCII (no top bit set) are passed over at once: decoding them a
// character at a time cost about ten instructions a byte of the article.
int64_t InvalidUtf8At(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (n - i >= 8) {
      uint64_t eight;
      std::memcpy(&eight, p + i, sizeof eight);
      if ((eight & 0x8080808080808080u) == 0) {
        i += 8;
        continue;
      }
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

// A figure id from a label or what is counted: "Los Angeles" ->
// "los-angeles"; unique in the request.
std::string Slug(absl::string_view words,
                 absl::flat_hash_set<std::string>* used,
                 absl::flat_hash_map<std::string, int>* next, int fallback) {
  std::string out;
  out.reserve(std::min<size_t>(words.size(), 40));
  for (char c : words) {
    const auto u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u)) {
      out += static_cast<char>(absl::ascii_tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) out = absl::StrCat("n", fallback);
  // The next free suffix of each slug, so that a thousand figures labelled
  // alike take linear time.
  // (One look-up of the set a try: an id is taken by inserting it.) A slug
  // still free is taken as it is; its suffixes start at 2 when it comes
  // again, so the map holds only the slugs taken more than once.
  if (used->insert(out).second) return out;
  int& k = next->try_emplace(out, 2).first->second;
  std::string id = absl::StrCat(out, "-", k++);
  while (!used->insert(id).second) id = absl::StrCat(out, "-", k++);
  return id;
}

std::string Clip(std::string s, size_t limit) {
  if (s.size() <= limit) return s;
  int32_t cut = static_cast<int32_t>(limit);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(s.data()), 0, cut);
  s.resize(cut);
  return s;
}

void SetEvidence(const Document& doc, const Sentence& s,
                 const std::vector<std::pair<int32_t, int32_t>>& cues,
                 v1::Evidence* e) {
  e->set_sentence(doc.text().substr(s.begin, s.end - s.begin));
  doc.SetSpan(s.begin, s.end, e->mutable_sentence_span());
  for (const auto& [b, en] : cues) {
    v1::Cue* cue = e->add_cues();
    cue->set_words(doc.text().substr(b, en - b));
    doc.SetSpan(b, en, cue->mutable_span());
  }
}

// An upper bound of how deep `html` nests its elements: start tags less end
// tags, at their most. gumbo builds the tree in time that grows with the
// square of the depth (100,000 nested <div> take a minute), so a document
// nested deeper than browsers show (Chromium stops at 512) is refused before
// it is parsed. Void elements (<br>, <img>) and end tags a browser implies
// (<p> ... <p>) count too, so the bound is loose on purpose.
int64_t NestingBound(const std::string& html) {
  int64_t depth = 0;
  int64_t most = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    const auto next = static_cast<unsigned char>(html[i + 1]);
    if (next == '/') {
      depth = std::max<int64_t>(0, depth - 1);
    } else if (absl::ascii_isalpha(next)) {
      most = std::max(most, ++depth);
    }
  }
  return most;
}

}  // namespace

absl::StatusOr<v1::ExtractClaimsResponse> Extract(
    const v1::ExtractClaimsRequest& request, int64_t max_text_bytes) {
  const bool html = request.body_case() == v1::ExtractClaimsRequest::kHtml;
  const std::string* body =
      request.body_case() == v1::ExtractClaimsRequest::BODY_NOT_SET ? nullptr
      : html ? &request.html()
             : &request.text();
  return Extract(request.article_id(), body, html, max_text_bytes);
}

absl::StatusOr<v1::ExtractClaimsResponse> Extract(
    const std::string& article_id, const std::string* body_or_null, bool html,
    int64_t max_text_bytes) {
  RequestErrors errors;
  const std::string field = html ? "html" : "text";
  static const std::string* const kNone = new std::string;
  const std::string& body = body_or_null ? *body_or_null : *kNone;
  if (body_or_null == nullptr) {
    errors.Add("text", "MISSING_TEXT",
               "the request has no article body: give it as \"text\" (plain "
               "text or Markdown) or \"html\"");
  } else if (static_cast<int64_t>(body.size()) > max_text_bytes) {
    errors.Add(field, "TEXT_TOO_LONG",
               absl::StrCat("the article is ", body.size(),
                            " bytes long; the limit is ", max_text_bytes,
                            " bytes: send it in parts, or raise the limit"));
  } else if (const int64_t at = InvalidUtf8At(body); at >= 0) {
    errors.Add(field, "INVALID_UTF8",
               absl::StrCat("the article is not valid UTF-8: the bytes at "
                            "offset ",
                            at, " do not form a character"));
  } else if (html && NestingBound(body) > kMaxHtmlNesting) {
    errors.Add(field, "HTML_TOO_DEEP",
               absl::StrCat("the HTML opens more than ", kMaxHtmlNesting,
                            " elements without closing them; an article "
                            "body nests far less"));
  }
  if (article_id.size() > static_cast<size_t>(kMaxLabelLength)) {
    errors.Add(
        "article_id", "TEXT_TOO_LONG",
        absl::StrCat("the article id is ", article_id.size(),
                     " characters long; the limit is ", kMaxLabelLength));
  }
  if (!errors.empty()) return errors.ToStatus();

  Document doc = html ? ReadHtml(body) : ReadPlainText(body);
  // Cloning ICU's iterators costs more than segmenting a short text, so
  // each thread keeps its Segmenter (and its buffers, up to a limit).
  thread_local Segmenter segmenter;
  const std::vector<Sentence> found = segmenter.Sentences(doc);
  std::vector<SentenceWords> sentences;
  sentences.reserve(found.size());
  for (const Sentence& s : found) {
    sentences.push_back({s, segmenter.Words(doc.text(), s.begin, s.end)});
  }
  segmenter.ReleaseLargeBuffers();
  std::vector<Mention> mentions = FindMentions(doc, sentences);

  // Every quantity gets an id now; only those a claim uses are proposed.
  absl::flat_hash_set<std::string> used_ids;
  absl::flat_hash_map<std::string, int> next_suffix;
  std::vector<std::string> ids(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.reason != v1::UNUSED_REASON_UNSPECIFIED) continue;
    absl::string_view name = m.label;
    if (name.empty()) name = m.unit_name;
    if (name.empty() && m.unit == v1::UNIT_PERCENT) name = "percent";
    ids[i] = Slug(name, &used_ids, &next_suffix, static_cast<int>(i));
  }
  std::vector<Proposal> proposals =
      ProposeClaims(doc, sentences, &mentions, &ids);

  v1::ExtractClaimsResponse out;
  out.set_article_id(article_id);
  doc.AddBlockProtos(out.mutable_blocks());
  v1::CheckClaimsRequest* req = out.mutable_request();
  req->set_article_id(article_id);

  // Claims within the request limits, in the order of their sentences.
  std::stable_sort(proposals.begin(), proposals.end(),
                   [](const Proposal& a, const Proposal& b) {
                     return a.sentence < b.sentence;
                   });
  std::vector<bool> used(mentions.size(), false);
  int references = 0;
  int quantities = 0;
  absl::flat_hash_set<std::string> claim_ids;
  std::vector<const Proposal*> kept;
  for (const Proposal& p : proposals) {
    if (static_cast<int>(kept.size()) >= kMaxClaims) break;
    if (static_cast<int>(p.mentions.size()) > kMaxPartsPerClaim + 2) continue;
    if (references + static_cast<int>(p.mentions.size()) > kMaxReferences) {
      break;
    }
    // Each claim's quantities, counted for every claim that uses them: a
    // bound on those the request lists.
    quantities += static_cast<int>(p.quantities.size());
    if (quantities > kMaxQuantities) break;
    references += static_cast<int>(p.mentions.size());
    for (int m : p.mentions) used[m] = true;
    kept.push_back(&p);
  }
  // Figures in reading order (a claim may have added some at the end).
  std::vector<int> order;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (used[i]) order.push_back(static_cast<int>(i));
  }
  std::sort(order.begin(), order.end(), [&mentions](int a, int b) {
    return std::make_pair(mentions[a].begin, mentions[a].end) <
           std::make_pair(mentions[b].begin, mentions[b].end);
  });
  int figures = 0;
  for (int i : order) {
    const Mention& m = mentions[i];
    if (figures >= kMaxFigures) break;
    ++figures;
    v1::Figure* f = req->add_figures();
    f->set_id(ids[i]);
    f->set_text(m.figure_text);
    if (m.unit == v1::UNIT_COUNT || m.unit_stated) f->set_unit(m.unit);
    if (!m.unit_symbol.empty()) f->set_unit_symbol(m.unit_symbol);
    if (m.approximate && m.qualifier == v1::QUALIFIER_UNSPECIFIED) {
      f->set_qualifier(v1::QUALIFIER_ABOUT);
    }
    f->set_unit_name(Clip(m.unit_name, kMaxLabelLength));
    f->set_label(Clip(m.label, kMaxLabelLength));
    doc.SetSpan(m.begin, m.end, f->mutable_span());
    v1::FigureEvidence* e = out.add_figures();
    e->set_figure_id(ids[i]);
    e->set_confidence(m.inherited_unit || m.from_words ? v1::CONFIDENCE_MEDIUM
                                                       : v1::CONFIDENCE_HIGH);
    std::vector<std::pair<int32_t, int32_t>> cues;
    if (m.label_begin >= 0) cues.push_back({m.label_begin, m.label_end});
    SetEvidence(doc, sentences[m.sentence].sentence, cues,
                e->mutable_evidence());
  }
  // The quantities the text does not print, once each, in the order of
  // the claims that first use them.
  absl::flat_hash_set<std::string> quantity_ids;
  for (const Proposal* p : kept) {
    for (const v1::Quantity& q : p->quantities) {
      if (quantity_ids.insert(q.id()).second) *req->add_quantities() = q;
    }
  }
  for (const Proposal* p : kept) {
    v1::Claim* c = req->add_claims();
    *c = p->claim;
    const Sentence& s = sentences[p->sentence].sentence;
    std::string id = c->id();
    if (id.empty()) id = "claim";
    int& k = next_suffix.try_emplace("claim " + id, 2).first->second;
    std::string unique = id;
    while (claim_ids.contains(unique)) unique = absl::StrCat(id, "-", k++);
    claim_ids.insert(unique);
    c->set_id(unique);
    // The claim's sentence, or for a sentence too long to quote, the words
    // from its first cue or figure to its last.
    int32_t b = s.begin;
    int32_t e = s.end;
    if (e - b > kMaxQuoteLength) {
      b = s.end;
      e = s.begin;
      for (int m : p->mentions) {
        if (mentions[m].sentence != p->sentence) continue;
        b = std::min(b, mentions[m].begin);
        e = std::max(e, mentions[m].end);
      }
      for (const auto& [cb, ce] : p->cues) {
        b = std::min(b, cb);
        e = std::max(e, ce);
      }
      if (e <= b || e - b > kMaxQuoteLength) {
        b = s.begin;
        e = s.begin;
      }
    }
    c->clear_span();  // a rule sets none; the span is the sentence's alone
    doc.SetSpan(b, e, c->mutable_span());
    c->set_text(c->span().quote());
    v1::ClaimEvidence* ev = out.add_claims();
    ev->set_claim_id(unique);
    ev->set_confidence(p->confidence);
    SetEvidence(doc, s, p->cues, ev->mutable_evidence());
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (used[i]) continue;
    const Mention& m = mentions[i];
    // A phrase a rule read as figures of its own ("128 out of 205" as 128
    // and 205): its numbers are in the request already.
    if (m.reason == v1::UNUSED_REASON_UNSPECIFIED) {
      const auto inside = std::lower_bound(
          order.begin(), order.end(), m.begin,
          [&mentions](int a, int32_t at) { return mentions[a].begin < at; });
      if (inside != order.end() && mentions[*inside].begin < m.end &&
          static_cast<size_t>(*inside) != i) {
        continue;
      }
    }
    v1::UnusedNumber* u = out.add_unused();
    u->set_text(doc.text().substr(m.begin, m.end - m.begin));
    doc.SetSpan(m.begin, m.end, u->mutable_span());
    const v1::UnusedReason reason = m.reason == v1::UNUSED_REASON_UNSPECIFIED
                                        ? v1::UNUSED_REASON_NO_RELATION
                                        : m.reason;
    u->set_reason(reason);
    u->set_explanation(std::string(ReasonWords(reason)));
  }
  // Last, when no span needs it any more: the text moves, not copied.
  out.set_text(std::move(doc).TakeText());
  return out;
}

}  // namespace claimcheck::text
