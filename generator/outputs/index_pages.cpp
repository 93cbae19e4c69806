#include "outputs/outputs.hpp"
#include "render/index_views.hpp"
#include "util/parallel.hpp"

namespace gongkai::outputs {

namespace {

void add_term(Hasher& h, const TaxonomyTerm& t) {
  h.add(t.name).add(t.value).add(t.url_path).add(t.documents.size()).add(t.children.size());
}

// Each document's meta_hash, side by side: the list pages read them half a million times at
// 50,000 documents, and reading each from its Document misses the cache.
std::vector<Fingerprint> meta_hashes(const Catalogue& catalogue) {
  std::vector<Fingerprint> out;
  out.reserve(catalogue.documents().size());
  for (const Document& doc : catalogue.documents()) out.push_back(doc.meta_hash);
  return out;
}

// The documents a list page shows, by their path and front matter (metas: meta_hashes()).
void add_slice(Hasher& h, const std::vector<Fingerprint>& metas,
               const std::vector<std::size_t>& docs, std::size_t per_page, std::size_t page) {
  const std::size_t begin = std::min(docs.size(), (page - 1) * per_page);
  const std::size_t end = std::min(docs.size(), begin + per_page);
  h.add(docs.size());
  for (std::size_t i = begin; i < end; ++i) h.add(metas[docs[i]]);
}

// What an index page is made from: where it sits among its pages, and the terms and documents it
// lists (render/index_views.cpp).
Fingerprint page_key(const OutputContext& ctx, const std::vector<Fingerprint>& metas,
                     const IndexPage& page) {
  Hasher h;
  h.add(ctx.site_key).add("index").add(page.dir).add(static_cast<std::uint64_t>(page.kind));
  h.add(page.page).add(page.pages);
  if (page.kind == IndexPage::Kind::table) {
    add_slice(h, metas, ctx.order.newest, static_cast<std::size_t>(ctx.config.page_size),
              page.page);
    return h.done();
  }
  const Taxonomy& tx = ctx.taxonomies.all()[page.taxonomy];
  if (page.kind == IndexPage::Kind::overview) {
    // A tree on one page, with each branch's children; a flat list a slice at a time.
    h.add(tx.top.size());
    const std::size_t per_page =
        tx.is_tree ? tx.top.size() : static_cast<std::size_t>(tx.config->terms_page_size);
    const std::size_t begin = std::min(tx.top.size(), (page.page - 1) * per_page);
    for (std::size_t i = begin; i < std::min(tx.top.size(), begin + per_page); ++i) {
      const TaxonomyTerm& t = tx.terms[tx.top[i]];
      add_term(h, t);
      for (std::size_t child : t.children) add_term(h, tx.terms[child]);
    }
    return h.done();
  }
  const TaxonomyTerm& term = tx.terms[page.term];
  add_term(h, term);
  if (term.parent != kNoTerm) add_term(h, tx.terms[term.parent]);
  for (std::size_t child : term.children) add_term(h, tx.terms[child]);
  add_slice(h, metas, term.documents, tx.config->page_size, page.page);
  return h.done();
}

}  // namespace

void add_index_pages(const OutputContext& ctx, const std::vector<IndexPage>& pages,
                     std::vector<OutputJob>& jobs) {
  const std::vector<Fingerprint> metas = meta_hashes(ctx.catalogue);
  // On every core: their keys are most of the plan's time.
  parallel_append(jobs, pages.size(), [&](std::size_t i) {
    const IndexPage& page = pages[i];
    const std::string& name = render::index_page_template(page);
    return rendered_page(index_page_path(page), name, "templates/" + name,
                         page_key(ctx, metas, page),
                         [&ctx, &page] { return render::index_page_view(ctx.site(), page); });
  });
}

}  // namespace gongkai::outputs
