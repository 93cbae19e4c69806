#include "outputs/outputs.hpp"
#include "render/views.hpp"

namespace gongkai::outputs {

void add_site_pages(const OutputContext& ctx, OutputTree& out, Diagnostics& diags) {
  const render::SiteView site = ctx.site();
  add_rendered(ctx, "index.html", render::front_page_view(site), kFrontPage, out, diags);
  add_rendered(ctx, "404.html", render::not_found_view(site), kNotFoundPage, out, diags);
  out.add(kRobotsTxt, {"User-agent: *\nAllow: /\n", {}, kRobotsTxt}, diags);
}

}  // namespace gongkai::outputs
