#include "outputs/outputs.hpp"
#include "outputs/qr_code.hpp"
#include "render/views.hpp"

namespace gongkai::outputs {

void add_document_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags) {
  for (const Document& doc : ctx.catalogue.documents()) {
    const std::string url = render::absolute_url(ctx.config, doc.url_path);
    const std::string qr = qr_svg(url, ctx.config.label("qr_caption") + "：" + url);
    render::View view = render::document_view(doc, ctx.catalogue, ctx.config, qr);
    std::string html, err;
    if (!ctx.renderer.render("document.html", view, html, err)) {
      diags.error(doc.source_path, 0, 0, "template document.html failed: " + err);
      continue;
    }
    out.add(doc.url_path + "index.html", {std::move(html), {}, doc.source_path}, diags);
  }
}

}  // namespace gongkai::outputs
