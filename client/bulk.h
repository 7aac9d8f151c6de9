// `claimcheck check` over many articles at once, for archives and data desks:
// a folder of request files, or a JSON-lines file with one request per line.
//
//   claimcheck check archive/                      # every archive/*.json
//   claimcheck check --server=HOST:PORT 2017.jsonl  # one CheckArticles stream
//
// Each article is reported as `claimcheck check FILE` would report it, named
// by its file ("archive/a.json") or by file and line ("2017.jsonl:12"), in
// the order of the folder's sorted names or of the file's lines, then one
// summary line. A line or file that is not a request is reported as
// unreadable and the others are still checked. With --server, all articles
// go over one CheckArticles stream (the results come back in order).
//
// Exit status: 3 when the server could not be reached; otherwise 2 when any
// article could not be read, 1 when any has an error, else 0.
#ifndef CLAIMCHECK_CLIENT_BULK_H_
#define CLAIMCHECK_CLIENT_BULK_H_

#include <ostream>
#include <string>

#include "client/check_client.h"
#include "client/cli.h"

namespace claimcheck {

// True for a folder, or for a file whose name ends in ".jsonl".
bool IsBulkInput(const std::string& path);

// Checks every article of command.file with `client`; returns the exit status.
int RunBulkCheck(const CheckCommand& command, CheckClient* client,
                 std::ostream& out, std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_BULK_H_
