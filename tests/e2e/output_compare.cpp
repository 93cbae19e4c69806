#include "e2e/output_compare.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <stdexcept>

#include "util/text.hpp"

namespace gongkai::test {

// A short, printable excerpt of bytes around at (whole UTF-8 characters, newlines shown as \n).
std::string excerpt(const std::string& bytes, std::size_t at) {
  std::size_t begin = at > 40 ? at - 40 : 0;
  std::size_t end = std::min(bytes.size(), at + 40);
  while (begin > 0 && (static_cast<unsigned char>(bytes[begin]) & 0xC0) == 0x80) --begin;
  while (end < bytes.size() && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) ++end;
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string kind_name(EntryState::Kind kind) {
  switch (kind) {
    case EntryState::Kind::file:
      return "a file";
    case EntryState::Kind::folder:
      return "a folder";
    case EntryState::Kind::symlink:
      return "a symbolic link";
    default:
      return "something else";
  }
}

std::string octal(unsigned mode) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04o", mode);
  return buf;
}

// "" when the incremental output and the clean one hold the same entries (the same files with the
// same bytes and modes, the same folders, the same symbolic links), else one line per difference,
// in path order, the first few of them.
std::string compare_outputs(const TreeState& inc, const TreeState& ref) {
  std::vector<std::string> diffs;
  auto i = inc.begin();
  auto r = ref.begin();
  while (i != inc.end() || r != ref.end()) {
    if (r == ref.end() || (i != inc.end() && i->first < r->first)) {
      diffs.push_back("only in the incremental output: " + i->first);
      ++i;
      continue;
    }
    if (i == inc.end() || r->first < i->first) {
      diffs.push_back("missing from the incremental output: " + r->first);
      ++r;
      continue;
    }
    const std::string& path = i->first;
    const EntryState& a = i->second;
    const EntryState& b = r->second;
    if (a.kind != b.kind) {
      diffs.push_back(path + ": " + kind_name(a.kind) + " in the incremental output, " +
                      kind_name(b.kind) + " in the clean one");
    } else if (a.bytes != b.bytes) {
      const std::size_t at = static_cast<std::size_t>(
          std::mismatch(a.bytes.begin(), a.bytes.begin() + std::min(a.bytes.size(), b.bytes.size()),
                        b.bytes.begin())
              .first -
          a.bytes.begin());
      diffs.push_back(path + ": bytes differ (incremental " + std::to_string(a.bytes.size()) +
                      " bytes, clean " + std::to_string(b.bytes.size()) +
                      "); first difference at byte " + std::to_string(at) +
                      ":\n      incremental: …" + excerpt(a.bytes, at) + "…\n      clean:       …" +
                      excerpt(b.bytes, at) + "…");
    } else if (a.mode != b.mode) {
      diffs.push_back(path + ": mode " + octal(a.mode) + " in the incremental output, " +
                      octal(b.mode) + " in the clean one");
    }
    ++i;
    ++r;
  }
  constexpr std::size_t kShown = 10;
  std::string out;
  for (std::size_t n = 0; n < diffs.size() && n < kShown; ++n) out += "  " + diffs[n] + "\n";
  if (diffs.size() > kShown) {
    out += "  … and " + std::to_string(diffs.size() - kShown) + " more differences\n";
  }
  return out;
}

// The files of after whose bytes are the same as in before but which were written again (a new
// inode or modification time): SPEC §7, files whose bytes did not change are not rewritten.
std::string rewritten_unchanged(const TreeState& before, const TreeState& after) {
  std::string out;
  std::size_t n = 0;
  for (const auto& [path, a] : after) {
    auto b = before.find(path);
    if (a.kind != EntryState::Kind::file || b == before.end() ||
        b->second.kind != EntryState::Kind::file || b->second.bytes != a.bytes) {
      continue;
    }
    if (b->second.inode == a.inode && b->second.mtime_ns == a.mtime_ns) continue;
    if (++n <= 10) out += "  same bytes, rewritten: " + path + "\n";
  }
  if (n > 10) out += "  … " + std::to_string(n - 10) + " more\n";
  return out;
}

// How many files a build added, removed or changed the bytes of.
std::size_t changed_files(const TreeState& before, const TreeState& after) {
  std::size_t n = 0;
  for (const auto& [path, a] : after) {
    auto b = before.find(path);
    if (a.kind == EntryState::Kind::file && (b == before.end() || b->second.bytes != a.bytes)) ++n;
  }
  for (const auto& [path, b] : before) {
    if (b.kind == EntryState::Kind::file && !after.count(path)) ++n;
  }
  return n;
}

}  // namespace gongkai::test
