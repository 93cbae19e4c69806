#pragma once
// Editing a site for the incremental-equals-clean test: each edit finds the text it changes and
// throws when it is not there, so a step cannot silently do nothing.
#include <functional>
#include <string>
#include <vector>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {

[[noreturn]] void edit_failed(const std::string& what);

// text with the first `from` replaced by `to`; throws when `from` is not there.
std::string replace_once(std::string text, const std::string& from, const std::string& to);

// Rewrites file with change(its bytes); throws when the change leaves the bytes as they were.
void edit(const fs::path& file, const std::function<std::string(const std::string&)>& change);

void replace_in(const fs::path& file, const std::string& from, const std::string& to);

// Where a document's closing "+++" line starts (SPEC §3: the front matter opens the file).
std::size_t front_matter_end(const std::string& text, const std::string& name);

// The value of a top-level `key = value` line of a document's front matter, as written.
std::string key_value(const std::string& text, const std::string& key, const std::string& name);

// text with key's value replaced by value (TOML, as it is to be written).
std::string with_key(const std::string& text, const std::string& key, const std::string& value,
                     const std::string& name);

// text with a paragraph added at the start of the body.
std::string with_paragraph(const std::string& text, const std::string& paragraph,
                           const std::string& name);

// Sets a file's modification time (nanoseconds since the epoch), as a copy or checkout may.
void set_mtime_ns(const fs::path& file, long long ns);

long long mtime_ns(const fs::path& file);

// Writes new bytes of the same size into file and gives it back its modification time: a change
// that a cache trusting size and time alone would miss.
void rewrite_same_size_and_time(const fs::path& file, const std::string& from,
                                const std::string& to);

// A document of the site, by its path under content/.
struct Doc {
  std::string rel;  // "fgw/2021/00008.md"
  std::string index_number;
  std::string text;
};

std::vector<Doc> documents(const fs::path& site);

// The documents the steps edit, chosen from the site itself so that any fixture serves.
struct Picks {
  // Documents nothing refers to (by index number or file name) and that refer to nothing (no
  // link, no `interprets`), published, not bundles: they can be deleted, renamed, moved to another
  // folder or made drafts without breaking a link.
  std::vector<std::string> free;
  // A document another one interprets: its title shows on that one's page too.
  std::string interpreted;
};

// The documents doc links to by relative path ("../2021/00008.md"), as paths under content/.
std::vector<std::string> links_to_documents(const Doc& doc);

Picks pick_documents(const fs::path& site);

}  // namespace gongkai::test
