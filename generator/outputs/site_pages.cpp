#include "outputs/outputs.hpp"
#include "render/views.hpp"

namespace gongkai::outputs {

namespace {

// The front page lists the newest documents, the count, and every taxonomy's first terms.
Fingerprint front_page_key(const OutputContext& ctx) {
  Hasher h;
  h.add(ctx.site_key).add("front page").add(ctx.catalogue.documents().size());
  const auto& newest = ctx.order.newest;
  for (std::size_t i = 0; i < newest.size() && i < static_cast<std::size_t>(ctx.config.page_size);
       ++i) {
    h.add(ctx.catalogue.documents()[newest[i]].meta_hash);
  }
  for (const Taxonomy& tx : ctx.taxonomies.all()) {
    h.add(tx.top.size());
    for (std::size_t id : tx.top) {
      h.add(tx.terms[id].name).add(tx.terms[id].url_path).add(tx.terms[id].documents.size());
    }
  }
  return h.done();
}

}  // namespace

void add_site_pages(const OutputContext& ctx, std::vector<OutputJob>& jobs) {
  jobs.push_back(rendered_page(kFrontPage, "index.html", "templates/index.html",
                               front_page_key(ctx),
                               [&ctx] { return render::front_page_view(ctx.site()); }));
  jobs.push_back(rendered_page(kNotFoundPage, "404.html", "templates/404.html",
                               Hasher().add(ctx.site_key).add("404").done(),
                               [&ctx] { return render::not_found_view(ctx.site()); }));
  OutputJob robots{kRobotsTxt, kRobotsTxt, Hasher().add("robots").done(), {}, {}};
  robots.make = [](render::Renderer&, std::string& bytes, std::string&) {
    bytes = "User-agent: *\nAllow: /\n";
    return true;
  };
  jobs.push_back(std::move(robots));
}

}  // namespace gongkai::outputs
