#pragma once
// Where the pages of a paginated list live: the first at its folder, the rest at page/N/.
#include <cstddef>
#include <string>

namespace gongkai {

// How many pages a list of items needs, at least one (an empty list still has its page).
inline std::size_t page_count(std::size_t items, std::size_t per_page) {
  return items == 0 ? 1 : (items + per_page - 1) / per_page;
}

// The folder of page number (1-based) of the list whose first page is first_dir: "x/", "x/page/2/".
inline std::string page_dir(const std::string& first_dir, std::size_t page) {
  return page <= 1 ? first_dir : first_dir + "page/" + std::to_string(page) + "/";
}

}  // namespace gongkai
