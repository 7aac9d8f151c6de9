// The culprit benchmark: random articles (tests/random_articles.h), each
// with one slip a newsroom makes, checked by the engine; how often the
// diagnosis names the right figure. bench/culprits.sh builds and runs it:
//
//   culprit_benchmark [ARTICLES=2000] [SEED=1] [SHOW]
//
// SHOW ("high-wrong", "top3-miss", "unlisted", "wrong" or "inexact") prints
// each such
// case: the
// slip, the suspects and the ranking's reason, and the request as JSON.
//
// A suspect is right when it names the slipped figure (and, for a slip of
// wording, its claim). Reported, by kind of slip and over all:
// - top-1: the first suspect is right; also among the cases the diagnosis
//   does not state as a tie (a tie is honest: the order within it says
//   nothing);
// - top-3: one of the first three is right;
// - exact: the first suspect is right and its correction is the text as
//   printed before the slip (for a slip of wording: names its cause);
// - tied: the diagnosis states that its first suspects tie; and the cases
//   where the first two suspects rest on the same kind of evidence (the same
//   slip, as many characters changed) but no tie is stated;
// - high: the first suspect has high confidence, and how often it is wrong.
// A benchmark prints figures; it passes or fails nothing.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/engine.h"
#include "google/protobuf/util/json_util.h"
#include "tests/random_articles.h"

