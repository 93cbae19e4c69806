#include "util/url.hpp"

#include <vector>

namespace gongkai {

namespace {

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

std::vector<std::string_view> split_dirs(std::string_view dir) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start < dir.size()) {
    std::size_t slash = dir.find('/', start);
    if (slash == std::string_view::npos) slash = dir.size();
    if (slash > start) parts.push_back(dir.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

}  // namespace

std::string percent_encode_path(std::string_view path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (unsigned char c : path) {
    if (unreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string_view site_dir(std::string_view site_path) {
  std::size_t slash = site_path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : site_path.substr(0, slash + 1);
}

std::string root_prefix(std::string_view from_dir) {
  std::string out;
  for (std::size_t i = 0; i < split_dirs(from_dir).size(); ++i) out += "../";
  return out;
}

std::string relative_url(std::string_view from_dir, std::string_view to) {
  auto from = split_dirs(from_dir);
  auto target_dirs = split_dirs(site_dir(to));
  std::size_t common = 0;
  while (common < from.size() && common < target_dirs.size() &&
         from[common] == target_dirs[common]) {
    ++common;
  }
  std::string out;
  for (std::size_t i = common; i < from.size(); ++i) out += "../";
  for (std::size_t i = common; i < target_dirs.size(); ++i) {
    out += target_dirs[i];
    out += '/';
  }
  out += to.substr(site_dir(to).size());
  if (out.empty()) return "./";
  return percent_encode_path(out);
}

bool normalize_relative(std::string_view path, std::string& out) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view part = path.substr(start, slash - start);
    if (part == "..") {
      if (parts.empty()) return false;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  out.clear();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '/';
    out += parts[i];
  }
  return true;
}

std::string path_segment(std::string_view text) {
  constexpr std::size_t kMaxBytes = 200;
  if (text.empty()) return std::string(1, '-');
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\' || (i == 0 && c == '.')) out[i] = '-';
  }
  if (out.size() > kMaxBytes) {
    std::size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

}  // namespace gongkai
