// Every code the engine can answer with has a request here that produces it:
// each finding code ("share.part_exceeds_base"), each article code, each
// reason of a field violation ("BAD_OVERRIDE") and each ErrorInfo reason the
// engine gives. The codes are found in the engine's own sources (the files
// are the test's data), so a code added to a check without a case here fails
// the test by name, and so does a case whose code the engine no longer has.
//
// Found in the sources: string literals "KIND.code" for every check's kind
// and "article"; AddMissing(result, "KIND", ...) and AddUndecided(result,
// "KIND", ...), which make KIND.missing_figure and KIND.undecided; and
// all-capital literals ("NO_ITEMS") that are not names, prefixes or endings
// of the API's enum values ("UNIT_COUNT", "RELATION_", "EQUAL") nor symbols
// of the units table ("USD"). A check that converts units (its `measured`
// hook) may also give KIND.percent_for_rate (engine/checks/conversion.h);
// every check may give KIND.cannot_hold (a claim with quantities the article
// does not print that no values make hold), or, without `constrain`,
// KIND.unstated_quantity (engine/article/quantities.h); and every check but
// the statistical test's KIND.other_rounding (engine/checks/precision.h).
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "engine/checks/check.h"
#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "engine/reading/units.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The source files, from the command line ($(rootpaths :sources)).
std::vector<std::string>& SourceFiles() {
  static auto* files = new std::vector<std::string>;
  return *files;
}

