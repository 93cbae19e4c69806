#pragma once
// "Did you mean" suggestions for misspelled names.
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

// Edit distance (with swaps of neighbours) counted in code points, so Chinese names compare fairly.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to word, if it is close enough to be a likely typo; else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace gongkai
