// Every file of the labelled news set (tests/testdata/news/*/*.json, the
// format in tests/testdata/news/README.md) is checked twice:
//
// - FollowsTheFormat: the fields are there; every "numbers" quote is the text
//   at its offsets (Unicode code points, as Span counts them), in reading
//   order, and every digit of the text lies in one of them; the request is a
//   CheckClaimsRequest in proto3 JSON whose figures stand where their numbers
//   do, and whose claim spans quote the text.
// - ExpectedVerdictHolds: the engine reads the request (or refuses only the
//   figures listed as "unreadable today") and answers the expected article
//   verdict. A file listed in KNOWN_DISAGREEMENTS.md is skipped while the
//   engine still disagrees, and fails once it agrees, so that the list only
//   shrinks:
//
//     - `paragraphs/ipu-2018-sierra-leone-parliament`: engine ... (why)
//
// And every correct paragraph (not a slip, and labelled consistent or with
// nothing to check) once more, as a newsroom
// sends it: NoAlarmFromItsText checks its text (CheckText, the claims text in
// proposes at the default confidence) and finds no error and no warning, in
// the article or any claim. A false alarm on published, correct copy is what
// an editor would stop trusting the tool for.
//
// Files are read from the runfiles tree, so a new file needs no BUILD change.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/cord.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "client/request_file.h"
#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "proto/google/rpc/error_details.pb.h"

namespace claimcheck {
namespace {

using ::google::protobuf::ListValue;
using ::google::protobuf::Struct;
using ::google::protobuf::Value;

constexpr char kNewsDir[] = "tests/testdata/news";
constexpr char kKnownDisagreements[] =
    "tests/testdata/news/KNOWN_DISAGREEMENTS.md";

struct NewsFile {
  std::string key;   // "paragraphs/kqed-2017-ice-operation-safe-cities"
  std::string id;    // the file name without ".json"
  std::string path;  // relative to the runfiles root
};

void PrintTo(const NewsFile& f, std::ostream* os) { *os << f.key; }

// Every *.json one folder down from kNewsDir, in name order.
std::vector<NewsFile> ListNewsFiles() {
  std::vector<NewsFile> files;
  std::error_code ec;
  for (const auto& dir : std::filesystem::directory_iterator(kNewsDir, ec)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir.path(), ec)) {
      if (f.path().extension() != ".json") continue;
      const std::string id = f.path().stem().string();
      files.push_back({absl::StrCat(dir.path().filename().string(), "/", id),
                       id, f.path().string()});
    }
  }
  std::sort(files.begin(), files.end(),
            [](const NewsFile& a, const NewsFile& b) { return a.key < b.key; });
  return files;
}

// The keys of KNOWN_DISAGREEMENTS.md: lines that start with "- `KEY`".
std::set<std::string> KnownDisagreements() {
  std::set<std::string> keys;
  std::ifstream in(kKnownDisagreements);
  std::string line;
  while (std::getline(in, line)) {
    absl::string_view rest = line;
    if (!absl::ConsumePrefix(&rest, "- `")) continue;
    const size_t end = rest.find('`');
    if (end != absl::string_view::npos)
      keys.insert(std::string(rest.substr(0, end)));
  }
  return keys;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The byte offset where each code point of `utf8` starts, and its size at
// the end: code point i is bytes [starts[i], starts[i + 1]). The text came
// through protobuf's JSON parser, which accepts only valid UTF-8, so a code
// point starts at every byte that is not a continuation byte (10xxxxxx).
std::vector<size_t> CodePointStarts(const std::string& utf8) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  }
  starts.push_back(utf8.size());
  return starts;
}

// A file parsed, with what both tests need.
struct Parsed {
  Struct root;
  std::string text;
  std::vector<size_t> starts;  // CodePointStarts(text)
};

