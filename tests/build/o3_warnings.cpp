// Compiled alone at -O3 -Wall -Wextra -Werror by the ctest "helpers_build_clean_at_o3": GCC 12
// gave a false -Wrestrict inside std::string for quoted() written as "\"" + std::string(s) + "\"",
// which stopped every Release build (issue 14, defect 13).
#include <string>
#include <string_view>

#include "util/text.hpp"

std::string message(std::string_view value) { return "value " + gongkai::quoted(value) + " here"; }
std::string bare(const std::string& value) { return gongkai::quoted(value); }
