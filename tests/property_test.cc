// Properties of the engine over random articles (tests/random_articles.h):
//
// - An honest article (every figure printed from its true value, with any
//   rounding mode, qualifier and scale) never gets an ERROR, and a WARNING
//   on at most 1 percent of its claims: a warning says "this holds only
//   under a reading a careful editor would not assume", so on honestly
//   rounded figures it must stay rare. The rate is printed.
// - The same article with one slip that no values within the other figures'
//   precision make up for gets a finding, and the slipped figure is among
//   the suspects (how often, by kind of slip, is printed).
//
// Seeded and bounded (a few seconds): CLAIMCHECK_PROPERTY_SEED and
// CLAIMCHECK_PROPERTY_ARTICLES change the seed and the count, for a longer
// run by hand. A failure is shrunk (claims and figures taken away while it
// still fails) and printed as a request file that `claimcheck check` reads.
#include <google/protobuf/util/json_util.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/engine.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/random_articles.h"

namespace claimcheck {
namespace {

uint64_t Seed() {
  const char* env = std::getenv("CLAIMCHECK_PROPERTY_SEED");
  return env ? std::strtoull(env, nullptr, 10) : 20261204;
}

// Honest articles; a slip is tried in 3 of every 8, as a diagnosis costs
// more than a check. The same number under the sanitizers, so that the
// articles they check use every way of printing too.
int Articles() {
  const char* env = std::getenv("CLAIMCHECK_PROPERTY_ARTICLES");
  return env != nullptr ? std::atoi(env) : 800;
}

int SlipArticles() { return Articles() * 3 / 8; }

std::string Json(const v1::CheckClaimsRequest& request) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  google::protobuf::util::MessageToJsonString(request, &json, options);
  return json;
}

v1::CheckClaimsResponse Check(const v1::CheckClaimsRequest& request) {
  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(request);
  EXPECT_TRUE(response.ok()) << response.status() << "\n" << Json(request);
  return response.ok() ? *response : v1::CheckClaimsResponse();
}

// `request` without the claims and figures that `fails` does not need:
// claims are taken away one at a time while it still fails, then figures no
// claim refers to.
v1::CheckClaimsRequest Shrink(
    v1::CheckClaimsRequest request,
    const std::function<bool(const v1::CheckClaimsRequest&)>& fails) {
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < request.claims_size(); ++i) {
      v1::CheckClaimsRequest smaller = request;
      smaller.mutable_claims()->DeleteSubrange(i, 1);
      if (!smaller.claims().empty() && fails(smaller)) {
        request = smaller;
        changed = true;
        break;
      }
    }
  }
  for (int i = request.figures_size() - 1; i >= 0; --i) {
    // A figure id appears in the serialized claims when a claim uses it.
    bool used = false;
    for (const v1::Claim& claim : request.claims()) {
      used = used || claim.SerializeAsString().find(request.figures(i).id()) !=
                         std::string::npos;
    }
    if (used) continue;
    v1::CheckClaimsRequest smaller = request;
    smaller.mutable_figures()->DeleteSubrange(i, 1);
    if (fails(smaller)) request = smaller;
  }
  return request;
}

bool HasError(const v1::CheckClaimsResponse& response) {
  for (const v1::ClaimResult& r : response.results()) {
    if (r.verdict() == v1::VERDICT_ERROR) return true;
  }
  return response.article().verdict() == v1::VERDICT_ERROR;
}

int Warnings(const v1::CheckClaimsResponse& response) {
  int n = 0;
  for (const v1::ClaimResult& r : response.results()) {
    if (r.verdict() == v1::VERDICT_WARNING) ++n;
  }
  return n;
}

bool HasFinding(const v1::CheckClaimsResponse& response) {
  for (const v1::ClaimResult& r : response.results()) {
    if (r.verdict() == v1::VERDICT_ERROR || r.verdict() == v1::VERDICT_WARNING)
      return true;
  }
  const v1::Verdict article = response.article().verdict();
  return article == v1::VERDICT_ERROR || article == v1::VERDICT_WARNING;
}

bool Suspected(const v1::CheckClaimsResponse& response,
               const SlippedArticle& slip) {
  for (const v1::Suspect& s : response.article().suspects()) {
    if (s.correction().figure_id() == slip.figure_id &&
        (slip.claim_id.empty() || s.claim_id() == slip.claim_id))
      return true;
  }
  return false;
}

