// The engine's costs, with Google Benchmark: reading printed figures, one
// claim of each kind, whole articles of 10 to 10,000 claims that share no
// figures (cost should grow linearly), and text in (extraction of 1,000
// words of news, extraction and check of the worked example's text). Run
// from the repository root, which holds the example requests and texts it
// reads: bash bench/run.sh does.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "bench/articles.h"
#include "benchmark/benchmark.h"
#include "engine/engine.h"
#include "engine/reading/figure.h"
#include "engine/reading/request_error.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {
namespace {

// Printed figures as articles print them, from the plain to the wordy.
void BM_ReadFigure(benchmark::State& state, std::string text, v1::Unit unit) {
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text(text);
  proto.set_unit(unit);
  for (auto _ : state) {
    RequestErrors errors;
    benchmark::DoNotOptimize(ReadFigure(proto, "figures[0]", &errors));
  }
}
BENCHMARK_CAPTURE(BM_ReadFigure, "498", "498", v1::UNIT_COUNT);
BENCHMARK_CAPTURE(BM_ReadFigure, "1,234", "1,234", v1::UNIT_COUNT);
BENCHMARK_CAPTURE(BM_ReadFigure, "six", "six", v1::UNIT_COUNT);
BENCHMARK_CAPTURE(BM_ReadFigure, "63 percent", "63 percent", v1::UNIT_PERCENT);
BENCHMARK_CAPTURE(BM_ReadFigure, "about 500", "about 500", v1::UNIT_COUNT);
BENCHMARK_CAPTURE(BM_ReadFigure, "$4.5 billion", "$4.5 billion",
                  v1::UNIT_CURRENCY);
BENCHMARK_CAPTURE(BM_ReadFigure, "17.4 per 100,000", "17.4 per 100,000",
                  v1::UNIT_RATE);
BENCHMARK_CAPTURE(BM_ReadFigure, "twenty-one", "twenty-one", v1::UNIT_COUNT);

// The requests users write: the examples and the corpus of published slips.
const char* const kRequestFiles[] = {
    "examples/kqed-ice-arrests.json",
    "examples/kqed-ice-arrests-denver-36.json",
    "examples/county-health-survey.json",
    "examples/changes-and-readings.json",
    "tests/testdata/corpus/poll-shares-transposed.json",
    "tests/testdata/corpus/ida-deaths-same-count.json",
    "tests/testdata/corpus/homicide-rate-power-of-ten.json",
};

v1::CheckClaimsRequest ReadRequest(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  v1::CheckClaimsRequest request;
  if (!google::protobuf::util::JsonStringToMessage(text.str(), &request).ok()) {
    std::fprintf(
        stderr,
        "engine_benchmark: cannot read %s (run from the repository root)\n",
        path.c_str());
    std::exit(2);
  }
  return request;
}

void BM_CheckClaims(benchmark::State& state,
                    const v1::CheckClaimsRequest& request) {
  for (auto _ : state) {
    auto response = CheckClaims(request);
    if (!response.ok())
      state.SkipWithError(std::string(response.status().message()).c_str());
    benchmark::DoNotOptimize(response);
  }
  state.SetItemsProcessed(state.iterations() * request.claims_size());
}

// One benchmark per claim of each file, named kind/file/claim: the claim alone
// with all of its article's figures.
void RegisterOneClaimBenchmarks() {
  static std::vector<v1::CheckClaimsRequest>* requests =
      new std::vector<v1::CheckClaimsRequest>();
  requests->reserve(100);
  for (const char* path : kRequestFiles) {
    const v1::CheckClaimsRequest article = ReadRequest(path);
    std::string file = path;
    file = file.substr(file.rfind('/') + 1);
    file = file.substr(0, file.size() - 5);
    for (const v1::Claim& claim : article.claims()) {
      v1::CheckClaimsRequest one = article;
      one.clear_claims();
      *one.add_claims() = claim;
      requests->push_back(one);
      const std::string kind =
          claim.GetDescriptor()->FindFieldByNumber(claim.kind_case())->name();
      benchmark::RegisterBenchmark(
          absl::StrCat("BM_OneClaim/", kind, "/", file, "/", claim.id())
              .c_str(),
          BM_CheckClaims, requests->back());
    }
  }
  v1::CheckClaimsRequest whole = ReadRequest(kRequestFiles[0]);
  requests->push_back(whole);
  benchmark::RegisterBenchmark("BM_WorkedExample/kqed-ice-arrests",
                               BM_CheckClaims, requests->back());
  requests->push_back(ReadRequest(kRequestFiles[1]));
  benchmark::RegisterBenchmark("BM_WorkedExample/kqed-ice-arrests-denver-36",
                               BM_CheckClaims, requests->back());
}

// Whole articles whose claims share no figures: 10 to 10,000 claims.
void BM_Article(benchmark::State& state) {
  const v1::CheckClaimsRequest request =
      IndependentClaimsArticle(static_cast<int>(state.range(0)), "bench");
  for (auto _ : state) {
    auto response = CheckClaims(request);
    if (!response.ok()) {
      state.SkipWithError(
          std::string(response.status().ToString()).substr(0, 200).c_str());
      break;
    }
    benchmark::DoNotOptimize(response);
  }
  state.SetItemsProcessed(state.iterations() * request.claims_size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Article)
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// One total of N parts with one part's digits swapped (the error path: the
// check then searches for the slip among every part's corrections).
void BM_TotalWithSlip(benchmark::State& state) {
  const int parts = static_cast<int>(state.range(0));
  v1::CheckClaimsRequest request;
  v1::TotalClaim* total = request.add_claims()->mutable_total();
  request.mutable_claims(0)->set_id("total");
  int sum = 0;
  for (int i = 0; i < parts; ++i) {
    const int n = 10 + i % 80;
    sum += n;
    v1::Figure* f = request.add_figures();
    f->set_id(absl::StrCat("p", i));
    std::string printed = absl::StrCat(n);
    if (i == parts / 2 && printed[0] != printed[1])
      std::swap(printed[0], printed[1]);
    f->set_text(printed);
    f->set_unit(v1::UNIT_COUNT);
    total->add_parts()->set_figure_id(f->id());
  }
  v1::Figure* t = request.add_figures();
  t->set_id("all");
  t->set_text(absl::StrCat(sum));
  t->set_unit(v1::UNIT_COUNT);
  total->set_total_id("all");
  for (auto _ : state) {
    auto response = CheckClaims(request);
    if (!response.ok() || response->results(0).discrepancies().empty()) {
      state.SkipWithError("expected an error-level finding");
      break;
    }
    benchmark::DoNotOptimize(response);
  }
  state.SetComplexityN(parts);
}
BENCHMARK(BM_TotalWithSlip)
    ->Arg(10)
    ->Arg(100)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond);

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(
        stderr,
        "engine_benchmark: cannot read %s (run from the repository root)\n",
        path.c_str());
    std::exit(2);
  }
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int Words(const std::string& text) {
  std::istringstream in(text);
  int n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

// Text in: ExtractClaims on an article's text, and CheckText (extraction
// and the check of what it proposes). Items are words, so items_per_second
// divided by 1,000 is 1,000-word articles a second.
void BM_ExtractClaims(benchmark::State& state, const std::string& text) {
  v1::ExtractClaimsRequest request;
  request.set_text(text);
  for (auto _ : state) {
    auto response = ExtractClaims(request, {});
    if (!response.ok())
      state.SkipWithError(std::string(response.status().message()).c_str());
    benchmark::DoNotOptimize(response);
  }
  state.SetItemsProcessed(state.iterations() * Words(text));
}

void BM_CheckText(benchmark::State& state, const std::string& text) {
  v1::CheckTextRequest request;
  request.set_text(text);
  for (auto _ : state) {
    auto response = CheckText(request, {});
    if (!response.ok())
      state.SkipWithError(std::string(response.status().message()).c_str());
    benchmark::DoNotOptimize(response);
  }
  state.SetItemsProcessed(state.iterations() * Words(text));
}

// Twelve labelled news paragraphs (tests/testdata/news/paragraphs), the
// first in name order when the set was 161 paragraphs, joined as one
// article: 1,050 words of running news text of many kinds, not one article
// repeated. Named, not taken from the folder, so that the figure stays
// comparable from day to day as paragraphs are added.
constexpr const char* kNewsParagraphs[] = {
    "aapnews-2002-evenflo-triumph-recall",
    "aapnews-2002-graco-snugride-recall",
    "afhk-2019-childrens-health-survey",
    "ap-2011-deep-south-storms-toll-17",
    "ap-2020-south-dakota-basketball-scores-dec-18",
    "ap-2022-iowa-tornadoes-seven-dead",
    "apple-2015-fiscal-fourth-quarter-report",
    "arabnews-2019-georgia-school-pellet-gun",
    "azfoo-2007-arizona-republic-english-learners",
    "baltimoresun-2006-storms-kill-27",
    "billdawers-2014-bls-household-survey-september",
    "bmc-2022-prevention-is-political-intro",
};

std::string NewsText() {
  std::string text;
  for (const char* id : kNewsParagraphs) {
    google::protobuf::Struct paragraph;
    const std::string name =
        absl::StrCat("tests/testdata/news/paragraphs/", id, ".json");
    if (!google::protobuf::util::JsonStringToMessage(ReadText(name), &paragraph)
             .ok()) {
      std::fprintf(stderr, "engine_benchmark: cannot read %s\n", name.c_str());
      std::exit(2);
    }
    const std::string& more = paragraph.fields().at("text").string_value();
    absl::StrAppend(&text, text.empty() ? "" : "\n\n", more);
  }
  return text;
}

void RegisterTextBenchmarks() {
  static const std::string* news = new std::string(NewsText());
  static const std::string* example =
      new std::string(ReadText("examples/kqed-ice-arrests.txt"));
  static const std::string* denver =
      new std::string(ReadText("examples/kqed-ice-arrests-denver-36.txt"));
  benchmark::RegisterBenchmark(
      absl::StrCat("BM_ExtractClaims/news-", Words(*news), "-words").c_str(),
      BM_ExtractClaims, *news);
  benchmark::RegisterBenchmark("BM_ExtractClaims/kqed-ice-arrests.txt",
                               BM_ExtractClaims, *example);
  benchmark::RegisterBenchmark("BM_CheckText/kqed-ice-arrests.txt",
                               BM_CheckText, *example);
  benchmark::RegisterBenchmark("BM_CheckText/kqed-ice-arrests-denver-36.txt",
                               BM_CheckText, *denver);
}

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  claimcheck::RegisterOneClaimBenchmarks();
  claimcheck::RegisterTextBenchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
