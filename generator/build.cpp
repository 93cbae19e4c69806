#include "build.hpp"

#include <sys/resource.h>

#include <boost/filesystem/operations.hpp>
#include <chrono>
#include <cstdio>
#include <future>

#include "cache/build_log.hpp"
#include "catalogue/catalogue.hpp"
#include "catalogue/index_pages.hpp"
#include "catalogue/order.hpp"
#include "catalogue/taxonomy.hpp"
#include "catalogue/warnings.hpp"
#include "content/loader.hpp"
#include "outputs/incremental.hpp"
#include "outputs/output_plan.hpp"
#include "outputs/outputs.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "site/config.hpp"
#include "util/file_io.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Times each step of the plan for --stats.
class StepTimer {
 public:
  explicit StepTimer(BuildStats& stats) : stats_(stats) {}
  void done(const char* step) {
    auto now = std::chrono::steady_clock::now();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    stats_.steps.push_back({step, std::chrono::duration<double, std::milli>(now - last_).count(),
                            static_cast<std::size_t>(usage.ru_maxrss) / 1024});
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
  char line[200];
  for (const auto& [step, ms, peak_mb] : steps) {
    std::snprintf(line, sizeof line, "  %-12s %9.1f ms  %6zu MB peak so far\n", step.c_str(), ms,
                  peak_mb);
    out += line;
  }
  out += "cache: " + cache + "\n";
  std::snprintf(line, sizeof line,
                "%zu documents: %zu parsed, %zu read and found unchanged, %zu not read\n",
                documents, parsed, reused, unread);
  out += line;
  std::snprintf(line, sizeof line, "%zu files: %zu made again", files, made);
  out += line;
  for (const auto& [why, n] : reasons) out += ", " + std::to_string(n) + " (" + why + ")";
  out += "\n";
  for (const std::string& example : examples) out += "  made: " + example + "\n";
  if (made > examples.size()) out += "  made: …\n";
  std::snprintf(line, sizeof line, "%s: %zu written, %zu unchanged, %zu removed\n",
                in_place ? "written in place" : "written through staging", written, unchanged,
                removed);
  return out + line;
}

namespace {

// Moves each object onto the heap, never to be freed: the process's exit lets them go.
template <typename... T>
void let_go_at_exit(T&... objects) {
  (static_cast<void>(new T(std::move(objects))), ...);
}

// What the documents are read under: site.toml's bytes and the --base-url given.
Fingerprint config_key(const BuildOptions& options) {
  std::string site_toml, err;
  read_file(fs::path(options.source) / "site.toml", site_toml, err);
  return Hasher().add(site_toml).add(options.base_url).done();
}

// The previous build's log, when it belongs to this program, site and output; cache says.
std::optional<BuildLog> previous_log(const BuildOptions& options, std::string& cache) {
  std::string why;
  auto log = read_build_log(build_log_path(options.source),
                            build_identity(options.source, options.output_dir()), why);
  cache = log ? "build log read" : why + ": a clean build";
  return log;
}

}  // namespace

bool build_site(const BuildOptions& options, Diagnostics& diags, BuildStats& stats) {
  StepTimer timer(stats);
  BuildLog next;
  next.started_ns = now_ns();  // before any source's stamp is taken
  // The previous build's log is read while the site's files are read and walked.
  std::future<std::optional<BuildLog>> reading_log =
      std::async(std::launch::async, previous_log, std::cref(options), std::ref(stats.cache));
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
  ContentFiles files = find_content(options.source, diags);
  std::optional<BuildLog> previous = reading_log.get();
  // Which published files are still as the log says is found out while the build works out what
  // to make: the stat(2) of every one of them, on a thread of its own, before anything is written.
  std::future<outputs::UntouchedOutputs> untouched;
  if (previous && options.write) {
    untouched = std::async(std::launch::async, outputs::untouched_outputs, std::cref(*previous),
                           options.output_dir());
  }
  next.identity = build_identity(options.source, options.output_dir());
  next.config_key = config_key(options);
  // Documents read under another site.toml are read again: the schema may have changed.
  const BuildLog* same_config =
      previous && previous->config_key == next.config_key ? &*previous : nullptr;
  if (previous && !same_config) stats.cache = "site.toml changed: every document read again";
  timer.done("walk");

  ContentSet content = load_content(std::move(files), config, diags, same_config);
  next.sources = std::move(content.records);
  const bool sources_changed = !previous || content.counts.parsed > 0 ||
                               content.counts.reused > 0 ||
                               next.sources.size() != previous->sources.size();
  stats.parsed = content.counts.parsed;
  stats.reused = content.counts.reused;
  stats.unread = content.counts.unread;
  timer.done("load");
  // The documents parsed again: their files changed (moved out before the catalogue takes the
  // rest).
  const std::vector<std::string> parsed = std::move(content.parsed);
  Catalogue catalogue = Catalogue::assemble(std::move(content), diags);
  catalogue.resolve_links(diags);
  stats.documents = catalogue.documents().size();
  timer.done("catalogue");

  render::Theme theme;
  render::Renderer renderer;
  if (load_theme(options.source, config, theme, diags)) renderer.compile(theme, diags);
  timer.done("theme");

  // The indexes, from metadata alone.
  const ReadingOrder order = reading_order(catalogue, config.utc_offset);
  Taxonomies taxonomies = Taxonomies::build(catalogue, config, order, diags);
  const std::string output = options.output_dir();
  if (options.write) check_output_place(options.source, output, diags);
  const outputs::OutputContext ctx{config,         catalogue,
                                   taxonomies,     order,
                                   options.source, outputs::site_key(next.config_key, theme)};
  next.shape = outputs::shape_key(ctx, theme);
  const outputs::UntouchedOutputs untouched_now =
      untouched.valid() ? untouched.get() : outputs::UntouchedOutputs();
  outputs::OutputStats made;
  // Nothing but some documents' bodies changed since the previous build (outputs/incremental.hpp):
  // the pages of those documents are all that can differ, so no other output is planned.
  outputs::Shortcut shortcut = outputs::Shortcut::not_taken;
  if (options.write && same_config && previous->shape == next.shape && !diags.has_errors()) {
    const std::vector<outputs::OutputJob> jobs = outputs::document_pages_of(ctx, parsed);
    timer.done("indexes");
    timer.done("plan");
    shortcut = outputs::publish_changed_pages(jobs, renderer, output, *previous, untouched_now,
                                              next, made, diags);
    if (shortcut == outputs::Shortcut::failed) return false;
    if (shortcut == outputs::Shortcut::done) {
      stats.cache += "; only document bodies changed: their pages alone made again";
    }
  }
  if (shortcut == outputs::Shortcut::not_taken) {
    // Every index page planned before anything renders.
    const std::vector<IndexPage> pages = index_pages(taxonomies, catalogue, config);
    check_page_clashes(pages, taxonomies, diags);
    if (!options.write) add_check_warnings(catalogue, taxonomies, config, diags);
    timer.done("indexes");

    // Every output path is known here, so `check` finds each clash `build` would meet writing.
    const std::vector<outputs::PlannedFile> plan =
        outputs::plan_outputs(catalogue, taxonomies, pages, theme);
    outputs::check_output_clashes(plan, diags);
    if (diags.has_errors() || !options.write) return !diags.has_errors();

    const std::vector<outputs::OutputJob> jobs = outputs::output_jobs(ctx, pages, theme);
    outputs::check_all_planned(plan, jobs, diags);
    timer.done("plan");
    if (diags.has_errors()) return false;

    if (!outputs::publish_outputs(jobs, renderer, output, previous ? &*previous : nullptr,
                                  untouched_now, next, made, diags)) {
      return false;
    }
  }
  stats.files = made.files;
  stats.made = made.made;
  stats.reasons = made.reasons;
  stats.examples = made.examples;
  stats.written = made.published.written;
  stats.unchanged = made.published.unchanged;
  stats.removed = made.published.removed;
  stats.in_place = made.published.in_place;
  timer.done("render+write");
  // A log that cannot be written costs the next build its speed, not its correctness. One that
  // would say nothing new is not written again: no document was read, none went, no file was made.
  const bool same_log = !sources_changed && stats.made == 0 &&
                        next.outputs.size() == previous->outputs.size() &&
                        next.config_key == previous->config_key;
  std::string err;
  // Over the previous log, only what differs from it is written.
  const std::string_view was =
      previous && previous->bytes ? std::string_view(*previous->bytes) : std::string_view();
  if (!same_log && !write_build_log(next, build_log_path(options.source), err, was)) {
    diags.warning(".gongkai", 0, 0, "cannot keep the build log: " + err);
  }
  timer.done("log");
  if (options.let_go_at_exit) let_go_at_exit(previous, next, catalogue, taxonomies);
  return true;
}

}  // namespace gongkai
