#pragma once
// One function per kind of output, each adding its files to the output tree.
// Each is defined in a file of its own in this folder.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/index_pages.hpp"
#include "catalogue/order.hpp"
#include "catalogue/taxonomy.hpp"
#include "outputs/output_plan.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "render/view_parts.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"
#include "writer/output_tree.hpp"

namespace gongkai::outputs {

// Everything an output kind may read.
struct OutputContext {
  const Config& config;
  const Catalogue& catalogue;
  const Taxonomies& taxonomies;
  const ReadingOrder& order;
  const render::Renderer& renderer;
  const std::string& site_dir;

  render::SiteView site() const { return {config, catalogue, taxonomies, order}; }
};

// document_pages.cpp: one page per document, PATH/index.html.
void add_document_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// index_pages.cpp: every taxonomy overview, term page and 目录 table page.
void add_index_pages(const OutputContext& ctx, const std::vector<IndexPage>& pages, OutputTree& out,
                     Diagnostics& diags);
// site_pages.cpp: the front page, 404.html and robots.txt.
void add_site_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// catalogue_json.cpp: catalogue.json, every published document (SPEC §4).
void add_catalogue_json(const OutputContext& ctx, OutputTree& out, Diagnostics& diags);
// copied_files.cpp: the theme's and the site's static files, and the attachments under content/.
void add_copied_files(const OutputContext& ctx, const render::Theme& theme, OutputTree& out,
                      Diagnostics& diags);

// What one page of a batch is: its template, where it goes and what it is made from.
struct PageJob {
  std::string template_name;
  std::string path;    // under the output
  std::string origin;  // the site's file that makes it, for messages
};

// Renders pages 0..n-1 on every core (page i: job(i) with view(i)) and adds them to the
// tree in order, reporting each template failure against its origin.
void add_rendered_pages(const OutputContext& ctx, std::size_t n,
                        const std::function<PageJob(std::size_t)>& job,
                        const std::function<render::View(std::size_t)>& view, OutputTree& out,
                        Diagnostics& diags);

// Renders a page template into the tree at path, reporting a template failure.
void add_rendered(const OutputContext& ctx, const std::string& template_name,
                  const render::View& view, const std::string& path, OutputTree& out,
                  Diagnostics& diags);

}  // namespace gongkai::outputs
