#pragma once
// Pieces several views share: links from a page, list items, page navigation.
#include <string>
#include <vector>

#include "catalogue/order.hpp"
#include "catalogue/taxonomy.hpp"
#include "render/renderer.hpp"

namespace gongkai::render {

// Everything a view may read of the site.
struct SiteView {
  const Config& config;
  const Catalogue& catalogue;
  const Taxonomies& taxonomies;
  const ReadingOrder& order;
};

// Writes links from one page to folders and files of the site.
class Linker {
 public:
  // A page in folder dir; a 404 page (served at any address) links by absolute path instead.
  Linker(const Config& config, std::string dir, bool absolute = false);
  // The link to a site path ("" is the front page, "issuer/fgw/" a folder).
  std::string to(const std::string& site_path) const;
  const std::string& dir() const { return dir_; }

 private:
  std::string base_path_;
  std::string dir_;
  bool absolute_;
};

// kainjow's set and push_back copy their argument deeply, and each level of nesting copies it
// again (a document's body was copied twice per page); these move the value into place.
inline void put(View& object, const std::string& name, View value) {
  object.set(name, View(false));
  *const_cast<View*>(object.get(name)) = std::move(value);
}
inline void append(View& list, View value) {
  list.push_back(View(false));
  const_cast<View&>(list.list_value().back()) = std::move(value);
}

// kainjow treats an empty string as true in a section, so "not set" must be false.
View text_or_false(const std::string& text);

// Items joined as pages show lists: "甲、乙".
std::string join_list(const std::vector<std::string>& items);

// text with "{name}" replaced by value: how count labels such as "共 {count} 件" are filled.
std::string fill(std::string text, const std::string& name, const std::string& value);

// One document in a list: {title, url, index_number, date, issuer, doc_number, genre,
// validity, repealed}.
View document_item(const SiteView& site, const Document& doc, const Linker& from);

// True for 废止 and 失效: a document that no longer applies, marked wherever it is listed.
bool is_repealed(const DocumentMeta& meta);

// The navigation between the pages of a list whose first page is first_dir:
// {many, page_text, first, prev, next, last (each {url} or false), numbers [{number, url,
// current}]}.
View pagination_view(const SiteView& site, const Linker& from, const std::string& first_dir,
                     std::size_t page, std::size_t pages);

}  // namespace gongkai::render