bool Has(const Struct& s, const std::string& key) {
  return s.fields().count(key) > 0;
}
const Value& Get(const Struct& s, const std::string& key) {
  static const Value* const kNull = new Value();
  auto it = s.fields().find(key);
  return it == s.fields().end() ? *kNull : it->second;
}
bool IsString(const Value& v) { return v.kind_case() == Value::kStringValue; }
bool IsStruct(const Value& v) { return v.kind_case() == Value::kStructValue; }
bool IsList(const Value& v) { return v.kind_case() == Value::kListValue; }
// A whole number >= 0 that fits an int32, as Span's offsets must be.
bool IsOffset(const Value& v) {
  return v.kind_case() == Value::kNumberValue && v.number_value() >= 0 &&
         v.number_value() <= 2147483647.0 &&
         v.number_value() == static_cast<int64_t>(v.number_value());
}

// The keys of `s` that are not in `allowed`.
std::vector<std::string> UnknownKeys(const Struct& s,
                                     const std::set<std::string>& allowed) {
  std::vector<std::string> unknown;
  for (const auto& [key, value] : s.fields()) {
    if (!allowed.count(key)) unknown.push_back(key);
  }
  std::sort(unknown.begin(), unknown.end());
  return unknown;
}

// text[start:end] in code points, or why it cannot be taken.
bool Slice(const Parsed& p, const Value& start, const Value& end,
           std::string* out, std::string* why) {
  if (!IsOffset(start) || !IsOffset(end)) {
    *why = "start and end must be whole numbers >= 0";
    return false;
  }
  const size_t s = static_cast<size_t>(start.number_value());
  const size_t e = static_cast<size_t>(end.number_value());
  const size_t n = p.starts.size() - 1;
  if (s > e || e > n) {
    *why = absl::StrCat("offsets ", s, "-", e, " do not fit a text of ", n,
                        " code points");
    return false;
  }
  *out = p.text.substr(p.starts[s], p.starts[e] - p.starts[s]);
  return true;
}

bool Parse(const NewsFile& f, Parsed* p, std::string* why) {
  const std::string json = ReadAll(f.path);
  if (json.empty()) {
    *why = "cannot read the file";
    return false;
  }
  const auto status =
      google::protobuf::util::JsonStringToMessage(json, &p->root);
  if (!status.ok()) {
    *why = absl::StrCat("not a JSON object: ", status.ToString());
    return false;
  }
  if (!IsString(Get(p->root, "text"))) {
    *why = "\"text\" must be a string";
    return false;
  }
  p->text = Get(p->root, "text").string_value();
  p->starts = CodePointStarts(p->text);
  return true;
}

// The request of a parsed file as a CheckClaimsRequest.
absl::StatusOr<v1::CheckClaimsRequest> RequestOf(const NewsFile& f,
                                                 const Parsed& p) {
  const Value& request = Get(p.root, "request");
  if (!IsStruct(request)) {
    return absl::InvalidArgumentError("\"request\" must be an object");
  }
  std::string json;
  const auto status = google::protobuf::util::MessageToJsonString(
      request.struct_value(), &json);
  if (!status.ok()) return absl::InternalError(status.ToString());
  return ParseRequestJson(json, f.path + " (request)");
}

const std::set<std::string>& Reasons() {
  static const auto* const kReasons =
      new std::set<std::string>{"year",
                                "date",
                                "time",
                                "age",
                                "address",
                                "phone_number",
                                "score",
                                "ordinal",
                                "list_number",
                                "identifier",
                                "money_or_quantity_unrelated",
                                "other"};
  return *kReasons;
}

class NewsDataTest : public ::testing::TestWithParam<NewsFile> {};

