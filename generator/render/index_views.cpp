#include "render/index_views.hpp"

#include "site/vocabulary.hpp"

namespace gongkai::render {

using kainjow::mustache::data;

namespace {

// The items of page (1-based) of a list of n, per_page at a time: [begin, end).
std::pair<std::size_t, std::size_t> slice(std::size_t n, std::size_t per_page, std::size_t page) {
  std::size_t begin = std::min(n, (page - 1) * per_page);
  return {begin, std::min(n, begin + per_page)};
}

std::string paged_title(const SiteView& site, const std::string& title, const IndexPage& page) {
  std::string out = title;
  if (page.pages > 1) {
    out += " - " + fill(fill(site.config.label("page_of"), "page", std::to_string(page.page)),
                        "pages", std::to_string(page.pages));
  }
  return out + " - " + site.config.title;
}

PageContext context(const SiteView& site, const IndexPage& page, const std::string& title,
                    const std::string& section, std::vector<Crumb> trail) {
  return {page.dir,
          paged_title(site, title, page),
          absolute_url(site.config, page.dir),
          section,
          std::move(trail),
          false};
}

data term_item(const Taxonomy& tx, std::size_t id, const Linker& from) {
  const TaxonomyTerm& t = tx.terms[id];
  data item{data::type::object};
  put(item, "name", t.name);
  put(item, "url", from.to(t.url_path));
  put(item, "count", std::to_string(t.documents.size()));
  return item;
}

data term_list(const Taxonomy& tx, const std::vector<std::size_t>& ids, std::size_t begin,
               std::size_t end, const Linker& from, bool with_children) {
  data list{data::type::list};
  for (std::size_t i = begin; i < end; ++i) {
    data item = term_item(tx, ids[i], from);
    const auto& children = tx.terms[ids[i]].children;
    if (with_children)
      put(item, "children", term_list(tx, children, 0, children.size(), from, false));
    put(item, "has_children", data(with_children && !children.empty()));
    append(list, std::move(item));
  }
  return list;
}

View overview_view(const SiteView& site, const IndexPage& page) {
  const Taxonomy& tx = site.taxonomies.all()[page.taxonomy];
  const std::string& label = tx.config->label;
  View v = base_view(site, context(site, page, label, tx.config->key, {{label, tx.url_path}}));
  const Linker from(site.config, page.dir);
  data t{data::type::object};
  put(t, "key", tx.config->key);
  put(t, "label", label);
  put(t, "is_tree", data(tx.is_tree));
  put(t, "term_count", std::to_string(tx.top.size()));
  put(v, "taxonomy", std::move(t));
  auto [begin, end] = tx.is_tree ? std::pair<std::size_t, std::size_t>{0, tx.top.size()}
                                 : slice(tx.top.size(), tx.config->terms_page_size, page.page);
  put(v, "terms", term_list(tx, tx.top, begin, end, from, tx.is_tree));
  put(v, "pagination", pagination_view(site, from, tx.url_path, page.page, page.pages));
  return v;
}

View term_view(const SiteView& site, const IndexPage& page) {
  const Taxonomy& tx = site.taxonomies.all()[page.taxonomy];
  const TaxonomyTerm& term = tx.terms[page.term];
  std::vector<Crumb> trail = {{tx.config->label, tx.url_path}};
  if (term.parent != kNoTerm) {
    trail.push_back({tx.terms[term.parent].name, tx.terms[term.parent].url_path});
  }
  trail.push_back({term.name, term.url_path});
  View v = base_view(site, context(site, page, term.name + " - " + tx.config->label, tx.config->key,
                                   std::move(trail)));
  const Linker from(site.config, page.dir);
  data t{data::type::object};
  put(t, "name", term.name);
  put(t, "value", term.value);
  put(t, "taxonomy", tx.config->label);
  put(t, "taxonomy_url", from.to(tx.url_path));
  put(t, "count", std::to_string(term.documents.size()));
  put(t, "count_text",
      fill(site.config.label("term_count"), "count", std::to_string(term.documents.size())));
  put(t, "children", term_list(tx, term.children, 0, term.children.size(), from, false));
  put(t, "has_children", data(!term.children.empty()));
  put(v, "term", std::move(t));
  data docs{data::type::list};
  auto [begin, end] = slice(term.documents.size(), tx.config->page_size, page.page);
  for (std::size_t i = begin; i < end; ++i) {
    append(docs, document_item(site, site.catalogue.documents()[term.documents[i]], from));
  }
  put(v, "documents", std::move(docs));
  put(v, "pagination", pagination_view(site, from, term.url_path, page.page, page.pages));
  return v;
}

View table_view(const SiteView& site, const IndexPage& page) {
  const std::string& label = site.config.label("catalogue");
  const std::string dir = catalogue_table_path() + "/";
  View v = base_view(site, context(site, page, label, "catalogue", {{label, dir}}));
  const Linker from(site.config, page.dir);
  const auto& newest = site.order.newest;
  data rows{data::type::list};
  auto [begin, end] = slice(newest.size(), site.config.page_size, page.page);
  for (std::size_t i = begin; i < end; ++i) {
    append(rows, document_item(site, site.catalogue.documents()[newest[i]], from));
  }
  put(v, "documents", std::move(rows));
  const std::string count = std::to_string(newest.size());
  put(v, "count_text", fill(site.config.label("count"), "count", count));
  put(v, "pagination", pagination_view(site, from, dir, page.page, page.pages));
  return v;
}

}  // namespace

const std::string& index_page_template(const IndexPage& page) {
  static const std::string overview = "taxonomy.html", term = "term.html", table = "catalogue.html";
  switch (page.kind) {
    case IndexPage::Kind::overview:
      return overview;
    case IndexPage::Kind::term:
      return term;
    case IndexPage::Kind::table:
      break;
  }
  return table;
}

View index_page_view(const SiteView& site, const IndexPage& page) {
  switch (page.kind) {
    case IndexPage::Kind::overview:
      return overview_view(site, page);
    case IndexPage::Kind::term:
      return term_view(site, page);
    case IndexPage::Kind::table:
      break;
  }
  return table_view(site, page);
}

}  // namespace gongkai::render
