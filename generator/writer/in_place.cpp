#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <set>
#include <vector>

#include "util/file_io.hpp"
#include "util/fingerprint.hpp"
#include "writer/manifest.hpp"
#include "writer/publisher.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Writes bytes to file through a temporary beside it, renamed over it: a reader opening file
// meets the old bytes or the new, never a part.
bool replace_file(const fs::path& file, std::string_view bytes, const fs::path& copy_from,
                  std::string& err) {
  // A short name, whatever the file's: a name near the system's limit must still get one.
  char tmp_name[48];
  std::snprintf(tmp_name, sizeof tmp_name, ".gongkai-new-%016llx",
                static_cast<unsigned long long>(fingerprint_of(file.string()).low));
  const fs::path tmp = file.parent_path() / tmp_name;
  boost::system::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) {
    err = "cannot create " + file.parent_path().string() + ": " + ec.message();
    return false;
  }
  if (copy_from.empty()) {
    if (!write_file(tmp, bytes, err)) return false;
  } else {
    fs::copy_file(copy_from, tmp, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      err = "cannot copy " + copy_from.string() + ": " + ec.message();
      fs::remove(tmp, ec);
      return false;
    }
  }
  if (::rename(tmp.c_str(), file.c_str()) != 0) {
    err = "cannot replace " + file.string() + ": " + std::strerror(errno);
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

// Removes file, then each folder above it (below root) that it leaves empty: a build makes
// folders only to hold files.
void remove_with_empty_folders(const fs::path& root, const std::string& path) {
  boost::system::error_code ec;
  fs::path file = root / path;
  if (!fs::remove(file, ec) || ec) return;
  for (fs::path dir = file.parent_path(); dir != root && is_within(dir, root);
       dir = dir.parent_path()) {
    if (::rmdir(dir.c_str()) != 0) break;  // not empty (or not ours to remove)
  }
}

}  // namespace

bool publish_in_place(const PublishedSite& old, const std::vector<ChangedFile>& changed,
                      const std::set<std::string>& paths, PublishStats& stats, Diagnostics& diags) {
  stats.in_place = true;
  // Every folder it writes in must be writable before it starts, so that a site it cannot update
  // is left as it was rather than part-way.
  std::string err;
  // Both lists are sorted: what goes, and whether anything comes, by one pass over each.
  std::vector<std::string> gone;
  std::set_difference(old.paths().begin(), old.paths().end(), paths.begin(), paths.end(),
                      std::back_inserter(gone));
  const bool adds =
      !std::includes(old.paths().begin(), old.paths().end(), paths.begin(), paths.end());
  std::vector<std::string> touched = gone;
  for (const ChangedFile& f : changed) touched.push_back(f.path);
  std::set<fs::path> folders{old.root()};
  for (const std::string& path : touched) {
    for (fs::path dir = (old.root() / path).parent_path(); is_within(dir, old.root());
         dir = dir.parent_path()) {
      if (!folders.insert(dir).second) break;
    }
  }
  for (const fs::path& dir : folders) {
    boost::system::error_code ec;
    if (fs::exists(dir, ec) && ::access(dir.c_str(), W_OK | X_OK) != 0) {
      diags.error(old.shown(), 0, 0,
                  "cannot write in " + dir.string() + ": " + std::strerror(errno) +
                      "; the previous site is left as it was");
      return false;
    }
  }
  // The manifest claims the new files before they exist, so a build that stops part-way leaves
  // none that the next one would take for someone else's.
  bool ok = true;
  if (adds) {
    std::set<std::string> both = old.paths();
    both.insert(paths.begin(), paths.end());
    ok = replace_file(old.root() / kManifestName, format_manifest(both), {}, err);
  }
  // New files first, then the pages that may link to them.
  for (int pass = 0; ok && pass < 2; ++pass) {
    for (const ChangedFile& f : changed) {
      if ((old.paths().count(f.path) == 0) != (pass == 0)) continue;
      ok = replace_file(old.root() / f.path, f.bytes, f.copy_from, err);
      if (!ok) break;
      ++stats.written;
    }
  }
  const std::string manifest = format_manifest(paths);
  if (ok && manifest != old.manifest()) {
    ok = replace_file(old.root() / kManifestName, manifest, {}, err);
  }
  if (!ok) {
    diags.error(old.shown(), 0, 0, err + "; the next build completes the update");
    return false;
  }
  for (const std::string& path : gone) {
    remove_with_empty_folders(old.root(), path);
    ++stats.removed;
  }
  return true;
}

}  // namespace gongkai
