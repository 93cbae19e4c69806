#pragma once
// View objects: what templates see of the catalogue (see themes/default/README.md).
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "render/renderer.hpp"
#include "site/config.hpp"

namespace gongkai::render {

// Where a page sits, which every view needs.
struct PageContext {
  std::string root;        // "../../" back to the site root, or base_path on 404.html
  std::string page_title;  // for <title>
  std::string canonical;   // absolute URL, or empty
};

// The fields every page has: site, footer, labels, root.
View base_view(const Config& config, const PageContext& page);

// The page of one document; qr_svg is its QR code, already safe SVG.
View document_view(const Document& doc, const Catalogue& catalogue, const Config& config,
                   const std::string& qr_svg);

// The front page, listing the newest documents.
View front_page_view(const Catalogue& catalogue, const Config& config);

View not_found_view(const Config& config);

// The documents newest first (by 生成日期, then index number), the order lists and feeds use.
std::vector<const Document*> newest_first(const Catalogue& catalogue, const Config& config);

// base_url + the percent-encoded site path: the one string a document's URL is everywhere.
std::string absolute_url(const Config& config, const std::string& site_path);

}  // namespace gongkai::render
