#pragma once
// The list of files a build published, kept inside the output (".gongkai-manifest").
//
// It is how the next build tells its own files, which it may remove when the site no longer
// makes them, from everything else in the output (a deploy repository's .git, a CNAME), which it
// never touches. It lives in the output rather than in the site's .gongkai/ cache so that it
// travels with what it describes: it is swapped in atomically with the files it lists, it stays
// right when the output is built from a fresh clone or from another site folder, and deleting the
// cache can never make gongkai forget what it owns. It holds only sorted paths, so two builds of
// the same sources write it byte for byte the same.
#include <set>
#include <string>

namespace gongkai {

// The manifest's name at the root of the output; no site file may be published under it.
extern const char* const kManifestName;

// The manifest of a site's files: a fixed first line, then one path a line, in order.
std::string format_manifest(const std::set<std::string>& paths);

// The paths listed in a manifest's bytes. Anything that is not a well-formed manifest lists
// nothing, so a damaged one can make gongkai keep a stale file but never remove a foreign one.
std::set<std::string> parse_manifest(const std::string& bytes);

}  // namespace gongkai
