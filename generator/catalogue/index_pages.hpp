#pragma once
// The plan of the catalogue's index pages: every taxonomy overview, term page and 目录
// table page, each with its folder, known before anything is rendered so that `check`
// finds a document whose page one of them would replace.
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

// A document whose page an index page would replace is an error naming the document.
void check_page_clashes(const std::vector<IndexPage>& pages, const Taxonomies& taxonomies,
                        const Catalogue& catalogue, Diagnostics& diags);

}  // namespace gongkai
