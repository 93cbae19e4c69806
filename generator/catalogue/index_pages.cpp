#include "catalogue/index_pages.hpp"

#include <string_view>
#include <unordered_map>

#include "catalogue/pagination.hpp"
#include "site/vocabulary.hpp"
#include "util/text.hpp"

namespace gongkai {

namespace {

void add_pages(std::vector<IndexPage>& out, IndexPage first, std::size_t items,
               std::size_t per_page) {
  const std::string dir = first.dir;
  first.pages = page_count(items, per_page);
  for (std::size_t p = 1; p <= first.pages; ++p) {
    first.page = p;
    first.dir = page_dir(dir, p);
    out.push_back(first);
  }
}

}  // namespace

std::string index_page_name(const IndexPage& page, const Taxonomies& taxonomies) {
  if (page.kind == IndexPage::Kind::table) return "the 目录 table";
  const Taxonomy& tx = taxonomies.all()[page.taxonomy];
  if (page.kind == IndexPage::Kind::overview) return "the " + tx.config->label + " index";
  return "the page of " + tx.config->label + " " + quoted(tx.terms[page.term].value);
}

std::vector<IndexPage> index_pages(const Taxonomies& taxonomies, const Catalogue& catalogue,
                                   const Config& config) {
  std::vector<IndexPage> out;
  IndexPage table;
  table.dir = catalogue_table_path() + "/";
  add_pages(out, table, catalogue.documents().size(), static_cast<std::size_t>(config.page_size));
  for (std::size_t t = 0; t < taxonomies.all().size(); ++t) {
    const Taxonomy& tx = taxonomies.all()[t];
    IndexPage overview;
    overview.kind = IndexPage::Kind::overview;
    overview.taxonomy = t;
    overview.dir = tx.url_path;
    // A tree is drawn whole on one page; a flat list of terms (thousands of keywords) is paged.
    add_pages(out, overview, tx.is_tree ? 0 : tx.top.size(),
              static_cast<std::size_t>(tx.config->terms_page_size));
    for (std::size_t id = 0; id < tx.terms.size(); ++id) {
      IndexPage term;
      term.kind = IndexPage::Kind::term;
      term.taxonomy = t;
      term.term = id;
      term.dir = tx.terms[id].url_path;
      add_pages(out, term, tx.terms[id].documents.size(),
                static_cast<std::size_t>(tx.config->page_size));
    }
  }
  return out;
}

void check_page_clashes(const std::vector<IndexPage>& pages, const Taxonomies& taxonomies,
                        Diagnostics& diags) {
  std::unordered_map<std::string_view, const IndexPage*> by_dir;
  by_dir.reserve(pages.size());
  for (const auto& p : pages) {
    auto [it, fresh] = by_dir.emplace(p.dir, &p);
    const IndexPage& other = *it->second;
    // Two terms of one taxonomy on one folder were reported by Taxonomies::build.
    if (fresh || (other.kind != IndexPage::Kind::table && other.taxonomy == p.taxonomy)) continue;
    // Otherwise a taxonomy's path set inside another's folder ("issuer/xzfb") put them
    // there: report it at that taxonomy's table in site.toml.
    const TaxonomyConfig* later = taxonomies.all()[p.taxonomy].config;
    const TaxonomyConfig* earlier =
        other.kind == IndexPage::Kind::table ? nullptr : taxonomies.all()[other.taxonomy].config;
    const TaxonomyConfig* at = later->place.line == 0 && earlier ? earlier : later;
    diags.error("site.toml", at->place.line, at->place.column,
                index_page_name(p, taxonomies) + " and " + index_page_name(other, taxonomies) +
                    " would both be published at " + quoted(p.dir) + "; give [taxonomies." +
                    at->key + "] another path");
  }
}

}  // namespace gongkai
