#include "e2e/site_edits.hpp"

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

[[noreturn]] void edit_failed(const std::string& what) {
  throw std::runtime_error("the test's edit did not apply: " + what);
}

// text with the first `from` replaced by `to`; throws when `from` is not there.
std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) edit_failed("\"" + from + "\" not found");
  return text.replace(at, from.size(), to);
}

// Rewrites file with change(its bytes); throws when the change leaves the bytes as they were.
void edit(const fs::path& file, const std::function<std::string(const std::string&)>& change) {
  const std::string before = read_bytes(file);
  const std::string after = change(before);
  if (after == before) edit_failed("no change to " + file.string());
  write_bytes(file, after);
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  edit(file, [&](const std::string& s) { return replace_once(s, from, to); });
}

// Where a document's closing "+++" line starts (SPEC §3: the front matter opens the file).
std::size_t front_matter_end(const std::string& text, const std::string& name) {
  if (text.rfind("+++\n", 0) != 0) edit_failed(name + " does not open with +++");
  const std::size_t at = text.find("\n+++\n", 3);
  if (at == std::string::npos) edit_failed(name + " has no closing +++");
  return at + 1;
}

// The value of a top-level `key = value` line of a document's front matter, as written.
std::string key_value(const std::string& text, const std::string& key, const std::string& name) {
  const std::size_t end = front_matter_end(text, name);
  const std::size_t at = text.find("\n" + key + " = ");
  if (at == std::string::npos || at >= end) edit_failed(name + " has no " + key + " line");
  const std::size_t value = at + key.size() + 4;
  return text.substr(value, text.find('\n', value) - value);
}

// text with key's value replaced by value (TOML, as it is to be written).
std::string with_key(const std::string& text, const std::string& key, const std::string& value,
                     const std::string& name) {
  const std::string line = "\n" + key + " = " + key_value(text, key, name) + "\n";
  return replace_once(text, line, "\n" + key + " = " + value + "\n");
}

// text with a paragraph added at the start of the body.
std::string with_paragraph(const std::string& text, const std::string& paragraph,
                           const std::string& name) {
  std::string out = text;
  return out.insert(front_matter_end(text, name) + 4, "\n" + paragraph + "\n");
}

// Sets a file's modification time (nanoseconds since the epoch), as a copy or checkout may.
void set_mtime_ns(const fs::path& file, long long ns) {
  struct timespec times[2];
  times[0].tv_sec = 0;
  times[0].tv_nsec = UTIME_OMIT;
  times[1].tv_sec = static_cast<time_t>(ns / 1000000000LL);
  times[1].tv_nsec = static_cast<long>(ns % 1000000000LL);
  if (::utimensat(AT_FDCWD, file.c_str(), times, 0) != 0) edit_failed("utimensat " + file.string());
}

long long mtime_ns(const fs::path& file) {
  struct stat st;
  if (::stat(file.c_str(), &st) != 0) edit_failed("stat " + file.string());
  return static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

// Writes new bytes of the same size into file and gives it back its modification time: a change
// that a cache trusting size and time alone would miss.
void rewrite_same_size_and_time(const fs::path& file, const std::string& from,
                                const std::string& to) {
  if (from.size() != to.size()) edit_failed("same-size edit with texts of different sizes");
  const long long mtime = mtime_ns(file);
  const std::size_t size = fs::file_size(file);
  replace_in(file, from, to);
  if (fs::file_size(file) != size) edit_failed("size changed: " + file.string());
  set_mtime_ns(file, mtime);
}

std::vector<Doc> documents(const fs::path& site) {
  std::vector<Doc> docs;
  for (const std::string& rel : list_files(site / "content")) {
    if (!ends_with(rel, ".md")) continue;
    Doc d{rel, "", read_bytes(site / "content" / rel)};
    std::string v = key_value(d.text, "index_number", rel);
    if (v.size() < 2 || v.front() != '"' || v.back() != '"') edit_failed("index_number of " + rel);
    d.index_number = v.substr(1, v.size() - 2);
    docs.push_back(std::move(d));
  }
  return docs;
}

// The documents doc links to by relative path ("../2021/00008.md"), as paths under content/.
std::vector<std::string> links_to_documents(const Doc& doc) {
  std::vector<std::string> targets;
  const fs::path folder = fs::path(doc.rel).parent_path();
  for (std::size_t at = doc.text.find("]("); at != std::string::npos;
       at = doc.text.find("](", at + 2)) {
    const std::size_t end = doc.text.find(')', at);
    const std::string href = doc.text.substr(at + 2, end - at - 2);
    if (!ends_with(href, ".md") || href.find(':') != std::string::npos) continue;
    targets.push_back((folder / href).lexically_normal().generic_string());
  }
  return targets;
}

Picks pick_documents(const fs::path& site) {
  const std::vector<Doc> docs = documents(site);
  Picks picks;
  for (const Doc& d : docs) {
    if (fs::path(d.rel).filename() == "index.md" || d.text.find("](") != std::string::npos ||
        d.text.find("interprets") != std::string::npos ||
        d.text.find("draft") != std::string::npos) {
      continue;
    }
    const bool referred = std::any_of(docs.begin(), docs.end(), [&](const Doc& o) {
      const std::vector<std::string> links = links_to_documents(o);
      return &o != &d && (o.text.find(d.index_number) != std::string::npos ||
                          std::find(links.begin(), links.end(), d.rel) != links.end());
    });
    if (!referred) picks.free.push_back(d.rel);
  }
  for (const Doc& d : docs) {
    const std::size_t at = d.text.find("\ninterprets = [\"");
    if (at == std::string::npos || at > front_matter_end(d.text, d.rel)) continue;
    const std::size_t begin = at + 16;
    const std::string target = d.text.substr(begin, d.text.find('"', begin) - begin);
    for (const Doc& t : docs) {
      if (t.index_number == target) picks.interpreted = t.rel;
    }
    if (!picks.interpreted.empty()) break;
  }
  return picks;
}

}  // namespace gongkai::test
