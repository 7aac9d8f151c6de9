// embed: writes the C++ source that defines claimcheck::WebFiles()
// (service/web_files.h) from the files named on its command line, so that
// the server carries the editors' page inside its binary.
//
//   embed OUT.cc service/web/index.html service/web/editor.js ...
//
// Each file becomes a string literal of its exact bytes (printable ASCII as
// it is, anything else as a three-digit octal escape, which never runs into
// the character after it). A file whose extension has no known Content-Type
// stops the build, rather than being served as something it is not.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::map<std::string, std::string>& ContentTypes() {
  static const auto* types = new std::map<std::string, std::string>{
      {"html", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"svg", "image/svg+xml"},
  };
  return *types;
}

// `bytes` as the inside of a C++ string literal, broken into lines.
std::string Literal(const std::string& bytes) {
  std::string out = "\"";
  int column = 0;
  for (const char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != '?') {
      out += c;
      ++column;
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof(escaped), "\\%03o", u);
      out += escaped;
      column += 4;
    }
    if (c == '\n' || column >= 76) {
      out += "\"\n    \"";
      column = 0;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: embed OUT.cc FILE...\n";
    return 2;
  }
  std::map<std::string, std::string> files;  // by name: sorted
  for (int i = 2; i < argc; ++i) {
    const std::string path = argv[i];
    const std::string name = path.substr(path.find_last_of('/') + 1);
    const std::string::size_type dot = name.find_last_of('.');
    if (dot == std::string::npos ||
        ContentTypes().count(name.substr(dot + 1)) == 0) {
      std::cerr << "embed: no Content-Type known for " << path << "\n";
      return 1;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      std::cerr << "embed: cannot read " << path << "\n";
      return 1;
    }
    if (!files.emplace(name, bytes.str()).second) {
      std::cerr << "embed: two files are named " << name << "\n";
      return 1;
    }
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << "// Made by service/web/embed from service/web/: do not edit.\n"
         "#include \"service/web_files.h\"\n\n"
         "namespace claimcheck {\nnamespace {\n\n"
         "const WebFile kFiles[] = {\n";
  for (const auto& [name, bytes] : files) {
    const std::string type =
        ContentTypes().at(name.substr(name.rfind('.') + 1));
    out << "  {\"" << name << "\", \"" << type
        << "\",\n   absl::string_view(\n    " << Literal(bytes) << ",\n    "
        << bytes.size() << ")},\n";
  }
  out << "};\n\n}  // namespace\n\n"
         "absl::Span<const WebFile> WebFiles() { return kFiles; }\n\n"
         "}  // namespace claimcheck\n";
  out.close();
  if (!out) {
    std::cerr << "embed: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
