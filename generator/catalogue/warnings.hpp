#pragma once
// What `gongkai check` adds to the build's validation: findings that never fail a build.
#include "catalogue/catalogue.hpp"
#include "catalogue/taxonomy.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// An index number whose year differs from the 生成日期's year (real catalogues
// have them, so it is a warning, not an error); and every category the site
// configures that has no document (inspectors fail a site with five or more
// empty columns), with how many there are.
void add_check_warnings(const Catalogue& catalogue, const Taxonomies& taxonomies,
                        const Config& config, Diagnostics& diags);

}  // namespace gongkai
