#pragma once
// Publishing: no reader ever sees half a site.
//
// The new site is written into a staging folder beside the output, files
// whose bytes did not change become hard links to the published ones (so they
// keep their modification time), and the staging folder is swapped in with
// one atomic rename. A failure at any point leaves the previous site as it was.
// When nothing changed at all, nothing is touched.
//
// Only gongkai's own files are replaced or removed: those the manifest of the previous build
// lists (writer/manifest.hpp). Everything else in the output is hard-linked into the staging
// folder, so it is still there, unchanged, after the swap (SPEC §7).
#include <string>

#include "util/diagnostic.hpp"
#include "writer/output_tree.hpp"

namespace gongkai {

// What publishing did, for --stats.
struct PublishStats {
  std::size_t written = 0;    // new or changed files
  std::size_t unchanged = 0;  // linked to the previous site's file
  std::size_t removed = 0;    // published by the previous build, not by this one
};

// The staging folder used for output: ".NAME.staging" beside it.
std::string staging_path_for(const std::string& output);

// Writes tree as the new content of the output folder. Returns false with a
// diagnostic (naming the output) when it could not; the old output is then untouched.
bool publish(const OutputTree& tree, const std::string& output, PublishStats& stats,
             Diagnostics& diags);

}  // namespace gongkai
