// libFuzzer target: the text extractor. The input's first byte says whether
// the rest is plain text or HTML. Whatever the bytes, ExtractClaims either
// refuses them with INVALID_ARGUMENT (not UTF-8, nested too deep) or reads
// them, and what it reads holds together: every span's quote is the text
// at its offsets, every offset lies in the text (and for HTML in the
// source), and the proposed request is one CheckClaims can check.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/engine.h"

namespace {

void Require(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "text_fuzzer: %s\n", what);
    abort();
  }
}

void CheckSpan(const claimcheck::v1::Span& span, const std::string& text,
               size_t source_size, bool html) {
  const int32_t b = span.utf8().start();
  const int32_t e = span.utf8().end();
  Require(0 <= b && b <= e && e <= static_cast<int32_t>(text.size()),
          "a span's UTF-8 range lies outside the text");
  Require(text.compare(b, e - b, span.quote()) == 0,
          "a span's quote is not the text at its offsets");
  Require(span.start() <= span.end() && span.start() <= b &&
              span.utf16().start() <= span.utf16().end(),
          "a span's code point or UTF-16 offsets are out of order");
  if (html) {
    const auto& s = span.source_utf8();
    Require(0 <= s.start() && s.start() <= s.end() &&
                s.end() <= static_cast<int32_t>(source_size),
            "a span's source range lies outside the source");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  FuzzedDataProvider input(data, size);
  const bool html = input.ConsumeBool();
  const std::string body = input.ConsumeRemainingBytesAsString();
  v1::ExtractClaimsRequest request;
  request.set_article_id("fuzz");
  if (html) {
    request.set_html(body);
  } else {
    request.set_text(body);
  }
  const absl::StatusOr<v1::ExtractClaimsResponse> r =
      ExtractClaims(request, {});
  if (!r.ok()) {
    Require(r.status().code() == absl::StatusCode::kInvalidArgument,
            "unreadable text fails with a code other than INVALID_ARGUMENT");
    return 0;
  }
  const std::string& text = r->text();
  for (const auto& f : r->request().figures()) {
    CheckSpan(f.span(), text, body.size(), html);
  }
  for (const auto& c : r->request().claims()) {
    CheckSpan(c.span(), text, body.size(), html);
    Require(c.text() == c.span().quote(), "a claim's text is not its quote");
  }
  for (const auto& u : r->unused())
    CheckSpan(u.span(), text, body.size(), html);
  for (const auto& b : r->blocks())
    CheckSpan(b.span(), text, body.size(), html);
  Require(r->figures_size() == r->request().figures_size() &&
              r->claims_size() == r->request().claims_size(),
          "evidence and proposals do not pair up");
  CheckOptions options;
  options.work_budget = 200000;
  const absl::StatusOr<v1::CheckClaimsResponse> checked =
      CheckClaims(r->request(), options);
  if (!checked.ok()) {
    fprintf(stderr, "%s\n", std::string(checked.status().message()).c_str());
  }
  Require(checked.ok(), "CheckClaims refuses the proposed request");
  return 0;
}
