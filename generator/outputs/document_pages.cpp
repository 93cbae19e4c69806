#include "outputs/outputs.hpp"
#include "outputs/qr_code.hpp"
#include "render/views.hpp"
#include "util/parallel.hpp"

namespace gongkai::outputs {

void add_document_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags) {
  const auto& docs = ctx.catalogue.documents();
  std::vector<render::Renderer> renderers(worker_count(), ctx.renderer);
  std::vector<std::string> pages(docs.size()), failures(docs.size());
  parallel_for(docs.size(), [&](std::size_t worker, std::size_t i) {
    const Document& doc = docs[i];
    const std::string url = render::absolute_url(ctx.config, doc.url_path);
    const std::string qr = qr_svg(url, ctx.config.label("qr_caption") + "：" + url);
    render::View view = render::document_view(doc, ctx.catalogue, ctx.config, qr);
    if (!renderers[worker].render("document.html", view, pages[i], failures[i]) &&
        failures[i].empty()) {
      failures[i] = "unknown error";
    }
  });
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!failures[i].empty()) {
      diags.error(docs[i].source_path, 0, 0, "template document.html failed: " + failures[i]);
      continue;
    }
    out.add(docs[i].url_path + "index.html", {std::move(pages[i]), {}, docs[i].source_path}, diags);
  }
}

}  // namespace gongkai::outputs