namespace claimcheck {
namespace {

struct Tally {
  int cases = 0, top1 = 0, top3 = 0, listed = 0, exact = 0, tied = 0,
      untied = 0, top1_untied = 0, unstated_ties = 0, high = 0, high_wrong = 0,
      no_suspect = 0;
};

bool Right(const v1::Suspect& s, const SlippedArticle& slip) {
  return s.correction().figure_id() == slip.figure_id &&
         (slip.claim_id.empty() || s.claim_id() == slip.claim_id);
}

// Whether the diagnosis says its first suspects tie.
bool StatedTie(const v1::ArticleResult& article) {
  const std::string& reason = article.confidence_reason();
  return absl::StrContains(reason, "equally") ||
         absl::StrContains(reason, " tie");
}

// Whether the first two suspects rest on the same kind of evidence.
bool SameEvidence(const v1::ArticleResult& article) {
  if (article.suspects_size() < 2) return false;
  const v1::Suspect& a = article.suspects(0);
  const v1::Suspect& b = article.suspects(1);
  return a.correction().cause() == b.correction().cause() &&
         a.edits() == b.edits();
}

void Count(const v1::ArticleResult& article, const SlippedArticle& slip,
           Tally* t) {
  ++t->cases;
  const auto& suspects = article.suspects();
  if (suspects.empty()) {
    ++t->no_suspect;
    return;
  }
  const bool first = Right(suspects[0], slip);
  bool in3 = false;
  for (int i = 0; i < suspects.size() && i < 3; ++i)
    in3 = in3 || Right(suspects[i], slip);
  const bool tie = StatedTie(article);
  t->top1 += first;
  t->top3 += in3;
  bool anywhere = false;
  for (const v1::Suspect& s : suspects) anywhere = anywhere || Right(s, slip);
  t->listed += anywhere;
  // A slip of wording is corrected exactly when its cause is named (the
  // figure's text may be reworded: "4 points" as "4 percentage points").
  const v1::Cause wording = slip.kind == SlipKind::kDirectionReversed
                                ? v1::CAUSE_DIRECTION_REVERSED
                                : v1::CAUSE_PERCENT_VS_POINTS;
  t->exact += first && (slip.claim_id.empty()
                            ? suspects[0].correction().corrected_text() ==
                                  slip.original_text
                            : suspects[0].correction().cause() == wording);
  if (tie) {
    ++t->tied;
  } else {
    ++t->untied;
    t->top1_untied += first;
    t->unstated_ties += SameEvidence(article);
  }
  if (suspects[0].confidence() == v1::CONFIDENCE_HIGH) {
    ++t->high;
    t->high_wrong += !first;
  }
}

// Prints one case for SHOW.
void Show(const v1::CheckClaimsResponse& response, const SlippedArticle& slip) {
  const v1::ArticleResult& article = response.article();
  printf("--- %s: %s %s \"%s\" printed as \"%s\"%s\n",
         slip.request.article_id().c_str(), SlipName(slip.kind).c_str(),
         slip.figure_id.c_str(), slip.original_text.c_str(),
         slip.slipped_text.c_str(),
         slip.claim_id.empty()
             ? ""
             : absl::StrCat(" (claim ", slip.claim_id, ")").c_str());
  for (const v1::Suspect& s : article.suspects()) {
    printf("  %s \"%s\" -> \"%s\" %s %s edits %d%s\n",
           s.correction().figure_id().c_str(),
           s.correction().printed_text().c_str(),
           s.correction().corrected_text().c_str(),
           v1::Cause_Name(s.correction().cause()).c_str(),
           v1::Confidence_Name(s.confidence()).c_str(), s.edits(),
           s.claim_id().empty() ? "" : (" claim " + s.claim_id()).c_str());
  }
  printf("  ranking: %s\n", article.confidence_reason().c_str());
  std::string json;
  google::protobuf::util::MessageToJsonString(slip.request, &json);
  printf("  %s\n", json.c_str());
}

double Percent(int part, int whole) { return whole ? 100.0 * part / whole : 0; }

void Row(const std::string& name, const Tally& t) {
  printf("%-19s %6d %7.1f%% %7.1f%% %7.1f%% %6d %7.1f%% %8d %6d %6d %5d\n",
         name.c_str(), t.cases, Percent(t.top1, t.cases),
         Percent(t.top1_untied, t.untied), Percent(t.top3, t.cases), t.tied,
         Percent(t.exact, t.cases), t.unstated_ties, t.high, t.high_wrong,
         t.no_suspect);
}

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  using namespace claimcheck;
  const int articles = argc > 1 ? std::atoi(argv[1]) : 2000;
  const uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  const std::string show = argc > 3 ? argv[3] : "";
  ArticleGenerator generator(seed);
  std::map<std::string, Tally> by_kind;
  Tally all;
  const std::vector<SlipKind>& kinds = AllSlipKinds();
  int tried = 0;
  for (int made = 0; made < articles; ++tried) {
    const GeneratedArticle article = generator.Next();
    const SlipKind kind = kinds[made % kinds.size()];
    const std::optional<SlippedArticle> slip = Slip(article, kind, tried);
    if (!slip) {
      if (tried > 50 * articles) break;
      continue;
    }
    ++made;
    absl::StatusOr<v1::CheckClaimsResponse> response =
        CheckClaims(slip->request);
    if (!response.ok()) {
      fprintf(stderr, "%s: %s\n", slip->request.article_id().c_str(),
              std::string(response.status().message()).c_str());
      continue;
    }
    if (!show.empty()) {
      const auto& suspects = response->article().suspects();
      const bool first = !suspects.empty() && Right(suspects[0], *slip);
      bool in3 = false, listed = false;
      for (int i = 0; i < suspects.size(); ++i) {
        in3 = in3 || (i < 3 && Right(suspects[i], *slip));
        listed = listed || Right(suspects[i], *slip);
      }
      const bool high =
          !suspects.empty() && suspects[0].confidence() == v1::CONFIDENCE_HIGH;
      if ((show == "high-wrong" && high && !first) ||
          (show == "top3-miss" && !in3) || (show == "wrong" && !first) ||
          (show == "unlisted" && !listed) ||
          (show == "inexact" && first && slip->claim_id.empty() &&
           suspects[0].correction().corrected_text() != slip->original_text)) {
        Show(*response, *slip);
      }
    }
    Count(response->article(), *slip, &by_kind[SlipName(kind)]);
    Count(response->article(), *slip, &all);
  }
  printf("culprit benchmark: %d articles with one slip each (seed %llu)\n",
         all.cases, static_cast<unsigned long long>(seed));
  printf("%-19s %6s %8s %8s %8s %6s %8s %8s %6s %6s %5s\n", "slip", "cases",
         "top-1", "top-1*", "top-3", "tied", "exact", "untied=", "high",
         "high-x", "none");
  for (const auto& [name, t] : by_kind) Row(name, t);
  Row("all", all);
  printf(
      "top-1* = first suspect right among cases not stated as a tie; "
      "untied= = first two suspects on the same kind of evidence but no tie "
      "stated; high-x = high-confidence first suspect wrong; none = no "
      "suspect\n");
  printf(
      "right figure first, cases not stated as a tie: %d of %d (%.1f%%); "
      "target >= 95%%\n",
      all.top1_untied, all.untied, Percent(all.top1_untied, all.untied));
  printf(
      "right figure in the top three, all cases: %d of %d (%.1f%%); "
      "target >= 99%%\n",
      all.top3, all.cases, Percent(all.top3, all.cases));
  printf("exact correction first: %d of %d (%.1f%%)\n", all.exact, all.cases,
         Percent(all.exact, all.cases));
  printf("right figure among the suspects listed: %d of %d (%.1f%%)\n",
         all.listed, all.cases, Percent(all.listed, all.cases));
  printf(
      "ties stated: %d; same evidence first but no tie stated: %d; "
      "target 0\n",
      all.tied, all.unstated_ties);
  const std::string one_in =
      all.high_wrong ? "1 in " + std::to_string(all.high / all.high_wrong)
                     : "none";
  printf(
      "high-confidence first suspect wrong: %d of %d (%s); target at most "
      "1 in 200\n",
      all.high_wrong, all.high, one_in.c_str());
  return 0;
}