TEST_P(NewsDataTest, FollowsTheFormat) {
  const NewsFile& f = GetParam();
  Parsed p;
  std::string why;
  ASSERT_TRUE(Parse(f, &p, &why)) << f.path << ": " << why;
  const Struct& root = p.root;
  const bool slip_folder = absl::StartsWith(f.key, "slips/");

  EXPECT_EQ(UnknownKeys(root, {"id", "source", "text", "numbers", "request",
                               "inexpressible", "expected", "slip"}),
            std::vector<std::string>{})
      << f.path << ": unknown top-level fields";
  EXPECT_EQ(Get(root, "id").string_value(), f.id)
      << f.path << ": \"id\" must be the file name without .json";
  EXPECT_FALSE(p.text.empty()) << f.path << ": empty text";

  // The source.
  const Value& source = Get(root, "source");
  ASSERT_TRUE(IsStruct(source)) << f.path << ": \"source\" must be an object";
  for (const char* key : {"publisher", "title", "date", "url"}) {
    const Value& v = Get(source.struct_value(), key);
    EXPECT_TRUE(IsString(v) && !v.string_value().empty())
        << f.path << ": source." << key << " must be a non-empty string";
  }
  EXPECT_EQ(UnknownKeys(source.struct_value(),
                        {"publisher", "title", "date", "url", "note"}),
            std::vector<std::string>{})
      << f.path << ": unknown fields in source";
  static const std::regex kDate(R"(\d{4}(-\d{2}(-\d{2})?)?|undated)");
  EXPECT_TRUE(std::regex_match(
      Get(source.struct_value(), "date").string_value(), kDate))
      << f.path << ": source.date must be YYYY-MM-DD, YYYY-MM, YYYY or undated";

  // The numbers, in reading order, each quoting the text at its offsets.
  const Value& numbers = Get(root, "numbers");
  ASSERT_TRUE(IsList(numbers)) << f.path << ": \"numbers\" must be a list";
  std::vector<bool> covered(p.starts.size() - 1, false);
  std::map<std::string, std::pair<double, double>> figure_spans;  // by id
  double previous_end = 0;
  for (int i = 0; i < numbers.list_value().values_size(); ++i) {
    const std::string at = absl::StrCat(f.path, ": numbers[", i, "]");
    const Value& n = numbers.list_value().values(i);
    ASSERT_TRUE(IsStruct(n)) << at << " must be an object";
    const Struct& s = n.struct_value();
    EXPECT_EQ(UnknownKeys(
                  s, {"quote", "start", "end", "figure_id", "reason", "note"}),
              std::vector<std::string>{})
        << at << ": unknown fields";
    std::string quote;
    ASSERT_TRUE(Slice(p, Get(s, "start"), Get(s, "end"), &quote, &why))
        << at << ": " << why;
    EXPECT_EQ(quote, Get(s, "quote").string_value())
        << at << ": the quote is not the text at its offsets";
    EXPECT_FALSE(quote.empty()) << at << ": empty quote";
    const double start = Get(s, "start").number_value();
    const double end = Get(s, "end").number_value();
    EXPECT_GE(start, previous_end)
        << at << ": numbers must be in reading order and must not overlap";
    previous_end = end;
    for (size_t k = static_cast<size_t>(start); k < static_cast<size_t>(end);
         ++k) {
      covered[k] = true;
    }
    const bool figure = Has(s, "figure_id");
    EXPECT_NE(figure, Has(s, "reason"))
        << at << ": give either figure_id or reason";
    if (figure) {
      const std::string& id = Get(s, "figure_id").string_value();
      EXPECT_TRUE(figure_spans.emplace(id, std::make_pair(start, end)).second)
          << at << ": figure " << id << " is listed twice";
    } else {
      EXPECT_TRUE(Reasons().count(Get(s, "reason").string_value()))
          << at << ": unknown reason \"" << Get(s, "reason").string_value()
          << "\"";
    }
  }
  for (size_t k = 0; k + 1 < p.starts.size(); ++k) {
    const char c = p.text[p.starts[k]];
    if (c >= '0' && c <= '9') {
      EXPECT_TRUE(covered[k])
          << f.path << ": the digit at code point " << k
          << " is in no entry of \"numbers\"; list every number printed";
      if (!covered[k]) break;
    }
  }

  // The request: a CheckClaimsRequest whose figures stand where their
  // numbers do.
  absl::StatusOr<v1::CheckClaimsRequest> request = RequestOf(f, p);
  ASSERT_TRUE(request.ok()) << request.status();
  EXPECT_EQ(request->article_id(), f.id)
      << f.path << ": request.articleId must be the file's id";
  std::set<std::string> figure_ids;
  for (const v1::Figure& fig : request->figures()) {
    figure_ids.insert(fig.id());
    const std::string at = absl::StrCat(f.path, ": figure ", fig.id());
    auto it = figure_spans.find(fig.id());
    EXPECT_NE(it, figure_spans.end())
        << at << " has no entry in \"numbers\" with its figure_id";
    ASSERT_TRUE(fig.has_span()) << at << " has no span";
    if (it != figure_spans.end()) {
      EXPECT_EQ(fig.span().start(), it->second.first) << at;
      EXPECT_EQ(fig.span().end(), it->second.second) << at;
    }
    Value start, end;
    start.set_number_value(fig.span().start());
    end.set_number_value(fig.span().end());
    std::string quote;
    ASSERT_TRUE(Slice(p, start, end, &quote, &why)) << at << ": " << why;
    EXPECT_EQ(quote, fig.span().quote())
        << at << ": its span's quote is not the text at its offsets";
  }
  for (const auto& [id, span] : figure_spans) {
    EXPECT_TRUE(figure_ids.count(id))
        << f.path << ": numbers name figure " << id
        << ", which the request does not have";
  }
  for (const v1::Claim& claim : request->claims()) {
    if (!claim.has_span()) continue;
    Value start, end;
    start.set_number_value(claim.span().start());
    end.set_number_value(claim.span().end());
    std::string quote;
    ASSERT_TRUE(Slice(p, start, end, &quote, &why))
        << f.path << ": claim " << claim.id() << ": " << why;
    EXPECT_EQ(quote, claim.span().quote())
        << f.path << ": claim " << claim.id()
        << ": its span's quote is not the text at its offsets";
  }

  // What the API cannot say yet.
  const Value& inexpressible = Get(root, "inexpressible");
  ASSERT_TRUE(IsList(inexpressible))
      << f.path << ": \"inexpressible\" must be a list (empty when none)";
  for (const Value& e : inexpressible.list_value().values()) {
    ASSERT_TRUE(IsStruct(e)) << f.path << ": inexpressible entries are objects";
    const Struct& s = e.struct_value();
    EXPECT_EQ(UnknownKeys(s, {"claim", "figure_id", "reason"}),
              std::vector<std::string>{})
        << f.path << ": unknown fields in an inexpressible entry";
    EXPECT_NE(Has(s, "claim"), Has(s, "figure_id"))
        << f.path << ": an inexpressible entry names a claim or a figure_id";
    EXPECT_FALSE(Get(s, "reason").string_value().empty())
        << f.path << ": an inexpressible entry needs its reason";
    if (Has(s, "figure_id")) {
      EXPECT_TRUE(figure_ids.count(Get(s, "figure_id").string_value()))
          << f.path << ": inexpressible names figure "
          << Get(s, "figure_id").string_value() << ", not in the request";
    }
  }

  // The expected verdict.
  const Value& expected = Get(root, "expected");
  ASSERT_TRUE(IsStruct(expected)) << f.path << ": \"expected\" is an object";
  v1::Verdict verdict;
  EXPECT_TRUE(
      v1::Verdict_Parse(
          Get(expected.struct_value(), "article_verdict").string_value(),
          &verdict) &&
      verdict != v1::VERDICT_UNSPECIFIED)
      << f.path << ": expected.article_verdict must name a Verdict";

  // The slip, in the slips folder only.
  EXPECT_EQ(Has(root, "slip"), slip_folder)
      << f.path << ": \"slip\" belongs in the files of slips/ and only there";
  if (Has(root, "slip")) {
    const Value& slip = Get(root, "slip");
    ASSERT_TRUE(IsStruct(slip)) << f.path << ": \"slip\" must be an object";
    for (const char* key : {"figure_id", "printed", "correct", "correction"}) {
      EXPECT_FALSE(Get(slip.struct_value(), key).string_value().empty())
          << f.path << ": slip." << key << " must be a non-empty string";
    }
    EXPECT_TRUE(IsStruct(Get(slip.struct_value(), "correction_source")))
        << f.path << ": slip.correction_source must be an object";
    EXPECT_TRUE(
        figure_ids.count(Get(slip.struct_value(), "figure_id").string_value()))
        << f.path << ": slip.figure_id must be a figure of the request";
    EXPECT_TRUE(absl::StrContains(
        p.text, Get(slip.struct_value(), "printed").string_value()))
        << f.path << ": slip.printed must be printed in the text";
  }
}

