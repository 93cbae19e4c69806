#pragma once
// What the output holds that gongkai did not write (a deploy repository's .git, a CNAME): SPEC §7
// says it stays, unchanged, through every build.
#include <boost/filesystem/path.hpp>
#include <set>
#include <string>

namespace gongkai {

// Puts every entry of output that is not gongkai's into staging (which already holds the new
// site, the paths in made) at the same place, so that swapping staging in keeps it. Gongkai's own
// entries are the manifest and the paths in published; a foreign file at a path the new site writes
// is replaced by it. Files and symbolic links are hard-linked (same inode, same modification time);
// a folder only foreign entries need is made afresh with the old one's mode and times; an empty
// folder is kept. Returns false with err when an entry is in the way of the new site (a file where
// it needs a folder, or the reverse) or cannot be carried; staging is then to be thrown away.
bool carry_foreign_entries(const boost::filesystem::path& output,
                           const boost::filesystem::path& staging,
                           const std::set<std::string>& published,
                           const std::set<std::string>& made, std::string& err);

}  // namespace gongkai
