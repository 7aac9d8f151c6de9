// Extracts every labelled paragraph given on the command line and prints one
// JSON line per paragraph: its id, the time extraction took, and what
// ExtractClaims proposed. bench/text_eval.sh scores the lines against the
// labels.
//
//   text_extract tests/testdata/news/paragraphs/*.json > extracted.jsonl
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "engine/engine.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  using google::protobuf::util::JsonStringToMessage;
  using google::protobuf::util::MessageToJsonString;
  for (int i = 1; i < argc; ++i) {
    google::protobuf::Struct paragraph;
    if (!JsonStringToMessage(ReadFile(argv[i]), &paragraph).ok()) {
      std::cerr << argv[i] << ": not JSON\n";
      return 2;
    }
    claimcheck::v1::ExtractClaimsRequest request;
    request.set_article_id(paragraph.fields().at("id").string_value());
    request.set_text(paragraph.fields().at("text").string_value());
    // The best of a few runs: the figure is the extractor's, not the cache's.
    double best_us = 1e18;
    absl::StatusOr<claimcheck::v1::ExtractClaimsResponse> r;
    for (int run = 0; run < 5; ++run) {
      const auto start = std::chrono::steady_clock::now();
      r = claimcheck::ExtractClaims(request, {});
      const auto stop = std::chrono::steady_clock::now();
      best_us = std::min(
          best_us,
          std::chrono::duration<double, std::micro>(stop - start).count());
    }
    if (!r.ok()) {
      std::cerr << argv[i] << ": " << r.status() << "\n";
      return 1;
    }
    std::string json;
    if (!MessageToJsonString(*r, &json).ok()) return 1;
    std::cout << "{\"id\":\"" << request.article_id()
              << "\",\"micros\":" << best_us << ",\"extraction\":" << json
              << "}\n";
  }
  return 0;
}