TEST(Property, HonestArticlesGetNoErrorAndRarelyAWarning) {
  ArticleGenerator generator(Seed());
  int claims = 0, warnings = 0, errors = 0;
  std::map<std::string, int> warning_codes;
  std::string first_error;
  for (int i = 0; i < Articles(); ++i) {
    const GeneratedArticle article = generator.Next();
    const v1::CheckClaimsResponse response = Check(article.request);
    claims += article.request.claims_size();
    warnings += Warnings(response);
    for (const v1::ClaimResult& r : response.results()) {
      for (const v1::Discrepancy& d : r.discrepancies()) {
        if (d.severity() == v1::SEVERITY_WARNING) ++warning_codes[d.code()];
      }
    }
    if (HasError(response)) {
      ++errors;
      if (first_error.empty()) {
        first_error = Json(Shrink(
            article.request, [](const auto& r) { return HasError(Check(r)); }));
      }
    }
  }
  const double rate = claims ? 100.0 * warnings / claims : 0;
  std::string codes;
  for (const auto& [code, n] : warning_codes)
    absl::StrAppend(&codes, " ", code, " ", n, ";");
  printf(
      "honest articles: %d (seed %llu), claims %d, errors %d, warnings %d "
      "(%.2f%% of claims):%s\n",
      Articles(), static_cast<unsigned long long>(Seed()), claims, errors,
      warnings, rate, codes.c_str());
  EXPECT_EQ(errors, 0) << "the first, shrunk, as a request file:\n"
                       << first_error;
  EXPECT_LE(rate, 1.0);
}

TEST(Property, ArticlesUseEveryWayOfPrintingAndEveryKindOfClaim) {
  ArticleGenerator generator(Seed());
  for (int i = 0; i < Articles(); ++i) generator.Next();
  const Coverage& seen = generator.coverage();
  for (int r = 0; r < v1::RoundingMode_ARRAYSIZE; ++r) {
    EXPECT_GT(seen.rounding.count(v1::RoundingMode_Name(r)), 0u)
        << v1::RoundingMode_Name(r);
  }
  for (int q = 0; q < v1::Qualifier_ARRAYSIZE; ++q) {
    EXPECT_GT(seen.qualifier.count(v1::Qualifier_Name(q)), 0u)
        << v1::Qualifier_Name(q);
  }
  for (int s = 0; s < v1::Scale_ARRAYSIZE; ++s) {
    EXPECT_GT(seen.scale.count(v1::Scale_Name(s)), 0u) << v1::Scale_Name(s);
  }
  const auto* kinds = v1::Claim::descriptor()->FindOneofByName("kind");
  for (int k = 0; k < kinds->field_count(); ++k) {
    EXPECT_GT(seen.kind.count(kinds->field(k)->name()), 0u)
        << kinds->field(k)->name();
  }
}

TEST(Property, ANoticeableSlipIsFoundAndItsFigureSuspected) {
  ArticleGenerator generator(Seed());
  const std::vector<SlipKind>& kinds = AllSlipKinds();
  int slipped = 0, found = 0, suspected = 0;
  std::map<std::string, std::pair<int, int>> by_kind;  // suspected of slips
  std::string first_unfound, first_unsuspected;
  for (int i = 0; i < SlipArticles(); ++i) {
    const GeneratedArticle article = generator.Next();
    const SlipKind kind = kinds[i % kinds.size()];
    const std::optional<SlippedArticle> slip = Slip(article, kind, i);
    if (!slip) continue;
    ++slipped;
    const v1::CheckClaimsResponse response = Check(slip->request);
    const bool is_found = HasFinding(response);
    const bool is_suspected = Suspected(response, *slip);
    found += is_found;
    suspected += is_suspected;
    auto& [k_suspected, k_slips] = by_kind[SlipName(kind)];
    k_suspected += is_suspected;
    ++k_slips;
    auto still =
        [&](const std::function<bool(const v1::CheckClaimsResponse&)>& fails) {
          return [&, fails](const v1::CheckClaimsRequest& r) {
            return Noticeable(r, slip->figure_id) && fails(Check(r));
          };
        };
    if (!is_found && first_unfound.empty()) {
      first_unfound = absl::StrCat(
          slip->original_text, " printed as ", slip->slipped_text, " (",
          slip->figure_id, "):\n",
          Json(Shrink(slip->request,
                      still([](const auto& r) { return !HasFinding(r); }))));
    }
    if (is_found && !is_suspected && first_unsuspected.empty()) {
      first_unsuspected = absl::StrCat(
          slip->original_text, " printed as ", slip->slipped_text, " (",
          slip->figure_id, "):\n",
          Json(Shrink(slip->request, still([&](const auto& r) {
                        return HasFinding(r) && !Suspected(r, *slip);
                      }))));
    }
  }
  std::string kinds_line;
  for (const auto& [name, counts] : by_kind)
    absl::StrAppend(&kinds_line, " ", name, " ", counts.first, "/",
                    counts.second, ";");
  printf(
      "slipped articles: %d, found %d (%.2f%%), slipped figure among the "
      "suspects %d (%.2f%%); suspected by slip:%s\n",
      slipped, found, slipped ? 100.0 * found / slipped : 0, suspected,
      slipped ? 100.0 * suspected / slipped : 0, kinds_line.c_str());
  EXPECT_GT(slipped, SlipArticles() / 2);
  EXPECT_EQ(found, slipped) << "the first unfound, shrunk:\n" << first_unfound;
  EXPECT_EQ(suspected, found) << "the first found but not suspected, shrunk:\n"
                              << first_unsuspected;
}

}  // namespace
}  // namespace claimcheck
