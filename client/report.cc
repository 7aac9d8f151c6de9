#include "client/report.h"

#include <google/protobuf/any.pb.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver.h>
#include <google/protobuf/util/type_resolver_util.h>

#include <memory>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "client/article_text.h"
#include "engine/reading/request_error.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "rpc/status_mapping.h"

namespace claimcheck {
namespace {

// Serialized with map entries sorted by key: plain serialization follows the
// map's iteration order, which differs from one process to the next.
std::string DeterministicBytes(const google::protobuf::Message& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return bytes;
}

// Re-serializes, deterministically, every detail whose type this binary knows:
// the bytes inside an Any are printed in the order they come in.
void NormalizeDetails(google::rpc::Status* status) {
  for (google::protobuf::Any& any : *status->mutable_details()) {
    const std::string& url = any.type_url();
    const google::protobuf::Descriptor* descriptor =
        google::protobuf::DescriptorPool::generated_pool()
            ->FindMessageTypeByName(url.substr(url.rfind('/') + 1));
    if (descriptor == nullptr) continue;
    std::unique_ptr<google::protobuf::Message> detail(
        google::protobuf::MessageFactory::generated_factory()
            ->GetPrototype(descriptor)
            ->New());
    if (detail->ParseFromString(any.value())) {
      any.set_value(DeterministicBytes(*detail));
    }
  }
}

std::string ToJson(const google::protobuf::Message& message,
                   bool every_field = true) {
  static google::protobuf::util::TypeResolver* const resolver =
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com",
          google::protobuf::DescriptorPool::generated_pool());
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = every_field;
  options.always_print_enums_as_ints = false;
  options.preserve_proto_field_names = false;
  std::string json;
  google::protobuf::util::Status status =
      google::protobuf::util::BinaryToJsonString(
          resolver,
          absl::StrCat("type.googleapis.com/",
                       message.GetDescriptor()->full_name()),
          DeterministicBytes(message), &json, options);
  if (!status.ok()) {
    // Only an Any of a type unknown to this binary can fail; say so in JSON.
    return absl::StrCat("{\"printError\": \"",
                        absl::StrReplaceAll(std::string(status.message()),
                                            {{"\\", "\\\\"}, {"\"", "\\\""}}),
                        "\"}\n");
  }
  if (json.empty() || json.back() != '\n') json.push_back('\n');
  return json;
}

std::string Plural(int count, absl::string_view singular,
                   absl::string_view plural) {
  return absl::StrCat(count, " ", count == 1 ? singular : plural);
}

absl::string_view SeverityText(v1::Severity severity) {
  switch (severity) {
    case v1::SEVERITY_ERROR:
      return "error";
    case v1::SEVERITY_WARNING:
      return "warning";
    case v1::SEVERITY_NOT_CHECKABLE:
      return "not checkable";
    default:
      return "finding";
  }
}

absl::string_view VerdictText(v1::Verdict verdict) {
  switch (verdict) {
    case v1::VERDICT_CONSISTENT:
      return "consistent";
    case v1::VERDICT_ERROR:
      return "error";
    case v1::VERDICT_WARNING:
      return "warning";
    case v1::VERDICT_NOT_CHECKABLE:
      return "not checkable";
    default:
      return "no verdict";
  }
}

std::string BoundText(const v1::Bound& bound) { return bound.value(); }

std::string FigureLine(const v1::FigureRef& figure,
                       const ArticleText* article) {
  std::string line = absl::StrCat("  figure ", figure.id());
  if (!figure.text().empty())
    absl::StrAppend(&line, " \"", figure.text(), "\"");
  if (!figure.label().empty())
    absl::StrAppend(&line, " (", figure.label(), ")");
  if (const std::string at =
          article != nullptr ? article->Position(figure.span()) : "";
      !at.empty()) {
    absl::StrAppend(&line, " at ", at);
  } else if (figure.has_span() &&
             (figure.span().start() != 0 || figure.span().end() != 0)) {
    absl::StrAppend(&line, " chars ", figure.span().start(), "-",
                    figure.span().end());
  }
  // "498" standing for exactly 498 (a count) needs no second mention.
  if (figure.has_interval()) {
    if (std::string interval = RangeText(figure.interval());
        interval != figure.text()) {
      absl::StrAppend(&line, ": ", interval);
    }
  }
  return line;
}

// "stated: 498; implied: 471; gap: 27 (5.7%)", with only the parts that are
// set.
std::string MeasureLine(const v1::Discrepancy& discrepancy) {
  std::vector<std::string> parts;
  if (discrepancy.has_stated()) {
    parts.push_back(absl::StrCat("stated: ", RangeText(discrepancy.stated())));
  }
  if (discrepancy.has_implied()) {
    parts.push_back(
        absl::StrCat("implied: ", RangeText(discrepancy.implied())));
  }
  if (!discrepancy.gap().empty()) {
    std::string gap = absl::StrCat("gap: ", discrepancy.gap());
    if (!discrepancy.gap_percent().empty()) {
      absl::StrAppend(&gap, " (", discrepancy.gap_percent(), "%)");
    }
    parts.push_back(std::move(gap));
  }
  if (parts.empty()) return "";
  return absl::StrCat("  ", absl::StrJoin(parts, "; "));
}

void AppendDiscrepancy(absl::string_view prefix,
                       const v1::Discrepancy& discrepancy,
                       const ArticleText* article, std::string* out) {
  absl::StrAppend(out, prefix, SeverityText(discrepancy.severity()), ": ",
                  discrepancy.message());
  if (!discrepancy.code().empty()) {
    absl::StrAppend(out, " [", discrepancy.code(), "]");
  }
  absl::StrAppend(out, "\n");
  for (const v1::FigureRef& figure : discrepancy.figures()) {
    absl::StrAppend(out, FigureLine(figure, article), "\n");
  }
  if (std::string measures = MeasureLine(discrepancy); !measures.empty()) {
    absl::StrAppend(out, measures, "\n");
  }
  if (!discrepancy.missing().empty()) {
    absl::StrAppend(
        out, "  missing: ", absl::StrJoin(discrepancy.missing(), ", "), "\n");
  }
  if (discrepancy.cause() != v1::CAUSE_UNSPECIFIED) {
    absl::StrAppend(out, "  likely cause: ", CauseText(discrepancy.cause()),
                    "\n");
  }
  for (const v1::Correction& correction : discrepancy.corrections()) {
    absl::StrAppend(out, "  correction: ", correction.figure_id(), " \"",
                    correction.printed_text(), "\" should be \"",
                    correction.corrected_text(), "\"");
    if (!correction.explanation().empty()) {
      absl::StrAppend(out, ": ", correction.explanation());
    }
    absl::StrAppend(out, "\n");
  }
}

absl::string_view ConfidenceText(v1::Confidence confidence) {
  switch (confidence) {
    case v1::CONFIDENCE_HIGH:
      return "high";
    case v1::CONFIDENCE_MEDIUM:
      return "medium";
    case v1::CONFIDENCE_LOW:
      return "low";
    default:
      return "unknown";
  }
}

// "suspect 1: denver "36" should be "63": 36 (Denver) may be 63 with its
// digits swapped (digits transposed; confidence medium)".
std::string SuspectLine(int rank, const v1::Suspect& suspect) {
  const v1::Correction& c = suspect.correction();
  std::string line = absl::StrCat("  suspect ", rank, ": ", c.figure_id(),
                                  " \"", c.printed_text(), "\"");
  if (c.corrected_text() != c.printed_text()) {
    absl::StrAppend(&line, " should be \"", c.corrected_text(), "\"");
  }
  if (!suspect.claim_id().empty()) {
    absl::StrAppend(&line, " (wording of claim ", suspect.claim_id(), ")");
  }
  if (!c.explanation().empty()) absl::StrAppend(&line, ": ", c.explanation());
  absl::StrAppend(&line, " (",
                  c.cause() == v1::CAUSE_UNSPECIFIED ? "no known slip"
                                                     : CauseText(c.cause()),
                  "; confidence ", ConfidenceText(suspect.confidence()), ")");
  return line;
}

// The article-level result: a line like a claim's, then its conflicts, its
// suspects and how far to trust them, and what was left out.
void AppendArticle(absl::string_view file, const v1::ArticleResult& article,
                   std::string* out) {
  const std::string prefix = absl::StrCat(file, ": article: ");
  if (article.verdict() == v1::VERDICT_CONSISTENT) {
    absl::StrAppend(out, prefix, "note: ", article.message(), "\n");
  } else {
    absl::StrAppend(out, prefix, VerdictText(article.verdict()), ": ",
                    article.message());
    if (!article.code().empty()) {
      absl::StrAppend(out, " [", article.code(), "]");
    }
    absl::StrAppend(out, "\n");
  }
  for (int i = 0; i < article.conflicts_size(); ++i) {
    const v1::Conflict& conflict = article.conflicts(i);
    absl::StrAppend(out, "  conflict ", i + 1, ": ", conflict.message(), "\n");
  }
  if (article.conflicts_size() > 0 && !article.all_conflicts_listed()) {
    absl::StrAppend(out, "  (there may be more conflicting sets)\n");
  }
  for (int i = 0; i < article.suspects_size(); ++i) {
    absl::StrAppend(out, SuspectLine(i + 1, article.suspects(i)), "\n");
  }
  if (!article.confidence_reason().empty()) {
    absl::StrAppend(out, "  ranking: ", article.confidence_reason(), "\n");
  }
  if (article.diagnoses_size() > 1) {
    // Separate conflicts: each ranking speaks for its own suspects.
    for (const v1::Diagnosis& d : article.diagnoses()) {
      std::vector<std::string> numbers;
      for (int k : d.conflict_indexes()) numbers.push_back(absl::StrCat(k + 1));
      std::vector<std::string> suspects;
      for (int k : d.suspect_indexes()) suspects.push_back(absl::StrCat(k + 1));
      absl::StrAppend(
          out, "  ranking of conflict", numbers.size() == 1 ? " " : "s ",
          absl::StrJoin(numbers, ", "),
          suspects.empty()
              ? ""
              : absl::StrCat(" (suspect", suspects.size() == 1 ? " " : "s ",
                             absl::StrJoin(suspects, ", "), ")"),
          ": ", d.confidence_reason(), " (confidence ",
          ConfidenceText(d.confidence()), ")\n");
    }
  }
  if (!article.undecided_reason().empty()) {
    absl::StrAppend(out, "  undecided: ", article.undecided_reason(), "\n");
  }
  // What all claims together leave the quantities the article does not
  // print ("up 1,200, or 8 percent": the base).
  for (const v1::ImpliedValue& implied : article.implied_values()) {
    absl::StrAppend(out, "  implied: ",
                    implied.description().empty() ? implied.quantity_id()
                                                  : implied.description(),
                    " is ", RangeText(implied.range()), "\n");
  }
  if (!article.unchecked_claim_ids().empty()) {
    absl::StrAppend(out, "  left to their own verdicts: ",
                    absl::StrJoin(article.unchecked_claim_ids(), ", "), "\n");
  }
}

// For an article read from its text: the sentences of a claim's findings,
// with the figures they involve marked, or the claim's own sentence when
// they involve none.
void AppendSentences(const v1::ClaimResult& result, const v1::Claim* claim,
                     const ArticleText& article, std::string* out) {
  std::vector<const v1::Span*> marks;
  for (const v1::Discrepancy& discrepancy : result.discrepancies()) {
    for (const v1::FigureRef& figure : discrepancy.figures()) {
      if (figure.has_span()) marks.push_back(&figure.span());
    }
  }
  std::vector<std::string> sentences = article.Sentences(marks);
  if (sentences.empty() && claim != nullptr && claim->has_span()) {
    sentences.push_back(article.SentenceWithItsFigures(claim->span()));
  }
  for (const std::string& sentence : sentences) {
    absl::StrAppend(out, "  sentence ", sentence, "\n");
  }
}

// The report of `response`. With `article`, the claims were read from the
// article's text: each claim's lines say where it stands (FILE:LINE:COLUMN)
// and end with its sentences; `proposed` are the claims proposed and not
// checked.
std::string RenderText(absl::string_view file,
                       const v1::CheckClaimsResponse& response,
                       const ArticleText* article = nullptr,
                       const std::vector<std::string>& proposed = {}) {
  std::string out;
  for (const v1::ClaimResult& result : response.results()) {
    const v1::Claim* claim =
        article != nullptr ? article->Claim(result.claim_id()) : nullptr;
    const std::string at =
        claim != nullptr ? article->Position(claim->span()) : "";
    const std::string prefix = absl::StrCat(
        file, at.empty() ? "" : ":", at, ": claim ", result.claim_id(), ": ");
    const size_t before = out.size();
    for (const v1::Discrepancy& discrepancy : result.discrepancies()) {
      AppendDiscrepancy(prefix, discrepancy, article, &out);
    }
    if (result.discrepancies().empty() &&
        result.verdict() != v1::VERDICT_CONSISTENT) {
      // A verdict with no discrepancy to explain it: still say it.
      absl::StrAppend(&out, prefix, VerdictText(result.verdict()), "\n");
    }
    for (const v1::ImpliedValue& implied : result.implied_values()) {
      const std::string what = implied.description().empty()
                                   ? absl::StrCat("the ", implied.role())
                                   : implied.description();
      absl::StrAppend(&out, prefix, "note: ", what, " is ",
                      RangeText(implied.range()), "\n");
    }
    if (article != nullptr && out.size() > before) {
      AppendSentences(result, claim, *article, &out);
    }
  }
  if (response.has_article()) AppendArticle(file, response.article(), &out);
  if (!proposed.empty()) {
    absl::StrAppend(&out, file,
                    ": proposed, not checked (below the confidence asked): ",
                    absl::StrJoin(proposed, ", "), "\n");
  }
  const v1::Summary& summary = response.summary();
  absl::StrAppend(&out, Plural(summary.claims(), "claim", "claims"), ": ",
                  summary.consistent(), " consistent, ",
                  Plural(summary.errors(), "error", "errors"), ", ",
                  Plural(summary.warnings(), "warning", "warnings"), ", ",
                  summary.not_checkable(), " not checkable\n");
  return out;
}

}  // namespace

