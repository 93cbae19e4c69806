#include "outputs/outputs.hpp"
#include "outputs/qr_code.hpp"
#include "render/views.hpp"

namespace gongkai::outputs {

void add_document_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags) {
  const auto& docs = ctx.catalogue.documents();
  const render::SiteView site = ctx.site();
  add_rendered_pages(
      ctx, docs.size(),
      [&](std::size_t i) {
        return PageJob{"document.html", document_page_path(docs[i]), docs[i].source_path};
      },
      [&](std::size_t i) {
        const std::string url = render::absolute_url(ctx.config, docs[i].url_path);
        const std::string qr = qr_svg(url, ctx.config.label("qr_caption") + "：" + url);
        return render::document_view(site, i, qr);
      },
      out, diags);
}

}  // namespace gongkai::outputs
