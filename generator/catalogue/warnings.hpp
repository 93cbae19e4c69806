#pragma once
// What `gongkai check` adds to the build's validation: findings that never fail a build.
#include "catalogue/catalogue.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// An index number whose year differs from the 生成日期's year (real catalogues
// have them, so it is a warning, not an error).
void add_check_warnings(const Catalogue& catalogue, Diagnostics& diags);

}  // namespace gongkai
