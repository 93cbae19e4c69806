#pragma once
// The theme in force: built-in files, overridden file by file by
// themes/NAME/ and then by the site's templates/ (and static/).
#include <boost/filesystem/path.hpp>
#include <map>
#include <string>
#include <vector>

#include "site/config.hpp"
#include "util/diagnostic.hpp"

namespace gongkai::render {

// A template's text and the file it came from (for diagnostics).
struct TemplateSource {
  std::string text;
  std::string origin;  // "themes/x/templates/page.html", or "(built-in) templates/page.html"
};

// A file copied into the output as is: either built-in bytes or a file on disk.
struct StaticFile {
  std::string bytes;
  boost::filesystem::path disk_path;  // empty for built-in bytes
  std::string origin;
};

// All templates by name ("document.html", "head.html") and all static files by output path.
struct Theme {
  std::map<std::string, TemplateSource> templates;
  std::map<std::string, StaticFile> static_files;
};

// Gathers the theme for the site. Reports an unreadable or missing theme folder.
bool load_theme(const std::string& site_dir, const Config& config, Theme& theme,
                Diagnostics& diags);

// The template text with every `{{> name}}` replaced by that partial's text,
// recursively; false with err when a partial is missing or nests past 16 levels.
bool inline_partials(const Theme& theme, const std::string& name, std::string& out,
                     std::string& err);

}  // namespace gongkai::render
