#include "content/document.hpp"

#include "util/url.hpp"

namespace gongkai {

std::string Document::content_dir() const { return std::string(site_dir(content_path)); }

SourcePlaces::SourcePlaces(const std::map<std::string, SourcePlace>& places) {
  ByteWriter w;
  for (const auto& [key, place] : places) {
    w.str(key);
    w.u64(static_cast<std::uint64_t>(place.line));
    w.u64(static_cast<std::uint64_t>(place.column));
  }
  encoded_ = SharedBytes(std::move(w.bytes()));
}

namespace {

// Reads the next entry of a table into key and place; false at its end or at a damaged entry.
bool next_place(ByteReader& r, std::string_view& key, SourcePlace& place) {
  std::uint64_t line = 0, column = 0;
  if (r.left() == 0 || !r.view(key) || !r.u64(line) || !r.u64(column)) return false;
  place = {static_cast<int>(line), static_cast<int>(column)};
  return true;
}

}  // namespace

std::optional<SourcePlace> SourcePlaces::find(std::string_view key) const {
  ByteReader r(encoded_.view());
  std::string_view k;
  SourcePlace place;
  while (next_place(r, k, place)) {
    if (k == key) return place;
  }
  return std::nullopt;
}

bool SourcePlaces::valid(std::string_view bytes) {
  ByteReader r(bytes);
  std::string_view key, previous;
  SourcePlace place;
  for (bool first = true; next_place(r, key, place); first = false) {
    if (!first && !(previous < key)) return false;
    previous = key;
  }
  return r.at_end();
}

SourcePlace Document::place_of(const std::string& key) const {
  return places.find(key).value_or(SourcePlace{1, 1});
}

bool Document::has_place(const std::string& key) const { return places.find(key).has_value(); }

}  // namespace gongkai
