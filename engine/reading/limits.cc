#include "engine/reading/limits.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/reading/request_fields.h"

namespace claimcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

bool IsValidUtf8(absl::string_view text) {
  return FirstInvalidUtf8Byte(text) < 0;
}

// Where a field is, as the parts of its path ("claims", 3, "total", ...),
// rendered only for a violation: most requests have none.
struct Path {
  struct Part {
    const std::string* name;
    int index;  // -1: not an element of a list
  };
  std::vector<Part> parts;

  std::string Render() const {
    std::string out;
    for (const Part& p : parts) {
      absl::StrAppend(&out, out.empty() ? "" : ".", *p.name);
      if (p.index >= 0) absl::StrAppend(&out, "[", p.index, "]");
    }
    return out;
  }
};

// Walks every field of `message`: strings must be UTF-8 within their
// length, and, inside a claim (`in_claim`), lists within kMaxPartsPerClaim.
// Adds the claims' references to `*references`.
// `reflection` and `fields` are the message's (RequestField::nested).
void Walk(const Message& message,
          const google::protobuf::Reflection* reflection,
          const std::vector<RequestField>& fields, Path* path, bool in_claim,
          int* references, RequestErrors* errors) {
  std::string scratch;
  ForEachSetField(
      message, *reflection, fields,
      [&](const RequestField& entry, const int size,
          const std::string* single) {
        const FieldDescriptor* field = entry.field;
        path->parts.push_back({&field->name(), -1});
        if (entry.repeated && in_claim && size > kMaxPartsPerClaim) {
          errors->Add(
              path->Render(), "TOO_MANY_PARTS",
              absl::StrCat("the list has ", size, " entries; the limit is ",
                           kMaxPartsPerClaim));
          path->parts.pop_back();
          return;
        }
        if (entry.string) {
          if (in_claim && (entry.figure_id || entry.figure_ids))
            *references += size;
          for (int i = 0; i < size; ++i) {
            const std::string& value =
                entry.repeated ? reflection->GetRepeatedStringReference(
                                     message, field, i, &scratch)
                               : *single;
            if (entry.repeated) path->parts.back().index = i;
            if (!IsValidUtf8(value)) {
              errors->Add(path->Render(), "INVALID_UTF8",
                          "the text is not valid UTF-8");
            } else if (static_cast<int>(value.size()) > entry.max_length) {
              errors->Add(path->Render(), "TEXT_TOO_LONG",
                          absl::StrCat("the text is ", value.size(),
                                       " characters long; the limit is ",
                                       entry.max_length));
            }
          }
        } else if (entry.message) {
          const bool claim = in_claim || entry.claim;
          if (entry.repeated) {
            for (int i = 0; i < size; ++i) {
              path->parts.back().index = i;
              Walk(ListEntry(*reflection, message, entry, i),
                   entry.nested_reflection, *entry.nested, path, claim,
                   references, errors);
            }
          } else {
            Walk(SingularMessage(*reflection, message, entry),
                 entry.nested_reflection, *entry.nested, path, claim,
                 references, errors);
          }
        }
        path->parts.pop_back();
      });
}

}  // namespace

int64_t FirstInvalidUtf8Byte(absl::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // Eight bytes of ASCII (no top bit set) at once: a request's strings
    // are mostly ASCII, and a byte at a time cost about five instructions.
    if (text.size() - i >= 8) {
      uint64_t eight;
      std::memcpy(&eight, text.data() + i, sizeof eight);
      if ((eight & 0x8080808080808080u) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    int length;
    char32_t code, min;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2, code = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, code = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, code = c & 0x07, min = 0x10000;
    } else {
      return static_cast<int64_t>(i);
    }
    if (i + length > text.size()) return static_cast<int64_t>(i);
    for (int k = 1; k < length; ++k) {
      const unsigned char next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return static_cast<int64_t>(i);
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
      return static_cast<int64_t>(i);
    i += length;
  }
  return -1;
}

void CheckLimits(const v1::CheckClaimsRequest& request, RequestErrors* errors) {
  bool too_many = false;
  if (request.figures_size() > kMaxFigures) {
    errors->Add("figures", "TOO_MANY_FIGURES",
                absl::StrCat("the request has ", request.figures_size(),
                             " figures; the limit is ", kMaxFigures));
    too_many = true;
  }
  if (request.claims_size() > kMaxClaims) {
    errors->Add("claims", "TOO_MANY_CLAIMS",
                absl::StrCat("the request has ", request.claims_size(),
                             " claims; the limit is ", kMaxClaims));
    too_many = true;
  }
  if (request.quantities_size() > kMaxQuantities) {
    errors->Add("quantities", "TOO_MANY_QUANTITIES",
                absl::StrCat("the request has ", request.quantities_size(),
                             " quantities; the limit is ", kMaxQuantities));
    too_many = true;
  }
  // Past these, walking every field would be the work the limits prevent.
  if (too_many) return;
  int references = 0;
  Path path;
  Walk(request, request.GetReflection(), RequestFields(request.GetDescriptor()),
       &path, false, &references, errors);
  if (references > kMaxReferences) {
    errors->Add("claims", "TOO_MANY_REFERENCES",
                absl::StrCat("the claims refer to figures ", references,
                             " times in all; the limit is ", kMaxReferences));
  }
}

}  // namespace claimcheck
