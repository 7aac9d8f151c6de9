#include "tests/recognizers.h"

#include <fstream>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/numbers/exact.h"
#include "engine/reading/figure.h"
#include "engine/reading/number_phrase.h"
#include "engine/reading/request_error.h"

namespace claimcheck {
namespace {

constexpr const char* kModels[] = {"number", "percent", "numberrange",
                                   "ordinal"};

absl::StatusOr<std::vector<std::vector<std::string>>> ReadTsv(
    const std::string& path) {
  std::ifstream file(path);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(file, line)) {
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(absl::StrSplit(line, '\t'));
  }
  return rows;
}

// A value as the spec prints it: "0.75", "-1.2732E+15", "1E-07", and how
// many decimals it shows (the spec rounds what has no end, as 2/3 to
// "0.666666666666667").
struct Expected {
  Rational value;
  int decimals = 0;
};

std::optional<Expected> ParseExpected(absl::string_view text) {
  int exponent = 0;
  absl::string_view mantissa = text;
  if (const size_t e = text.find_first_of("eE"); e != text.npos) {
    if (!absl::SimpleAtoi(text.substr(e + 1), &exponent)) return std::nullopt;
    mantissa = text.substr(0, e);
  }
  absl::StatusOr<Rational> v = ParseDecimal(mantissa);
  if (!v.ok()) return std::nullopt;
  const size_t point = mantissa.find('.');
  const int shown = point == mantissa.npos
                        ? 0
                        : static_cast<int>(mantissa.size() - point - 1);
  return Expected{*v * Pow10(exponent), std::max(0, shown - exponent)};
}

// The spec prints 15 significant digits, so a value it shows with 12 or
// more of them may be rounded; fewer are exact.
bool SameValue(const Rational& read, const Expected& expected,
               absl::string_view printed) {
  if (read == expected.value) return true;
  int digits = 0;
  for (char c : printed) {
    if (c == 'E' || c == 'e') break;
    digits += absl::ascii_isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return digits >= 12 && RoundTo(read, expected.decimals) == expected.value;
}

std::string Describe(const Figure& f) {
  return absl::StrCat(ExactString(f.value), " ", v1::Unit_Name(f.unit),
                      ", interval ", f.interval.Text());
}

// A case's text read as a figure's printed text (the figure points at its
// proto, so both live here).
struct FigureRead {
  explicit FigureRead(const std::string& text) {
    proto.set_id("r");
    proto.set_text(text);
    figure = ReadFigure(proto, "figures[0]", &errors);
  }
  v1::Figure proto;
  RequestErrors errors;
  std::optional<Figure> figure;
};

RecognizersResult Refused(const RequestErrors& errors) {
  const auto& v = errors.violations()[0];
  return {RecognizersOutcome::kRefused,
          absl::StrCat(v.reason(), ": ", v.description())};
}

// The number and percent models: a value, percent or not.
RecognizersResult ReadValue(const RecognizersCase& c) {
  const bool percent = absl::EndsWith(c.value, "%");
  const std::optional<Expected> expected =
      ParseExpected(absl::StripSuffix(c.value, "%"));
  if (!expected) return {RecognizersOutcome::kWrong, "unreadable spec value"};
  FigureRead read(c.text);
  if (!read.figure) return Refused(read.errors);
  const Figure* f = &*read.figure;
  const bool right = SameValue(f->value, *expected, c.value) &&
                     f->interval.Contains(expected->value) &&
                     (f->unit == v1::UNIT_PERCENT) == percent;
  return {right ? RecognizersOutcome::kRight : RecognizersOutcome::kWrong,
          Describe(*f)};
}

// The ordinal model: a rank, which the phrase reader marks as one (a figure
// reads an ordinal as its number only when a request gives it as one).
RecognizersResult ReadOrdinal(const RecognizersCase& c) {
  const std::optional<Expected> expected = ParseExpected(c.value);
  if (!expected) return {RecognizersOutcome::kWrong, "unreadable spec value"};
  NumberPhraseError error;
  const std::optional<NumberPhrase> p = ReadNumberPhrase(c.text, 0, &error);
  if (!p || SpacesEnd(c.text, p->end) != c.text.size()) {
    return {RecognizersOutcome::kRefused,
            p ? absl::StrCat("reads only \"", c.text.substr(0, p->end), "\"")
              : absl::StrCat(error.reason, " ", error.detail)};
  }
  const bool right =
      p->form == NumberForm::kOrdinal && p->value == expected->value;
  return {right ? RecognizersOutcome::kRight : RecognizersOutcome::kWrong,
          absl::StrCat(p->form == NumberForm::kOrdinal ? "rank " : "number ",
                       ExactString(p->value))};
}

// One side of a range as the spec writes it: "(20", "35]", "" (unbounded).
struct Side {
  std::optional<Rational> value;
  bool open = false;
};

std::string SideText(const Side& s) {
  return s.value
             ? absl::StrCat(s.open ? "open " : "closed ", ExactString(*s.value))
             : "none";
}

// The number-range model: the ends of the range a reader names.
RecognizersResult ReadRange(const RecognizersCase& c) {
  const absl::string_view v = c.value;
  const size_t comma = v.find(',');
  if (v.size() < 3 || comma == v.npos) {
    return {RecognizersOutcome::kWrong, "unreadable spec value"};
  }
  Side lower, upper;
  lower.open = v.front() == '(';
  upper.open = v.back() == ')';
  const absl::string_view lo = v.substr(1, comma - 1);
  const absl::string_view hi = v.substr(comma + 1, v.size() - comma - 2);
  if (!lo.empty()) lower.value = ParseExpected(lo)->value;
  if (!hi.empty()) upper.value = ParseExpected(hi)->value;

  FigureRead read(c.text);
  if (!read.figure) return Refused(read.errors);
  const Figure* f = &*read.figure;
  NumberPhraseOptions whole;
  whole.whole_text = true;
  const std::optional<NumberPhrase> p =
      ReadNumberPhrase(c.text, 0, nullptr, whole);
  Side read_lower, read_upper;
  bool span = false;
  auto bound = [&](const Rational& value, v1::Qualifier q) {
    switch (q) {
      case v1::QUALIFIER_MORE_THAN:
      case v1::QUALIFIER_AT_LEAST:
        read_lower = {value, q == v1::QUALIFIER_MORE_THAN};
        break;
      case v1::QUALIFIER_LESS_THAN:
      case v1::QUALIFIER_AT_MOST:
        read_upper = {value, q == v1::QUALIFIER_LESS_THAN};
        break;
      case v1::QUALIFIER_EXACTLY:
        read_lower = read_upper = {value, false};
        break;
      default:
        break;
    }
  };
  if (p->range == NumberRange::kSpan) {
    span = true;
    read_lower = {p->value, lower.open};
    read_upper = {p->high.value, upper.open};
  } else {
    bound(p->value, p->qualifier);
    if (p->range == NumberRange::kBounds)
      bound(p->high.value, p->high.qualifier);
  }
  auto same = [](const Side& a, const Side& b) {
    return a.value.has_value() == b.value.has_value() &&
           (!a.value || (*a.value == *b.value && a.open == b.open));
  };
  const bool right =
      same(read_lower, lower) && same(read_upper, upper) &&
      (!lower.value || f->interval.Contains(*lower.value) || lower.open) &&
      (!upper.value || f->interval.Contains(*upper.value) || upper.open);
  return {right ? RecognizersOutcome::kRight : RecognizersOutcome::kWrong,
          absl::StrCat(span ? "span " : "bounds ", "from ",
                       SideText(read_lower), " to ", SideText(read_upper),
                       ", interval ", f->interval.Text())};
}

}  // namespace

absl::StatusOr<std::vector<RecognizersCase>> LoadRecognizersCases(
    const std::string& dir) {
  std::vector<RecognizersCase> cases;
  for (const char* model : kModels) {
    absl::StatusOr<std::vector<std::vector<std::string>>> rows =
        ReadTsv(absl::StrCat(dir, "/", model, ".tsv"));
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) {
      if (row.size() != 3) {
        return absl::InvalidArgumentError(
            absl::StrCat(model, ".tsv: a row without three columns"));
      }
      if (row[1].empty()) continue;
      cases.push_back({model, row[0], row[1], row[2]});
    }
  }
  return cases;
}

absl::StatusOr<std::map<std::pair<std::string, std::string>, std::string>>
LoadExpectedRefusals(const std::string& dir) {
  absl::StatusOr<std::vector<std::vector<std::string>>> rows =
      ReadTsv(absl::StrCat(dir, "/refused.tsv"));
  if (!rows.ok()) return rows.status();
  std::map<std::pair<std::string, std::string>, std::string> refused;
  for (const auto& row : *rows) {
    if (row.size() != 3) {
      return absl::InvalidArgumentError(
          "refused.tsv: a row without three columns");
    }
    refused[{row[0], row[1]}] = row[2];
  }
  return refused;
}

RecognizersResult ReadRecognizersCase(const RecognizersCase& c) {
  if (c.model == "ordinal") return ReadOrdinal(c);
  if (c.model == "numberrange") return ReadRange(c);
  return ReadValue(c);
}

}  // namespace claimcheck
