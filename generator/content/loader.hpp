#pragma once
// Reads content/: every `.md` file becomes a Document, every other file an attachment.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "content/document.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// What content/ holds, in path order.
struct ContentSet {
  std::vector<Document> documents;       // drafts included: index numbers count them
  std::vector<std::string> attachments;  // paths relative to content/
  std::map<std::string, std::uintmax_t> attachment_sizes;  // path → bytes
};

// Loads one document from its text. source_path is relative to the site
// ("content/a/b.md"). Returns false, with diagnostics, when it has errors.
bool load_document(const std::string& source_path, std::string text, const Config& config,
                   Document& doc, Diagnostics& diags);

// The page folder of a document: "a/b.md" → "a/b/", "a/index.md" → "a/".
std::string page_dir_for(const std::string& content_path);

// Walks DIR/content (util/site_folder.hpp). Hidden files and folders (".git", ".DS_Store") are
// skipped; a symbolic link inside the site is followed, one that leads out of it is an error.
ContentSet load_content(const std::string& site_dir, const Config& config, Diagnostics& diags);

}  // namespace gongkai
