#pragma once
// Walking a folder of the site (content/, static/, templates/, a theme's) by one rule, SPEC §2:
// a symbolic link that stays inside the site is followed, one that leads out of it is an error.
#include <boost/filesystem/path.hpp>
#include <functional>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"
#include "util/file_stamp.hpp"

namespace gongkai {

// A regular file found under a site folder, named as the site names it (through any links).
struct SiteFile {
  boost::filesystem::path path;  // where to open it; the system follows the links on the way
  std::string rel;               // relative to the walked folder, '/'-separated: "images/logo.svg"
  FileStamp stamp;               // as the walk found it (through any links)
};

// content/ and templates/ ignore names starting with '.'; static/ is copied as is (.well-known/).
enum class DotNames { skip, keep };

// Says why a file or folder, by its name, cannot take part (nothing when it can); one refused is
// left out (a folder with everything in it), with an error at it giving that reason. It may be
// called from several threads at once.
using NameFilter = std::function<std::string(const std::string& name)>;

// Every regular file under site/dir (dir is "static/", "themes/NAME/templates/", …), sorted by
// path; nothing when site/dir is not a folder. A symbolic link that leads out of the site, leads
// nowhere, or leads to a folder the walk is in (a loop, which would never end) is an error at the
// link, as the site names it, and is left out; so is a folder that cannot be read.
std::vector<SiteFile> files_in_site_folder(const boost::filesystem::path& site,
                                           const std::string& dir, DotNames dots,
                                           Diagnostics& diags, const NameFilter& accept = {});

}  // namespace gongkai
