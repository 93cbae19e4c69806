#include "content/front_matter.hpp"

namespace gongkai {

namespace {

// True when line (without its '\n') is a `+++` fence, allowing a CR and trailing blanks.
bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "+++";
}

}  // namespace

bool split_front_matter(std::string_view text, SplitDocument& out, SplitError& err) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    err = {1, 1, "empty document: expected front matter between \"+++\" lines"};
    return false;
  }
  std::size_t first_end = text.find('\n');
  std::string_view first = text.substr(0, first_end);
  if (!is_fence(first)) {
    err = {1, 1, "missing front matter: a document must start with a \"+++\" line"};
    return false;
  }
  if (first_end == std::string_view::npos) {
    err = {1, 1, "front matter is never closed: no \"+++\" line after this one"};
    return false;
  }
  std::size_t start = first_end + 1;
  int line = 2;
  for (std::size_t pos = start; pos <= text.size(); ++line) {
    std::size_t end = text.find('\n', pos);
    std::string_view current = text.substr(pos, end == std::string_view::npos ? end : end - pos);
    if (is_fence(current)) {
      out.front_matter = text.substr(start, pos - start);
      out.front_matter_line = 2;
      out.body = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      out.body_line = line + 1;
      return true;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  err = {1, 1, "front matter is never closed: no \"+++\" line after this one"};
  return false;
}

}  // namespace gongkai
