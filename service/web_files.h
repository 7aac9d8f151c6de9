// The files of the editors' page (service/web/), compiled into the server
// by //service/web:embed, so that the HTTP gateway serves them with no
// file to install beside the binary:
//
//   for (const WebFile& file : WebFiles()) {
//     // file.name "editor.js", file.content_type "text/javascript; ...",
//     // file.body the file's bytes as they are in the repository.
//   }
//
// The list and the bytes are made at build time from the folder; nothing
// generated is committed.
#ifndef CLAIMCHECK_SERVICE_WEB_FILES_H_
#define CLAIMCHECK_SERVICE_WEB_FILES_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {

struct WebFile {
  // The file's name in service/web/ ("index.html").
  absl::string_view name;
  // The Content-Type it is served with, from its extension.
  absl::string_view content_type;
  absl::string_view body;
};

// Every file of the page, in name order.
absl::Span<const WebFile> WebFiles();

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_WEB_FILES_H_
