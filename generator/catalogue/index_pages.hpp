#pragma once
// The plan of the catalogue's index pages: every taxonomy overview, term page and 目录
// table page, each with its folder, known before anything is rendered so that `check`
// finds a file of the site where one of them goes.
#include <cstddef>
#include <string>
#include <vector>

#include "catalogue/taxonomy.hpp"

namespace gongkai {

// One page of an index.
struct IndexPage {
  enum class Kind { overview, term, table };
  Kind kind = Kind::table;
  std::size_t taxonomy = 0;    // into Taxonomies::all(), for an overview or a term
  std::size_t term = kNoTerm;  // into that taxonomy's terms, for a term page
  std::size_t page = 1;        // 1-based
  std::size_t pages = 1;
  std::string dir;  // its folder under the output: "issuer/fgw/page/2/"
};

// Every index page, in a stable order: the 目录 table, then each taxonomy's overview and terms.
std::vector<IndexPage> index_pages(const Taxonomies& taxonomies, const Catalogue& catalogue,
                                   const Config& config);

// What an index page is, for messages: "the 目录 table", "the page of 年份 \"2023\"".
std::string index_page_name(const IndexPage& page, const Taxonomies& taxonomies);

// Two index pages on one folder: a taxonomy's path set inside another's folder, reported at
// its table in site.toml. (A site's file where an index page goes is a clash of outputs,
// which outputs/output_plan.hpp finds with every other.)
void check_page_clashes(const std::vector<IndexPage>& pages, const Taxonomies& taxonomies,
                        Diagnostics& diags);

}  // namespace gongkai
