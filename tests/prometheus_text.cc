#include "tests/prometheus_text.h"

#include <cmath>
#include <cstdlib>
#include <set>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {
namespace {

bool IsMetricName(absl::string_view name) {
  if (name.empty() || absl::ascii_isdigit(name[0])) return false;
  for (char c : name) {
    if (!absl::ascii_isalnum(c) && c != '_' && c != ':') return false;
  }
  return true;
}

bool IsLabelName(absl::string_view name) {
  return IsMetricName(name) && !absl::StrContains(name, ':') &&
         !absl::StartsWith(name, "__");
}

bool ParseValue(absl::string_view text, double* value) {
  if (text == "+Inf") return (*value = INFINITY), true;
  if (text == "-Inf") return (*value = -INFINITY), true;
  if (text == "NaN") return (*value = NAN), true;
  return absl::SimpleAtod(text, value);
}

// The family a sample belongs to: histogram samples carry a suffix.
std::string FamilyOf(const std::string& name,
                     const std::map<std::string, std::string>& types) {
  for (absl::string_view suffix : {"_bucket", "_sum", "_count"}) {
    absl::string_view base = name;
    if (absl::ConsumeSuffix(&base, suffix)) {
      auto it = types.find(std::string(base));
      if (it != types.end() &&
          (it->second == "histogram" || it->second == "summary")) {
        return std::string(base);
      }
    }
  }
  return name;
}

absl::Status LineError(int line_no, absl::string_view line,
                       absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrCat("line ", line_no, ": ", why, ": ", line));
}

// Parses `{a="x",b="y"}` at the front of `rest`.
bool ParseLabels(absl::string_view* rest,
                 std::map<std::string, std::string>* labels, std::string* why) {
  if (!absl::ConsumePrefix(rest, "{")) return true;
  while (!absl::ConsumePrefix(rest, "}")) {
    size_t eq = rest->find('=');
    if (eq == absl::string_view::npos)
      return (*why = "label without '='"), false;
    std::string name(rest->substr(0, eq));
    if (!IsLabelName(name)) return (*why = "bad label name"), false;
    rest->remove_prefix(eq + 1);
    if (!absl::ConsumePrefix(rest, "\""))
      return (*why = "label value not quoted"), false;
    std::string value;
    while (true) {
      if (rest->empty()) return (*why = "unterminated label value"), false;
      char c = (*rest)[0];
      rest->remove_prefix(1);
      if (c == '"') break;
      if (c == '\\') {
        if (rest->empty()) return (*why = "dangling escape"), false;
        char e = (*rest)[0];
        rest->remove_prefix(1);
        if (e == 'n')
          value.push_back('\n');
        else if (e == '\\' || e == '"')
          value.push_back(e);
        else
          return (*why = "bad escape"), false;
      } else {
        value.push_back(c);
      }
    }
    if (!labels->emplace(name, value).second)
      return (*why = "label given twice"), false;
    if (!absl::ConsumePrefix(rest, ",") && !absl::StartsWith(*rest, "}")) {
      return (*why = "labels not separated by ','"), false;
    }
  }
  return true;
}

absl::Status CheckHistograms(const Scrape& scrape) {
  // (family, labels without le) -> buckets (le, count), count, has sum
  struct Series {
    std::vector<std::pair<double, double>> buckets;
    double count = -1;
    bool sum = false;
  };
  std::map<std::pair<std::string, std::map<std::string, std::string>>, Series>
      series;
  for (const Sample& s : scrape.samples) {
    const std::string family = FamilyOf(s.name, scrape.types);
    auto type = scrape.types.find(family);
    if (type == scrape.types.end() || type->second != "histogram") continue;
    std::map<std::string, std::string> labels = s.labels;
    if (s.name == family + "_bucket") {
      auto le = labels.find("le");
      if (le == labels.end())
        return absl::InvalidArgumentError(s.name + " without le");
      double bound;
      if (!ParseValue(le->second, &bound)) {
        return absl::InvalidArgumentError(s.name + ": le is not a number");
      }
      labels.erase(le);
      series[{family, labels}].buckets.emplace_back(bound, s.value);
    } else if (s.name == family + "_count") {
      series[{family, labels}].count = s.value;
    } else if (s.name == family + "_sum") {
      series[{family, labels}].sum = true;
    } else {
      return absl::InvalidArgumentError(s.name + ": not a histogram sample");
    }
  }
  for (const auto& [key, one] : series) {
    const std::string name = key.first;
    if (one.buckets.empty() || !std::isinf(one.buckets.back().first)) {
      return absl::InvalidArgumentError(name + ": no +Inf bucket last");
    }
    for (size_t i = 1; i < one.buckets.size(); ++i) {
      if (one.buckets[i].first <= one.buckets[i - 1].first) {
        return absl::InvalidArgumentError(name + ": le not increasing");
      }
      if (one.buckets[i].second < one.buckets[i - 1].second) {
        return absl::InvalidArgumentError(name + ": buckets not cumulative");
      }
    }
    if (one.count != one.buckets.back().second) {
      return absl::InvalidArgumentError(name + ": +Inf bucket is not _count");
    }
    if (!one.sum) return absl::InvalidArgumentError(name + ": no _sum");
  }
  return absl::OkStatus();
}

}  // namespace

