#include "writer/publisher.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>
#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "util/file_io.hpp"
#include "util/fingerprint.hpp"
#include "writer/foreign_files.hpp"
#include "writer/manifest.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Thrown by swap_in when the new site cannot be swapped in; never escapes this file.
struct PublishFailure {
  std::string message;
};

bool same_bytes_as_file(const fs::path& file, const std::string& bytes) {
  boost::system::error_code ec;
  if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) != bytes.size() || ec) return false;
  std::string old, err;
  return read_file(file, old, err) && old == bytes;
}

bool same_files(const fs::path& a, const fs::path& b) {
  boost::system::error_code ec;
  if (!fs::is_regular_file(a, ec) || !fs::is_regular_file(b, ec)) return false;
  if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
  std::string x, y, err;
  return read_file(a, x, err) && read_file(b, y, err) && x == y;
}

// The paths the previous build published, from the manifest it left in the output.
std::set<std::string> published_before(const fs::path& output, std::string& manifest) {
  std::string err;
  boost::system::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(output / kManifestName, ec)) ||
      !read_file(output / kManifestName, manifest, err)) {
    manifest.clear();
    return {};
  }
  return parse_manifest(manifest);
}

// Swaps the staging folder in for the output; the old site ends up in staging.
void swap_in(const fs::path& staging, const fs::path& output, bool output_exists) {
  if (!output_exists) {
    if (::rename(staging.c_str(), output.c_str()) != 0) {
      throw PublishFailure{"cannot move the new site into place: " +
                           std::string(std::strerror(errno))};
    }
    return;
  }
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, output.c_str(), RENAME_EXCHANGE) == 0)
    return;
  if (errno != EINVAL && errno != ENOSYS) {
    throw PublishFailure{"cannot swap the new site in: " + std::string(std::strerror(errno))};
  }
  // A file system without RENAME_EXCHANGE: two renames, with a short window without a site.
  fs::path old = staging.string() + ".old";
  boost::system::error_code ec;
  fs::remove_all(old, ec);
  if (::rename(output.c_str(), old.c_str()) != 0 ||
      ::rename(staging.c_str(), output.c_str()) != 0) {
    throw PublishFailure{"cannot swap the new site in: " + std::string(std::strerror(errno))};
  }
  fs::rename(old, staging, ec);
}

// Why this process cannot write in a folder of the published site (the output itself included),
// or "" when it can write in all of them. Swapping the new site in needs only the output's
// parent, but the old site, swapped out, must then be deleted folder by folder: without this
// check a build would succeed and leave the old site beside the output where it cannot be
// deleted, and every later build would fail to clear it.
std::string unwritable_folder(const fs::path& output) {
  const auto why = [](const fs::path& dir) {
    if (::access(dir.c_str(), W_OK | X_OK) == 0) return std::string();
    return "cannot write in " + dir.string() + ": " + std::strerror(errno);
  };
  std::string problem = why(output);
  boost::system::error_code ec;
  for (fs::recursive_directory_iterator it(output, ec), end; problem.empty() && !ec && it != end;
       it.increment(ec)) {
    if (it->symlink_status().type() == fs::directory_file) problem = why(it->path());
  }
  return problem;
}

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

std::string staging_path_for(const std::string& output) {
  fs::path out = fs::absolute(output).lexically_normal();
  if (out.filename() == ".") out = out.parent_path();
  return (out.parent_path() / ("." + out.filename().string() + ".staging")).string();
}

bool PublishedSite::open(const std::string& output_dir, Diagnostics& diags) {
  root_ = fs::absolute(output_dir).lexically_normal();
  if (root_.filename() == ".") root_ = root_.parent_path();
  shown_ = output_dir;
  boost::system::error_code ec;
  fs::file_status st = fs::symlink_status(root_, ec);
  if (fs::is_symlink(st)) {
    diags.error(shown_, 0, 0,
                "output folder is a symbolic link; gongkai will not write through it");
    return false;
  }
  exists_ = fs::exists(st);
  if (exists_ && !fs::is_directory(st)) {
    diags.error(shown_, 0, 0, "output exists and is not a folder");
    return false;
  }
  if (exists_) paths_ = published_before(root_, manifest_);
  return true;
}

bool PublishedSite::holds(const std::string& path, std::string_view bytes) const {
  return exists_ && same_bytes_as_file(root_ / path, std::string(bytes));
}

bool PublishedSite::holds_copy_of(const std::string& path, const fs::path& from) const {
  return exists_ && same_files(root_ / path, from);
}

