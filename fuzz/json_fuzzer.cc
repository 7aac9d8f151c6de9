// libFuzzer target: the JSON input path, as `claimcheck check FILE` takes it:
// the bytes are a request file in proto3 JSON, read by ParseRequestJson,
// checked in process, and rendered as the text and JSON reports (or as the
// list of field violations). Nothing may crash; a request that reads must
// give a report.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "client/report.h"
#include "client/request_file.h"
#include "engine/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  absl::StatusOr<v1::CheckClaimsRequest> request = ParseRequestJson(
      absl::string_view(reinterpret_cast<const char*>(data), size),
      "fuzz.json");
  if (!request.ok()) return 0;
  CheckOptions options;
  // Steps cost a few microseconds each, but up to a hundred under the
  // sanitizers: 20,000 keeps any input within a few seconds, far from
  // -timeout, so a timeout means work the budget does not bound. Cut claims
  // are data.
  options.work_budget = 20'000;
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(*request, options);
  for (ReportFormat format : {ReportFormat::kText, ReportFormat::kJson}) {
    const std::string report =
        response.ok()
            ? RenderReport("fuzz.json", *response, format)
            : RenderInvalidRequest("fuzz.json", response.status(), format);
    if (report.empty()) {
      fprintf(stderr, "json_fuzzer: an empty report\n");
      abort();
    }
  }
  return 0;
}
