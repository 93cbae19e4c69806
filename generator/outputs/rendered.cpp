#include "outputs/outputs.hpp"
#include "util/parallel.hpp"

namespace gongkai::outputs {

void add_rendered_pages(const OutputContext& ctx, std::size_t n,
                        const std::function<PageJob(std::size_t)>& job,
                        const std::function<render::View(std::size_t)>& view, OutputTree& out,
                        Diagnostics& diags) {
  // A kainjow template keeps state while it renders: one renderer per worker.
  std::vector<render::Renderer> renderers(worker_count(), ctx.renderer);
  std::vector<std::string> pages(n), failures(n);
  parallel_for(n, [&](std::size_t worker, std::size_t i) {
    if (!renderers[worker].render(job(i).template_name, view(i), pages[i], failures[i]) &&
        failures[i].empty()) {
      failures[i] = "unknown error";
    }
  });
  for (std::size_t i = 0; i < n; ++i) {
    PageJob j = job(i);
    if (!failures[i].empty()) {
      diags.error(j.origin, 0, 0,
                  "template " + j.template_name + " failed on " + j.path + ": " + failures[i]);
      continue;
    }
    out.add(j.path, {std::move(pages[i]), {}, j.origin}, diags);
  }
}

void add_rendered(const OutputContext& ctx, const std::string& template_name,
                  const render::View& view, const std::string& path, OutputTree& out,
                  Diagnostics& diags) {
  std::string html, err;
  if (!ctx.renderer.render(template_name, view, html, err)) {
    diags.error("templates/" + template_name, 0, 0, "template failed on " + path + ": " + err);
    return;
  }
  out.add(path, {std::move(html), {}, "templates/" + template_name}, diags);
}

}  // namespace gongkai::outputs
