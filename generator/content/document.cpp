#include "content/document.hpp"

#include "util/url.hpp"

namespace gongkai {

std::string Document::content_dir() const { return std::string(site_dir(content_path)); }

SourcePlace Document::place_of(const std::string& key) const {
  auto it = places.find(key);
  return it == places.end() ? SourcePlace{1, 1} : it->second;
}

}  // namespace gongkai