double Scrape::Value(absl::string_view name,
                     const std::map<std::string, std::string>& labels) const {
  double total = 0;
  for (const Sample& s : samples) {
    if (s.name != name) continue;
    bool match = true;
    for (const auto& [k, v] : labels) {
      auto it = s.labels.find(k);
      match = match && it != s.labels.end() && it->second == v;
    }
    if (match) total += s.value;
  }
  return total;
}

absl::StatusOr<Scrape> ParsePrometheusText(absl::string_view text) {
  Scrape scrape;
  if (!text.empty() && !absl::EndsWith(text, "\n")) {
    return absl::InvalidArgumentError("the last line has no newline");
  }
  std::set<std::string> helped, finished;
  std::string current;  // the family whose samples are being read
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    if (absl::StartsWith(line, "#")) {
      std::vector<absl::string_view> parts =
          absl::StrSplit(line, absl::MaxSplits(' ', 3));
      if (parts.size() >= 3 && (parts[1] == "HELP" || parts[1] == "TYPE")) {
        const std::string name(parts[2]);
        if (!IsMetricName(name))
          return LineError(line_no, line, "bad metric name");
        if (parts[1] == "TYPE") {
          static const std::set<std::string> kTypes = {
              "counter", "gauge", "histogram", "summary", "untyped"};
          if (parts.size() != 4 || kTypes.count(std::string(parts[3])) == 0) {
            return LineError(line_no, line, "bad type");
          }
          if (!scrape.types.emplace(name, std::string(parts[3])).second) {
            return LineError(line_no, line, "TYPE given twice");
          }
          for (const Sample& s : scrape.samples) {
            if (FamilyOf(s.name, scrape.types) == name) {
              return LineError(line_no, line, "TYPE after samples");
            }
          }
        } else if (!helped.insert(name).second) {
          return LineError(line_no, line, "HELP given twice");
        }
      }
      continue;  // other comments are allowed
    }
    Sample sample;
    size_t end = line.find_first_of("{ ");
    if (end == absl::string_view::npos)
      return LineError(line_no, line, "no value");
    sample.name = std::string(line.substr(0, end));
    if (!IsMetricName(sample.name))
      return LineError(line_no, line, "bad metric name");
    absl::string_view rest = line.substr(end);
    std::string why;
    if (!ParseLabels(&rest, &sample.labels, &why))
      return LineError(line_no, line, why);
    if (!absl::ConsumePrefix(&rest, " "))
      return LineError(line_no, line, "no space before value");
    std::vector<absl::string_view> fields = absl::StrSplit(rest, ' ');
    if (fields.empty() || fields.size() > 2 ||
        !ParseValue(fields[0], &sample.value)) {
      return LineError(line_no, line, "bad value");
    }
    int64_t timestamp;
    if (fields.size() == 2 && !absl::SimpleAtoi(fields[1], &timestamp)) {
      return LineError(line_no, line, "bad timestamp");
    }
    const std::string family = FamilyOf(sample.name, scrape.types);
    if (family != current) {
      if (finished.count(family)) {
        return LineError(line_no, line, "samples of one family not together");
      }
      if (!current.empty()) finished.insert(current);
      current = family;
    }
    scrape.samples.push_back(std::move(sample));
  }
  if (absl::Status histograms = CheckHistograms(scrape); !histograms.ok()) {
    return histograms;
  }
  return scrape;
}

}  // namespace claimcheck
