#pragma once
// One function per kind of output, each adding its files to the output tree.
// Each is defined in a file of its own in this folder.
#include <string>

#include "catalogue/catalogue.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"
#include "writer/output_tree.hpp"

namespace gongkai::outputs {

// Everything an output kind may read.
struct OutputContext {
  const Config& config;
  const Catalogue& catalogue;
  const render::Renderer& renderer;
  const std::string& site_dir;
};

// document_pages.cpp: one page per document, PATH/index.html.
void add_document_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// site_pages.cpp: the front page, 404.html and robots.txt.
void add_site_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// catalogue_json.cpp: catalogue.json, every published document (SPEC §4).
void add_catalogue_json(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// copied_files.cpp: the theme's and the site's static files, and the attachments under content/.
void add_copied_files(const OutputContext& ctx, const render::Theme& theme, OutputTree& out,
                      Diagnostics& diags);

// Renders a page template into the tree at path, reporting a template failure.
void add_rendered(const OutputContext& ctx, const std::string& template_name,
                  const render::View& view, const std::string& path, OutputTree& out,
                  Diagnostics& diags);

}  // namespace gongkai::outputs
