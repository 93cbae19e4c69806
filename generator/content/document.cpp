#include "content/document.hpp"

#include <algorithm>

#include "util/url.hpp"

namespace gongkai {

std::string Document::content_dir() const { return std::string(site_dir(content_path)); }

namespace {
const SourcePlace* find_place(const Document& doc, const std::string& key) {
  auto it =
      std::lower_bound(doc.places.begin(), doc.places.end(), key,
                       [](const auto& entry, const std::string& k) { return entry.first < k; });
  return it == doc.places.end() || it->first != key ? nullptr : &it->second;
}
}  // namespace

SourcePlace Document::place_of(const std::string& key) const {
  const SourcePlace* p = find_place(*this, key);
  return p ? *p : SourcePlace{1, 1};
}

bool Document::has_place(const std::string& key) const { return find_place(*this, key) != nullptr; }

}  // namespace gongkai