// The text of the source file at `path` without its comments, which may
// name codes the file does not emit ("INVALID_TOKEN" of the service).
std::string ReadCode(const std::string& path) {
  std::ifstream in(path);
  const std::string text(std::istreambuf_iterator<char>(in), {});
  std::string out;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size()) {
        out.push_back(text[++i]);
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
    } else if (c == '\'' && i > 0 && absl::ascii_isxdigit(text[i - 1])) {
      // A digit separator (5'000'000, 0xFF'FF): no character literal follows
      // a digit (the u8 prefix is not used in the engine).
      out.push_back(c);
    } else if (c == '\'' && i + 2 < text.size()) {
      // A character literal ('"' or '\\'), kept whole.
      const size_t end = text.find('\'', i + 2);
      if (end == std::string::npos) break;
      out.append(text, i, end - i + 1);
      i = end;
    } else if (text.compare(i, 2, "//") == 0) {
      i = text.find('\n', i);
      if (i == std::string::npos) break;
      out.push_back('\n');
    } else if (text.compare(i, 2, "/*") == 0) {
      i = text.find("*/", i + 2);
      if (i == std::string::npos) break;
      ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Whether `literal` is an enum value name of the API, a prefix the code
// builds such names from ("RELATION_"), or an ending of one ("EQUAL" of
// RELATION_EQUAL).
bool IsEnumWord(const std::string& literal) {
  const google::protobuf::FileDescriptor* file =
      v1::CheckClaimsRequest::descriptor()->file();
  std::vector<const google::protobuf::EnumDescriptor*> enums;
  for (int i = 0; i < file->enum_type_count(); ++i)
    enums.push_back(file->enum_type(i));
  for (const auto* e : enums) {
    for (int i = 0; i < e->value_count(); ++i) {
      const std::string& name = e->value(i)->name();
      if (name == literal || absl::StartsWith(name, literal) ||
          absl::EndsWith(name, "_" + literal)) {
        return true;
      }
    }
  }
  return false;
}

// Every code the engine's sources can emit.
std::set<std::string> CodesInTheSources() {
  std::vector<std::string> kinds = {"article"};
  for (const Check& check : AllChecks()) kinds.emplace_back(check.name);
  const std::string kind = absl::StrCat("(", absl::StrJoin(kinds, "|"), ")");
  const std::regex finding("\"" + kind + "\\.([a-z0-9_]+)\"");
  const std::regex missing("AddMissing\\(\\s*\\w+,\\s*\"" + kind + "\"");
  const std::regex undecided("AddUndecided\\(\\s*\\w+,\\s*\"" + kind + "\"");
  const std::regex capitals("\"([A-Z][A-Z0-9_]{2,})\"");
  std::set<std::string> codes;
  for (const std::string& path : SourceFiles()) {
    const std::string text = ReadCode(path);
    for (std::sregex_iterator it(text.begin(), text.end(), finding), end;
         it != end; ++it) {
      codes.insert(absl::StrCat((*it)[1].str(), ".", (*it)[2].str()));
    }
    for (std::sregex_iterator it(text.begin(), text.end(), missing), end;
         it != end; ++it) {
      codes.insert((*it)[1].str() + ".missing_figure");
    }
    for (std::sregex_iterator it(text.begin(), text.end(), undecided), end;
         it != end; ++it) {
      codes.insert((*it)[1].str() + ".undecided");
    }
    for (std::sregex_iterator it(text.begin(), text.end(), capitals), end;
         it != end; ++it) {
      const std::string literal = (*it)[1].str();
      if (!IsEnumWord(literal) && FindMeasureUnit(literal) == nullptr)
        codes.insert(literal);
    }
  }
  for (const Check& check : AllChecks()) {
    if (check.measured != nullptr)
      codes.insert(absl::StrCat(check.name, ".percent_for_rate"));
    if (check.kind != v1::Claim::kStatisticalTest)
      codes.insert(absl::StrCat(check.name, ".other_rounding"));
    codes.insert(absl::StrCat(check.name, check.constrain != nullptr
                                              ? ".cannot_hold"
                                              : ".unstated_quantity"));
  }
  return codes;
}

// A request that produces `code`, and how it is checked.
struct CodeCase {
  std::string code;
  std::function<v1::CheckClaimsRequest()> request;
  std::function<void(CheckOptions*)> options = [](CheckOptions*) {};
};

void PrintTo(const CodeCase& c, std::ostream* os) { *os << c.code; }

// One claim "c" of `kind` ("\"share\":{...}") over `figures` (see Figures).
std::function<v1::CheckClaimsRequest()> One(std::vector<std::string> figures,
                                            std::string kind) {
  return [figures, kind] { return Parse(Claim(Figures(figures), kind)); };
}

std::function<v1::CheckClaimsRequest()> Json(std::string json) {
  return [json] { return Parse(json); };
}

// The same with the request's work budget set to `steps`.
std::function<v1::CheckClaimsRequest()> Budget(
    std::function<v1::CheckClaimsRequest()> request, int steps) {
  return [request, steps] {
    v1::CheckClaimsRequest r = request();
    r.mutable_options()->set_work_budget(steps);
    return r;
  };
}

// A request built in C++, for what JSON cannot say or would be too long.
std::function<v1::CheckClaimsRequest()> Built(
    std::function<void(v1::CheckClaimsRequest*)> build) {
  return [build] {
    v1::CheckClaimsRequest r;
    build(&r);
    return r;
  };
}

v1::Figure* AddFigure(v1::CheckClaimsRequest* r, const std::string& id,
                      const std::string& text) {
  v1::Figure* f = r->add_figures();
  f->set_id(id);
  f->set_text(text);
  f->set_unit(v1::UNIT_COUNT);
  return f;
}

std::string Total(const std::string& total,
                  const std::vector<std::string>& parts, bool partial = false) {
  std::string out =
      absl::StrCat("\"total\":{\"totalId\":\"", total, "\",\"parts\":[");
  for (size_t i = 0; i < parts.size(); ++i) {
    absl::StrAppend(&out, i ? "," : "", "{\"figureId\":\"", parts[i], "\"}");
  }
  return absl::StrCat(out, "]", partial ? ",\"partial\":true" : "", "}");
}

std::string Change(const std::string& fields) {
  return absl::StrCat("\"change\":{\"changeId\":\"d\"", fields, "}");
}

std::string Ratio(const std::string& fields) {
  return absl::StrCat("\"ratio\":{\"ratioId\":\"r\"", fields, "}");
}

std::string Rate(const std::string& fields) {
  return absl::StrCat("\"rate\":{\"rateId\":\"r\"", fields, "}");
}

std::string Mean(const std::string& fields) {
  return absl::StrCat("\"mean\":{\"meanId\":\"m\",\"nId\":\"n\"", fields, "}");
}

std::string Compare(const std::string& relation, const std::string& fields) {
  return absl::StrCat(
      "\"comparison\":{\"subjectId\":\"s\",\"relation\":"
      "\"RELATION_",
      relation, "\"", fields, "}");
}

// "t(28) = 2.20, p = .03" and the like: statistic, value, df, p relation, p.
std::function<v1::CheckClaimsRequest()> Test(const std::string& statistic,
                                             const std::string& value,
                                             const std::string& df,
                                             const std::string& relation,
                                             const std::string& p) {
  std::vector<std::string> figures = {"v:" + value + ":a"};
  std::string fields = absl::StrCat("\"statistic\":\"TEST_STATISTIC_",
                                    statistic, "\",\"valueId\":\"v\"");
  if (!df.empty()) {
    figures.push_back("d:" + df + ":a");
    absl::StrAppend(&fields, ",\"df1Id\":\"d\"");
  }
  if (!relation.empty()) {
    absl::StrAppend(&fields, ",\"pRelation\":\"P_RELATION_", relation, "\"");
  }
  if (!p.empty()) {
    figures.push_back("p:" + p + ":a");
    absl::StrAppend(&fields, ",\"pId\":\"p\"");
  }
  return One(figures, absl::StrCat("\"statisticalTest\":{", fields, "}"));
}

// One claim of `kind` over the figures a "5", n "2" (people) and pop
// "1,000", and the quantities u (unstated) and zero = 0 x u, which is 0
// whatever u is: the claims below need it to be something else.
std::function<v1::CheckClaimsRequest()> Zero(const std::string& kind) {
  return Json(absl::StrCat(
      "{", Figures({"a:5:a", "n:2:c", "pop:1,000:c", "r:17:r:per=1,000"}),
      ",\"quantities\":[{\"id\":\"u\"},{\"id\":\"zero\","
      "\"expression\":{\"operation\":\"OPERATION_PRODUCT\",\"operands\":"
      "[{\"constant\":\"0\"},{\"figureId\":\"u\"}]}}],"
      "\"claims\":[{\"id\":\"c\",",
      kind, "}]}"));
}

// A request with figure a "1" and the quantity q of `expression` (JSON).
std::function<v1::CheckClaimsRequest()> Expression(
    const std::string& expression) {
  return Json(absl::StrCat(
      "{\"figures\":[{\"id\":\"a\",\"text\":\"1\"}],\"quantities\":"
      "[{\"id\":\"q\",\"expression\":",
      expression, "}]}"));
}

const std::vector<CodeCase>& Cases() {
  static const auto* cases = new std::vector<CodeCase>{
      // Totals and counts.
      {"total.sum_mismatch",
       One({"t:10:c", "a:3:c", "b:4:c"}, Total("t", {"a", "b"}))},
      {"total.parts_exceed_total",
       One({"t:5:c", "a:3:c", "b:4:c"}, Total("t", {"a", "b"}, true))},
      {"count.mismatch",
       One({"n:3:c", "a:1:c", "b:2:c"},
           "\"count\":{\"countId\":\"n\",\"itemIds\":[\"a\",\"b\"]}")},
      // Shares.
      {"share.mismatch", One({"a:30:c", "b:100:c", "p:50%:p"},
                             "\"share\":{\"partId\":\"a\",\"baseId\":\"b\","
                             "\"percentId\":\"p\"}")},
      {"share.unattainable",
       One({"b:50:c", "p:7%:p"},
           "\"share\":{\"baseId\":\"b\",\"percentId\":\"p\"}")},
      {"share.percent_out_of_range",
       One({"b:100:c", "p:130%:p"},
           "\"share\":{\"baseId\":\"b\",\"percentId\":\"p\"}")},
      {"share.part_exceeds_base",
       One({"a:120:c", "b:100:c"},
           "\"share\":{\"partId\":\"a\",\"baseId\":\"b\"}")},
      {"share.missing_figure",
       One({"p:63%:p"}, "\"share\":{\"percentId\":\"p\"}")},
      {"share.undecided",
       Budget(One({"a:at least 1:c", "b:at least 1:c", "p:41.421356237:p"},
                  "\"share\":{\"partId\":\"a\",\"baseId\":\"b\","
                  "\"percentId\":\"p\"}"),
              100)},
      {"shares_sum.over_100",
       One({"a:60%:p", "b:35%:p", "c:12%:p"},
           "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"],"
           "\"partial\":true}")},
      {"shares_sum.not_100",
       One({"a:50%:p", "b:40%:p", "c:5%:p"},
           "\"sharesSum\":{\"percentIds\":[\"a\",\"b\",\"c\"]}")},
      // Changes.
      {"change.mismatch",
       One({"a:100:c", "b:75:c", "d:10%:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_DOWN\""))},
      {"change.direction_reversed",
       One({"a:100:c", "b:75:c", "d:25%:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_UP\""))},
      {"change.wrong_base",
       One({"a:80:c", "b:100:c", "d:20%:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_UP\""))},
      {"change.percent_vs_points",
       One({"a:40%:p", "b:50%:p", "d:10 percent:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_UP\""))},
      {"change.rounding_edge",
       One({"a:85%:p", "b:81%:p", "d:4 percent:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_DOWN\""))},
      {"change.percent_out_of_range",
       One({"a:50%:p", "b:150%:p:scope=SHARE", "d:100 points:-"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\""))},
      {"change.fall_over_100_percent",
       One({"d:120%:p"}, Change(",\"direction\":\"DIRECTION_DOWN\""))},
      {"change.missing_figure",
       One({"d:37%:p"}, Change(",\"direction\":\"DIRECTION_UP\""))},
      {"change.impossible",
       One({"a:10:c", "d:20:c"},
           Change(",\"fromId\":\"a\",\"direction\":\"DIRECTION_DOWN\""))},
      {"change.undefined", One({"a:0:c", "b:5:c", "d:10%:p"},
                               Change(",\"fromId\":\"a\",\"toId\":\"b\""))},
      {"change.undecided",
       Budget(One({"a:at least 1:c", "b:at least 1:c", "d:41.421356237:m"},
                  Change(",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":"
                         "\"CHANGE_MEASURE_MULTIPLE\"")),
              100)},
      // The same quantity printed twice.
      {"same_quantity.mismatch",
       One({"a:498:c", "b:more than 500:c"},
           "\"sameQuantity\":{\"figureIds\":[\"a\",\"b\"]}")},
      {"same_quantity.no_common_value",
       One({"a:1:a", "b:2:a", "n:nearly 2:c"},
           "\"sameQuantity\":{\"figureIds\":[\"a\",\"b\",\"n\"]}")},
      // Ratios and rates.
      {"ratio.mismatch",
       One({"a:30:c", "b:63:c", "r:three:-"},
           Ratio(",\"numeratorId\":\"a\",\"denominatorId\":\"b\",\"form\":"
                 "\"RATIO_FORM_ONE_IN\""))},
      {"ratio.times_more_ambiguous",
       One({"a:100:c", "b:25:c", "r:three:-"},
           Ratio(",\"numeratorId\":\"a\",\"denominatorId\":\"b\",\"form\":"
                 "\"RATIO_FORM_TIMES_MORE\""))},
      {"ratio.rounding_edge",
       One({"a:8:a", "b:2:a", "r:three:-"},
           Ratio(",\"numeratorId\":\"a\",\"denominatorId\":\"b\",\"form\":"
                 "\"RATIO_FORM_TIMES_MORE\""))},
      {"ratio.impossible",
       One({"b:2:c", "r:three:-"},
           Ratio(",\"denominatorId\":\"b\",\"form\":\"RATIO_FORM_ONE_IN\""))},
      {"ratio.undefined",
       One({"a:1:c", "b:0:c", "r:three:-"},
           Ratio(",\"numeratorId\":\"a\",\"denominatorId\":\"b\",\"form\":"
                 "\"RATIO_FORM_ONE_IN\""))},
      {"ratio.missing_figure",
       One({"r:three:-"}, Ratio(",\"form\":\"RATIO_FORM_ONE_IN\""))},
      {"ratio.undecided",
       Budget(One({"a:at least 1:c", "b:at least 1:c", "r:41.421356237:m"},
                  Ratio(",\"numeratorId\":\"a\",\"denominatorId\":\"b\","
                        "\"form\":\"RATIO_FORM_TIMES_AS_MANY\"")),
              100)},
      {"rate.mismatch",
       One({"k:215:c", "n:1,234,567:c", "r:1.74 per 100,000:-"},
           Rate(",\"countId\":\"k\",\"populationId\":\"n\""))},
      {"rate.percent_for_rate",
       One({"k:215:c", "n:1,234,567:c", "r:17.4%:r:per=100,000"},
           Rate(",\"countId\":\"k\",\"populationId\":\"n\""))},
      {"rate.impossible", One({"n:1,000:c", "r:17.4:r:per=100,000"},
                              Rate(",\"populationId\":\"n\""))},
      {"rate.undefined",
       One({"k:0:c", "n:0:c", "r:17.4:r:per=100,000"},
           Rate(",\"countId\":\"k\",\"populationId\":\"n\""))},
      {"rate.missing_figure", One({"r:17.4:r:per=100,000"}, Rate(""))},
      {"rate.undecided",
       Budget(
           One({"k:at least 1:c", "n:at least 1:c", "r:41.421356237:r:per=100"},
               Rate(",\"countId\":\"k\",\"populationId\":\"n\"")),
           100)},
      // Means.
      {"mean.grim_inconsistent",
       One({"m:5.19:-", "n:28:c"}, Mean(",\"wholeNumberValues\":true"))},
      {"mean.mismatch",
       One({"m:5.19:-", "n:28:c", "s:145:c"}, Mean(",\"sumId\":\"s\""))},
      {"mean.sum_not_whole",
       One({"m:5.19:-", "n:32:c", "s:166.1:-"},
           Mean(",\"sumId\":\"s\",\"wholeNumberValues\":true"))},
      {"mean.no_values",
       One({"m:5.19:-", "n:0:c"}, Mean(",\"wholeNumberValues\":true"))},
      {"mean.sd_not_checked",
       One({"m:3.44:-", "n:18:c", "sd:2.47:-"},
           Mean(",\"wholeNumberValues\":true,\"sdId\":\"sd\""))},
      {"mean.missing_figure",
       One({"n:28:c", "s:145:c"}, "\"mean\":{\"nId\":\"n\",\"sumId\":\"s\"}")},
      {"mean.undecided",
       Budget(One({"m:41.421356237:a", "n:at least 1:c", "s:at least 1:c"},
                  Mean(",\"sumId\":\"s\"")),
              100)},
      // Comparisons.
      {"comparison.false",
       One({"s:63:c", "a:107:c"}, Compare("GREATER", ",\"otherIds\":[\"a\"]"))},
      {"comparison.not_largest",
       One({"s:63:c", "a:107:c"}, Compare("LARGEST", ",\"otherIds\":[\"a\"]"))},
      {"comparison.not_smallest",
       One({"s:107:c", "a:63:c"},
           Compare("SMALLEST", ",\"otherIds\":[\"a\"]"))},
      {"comparison.rank_mismatch",
       One({"s:63:c", "a:107:c", "b:101:c"},
           Compare("RANK", ",\"otherIds\":[\"a\",\"b\"],\"rank\":2"))},
      {"comparison.not_most",
       One({"s:63:c", "a:107:c"}, Compare("MOST", ",\"otherIds\":[\"a\"]"))},
      {"comparison.not_majority",
       One({"s:63:c", "w:498:c"}, Compare("MAJORITY", ",\"wholeId\":\"w\""))},
      {"comparison.not_half",
       One({"s:246:c", "w:498:c"}, Compare("HALF", ",\"wholeId\":\"w\""))},
      {"comparison.not_nearly_half",
       One({"s:195:c", "w:498:c"},
           Compare("NEARLY_HALF", ",\"wholeId\":\"w\""))},
      {"comparison.not_third",
       One({"s:28:c", "w:100:c"}, Compare("THIRD", ",\"wholeId\":\"w\""))},
      {"comparison.part_exceeds_whole",
       One({"s:600:c", "w:498:c"}, Compare("MAJORITY", ",\"wholeId\":\"w\""))},
      {"comparison.tied",
       One({"s:63:c", "a:63:c", "b:50:c"},
           Compare("LARGEST", ",\"otherIds\":[\"a\",\"b\"]"))},
      {"comparison.rounding_edge",
       One({"s:5.0:a", "a:5.0:a"},
           Compare("GREATER", ",\"otherIds\":[\"a\"]"))},
      {"comparison.missing_figure",
       One({"s:63:c", "a:107:c"},
           Compare("RANK", ",\"otherIds\":[\"a\"],\"rank\":5"))},
      {"comparison.undecided",
       Budget(One({"s:at least 1:c", "w:at least 3:c"},
                  Compare("HALF", ",\"wholeId\":\"w\"")),
              1)},
      // Statistical tests.
      {"statistical_test.p_mismatch", Test("T", "2.20", "28", "EQUAL", ".03")},
      {"statistical_test.decision_error",
       Test("T", "2.20", "28", "NOT_SIGNIFICANT", "")},
      {"statistical_test.p_zero", Test("T", "22.20", "28", "EQUAL", ".000")},
      {"statistical_test.impossible_p",
       Test("T", "22.20", "28", "LESS", ".000")},
      {"statistical_test.impossible_statistic",
       Test("R", "1.20", "28", "EQUAL", ".03")},
      {"statistical_test.impossible_df",
       Test("T", "2.20", "0", "EQUAL", ".03")},
      {"statistical_test.rounding_edge",
       Test("R", ".17", "97", "EQUAL", ".084")},
      {"statistical_test.one_tailed_only",
       Test("T", "2.20", "28", "EQUAL", ".018")},
      {"statistical_test.missing_figure",
       Test("T", "2.20", "", "EQUAL", ".03")},
      // All claims together.
      {"article.consistent",
       One({"t:107:c", "a:101:c", "b:six:c"}, Total("t", {"a", "b"}))},
      {"article.conflict",
       One({"t:10:c", "a:3:c", "b:4:c"}, Total("t", {"a", "b"}))},
      {"article.warning",
       One({"a:80:c", "b:100:c", "d:20%:p"},
           Change(",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                  "\"DIRECTION_UP\""))},
      {"article.undecided",
       Budget(Json(absl::StrCat(
                  "{",
                  Figures({"a:at least 1:c", "b:at least 1:c",
                           "p:41.421356237:p", "q:41.421356237:p"}),
                  ",\"claims\":[{\"id\":\"c\",\"share\":{\"partId\":\"a\","
                  "\"baseId\":\"b\",\"percentId\":\"p\"}},{\"id\":\"e\","
                  "\"sameQuantity\":{\"figureIds\":[\"p\",\"q\"]}}]}")),
              5000)},
      // A change without its endpoints cannot be checked, alone or with
      // others.
      {"article.nothing_to_check",
       One({"d:37 percent:p"}, Change(",\"direction\":\"DIRECTION_UP\""))},
      // A claim the joint check leaves out fails on its own.
      {"article.claim_error", Test("T", "2.20", "28", "EQUAL", ".36")},
      // Field violations of requests that cannot be read.
      {"TOO_MANY_FIGURES", Built([](v1::CheckClaimsRequest* r) {
         for (int i = 0; i <= 50'000; ++i)
           AddFigure(r, absl::StrCat("f", i), "1");
       })},
      {"TOO_MANY_CLAIMS", Built([](v1::CheckClaimsRequest* r) {
         AddFigure(r, "a", "1");
         for (int i = 0; i <= 10'000; ++i) {
           v1::Claim* c = r->add_claims();
           c->set_id(absl::StrCat("c", i));
           c->mutable_same_quantity()->add_figure_ids("a");
         }
       })},
      {"TOO_MANY_PARTS", Built([](v1::CheckClaimsRequest* r) {
         AddFigure(r, "t", "1");
         v1::Claim* c = r->add_claims();
         c->set_id("c");
         c->mutable_total()->set_total_id("t");
         for (int i = 0; i <= 500; ++i) {
           AddFigure(r, absl::StrCat("f", i), "1");
           c->mutable_total()->add_parts()->set_figure_id(absl::StrCat("f", i));
         }
       })},
      {"TOO_MANY_REFERENCES", Built([](v1::CheckClaimsRequest* r) {
         for (int i = 0; i < 500; ++i) AddFigure(r, absl::StrCat("f", i), "1");
         for (int k = 0; k < 201; ++k) {
           v1::Claim* c = r->add_claims();
           c->set_id(absl::StrCat("c", k));
           for (int i = 0; i < 500; ++i)
             c->mutable_same_quantity()->add_figure_ids(absl::StrCat("f", i));
         }
       })},
      {"TEXT_TOO_LONG", One({std::string("a:") + std::string(201, '1') + ":c"},
                            "\"sameQuantity\":{\"figureIds\":[\"a\",\"a\"]}")},
      {"INVALID_UTF8", Built([](v1::CheckClaimsRequest* r) {
         AddFigure(r, "a", "1")->set_label("\xff");
       })},
      {"MISSING_ID", Json("{\"figures\":[{\"text\":\"1\"}]}")},
      {"DUPLICATE_ID", Json("{\"figures\":[{\"id\":\"a\",\"text\":\"1\"},"
                            "{\"id\":\"a\",\"text\":\"2\"}]}")},
      {"MISSING_KIND", Json("{\"claims\":[{\"id\":\"c\"}]}")},
      {"UNKNOWN_FIGURE_ID",
       One({"a:1:c"}, "\"sameQuantity\":{\"figureIds\":[\"a\",\"nope\"]}")},
      {"MISSING_FIGURE", One({"a:1:c"}, Total("", {"a"}))},
      {"SELF_REFERENCE", One({"a:1:c", "b:1:c"}, Total("a", {"a", "b"}))},
      {"DUPLICATE_REFERENCE",
       One({"n:2:c", "a:1:c"},
           "\"count\":{\"countId\":\"n\",\"itemIds\":[\"a\",\"a\"]}")},
      {"NO_PARTS", One({"a:1:c"}, "\"total\":{\"totalId\":\"a\"}")},
      {"NO_ITEMS", One({"n:2:c"}, "\"count\":{\"countId\":\"n\"}")},
      {"EMPTY_ITEM_NAME",
       One({"n:2:c"},
           "\"count\":{\"countId\":\"n\",\"itemNames\":[\"Denver\",\"\"]}")},
      {"TOO_FEW_SHARES",
       One({"a:50%:p"}, "\"sharesSum\":{\"percentIds\":[\"a\"]}")},
      {"TOO_FEW_FIGURES",
       One({"a:1:c"}, "\"sameQuantity\":{\"figureIds\":[\"a\"]}")},
      {"NO_OTHERS", One({"s:1:c"}, Compare("GREATER", ""))},
      {"MISSING_RELATION",
       One({"s:1:c", "a:2:c"},
           "\"comparison\":{\"subjectId\":\"s\",\"otherIds\":[\"a\"]}")},
      {"UNKNOWN_RELATION", Built([](v1::CheckClaimsRequest* r) {
         AddFigure(r, "s", "1");
         AddFigure(r, "a", "2");
         v1::Claim* c = r->add_claims();
         c->set_id("c");
         c->mutable_comparison()->set_subject_id("s");
         c->mutable_comparison()->add_other_ids("a");
         c->mutable_comparison()->set_relation(static_cast<v1::Relation>(99));
       })},
      {"INVALID_RANK",
       One({"s:1:c", "a:2:c"},
           Compare("RANK", ",\"otherIds\":[\"a\"],\"rank\":0"))},
      {"UNUSED_FIELD",
       One({"s:1:c", "a:2:c"},
           Compare("GREATER", ",\"otherIds\":[\"a\"],\"rank\":2"))},
      {"MISSING_STATISTIC",
       One({"v:2.20:a"}, "\"statisticalTest\":{\"valueId\":\"v\"}")},
      {"INVALID_ALPHA",
       One({"v:2.20:a", "d:28:a"},
           "\"statisticalTest\":{\"statistic\":\"TEST_STATISTIC_T\","
           "\"valueId\":\"v\",\"df1Id\":\"d\",\"alpha\":\"2\"}")},
      {"UNEXPECTED_FIGURE",
       One({"v:2.20:a", "d:28:a", "p:.03:a"},
           "\"statisticalTest\":{\"statistic\":\"TEST_STATISTIC_T\","
           "\"valueId\":\"v\",\"df1Id\":\"d\",\"pRelation\":"
           "\"P_RELATION_NOT_SIGNIFICANT\",\"pId\":\"p\"}")},
      {"NEGATIVE_ITEMS", One({"m:5.19:-", "n:28:c"},
                             Mean(",\"wholeNumberValues\":true,\"items\":-1"))},
      {"MISSING_RATE_PER",
       One({"k:215:c", "n:1,234,567:c", "r:17.4:r"},
           Rate(",\"countId\":\"k\",\"populationId\":\"n\""))},
      {"MISSING_TEXT", Json("{\"figures\":[{\"id\":\"a\"}]}")},
      {"UNPARSABLE_NUMBER", One({"a:NaN:c"}, Total("a", {}))},
      {"NON_ASCII_DIGITS", Json("{\"figures\":[{\"id\":\"a\",\"text\":"
                                "\"\u0661\u0662\u0663\"}]}")},
      {"BAD_THOUSANDS_SEPARATOR", Json("{\"figures\":[{\"id\":\"a\",\"text\":"
                                       "\"1,2,3\"}]}")},
      {"TOO_MANY_DIGITS", Json("{\"figures\":[{\"id\":\"a\",\"text\":\"" +
                               std::string(41, '7') + "\"}]}")},
      {"EXPONENT_OUT_OF_RANGE",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":"
            "\"12345678901234567890123456789012 billion\"}]}")},
      {"CONFLICTING_QUALIFIER",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"about 5\","
            "\"qualifier\":\"QUALIFIER_MORE_THAN\"}]}")},
      {"CONFLICTING_SCALE",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"1.2 million\","
            "\"scale\":\"SCALE_BILLION\"}]}")},
      {"CONFLICTING_UNIT", Json("{\"figures\":[{\"id\":\"a\",\"text\":\"63%\","
                                "\"unit\":\"UNIT_COUNT\"}]}")},
      {"CONFLICTING_RATE_PER",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"17.4 per 100,000\","
            "\"unit\":\"UNIT_RATE\",\"ratePer\":\"1,000\"}]}")},
      {"UNKNOWN_UNIT_SYMBOL",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"12\","
            "\"unitSymbol\":\"furlong\"}]}")},
      {"CONFLICTING_UNIT_SYMBOL",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"63%\","
            "\"unitSymbol\":\"kg\"}]}")},
      {"INCOMPATIBLE_UNITS",
       One({"a:12:a:sym=kg", "b:30:a:sym=ft"},
           "\"sameQuantity\":{\"figureIds\":[\"a\",\"b\"]}")},
      // A percent sign printed on a rate per N, wherever a percentage meets
      // a rate in one claim.
      {"total.percent_for_rate",
       One({"t:17.4:r:per=100,000", "a:10.2:r:per=100,000", "b:7.2%:-"},
           Total("t", {"a", "b"}))},
      {"share.percent_for_rate",
       One({"a:8.7:r:per=100,000", "b:17.4%:-", "p:50%:p"},
           "\"share\":{\"partId\":\"a\",\"baseId\":\"b\","
           "\"percentId\":\"p\"}")},
      {"shares_sum.percent_for_rate",
       One({"a:40:r:per=1,000", "b:60%:-"},
           "\"sharesSum\":{\"percentIds\":[\"a\",\"b\"]}")},
      {"change.percent_for_rate",
       One({"f:17.4%:-", "t:20.4:r:per=100,000", "d:17 percent:p"},
           Change(",\"fromId\":\"f\",\"toId\":\"t\""))},
      {"ratio.percent_for_rate",
       One({"n:34.8:r:per=100,000", "e:17.4%:-", "r:2:m"},
           Ratio(",\"numeratorId\":\"n\",\"denominatorId\":\"e\","
                 "\"form\":\"RATIO_FORM_TIMES_AS_MANY\""))},
      {"mean.percent_for_rate",
       One({"m:17.4%:-", "n:2:c", "s:34.8:r:per=100,000"},
           Mean(",\"sumId\":\"s\""))},
      {"comparison.percent_for_rate",
       One({"s:17.4%:-", "o:20:r:per=100,000"},
           Compare("LESS", ",\"otherIds\":[\"o\"]"))},
      {"same_quantity.percent_for_rate",
       One({"r:17.4:r:per=100,000", "p:17.4%:-"},
           "\"sameQuantity\":{\"figureIds\":[\"r\",\"p\"]}")},
      // Another reading of one figure's precision: a round figure in a
      // conversion rounded to its last non-zero digit, or a figure truncated.
      {"same_quantity.other_rounding",
       One({"k:95:a:sym=km", "m:60:a:sym=mi"},
           "\"sameQuantity\":{\"figureIds\":[\"k\",\"m\"]}")},
      {"total.other_rounding",
       One({"t:10%:-", "a:4.4%:-", "b:6.3%:-"}, Total("t", {"a", "b"}))},
      {"share.other_rounding",
       One({"n:3:c", "k:2:c", "p:66:p"},
           "\"share\":{\"partId\":\"k\",\"baseId\":\"n\","
           "\"percentId\":\"p\"}")},
      {"shares_sum.other_rounding",
       One({"a:60%:-", "b:39.3%:-"},
           "\"sharesSum\":{\"percentIds\":[\"a\",\"b\"]}")},
      {"change.other_rounding",
       One({"f:6,857:c", "t:9,979:c", "d:45 percent:p"},
           Change(",\"fromId\":\"f\",\"toId\":\"t\""))},
      {"ratio.other_rounding",
       One({"n:5.00:a", "e:3.00:a", "r:1.6:m"},
           Ratio(",\"numeratorId\":\"n\",\"denominatorId\":\"e\","
                 "\"form\":\"RATIO_FORM_TIMES_AS_MANY\""))},
      {"rate.other_rounding",
       One({"c:17:c", "pop:99,500:a", "r:17.0:r:per=100,000"},
           Rate(",\"countId\":\"c\",\"populationId\":\"pop\""))},
      {"mean.other_rounding",
       One({"m:1.6%:-", "n:3:c", "s:5.00%:-"}, Mean(",\"sumId\":\"s\""))},
      // Quantities the article does not print.
      {"total.cannot_hold",
       Zero("\"total\":{\"totalId\":\"a\",\"parts\":[{\"figureId\":"
            "\"zero\"}]}")},
      {"count.cannot_hold",
       Zero("\"count\":{\"countId\":\"zero\",\"itemIds\":[\"a\"]}")},
      {"share.cannot_hold",
       Zero("\"share\":{\"partId\":\"a\",\"baseId\":\"zero\"}")},
      {"shares_sum.cannot_hold",
       Zero("\"sharesSum\":{\"percentIds\":[\"zero\",\"a\"]}")},
      {"change.cannot_hold",
       Zero("\"change\":{\"fromId\":\"zero\",\"toId\":\"a\","
            "\"changeId\":\"n\",\"measure\":"
            "\"CHANGE_MEASURE_DIFFERENCE\"}")},
      {"ratio.cannot_hold",
       Zero("\"ratio\":{\"numeratorId\":\"zero\",\"denominatorId\":"
            "\"a\",\"ratioId\":\"n\"}")},
      {"rate.cannot_hold",
       Zero("\"rate\":{\"countId\":\"zero\",\"populationId\":\"pop\","
            "\"rateId\":\"r\"}")},
      {"mean.cannot_hold",
       Zero("\"mean\":{\"meanId\":\"a\",\"nId\":\"n\",\"sumId\":"
            "\"zero\"}")},
      {"comparison.cannot_hold",
       Zero("\"comparison\":{\"subjectId\":\"zero\",\"relation\":"
            "\"RELATION_GREATER\",\"otherIds\":[\"a\"]}")},
      {"statistical_test.unstated_quantity",
       Zero("\"statisticalTest\":{\"statistic\":\"TEST_STATISTIC_Z\","
            "\"valueId\":\"u\"}")},
      {"same_quantity.cannot_hold",
       Zero("\"sameQuantity\":{\"figureIds\":[\"zero\",\"a\"]}")},
      {"MISSING_OPERATION",
       Expression("{\"operands\":[{\"figureId\":\"a\"}]}")},
      {"NO_OPERANDS", Expression("{\"operation\":\"OPERATION_SUM\"}")},
      {"WRONG_OPERAND_COUNT",
       Expression("{\"operation\":\"OPERATION_QUOTIENT\",\"operands\":"
                  "[{\"figureId\":\"a\"}]}")},
      {"MISSING_OPERAND",
       Expression("{\"operation\":\"OPERATION_SUM\",\"operands\":[{}]}")},
      {"BAD_CONSTANT",
       Expression("{\"operation\":\"OPERATION_SUM\",\"operands\":"
                  "[{\"constant\":\"two\"}]}")},
      {"DIVISION_BY_ZERO",
       Expression("{\"operation\":\"OPERATION_QUOTIENT\",\"operands\":"
                  "[{\"figureId\":\"a\"},{\"constant\":\"0\"}]}")},
      {"CYCLIC_DEFINITION",
       Expression("{\"operation\":\"OPERATION_SUM\",\"operands\":"
                  "[{\"figureId\":\"q\"}]}")},
      {"TOO_MANY_QUANTITIES", Built([](v1::CheckClaimsRequest* r) {
         for (int i = 0; i <= 10'000; ++i)
           r->add_quantities()->set_id(absl::StrCat("q", i));
       })},
      {"BAD_RATE_PER", Json("{\"figures\":[{\"id\":\"a\",\"text\":\"17.4\","
                            "\"unit\":\"UNIT_RATE\",\"ratePer\":\"many\"}]}")},
      {"NEGATIVE_COUNT", Json("{\"figures\":[{\"id\":\"a\",\"text\":\"-3\","
                              "\"unit\":\"UNIT_COUNT\"}]}")},
      {"EMPTY_INTERVAL",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"2.5\","
            "\"unit\":\"UNIT_COUNT\",\"rounding\":\"ROUNDING_MODE_EXACT\"}]}")},
      {"BAD_OVERRIDE",
       Json("{\"figures\":[{\"id\":\"a\",\"text\":\"5\",\"intervalOverride\":"
            "{\"tolerance\":\"a little\"}}]}")},
      // ErrorInfo reasons.
      {"INVALID_REQUEST", Json("{\"claims\":[{\"id\":\"c\"}]}")},
      {"DEADLINE_EXCEEDED",
       One({"t:107:c", "a:101:c", "b:six:c"}, Total("t", {"a", "b"})),
       [](CheckOptions* o) { o->deadline = absl::InfinitePast(); }},
      {"CANCELLED",
       One({"t:107:c", "a:101:c", "b:six:c"}, Total("t", {"a", "b"})),
       [](CheckOptions* o) { o->cancelled = [] { return true; }; }},
  };
  return *cases;
}

