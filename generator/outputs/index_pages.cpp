#include "outputs/outputs.hpp"
#include "render/index_views.hpp"

namespace gongkai::outputs {

void add_index_pages(const OutputContext& ctx, const std::vector<IndexPage>& pages, OutputTree& out,
                     Diagnostics& diags) {
  const render::SiteView site = ctx.site();
  add_rendered_pages(
      ctx, pages.size(),
      [&](std::size_t i) {
        const std::string& name = render::index_page_template(pages[i]);
        return PageJob{name, index_page_path(pages[i]), "templates/" + name};
      },
      [&](std::size_t i) { return render::index_page_view(site, pages[i]); }, out, diags);
}

}  // namespace gongkai::outputs
