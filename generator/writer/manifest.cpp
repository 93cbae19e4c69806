#include "writer/manifest.hpp"

#include <string_view>

namespace gongkai {

const char* const kManifestName = ".gongkai-manifest";

namespace {

// Says what the file is to whoever finds it in a deploy repository, and marks the format.
const std::string kHeader =
    "# gongkai manifest 1: the files gongkai published here; every other file is left alone\n";

// A path is one line: a backslash, line feed or carriage return in a name is escaped.
void append_escaped(std::string& out, const std::string& path) {
  for (char c : path) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
}

bool unescape(std::string_view line, std::string& path) {
  path.clear();
  if (line.find('\\') == std::string_view::npos) {  // nearly every path: nothing escaped
    path.assign(line);
    return !path.empty();
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\') {
      path += line[i];
      continue;
    }
    if (++i == line.size()) return false;
    switch (line[i]) {
      case '\\':
        path += '\\';
        break;
      case 'n':
        path += '\n';
        break;
      case 'r':
        path += '\r';
        break;
      default:
        return false;
    }
  }
  return !path.empty();
}

}  // namespace

std::string format_manifest(const std::set<std::string>& paths) {
  std::string out = kHeader;
  for (const std::string& path : paths) {
    append_escaped(out, path);
    out += '\n';
  }
  return out;
}

std::set<std::string> parse_manifest(const std::string& bytes) {
  std::set<std::string> paths;
  if (bytes.compare(0, kHeader.size(), kHeader) != 0) return paths;
  std::string path;
  for (std::size_t at = kHeader.size(); at < bytes.size();) {
    std::size_t end = bytes.find('\n', at);
    if (end == std::string::npos) break;  // a cut-off last line is not trusted
    // A manifest lists its paths in order, so each goes in at the end.
    if (unescape(std::string_view(bytes).substr(at, end - at), path))
      paths.insert(paths.end(), path);
    at = end + 1;
  }
  return paths;
}

}  // namespace gongkai