// Every code in a response or a refusal: discrepancies' codes, the article's
// code, the field violations' reasons and the ErrorInfo's reason.
std::set<std::string> CodesOf(
    const absl::StatusOr<v1::CheckClaimsResponse>& response) {
  std::set<std::string> codes;
  if (!response.ok()) {
    const google::rpc::BadRequest bad = BadRequestOf(response.status());
    for (const auto& v : bad.field_violations()) codes.insert(v.reason());
    codes.insert(ErrorInfoOf(response.status()).reason());
    return codes;
  }
  for (const v1::ClaimResult& result : response->results()) {
    for (const v1::Discrepancy& d : result.discrepancies())
      codes.insert(d.code());
  }
  codes.insert(response->article().code());
  return codes;
}

class CodeTest : public ::testing::TestWithParam<CodeCase> {};

TEST_P(CodeTest, TheRequestProducesTheCode) {
  const CodeCase& c = GetParam();
  CheckOptions options;
  c.options(&options);
  const absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(c.request(), options);
  EXPECT_THAT(CodesOf(response), ::testing::Contains(c.code))
      << (response.ok() ? response->DebugString()
                        : response.status().ToString());
}

INSTANTIATE_TEST_SUITE_P(Codes, CodeTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<CodeCase>& info) {
                           std::string name;
                           bool upper = true;
                           for (char ch : info.param.code) {
                             if (ch == '.' || ch == '_') {
                               upper = true;
                               continue;
                             }
                             name.push_back(upper ? absl::ascii_toupper(ch)
                                                  : absl::ascii_tolower(ch));
                             upper = false;
                           }
                           return name;
                         });

