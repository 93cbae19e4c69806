#pragma once
// Reads content/: every `.md` file becomes a Document, every other file an attachment.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cache/build_log.hpp"
#include "content/document.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"
#include "util/site_folder.hpp"

namespace gongkai {

// How the documents were loaded, for --stats.
struct LoadCounts {
  std::size_t parsed = 0;  // read and parsed
  std::size_t reused = 0;  // read, and found byte for byte as the previous build read them
  std::size_t unread = 0;  // not read: the previous build's record of an untouched file
};

// What content/ holds, in path order.
struct ContentSet {
  std::vector<Document> documents;       // drafts included: index numbers count them
  std::vector<std::string> attachments;  // paths relative to content/
  std::map<std::string, std::uintmax_t> attachment_sizes;  // path → bytes
  std::map<std::string, SourceRecord> records;  // for the next build: each document without errors
  LoadCounts counts;
  std::vector<std::string> parsed;  // the documents parsed (their files changed), by content path
};

// Loads one document from its text. source_path is relative to the site
// ("content/a/b.md"). Returns false, with diagnostics, when it has errors.
bool load_document(const std::string& source_path, std::string text, const Config& config,
                   Document& doc, Diagnostics& diags);

// The page folder of a document: "a/b.md" → "a/b/", "a/index.md" → "a/".
std::string page_dir_for(const std::string& content_path);

// The files of content/, as the walk found them (with their stamps), in path order.
struct ContentFiles {
  std::vector<SiteFile> documents;  // the .md files
  std::vector<SiteFile> attachments;
};

// Walks DIR/content (util/site_folder.hpp). Hidden files and folders (".git", ".DS_Store") are
// skipped; a symbolic link inside the site is followed, one that leads out of it is an error.
ContentFiles find_content(const std::string& site_dir, Diagnostics& diags);

// Loads the documents files found. With the previous build's log (read under the same
// site.toml), a document whose file it read is taken from it instead of being parsed again.
ContentSet load_content(ContentFiles files, const Config& config, Diagnostics& diags,
                        const BuildLog* previous = nullptr);

}  // namespace gongkai