TEST_P(NewsDataTest, ExpectedVerdictHolds) {
  const NewsFile& f = GetParam();
  Parsed p;
  std::string why;
  ASSERT_TRUE(Parse(f, &p, &why)) << f.path << ": " << why;
  absl::StatusOr<v1::CheckClaimsRequest> request = RequestOf(f, p);
  ASSERT_TRUE(request.ok()) << request.status();

  // Figures the file says the engine cannot read yet.
  std::set<std::string> unreadable;
  for (const Value& e : Get(p.root, "inexpressible").list_value().values()) {
    const Struct& s = e.struct_value();
    if (Has(s, "figure_id") &&
        Get(s, "reason").string_value() == "unreadable today") {
      unreadable.insert(Get(s, "figure_id").string_value());
    }
  }

  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(*request);
  if (!response.ok()) {
    const auto payload = response.status().GetPayload(kBadRequestTypeUrl);
    ASSERT_TRUE(payload.has_value()) << f.path << ": " << response.status();
    google::rpc::BadRequest bad;
    ASSERT_TRUE(bad.ParseFromString(std::string(*payload)));
    std::vector<std::string> others;
    static const std::regex kFigureField(R"(figures\[(\d+)\].*)");
    for (const auto& v : bad.field_violations()) {
      std::smatch m;
      const std::string field = v.field();
      int index = -1;
      if (std::regex_match(field, m, kFigureField)) {
        (void)absl::SimpleAtoi(m[1].str(), &index);
      }
      if (index >= 0 && index < request->figures_size() &&
          unreadable.count(request->figures(index).id())) {
        continue;
      }
      others.push_back(
          absl::StrCat(field, " ", v.reason(), ": ", v.description()));
    }
    ASSERT_TRUE(others.empty())
        << f.path << ": the engine cannot read the request, and not only "
        << "figures listed as \"unreadable today\":\n  "
        << absl::StrJoin(others, "\n  ");
    GTEST_SKIP() << "figures unreadable today: "
                 << absl::StrJoin(unreadable, ", ");
  }

  v1::Verdict expected;
  ASSERT_TRUE(v1::Verdict_Parse(
      Get(Get(p.root, "expected").struct_value(), "article_verdict")
          .string_value(),
      &expected));
  const v1::Verdict got = response->article().verdict();
  std::vector<std::string> per_claim;
  for (const v1::ClaimResult& r : response->results()) {
    per_claim.push_back(
        absl::StrCat(r.claim_id(), "=", v1::Verdict_Name(r.verdict())));
  }
  const bool known = KnownDisagreements().count(f.key) > 0;
  if (known) {
    ASSERT_NE(got, expected) << f.key << " now gets its expected verdict "
                             << v1::Verdict_Name(expected)
                             << ": remove it from KNOWN_DISAGREEMENTS.md";
    GTEST_SKIP() << "known disagreement: the engine answers "
                 << v1::Verdict_Name(got) << " (" << response->article().code()
                 << "), expected " << v1::Verdict_Name(expected);
  }
  EXPECT_EQ(v1::Verdict_Name(got), v1::Verdict_Name(expected))
      << f.path << ": " << response->article().message() << " ["
      << response->article().code()
      << "]; claims: " << absl::StrJoin(per_claim, " ");
}

