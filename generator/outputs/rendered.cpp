#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "outputs/outputs.hpp"
#include "util/text.hpp"

namespace gongkai::outputs {

Fingerprint site_key(const Fingerprint& config_key, const render::Theme& theme) {
  Hasher h;
  h.add(config_key);
  for (const auto& [name, t] : theme.templates) h.add(name).add(t.text);
  for (const auto& [path, f] : theme.static_files)
    h.add(path).add(f.bytes).add(f.disk_path.string());
  return h.done();
}

bool render_page(render::Renderer& renderer, const std::string& template_name,
                 const render::View& view, std::string& bytes, std::string& err) {
  if (renderer.render(template_name, view, bytes, err)) return true;
  err = "template " + template_name + " failed: " + (err.empty() ? "unknown error" : err);
  return false;
}

OutputJob rendered_page(std::string path, std::string template_name, std::string origin,
                        const Fingerprint& key, std::function<render::View()> view) {
  OutputJob job{std::move(path), std::move(origin), key, {}, {}};
  job.make = [name = std::move(template_name), view = std::move(view)](
                 render::Renderer& renderer, std::string& bytes, std::string& err) {
    return render_page(renderer, name, view(), bytes, err);
  };
  return job;
}

namespace {

// Sorted through their paths, each job then moved once: moving whole jobs about costs more.
std::vector<OutputJob> by_path(std::vector<OutputJob> jobs) {
  std::vector<std::pair<std::string_view, std::size_t>> order;
  order.reserve(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) order.emplace_back(jobs[i].path, i);
  std::sort(order.begin(), order.end());
  std::vector<OutputJob> sorted;
  sorted.reserve(jobs.size());
  for (const auto& [path, i] : order) sorted.push_back(std::move(jobs[i]));
  return sorted;
}

}  // namespace

std::vector<OutputJob> output_jobs(const OutputContext& ctx, const std::vector<IndexPage>& pages,
                                   const render::Theme& theme) {
  std::vector<OutputJob> jobs;
  // Room for all (the four: front page, 404 page, robots.txt, catalogue.json), so none moves.
  jobs.reserve(ctx.catalogue.documents().size() + pages.size() + 4 + theme.static_files.size() +
               ctx.catalogue.attachments().size());
  add_document_pages(ctx, jobs);
  add_index_pages(ctx, pages, jobs);
  add_site_pages(ctx, jobs);
  add_catalogue_json(ctx, jobs);
  add_copied_files(ctx, theme, jobs);
  return by_path(std::move(jobs));
}

void check_all_planned(const std::vector<PlannedFile>& plan, const std::vector<OutputJob>& jobs,
                       Diagnostics& diags) {
  std::unordered_set<std::string_view> planned;
  planned.reserve(plan.size());
  for (const PlannedFile& f : plan) planned.insert(f.path);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const OutputJob& job = jobs[i];
    if (!planned.count(job.path)) {
      diags.error(job.origin, 0, 0,
                  "internal error: output " + quoted(job.path) + " was not planned");
    }
    // A safety net only: the plan reports every clash, with the site's file, first.
    if (i > 0 && jobs[i - 1].path == job.path) {
      diags.error(job.origin, 0, 0,
                  "internal error: " + quoted(job.path) + " is also made by " + jobs[i - 1].origin);
    }
  }
}

}  // namespace gongkai::outputs
