// Renders a check's outcome for people (text, laid out like a compiler's
// diagnostics, so editors and CI logs can jump to the claim) or for programs
// (the response in the proto3 JSON mapping).
//
// Text, for the worked example with Denver printed as 36 (some figure lines
// left out):
//
//   ice.json: claim regional-total: error: The 11 parts add up to 471, but
//       the total is given as 498: 27 people short. [total.sum_mismatch]
//     figure nationwide "498" (nationwide) chars 50-53
//     figure san-francisco "six" (San Francisco) chars 500-503: 6
//     figure denver "36" (Denver) chars 1130-1132
//     stated: 498; implied: 471; gap: 27 (5.7%)
//     likely cause: digits transposed
//     correction: denver "36" should be "63": 36 (Denver) may be 63 with its
//         digits swapped
//   ice.json: claim convicted-share: note: 63 percent of 498 people is 312 to
//       316
//   ice.json: claim arrests-rise: not checkable: The change of 37 percent can
//       only be checked with the values it runs from and to; the article does
//       not give either. [change.missing_figure]
//     missing: from, to
//   ice.json: article: error: The 2 claims checked together cannot all hold:
//       one set of claims conflicts. [article.conflict]
//     conflict 1: Claim regional-total cannot hold even on its own: ...
//     suspect 1: denver "36" should be "63": 36 (Denver) may be 63 with its
//         digits swapped (digits transposed; confidence medium)
//     suspect 2: washington "14" should be "41": ...
//     ranking: 2 corrections by the same kind of slip make every claim hold
//         equally well; ...
//     left to their own verdicts: arrests-rise
//   3 claims: 1 consistent, 1 error, 0 warnings, 1 not checkable
//
// (long lines are wrapped here, not in the report). Each discrepancy gives a
// line "FILE: claim ID: error|warning|not checkable: MESSAGE [CODE]" and,
// indented beneath it, what is known about it: each figure involved (id,
// printed text, label, offsets in the article, and the true values it stands
// for when they differ from the text), stated and implied values and the gap,
// missing figures, the likely cause, corrections. Each implied value gives a
// "note:" line. Then the article, all claims together: a "note:" line when
// they can all hold, else a line like a claim's with the verdict and code,
// and beneath it each smallest conflicting set ("conflict N:"), the ranked
// suspects with their corrections, cause and confidence ("suspect N:"), why
// the ranking is as confident as it is, why anything went undecided, and the
// claims left to their own verdicts. The summary closes the report. A
// consistent claim with no implied value prints nothing.
//
// A request the engine refused (INVALID_ARGUMENT with a google.rpc.BadRequest)
// gives one line per field violation, "FILE: FIELD: DESCRIPTION [REASON]",
// and a closing line saying that nothing was checked. In JSON it is the
// google.rpc.Status, details included.
//
// Output is deterministic: the same response always renders the same bytes.
#ifndef CLAIMCHECK_CLIENT_REPORT_H_
#define CLAIMCHECK_CLIENT_REPORT_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

enum class ReportFormat {
  kText,
  // Proto3 JSON with lowerCamelCase names, every field present (zeros, empty
  // strings and lists included, so consumers need no defaults), indented as
  // protobuf's JSON printer does, and a final newline.
  kJson,
};

// The report of a response; `file` names the request in text lines.
std::string RenderReport(absl::string_view file,
                         const v1::CheckClaimsResponse& response,
                         ReportFormat format);

// The report of an article checked from its text or HTML (CheckText's
// `response`); `source` is the file as it was read. In text, the report of
// response.check() as RenderReport writes it, except that each claim's lines
// say where the claim stands in the file, "FILE:LINE:COLUMN: claim ID: ...",
// figures stand "at LINE:COLUMN" instead of at chars, and each claim that
// prints anything ends with the sentences of its findings, the figures they
// involve in brackets (article_text.h):
//
//   ice.txt:1:1: claim nationwide-total: error: The 11 parts add up to 471,
//       but the total is given as 498: 27 people short. [total.sum_mismatch]
//     figure denver "36" (Denver) at 5:76
//     ...
//     sentence 5:1: ICE reports agents also rounded up [28] people in
//         Baltimore; [30] in Cook County, Illinois; [36] in Denver; ...
//
// Claims proposed below the confidence asked are listed, unchecked, before
// the summary. In JSON, the CheckTextResponse.
std::string RenderTextReport(absl::string_view file, absl::string_view source,
                             const v1::CheckTextResponse& response,
                             ReportFormat format);

// The request ExtractClaims proposed, in proto3 JSON as request files are
// written (lowerCamelCase, enums by name, fields at their default left
// out), ready to save, edit and check with `claimcheck check`.
std::string RenderProposedRequest(const v1::CheckClaimsRequest& request);

// The report of a request that could not be checked: its field violations
// when `status` carries a google.rpc.BadRequest, else its message.
std::string RenderInvalidRequest(absl::string_view file,
                                 const absl::Status& status,
                                 ReportFormat format);

// True when any claim has an error-level verdict or discrepancy, or the
// claims cannot all hold together: the CLI then exits 1.
bool HasErrors(const v1::CheckClaimsResponse& response);

// The readable text of `range`: its own text when set, otherwise words built
// from its bounds ("312 to 316", "more than 100", "any value").
std::string RangeText(const v1::Range& range);

// A cause in words: CAUSE_DIGITS_TRANSPOSED is "digits transposed".
std::string CauseText(v1::Cause cause);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_REPORT_H_