// Test names from file keys: "paragraphs/kqed-2017-ice" ->
// "ParagraphsKqed2017Ice".
std::string CaseName(const ::testing::TestParamInfo<NewsFile>& info) {
  std::string name;
  bool upper = true;
  for (char ch : info.param.key) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) {
      upper = true;
      continue;
    }
    name.push_back(upper ? static_cast<char>(std::toupper(ch)) : ch);
    upper = false;
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(News, NewsDataTest,
                         ::testing::ValuesIn(ListNewsFiles()), CaseName);

// The files of correct copy: those of every folder but slips/ labelled
// consistent or with nothing to check (a file that cannot be read stays in,
// to fail).
std::vector<NewsFile> ListCorrectFiles() {
  std::vector<NewsFile> files;
  for (NewsFile& f : ListNewsFiles()) {
    if (absl::StartsWith(f.key, "slips/")) continue;
    Parsed p;
    std::string why;
    if (Parse(f, &p, &why)) {
      const std::string& expected =
          Get(Get(p.root, "expected").struct_value(), "article_verdict")
              .string_value();
      if (expected != "VERDICT_CONSISTENT" &&
          expected != "VERDICT_NOT_CHECKABLE") {
        continue;
      }
    }
    files.push_back(std::move(f));
  }
  return files;
}

