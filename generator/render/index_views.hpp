#pragma once
// The views of the index pages: a taxonomy's overview, a term's page, the 目录 table.
#include "catalogue/index_pages.hpp"
#include "render/views.hpp"

namespace gongkai::render {

// The template that renders this index page: taxonomy.html, term.html or catalogue.html.
const std::string& index_page_template(const IndexPage& page);

View index_page_view(const SiteView& site, const IndexPage& page);

}  // namespace gongkai::render