// Codes the sources keep as a safety net that no readable request is known
// to reach, each with the reason. The test still requires each to be in the
// sources, so the list cannot go stale unnoticed.
const std::map<std::string, std::string>& Unreachable() {
  static const auto* codes = new std::map<std::string, std::string>{
      {"count.other_rounding",
       "a count's figures are whole numbers, and its items are counted, not "
       "measured: no figure of it reads otherwise when rounded otherwise"},
      {"comparison.other_rounding",
       "a comparison that fails at the printed values fails at them under "
       "any reading of their precision, and holds only with a warning of its "
       "own (comparison.rounding_edge), which the reading does not take"},
      {"statistical_test.undecided",
       "given only when Boost.Math returns no p (NaN) for a statistic and "
       "degrees of freedom the check has already bounded; tried with t, F, "
       "chi-square and r at 1e-37 to 1e39, unbounded values and zero"},
  };
  return *codes;
}

TEST(Codes, EveryCodeInTheSourcesHasACaseAndEveryCaseACode) {
  ASSERT_FALSE(SourceFiles().empty()) << "no source files were given";
  const std::set<std::string> in_sources = CodesInTheSources();
  for (const auto& [code, reason] : Unreachable()) {
    EXPECT_TRUE(in_sources.count(code))
        << code
        << " is listed as unreachable but the sources no longer have it";
  }
  std::set<std::string> with_case;
  for (const auto& [code, reason] : Unreachable()) with_case.insert(code);
  for (const CodeCase& c : Cases()) {
    EXPECT_TRUE(with_case.insert(c.code).second) << "two cases for " << c.code;
  }
  std::vector<std::string> without_case, not_in_sources;
  for (const std::string& code : in_sources) {
    if (!with_case.count(code)) without_case.push_back(code);
  }
  for (const std::string& code : with_case) {
    if (!in_sources.count(code)) not_in_sources.push_back(code);
  }
  EXPECT_THAT(without_case, ::testing::IsEmpty())
      << "codes the engine can emit that no case here produces";
  EXPECT_THAT(not_in_sources, ::testing::IsEmpty())
      << "cases for codes the engine's sources no longer have";
  // The scan finds the codes it should: a few of every sort.
  for (const char* code :
       {"share.part_exceeds_base", "change.missing_figure", "share.undecided",
        "article.conflict", "NO_ITEMS", "BAD_OVERRIDE", "CANCELLED"}) {
    EXPECT_TRUE(in_sources.count(code)) << code;
  }
}

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) claimcheck::SourceFiles().push_back(argv[i]);
  return RUN_ALL_TESTS();
}