class CorrectParagraphTest : public ::testing::TestWithParam<NewsFile> {};

TEST_P(CorrectParagraphTest, NoAlarmFromItsText) {
  const NewsFile& f = GetParam();
  Parsed p;
  std::string why;
  ASSERT_TRUE(Parse(f, &p, &why)) << f.path << ": " << why;
  v1::CheckTextRequest request;
  request.set_article_id(f.id);
  request.set_text(p.text);
  absl::StatusOr<v1::CheckTextResponse> response = CheckText(request, {});
  ASSERT_TRUE(response.ok()) << f.path << ": " << response.status();
  const v1::CheckClaimsResponse& check = response->check();
  auto alarm = [](v1::Verdict v) {
    return v == v1::VERDICT_ERROR || v == v1::VERDICT_WARNING;
  };
  EXPECT_FALSE(alarm(check.article().verdict()))
      << f.path << ": " << v1::Verdict_Name(check.article().verdict()) << " ["
      << check.article().code() << "] " << check.article().message();
  for (const v1::ClaimResult& r : check.results()) {
    EXPECT_FALSE(alarm(r.verdict()))
        << f.path << ": claim " << r.claim_id() << " "
        << v1::Verdict_Name(r.verdict()) << ": "
        << (r.discrepancies().empty() ? "" : r.discrepancies(0).message());
  }
}

INSTANTIATE_TEST_SUITE_P(News, CorrectParagraphTest,
                         ::testing::ValuesIn(ListCorrectFiles()), CaseName);

// The paragraphs set keeps the sizes issue 12 measures with: at least 150
// paragraphs, at least 30 that print numbers but assert no arithmetic (no
// claim and nothing inexpressible), at least 100 correct ones with claims.
TEST(NewsDataSetTest, ParagraphsKeepTheirMinimumSizes) {
  int paragraphs = 0, no_claim = 0, correct_with_claims = 0;
  for (const NewsFile& f : ListNewsFiles()) {
    if (!absl::StartsWith(f.key, "paragraphs/")) continue;
    ++paragraphs;
    Parsed p;
    std::string why;
    ASSERT_TRUE(Parse(f, &p, &why)) << f.path << ": " << why;
    absl::StatusOr<v1::CheckClaimsRequest> request = RequestOf(f, p);
    ASSERT_TRUE(request.ok()) << request.status();
    const bool nothing_inexpressible =
        Get(p.root, "inexpressible").list_value().values_size() == 0;
    const std::string& expected =
        Get(Get(p.root, "expected").struct_value(), "article_verdict")
            .string_value();
    if (request->claims_size() == 0 && nothing_inexpressible) ++no_claim;
    if (request->claims_size() > 0 && (expected == "VERDICT_CONSISTENT" ||
                                       expected == "VERDICT_NOT_CHECKABLE")) {
      ++correct_with_claims;
    }
  }
  EXPECT_GE(paragraphs, 150);
  EXPECT_GE(no_claim, 30);
  EXPECT_GE(correct_with_claims, 100);
}

TEST(NewsDataSetTest, KnownDisagreementsNameFilesThatExist) {
  std::set<std::string> keys;
  for (const NewsFile& f : ListNewsFiles()) keys.insert(f.key);
  ASSERT_FALSE(keys.empty()) << "no files under " << kNewsDir;
  for (const std::string& known : KnownDisagreements()) {
    EXPECT_TRUE(keys.count(known))
        << "KNOWN_DISAGREEMENTS.md lists " << known << ", which has no file";
  }
}

}  // namespace
}  // namespace claimcheck
