#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "util/file_io.hpp"
#include "writer/manifest.hpp"
#include "writer/publisher.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

bool same_bytes_as_file(const fs::path& file, std::string_view bytes) {
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
  return exists_ && same_bytes_as_file(root_ / path, bytes);
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

}  // namespace gongkai