std::string RangeText(const v1::Range& range) {
  if (!range.text().empty()) return range.text();
  const bool has_lower = range.has_lower();
  const bool has_upper = range.has_upper();
  if (has_lower && has_upper) {
    if (range.lower().value() == range.upper().value() &&
        !range.lower().exclusive() && !range.upper().exclusive()) {
      return range.lower().value();
    }
    return absl::StrCat(range.lower().exclusive() ? "more than " : "",
                        BoundText(range.lower()), " to ",
                        range.upper().exclusive() ? "less than " : "",
                        BoundText(range.upper()));
  }
  if (has_lower) {
    return absl::StrCat(range.lower().exclusive() ? "more than " : "at least ",
                        BoundText(range.lower()));
  }
  if (has_upper) {
    return absl::StrCat(range.upper().exclusive() ? "less than " : "at most ",
                        BoundText(range.upper()));
  }
  return "any value";
}

std::string CauseText(v1::Cause cause) {
  switch (cause) {
    case v1::CAUSE_DIGITS_TRANSPOSED:
      return "digits transposed";
    case v1::CAUSE_DIGIT_DROPPED:
      return "a digit dropped";
    case v1::CAUSE_DIGIT_DOUBLED:
      return "a digit doubled";
    case v1::CAUSE_POWER_OF_TEN:
      return "off by a power of ten";
    case v1::CAUSE_PERCENT_VS_POINTS:
      return "percent and percentage points confused";
    case v1::CAUSE_WRONG_BASE:
      return "change measured from the wrong base";
    case v1::CAUSE_DIRECTION_REVERSED:
      return "direction reversed";
    case v1::CAUSE_PART_COUNTED_TWICE:
      return "a part counted twice";
    case v1::CAUSE_PART_MISSING:
      return "a part missing";
    case v1::CAUSE_SUBTOTAL_AS_TOTAL:
      return "a subtotal given as the total";
    case v1::CAUSE_TRUNCATION:
      return "truncated rather than rounded";
    case v1::CAUSE_ROUNDING_EDGE:
      return "only at the edge of the rounding";
    case v1::CAUSE_TIMES_MORE:
      return "\"times more\" and \"times as many\" confused";
    case v1::CAUSE_PERCENT_FOR_RATE:
      return "a percent printed for a rate";
    case v1::CAUSE_FALL_OVER_100_PERCENT:
      return "a fall of more than 100 percent";
    case v1::CAUSE_NEIGHBOURING_KEY:
      return "a neighbouring key typed";
    case v1::CAUSE_COARSE_ROUNDING:
      return "rounded to its last non-zero digit";
    default:
      // A cause newer than this client: its enum name still says something.
      const std::string name = v1::Cause_Name(cause);
      if (name.empty()) return absl::StrCat("cause ", static_cast<int>(cause));
      return absl::AsciiStrToLower(
          absl::StrReplaceAll(name, {{"CAUSE_", ""}, {"_", " "}}));
  }
}