bool PublishedSite::can_place(const std::string& path) const {
  boost::system::error_code ec;
  fs::path at = root_;
  for (const fs::path& part : fs::path(path)) {
    at /= part;
    fs::file_status st = fs::symlink_status(at, ec);
    if (!fs::exists(st)) return true;
    const bool last = at == root_ / path;
    if (last ? !fs::is_regular_file(st) : !fs::is_directory(st)) return false;
  }
  return true;
}

StagedSite::StagedSite(const PublishedSite& old)
    : old_(old), staging_(staging_path_for(old.root().string())) {}

StagedSite::~StagedSite() {
  boost::system::error_code ec;
  if (begun_) fs::remove_all(staging_, ec);
}

bool StagedSite::begin(std::string& err) {
  if (old_.exists()) {
    err = unwritable_folder(old_.root());
    if (!err.empty()) return false;
  }
  boost::system::error_code ec;
  fs::remove_all(staging_, ec);  // left by a build that was killed
  if (ec) {
    err = "cannot clear " + staging_.string() + ": " + ec.message();
    return false;
  }
  fs::create_directories(staging_, ec);
  if (ec) {
    err = "cannot create " + staging_.string() + ": " + ec.message();
    return false;
  }
  begun_ = true;
  return true;
}

namespace {

bool make_parent(const fs::path& file, std::string& err) {
  boost::system::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec && !fs::is_directory(file.parent_path())) {
    err = "cannot create " + file.parent_path().string() + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

bool StagedSite::write(const std::string& path, std::string_view bytes, std::string& err) {
  const fs::path file = staging_ / path;
  return make_parent(file, err) && write_file(file, bytes, err);
}

bool StagedSite::copy(const std::string& path, const fs::path& from, std::string& err) {
  const fs::path file = staging_ / path;
  if (!make_parent(file, err)) return false;
  boost::system::error_code ec;
  fs::copy_file(from, file, fs::copy_options::overwrite_existing, ec);
  if (ec) err = "cannot copy " + from.string() + ": " + ec.message();
  return !ec;
}

bool StagedSite::keep(const std::string& path, std::string& err) {
  const fs::path file = staging_ / path;
  if (!make_parent(file, err)) return false;
  boost::system::error_code ec;
  fs::create_hard_link(old_.root() / path, file, ec);
  return !ec || copy(path, old_.root() / path, err);
}

bool StagedSite::finish(const std::set<std::string>& paths, Diagnostics& diags) {
  std::string err;
  const std::string manifest = format_manifest(paths);
  const bool same_manifest = old_.exists() && old_.manifest() == manifest;
  bool ok = same_manifest ? keep(kManifestName, err) : write(kManifestName, manifest, err);
  if (ok && old_.exists())
    ok = carry_foreign_entries(old_.root(), staging_, old_.paths(), paths, err);
  if (ok) {
    try {
      swap_in(staging_, old_.root(), old_.exists());
    } catch (const PublishFailure& f) {
      err = f.message;
      ok = false;
    }
  }
  if (!ok) {
    diags.error(old_.shown(), 0, 0, err + "; the previous site is left as it was");
    return false;
  }
  boost::system::error_code ec;
  fs::remove_all(staging_, ec);  // the previous site, swapped out
  begun_ = false;
  return true;
}

bool publish_in_place(const PublishedSite& old, const std::vector<ChangedFile>& changed,
                      const std::set<std::string>& paths, PublishStats& stats, Diagnostics& diags) {
  stats.in_place = true;
  // Every folder it writes in must be writable before it starts, so that a site it cannot update
  // is left as it was rather than part-way.
  std::string err;
  std::vector<std::string> touched;
  for (const ChangedFile& f : changed) touched.push_back(f.path);
  for (const std::string& path : old.paths()) {
    if (!paths.count(path)) touched.push_back(path);
  }
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
  std::set<std::string> both = old.paths();
  both.insert(paths.begin(), paths.end());
  // The manifest claims the new files before they exist, so a build that stops part-way leaves
  // none that the next one would take for someone else's.
  bool ok = both == old.paths() ||
            replace_file(old.root() / kManifestName, format_manifest(both), {}, err);
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
  for (const std::string& path : old.paths()) {
    if (paths.count(path)) continue;
    remove_with_empty_folders(old.root(), path);
    ++stats.removed;
  }
  return true;
}

}  // namespace gongkai
