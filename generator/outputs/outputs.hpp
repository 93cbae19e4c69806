#pragma once
// Every file a build publishes, as a job: where it goes, what it is made from (a key) and how to
// make it. The build runs only the jobs whose key changed since the previous build
// (outputs/incremental.hpp); equal keys make equal bytes, so a key must cover everything the
// file's bytes are made from. One function per kind of output, each in a file of its own here.
#include <boost/filesystem/path.hpp>
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
#include "util/fingerprint.hpp"

namespace gongkai::outputs {

// Everything an output kind may read.
struct OutputContext {
  const Config& config;
  const Catalogue& catalogue;
  const Taxonomies& taxonomies;
  const ReadingOrder& order;
  const std::string& site_dir;
  // What every page is made from: site.toml (and --base-url) and the theme (site_key()).
  Fingerprint site_key;

  render::SiteView site() const { return {config, catalogue, taxonomies, order}; }
};

// The part of every page's key that the whole site shares.
Fingerprint site_key(const Fingerprint& config_key, const render::Theme& theme);

// One file of the output.
struct OutputJob {
  std::string path;                   // under the output: "fgw/2021/00008/index.html"
  std::string origin;                 // the site's file (or template) that makes it, for messages
  Fingerprint key;                    // what its bytes are made from
  boost::filesystem::path copy_from;  // set for a file copied as it is (attachment, static file)
  // Makes the bytes with the worker's renderer; false with err (reported at origin).
  std::function<bool(render::Renderer&, std::string& bytes, std::string& err)> make;
};

// document_pages.cpp: one page per document, PATH/index.html.
void add_document_pages(const OutputContext& ctx, std::vector<OutputJob>& jobs);
// document_pages.cpp: the pages of the published documents among content_paths, sorted by path.
std::vector<OutputJob> document_pages_of(const OutputContext& ctx,
                                         const std::vector<std::string>& content_paths);
// index_pages.cpp: every taxonomy overview, term page and 目录 table page.
void add_index_pages(const OutputContext& ctx, const std::vector<IndexPage>& pages,
                     std::vector<OutputJob>& jobs);
// site_pages.cpp: the front page, 404.html and robots.txt.
void add_site_pages(const OutputContext& ctx, std::vector<OutputJob>& jobs);
// catalogue_json.cpp: catalogue.json, every published document (SPEC §4).
void add_catalogue_json(const OutputContext& ctx, std::vector<OutputJob>& jobs);
// copied_files.cpp: the theme's and the site's static files, and the attachments under content/.
void add_copied_files(const OutputContext& ctx, const render::Theme& theme,
                      std::vector<OutputJob>& jobs);

// Every job of the site, sorted by path.
std::vector<OutputJob> output_jobs(const OutputContext& ctx, const std::vector<IndexPage>& pages,
                                   const render::Theme& theme);

// rendered.cpp: renders a page template, saying which failed in err.
bool render_page(render::Renderer& renderer, const std::string& template_name,
                 const render::View& view, std::string& bytes, std::string& err);
// rendered.cpp: a job that renders template_name with the view view() makes.
OutputJob rendered_page(std::string path, std::string template_name, std::string origin,
                        const Fingerprint& key, std::function<render::View()> view);

// An output the plan left out is gongkai's own mistake (a new kind of output not planned), which
// would let `check` pass a clash: an error, so that every build of the test fixtures finds it.
void check_all_planned(const std::vector<PlannedFile>& plan, const std::vector<OutputJob>& jobs,
                       Diagnostics& diags);

}  // namespace gongkai::outputs