std::string RenderReport(absl::string_view file,
                         const v1::CheckClaimsResponse& response,
                         ReportFormat format) {
  if (format == ReportFormat::kJson) return ToJson(response);
  return RenderText(file, response);
}

std::string RenderTextReport(absl::string_view file, absl::string_view source,
                             const v1::CheckTextResponse& response,
                             ReportFormat format) {
  if (format == ReportFormat::kJson) return ToJson(response);
  const ArticleText article(source, response.extraction());
  return RenderText(file, response.check(), &article,
                    {response.proposed_claim_ids().begin(),
                     response.proposed_claim_ids().end()});
}

std::string RenderProposedRequest(const v1::CheckClaimsRequest& request) {
  return ToJson(request, /*every_field=*/false);
}

std::string RenderInvalidRequest(absl::string_view file,
                                 const absl::Status& status,
                                 ReportFormat format) {
  if (format == ReportFormat::kJson) {
    google::rpc::Status details;
    const grpc::Status grpc_status = ToGrpcStatus(status);
    if (!details.ParseFromString(grpc_status.error_details()) ||
        grpc_status.error_details().empty()) {
      details.set_code(static_cast<int>(status.code()));
      details.set_message(std::string(status.message()));
    }
    NormalizeDetails(&details);
    return ToJson(details);
  }
  const google::rpc::BadRequest bad_request = BadRequestOf(status);
  if (bad_request.field_violations().empty()) {
    return absl::StrCat(file, ": error: ", status.message(),
                        "\nthe request was not checked\n");
  }
  std::string out;
  for (const auto& violation : bad_request.field_violations()) {
    absl::StrAppend(&out, file, ": ", violation.field(), ": ",
                    violation.description());
    if (!violation.reason().empty()) {
      absl::StrAppend(&out, " [", violation.reason(), "]");
    }
    absl::StrAppend(&out, "\n");
  }
  // The request may have had more problems than the status lists: the
  // ErrorInfo's "violations" says how many there were.
  const int listed = bad_request.field_violations_size();
  int count = listed;
  const google::rpc::ErrorInfo info = ErrorInfoOf(status);
  if (auto it = info.metadata().find("violations");
      it != info.metadata().end()) {
    int stated = 0;
    if (absl::SimpleAtoi(it->second, &stated) && stated > listed)
      count = stated;
  }
  absl::StrAppend(&out, Plural(count, "problem", "problems"), " in the request",
                  count > listed
                      ? absl::StrCat(" (the first ", listed, " are listed)")
                      : "",
                  "; nothing was checked\n");
  return out;
}

bool HasErrors(const v1::CheckClaimsResponse& response) {
  for (const v1::ClaimResult& result : response.results()) {
    if (result.verdict() == v1::VERDICT_ERROR) return true;
    for (const v1::Discrepancy& discrepancy : result.discrepancies()) {
      if (discrepancy.severity() == v1::SEVERITY_ERROR) return true;
    }
  }
  if (response.article().verdict() == v1::VERDICT_ERROR) return true;
  return response.summary().errors() > 0;
}

}  // namespace claimcheck
