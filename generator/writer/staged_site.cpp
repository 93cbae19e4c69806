#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "util/file_io.hpp"
#include "writer/foreign_files.hpp"
#include "writer/manifest.hpp"
#include "writer/publisher.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Thrown by swap_in when the new site cannot be swapped in; never escapes this file.
struct PublishFailure {
  std::string message;
};

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

}  // namespace

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

}  // namespace gongkai
