#pragma once
// The plan of every file a build publishes, made before anything renders, so that `check`
// finds each clash of two outputs that `build` would meet while writing (SPEC §5), and names
// the site's own file that causes it.
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/index_pages.hpp"
#include "catalogue/taxonomy.hpp"
#include "render/theme.hpp"
#include "util/diagnostic.hpp"

namespace gongkai::outputs {

// One output file and what makes it.
struct PlannedFile {
  // A site's file (one the user can move) or gongkai's own output.
  enum class Maker { document, attachment, static_file, gongkai };
  std::string path;  // under the output: "fgw/2021/00008/index.html"
  Maker maker = Maker::gongkai;
  std::string origin;  // the site's file: "content/a.md", "static/x", "themes/t/static/x"
  std::string what;    // gongkai's own output, for messages: "robots.txt", "the 目录 table"
};

// The fixed files every build publishes at the root of the output.
extern const char* const kFrontPage;
extern const char* const kNotFoundPage;
extern const char* const kRobotsTxt;
extern const char* const kCatalogueJson;
// The file of every page in its folder: "fgw/2021/00008/" publishes "fgw/2021/00008/index.html".
extern const char* const kPageFile;

// Where a document's page and an index page are published; the outputs write there too.
std::string document_page_path(const Document& doc);
std::string index_page_path(const IndexPage& page);

// Every output of the site: document pages, attachments, static files (the site's, its
// theme's and the built-in theme's), index pages, the fixed files and the writer's manifest.
std::vector<PlannedFile> plan_outputs(const Catalogue& catalogue, const Taxonomies& taxonomies,
                                      const std::vector<IndexPage>& pages,
                                      const render::Theme& theme);

// Reports each clash once, as a file-level error at the site's file that must move, with a
// note at the other when that is a site's file too: two outputs at one path, or a file where
// another output needs a folder. Two of gongkai's own pages on one path are a taxonomy's path
// in site.toml, which check_page_clashes reports.
void check_output_clashes(const std::vector<PlannedFile>& plan, Diagnostics& diags);

}  // namespace gongkai::outputs
