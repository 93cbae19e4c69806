#pragma once
// View objects: what templates see of the catalogue (see themes/default/README.md).
#include <string>
#include <vector>

#include "markdown/markdown.hpp"
#include "render/view_parts.hpp"

namespace gongkai::render {

// A step of the 当前位置 breadcrumb: a label and the folder it leads to.
struct Crumb {
  std::string label;
  std::string dir;
};

// Where a page sits, which every view needs.
struct PageContext {
  std::string dir;           // the page's folder under the output: "", "issuer/fgw/"
  std::string page_title;    // for <title>
  std::string canonical;     // absolute URL, or empty
  std::string section;       // the menu item it belongs to: "home", "catalogue", a taxonomy key
  std::vector<Crumb> trail;  // the breadcrumb after 首页; the last step is the page itself
  bool not_found = false;    // 404.html, served at any address: links by absolute path
};

// The fields every page has: site, footer, labels, root, menu, breadcrumb.
View base_view(const SiteView& site, const PageContext& page);

// The page of the document at index doc of the catalogue, with its body (parsed again, links
// resolved: content/body.hpp); qr_svg is its QR code, already safe SVG.
View document_view(const SiteView& site, std::size_t doc, const markdown::Body& body,
                   const std::string& qr_svg);

// The front page: the newest documents and the way into every index.
View front_page_view(const SiteView& site);

View not_found_view(const SiteView& site);

// base_url + the percent-encoded site path: the one string a document's URL is everywhere.
std::string absolute_url(const Config& config, const std::string& site_path);

}  // namespace gongkai::render
