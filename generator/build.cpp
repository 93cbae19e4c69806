#include "build.hpp"

#include <boost/filesystem/operations.hpp>
#include <chrono>
#include <cstdio>

#include "catalogue/catalogue.hpp"
#include "catalogue/index_pages.hpp"
#include "catalogue/order.hpp"
#include "catalogue/taxonomy.hpp"
#include "catalogue/warnings.hpp"
#include "content/loader.hpp"
#include "outputs/output_plan.hpp"
#include "outputs/outputs.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "site/config.hpp"
#include "util/file_io.hpp"
#include "writer/publisher.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Times each step of the plan for --stats.
class StepTimer {
 public:
  explicit StepTimer(BuildStats& stats) : stats_(stats) {}
  void done(const char* step) {
    auto now = std::chrono::steady_clock::now();
    stats_.steps.emplace_back(step, std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

 private:
  BuildStats& stats_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// The output must not hold the site, nor sit inside a folder the site reads from.
bool check_output_place(const std::string& source, const std::string& output, Diagnostics& diags) {
  const fs::path site = fs::weakly_canonical(fs::absolute(source));
  const fs::path out = fs::weakly_canonical(fs::absolute(output));
  bool bad = is_within(site, out);
  for (const char* dir : {"content", "static", "templates", "themes", ".gongkai"}) {
    bad = bad || is_within(out, site / dir);
  }
  if (bad) {
    diags.error(
        output, 0, 0,
        "output folder would replace the site or a folder it reads; choose another --output");
  }
  return !bad;
}

}  // namespace

std::string BuildOptions::output_dir() const {
  return output.empty() ? (fs::path(source) / "public").string() : output;
}

std::string BuildStats::report() const {
  std::string out;
  char line[160];
  for (const auto& [step, ms] : steps) {
    std::snprintf(line, sizeof line, "  %-12s %9.1f ms\n", step.c_str(), ms);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "%zu documents, %zu files: %zu written, %zu unchanged, %zu removed\n", documents,
                files, written, unchanged, removed);
  return out + line;
}

bool build_site(const BuildOptions& options, Diagnostics& diags, BuildStats& stats) {
  StepTimer timer(stats);
  Config config;
  if (!load_config(options.source, config, diags)) return false;
  if (!options.base_url.empty()) {
    config.base_url = options.base_url;
    std::string err;
    if (!normalize_base_url(config.base_url, config.base_path, err)) {
      diags.error("--base-url", 0, 0, err);
      return false;
    }
  }
  timer.done("config");

  ContentSet content = load_content(options.source, config, diags);
  timer.done("load");
  Catalogue catalogue = Catalogue::assemble(std::move(content), diags);
  catalogue.resolve_links(diags);
  stats.documents = catalogue.documents().size();
  timer.done("catalogue");

  // The indexes, from metadata alone, their pages planned before anything renders.
  const ReadingOrder order = reading_order(catalogue, config.utc_offset);
  const Taxonomies taxonomies = Taxonomies::build(catalogue, config, order, diags);
  const std::vector<IndexPage> pages = index_pages(taxonomies, catalogue, config);
  check_page_clashes(pages, taxonomies, diags);
  if (!options.write) add_check_warnings(catalogue, taxonomies, config, diags);
  timer.done("indexes");

  render::Theme theme;
  render::Renderer renderer;
  if (load_theme(options.source, config, theme, diags)) renderer.compile(theme, diags);
  timer.done("theme");

  // Every output path is known here, so `check` finds each clash `build` would meet writing.
  const std::vector<outputs::PlannedFile> plan =
      outputs::plan_outputs(catalogue, taxonomies, pages, theme);
  outputs::check_output_clashes(plan, diags);
  timer.done("plan");
  const std::string output = options.output_dir();
  if (options.write) check_output_place(options.source, output, diags);
  if (diags.has_errors() || !options.write) return !diags.has_errors();

  OutputTree tree;
  outputs::OutputContext ctx{config, catalogue, taxonomies, order, renderer, options.source};
  outputs::add_document_pages(ctx, tree, diags);
  outputs::add_index_pages(ctx, pages, tree, diags);
  outputs::add_site_pages(ctx, tree, diags);
  outputs::add_catalogue_json(ctx, tree, diags);
  outputs::add_copied_files(ctx, theme, tree, diags);
  outputs::check_all_planned(plan, tree, diags);
  stats.files = tree.files().size();
  timer.done("render");
  if (diags.has_errors()) return false;

  PublishStats published;
  bool ok = publish(tree, output, published, diags);
  stats.written = published.written;
  stats.unchanged = published.unchanged;
  stats.removed = published.removed;
  timer.done("write");
  return ok;
}

}  // namespace gongkai
