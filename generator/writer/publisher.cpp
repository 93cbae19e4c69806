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
#include "writer/foreign_files.hpp"
#include "writer/manifest.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Thrown inside publish() to abandon the staging folder; never escapes it.
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

void write_bytes(const fs::path& file, const std::string& bytes) {
  fs::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw PublishFailure{"cannot write " + file.string() + ": " + std::strerror(errno)};
}

// True when the published file already holds exactly what f would write.
bool is_unchanged(const fs::path& published, const OutputFile& f) {
  return f.copy_from.empty() ? same_bytes_as_file(published, f.bytes)
                             : same_files(published, f.copy_from);
}

// Puts one output file into staging, as a hard link to the published file when its bytes are
// unchanged.
bool stage_file(const fs::path& staged, const fs::path& published, const OutputFile& f,
                bool unchanged) {
  boost::system::error_code ec;
  fs::create_directories(staged.parent_path(), ec);
  if (ec)
    throw PublishFailure{"cannot create " + staged.parent_path().string() + ": " + ec.message()};
  if (unchanged) {
    fs::create_hard_link(published, staged, ec);
    if (!ec) return false;
  }
  if (f.copy_from.empty()) {
    write_bytes(staged, f.bytes);
  } else {
    fs::copy_file(f.copy_from, staged, fs::copy_options::overwrite_existing, ec);
    if (ec) throw PublishFailure{"cannot copy " + f.copy_from.string() + ": " + ec.message()};
  }
  return true;
}

// Files a previous build published that this one does not make: the old site's, swapped out and
// thrown away with it.
std::size_t count_removed(const fs::path& old_output, const std::set<std::string>& published,
                          const OutputTree& tree) {
  std::size_t removed = 0;
  for (const std::string& path : published) {
    boost::system::error_code ec;
    if (!tree.files().count(path) && fs::is_regular_file(fs::symlink_status(old_output / path, ec)))
      ++removed;
  }
  return removed;
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

}  // namespace

std::string staging_path_for(const std::string& output) {
  fs::path out = fs::absolute(output).lexically_normal();
  if (out.filename() == ".") out = out.parent_path();
  return (out.parent_path() / ("." + out.filename().string() + ".staging")).string();
}

bool publish(const OutputTree& tree, const std::string& output_dir, PublishStats& stats,
             Diagnostics& diags) {
  fs::path output = fs::absolute(output_dir).lexically_normal();
  if (output.filename() == ".") output = output.parent_path();
  const fs::path staging = staging_path_for(output_dir);
  const std::string shown = output_dir;
  boost::system::error_code ec;
  fs::file_status st = fs::symlink_status(output, ec);
  if (fs::is_symlink(st)) {
    diags.error(shown, 0, 0, "output folder is a symbolic link; gongkai will not write through it");
    return false;
  }
  bool exists = fs::exists(st);
  if (exists && !fs::is_directory(st)) {
    diags.error(shown, 0, 0, "output exists and is not a folder");
    return false;
  }
  std::vector<bool> unchanged;
  unchanged.reserve(tree.files().size());
  stats = {};
  for (const auto& [path, file] : tree.files()) {
    unchanged.push_back(exists && is_unchanged(output / path, file));
    ++(unchanged.back() ? stats.unchanged : stats.written);
  }
  std::string old_manifest;
  const std::set<std::string> published =
      exists ? published_before(output, old_manifest) : std::set<std::string>{};
  const OutputFile manifest{format_manifest(tree), {}, kManifestName};
  stats.removed = count_removed(output, published, tree);
  if (exists && stats.written == 0 && stats.removed == 0 && old_manifest == manifest.bytes) {
    return true;  // the published site is already byte for byte this one
  }
  try {
    if (exists) {
      const std::string problem = unwritable_folder(output);
      if (!problem.empty()) throw PublishFailure{problem};
    }
    fs::remove_all(staging, ec);  // left by a build that was killed
    if (ec) throw PublishFailure{"cannot clear " + staging.string() + ": " + ec.message()};
    fs::create_directories(staging, ec);
    if (ec) throw PublishFailure{"cannot create " + staging.string() + ": " + ec.message()};
    std::size_t i = 0;
    for (const auto& [path, file] : tree.files()) {
      const bool same = unchanged[i++];
      if (stage_file(staging / path, output / path, file, same) && same) {
        ++stats.written;  // the hard link failed, so the file was written after all
        --stats.unchanged;
      }
    }
    stage_file(staging / kManifestName, output / kManifestName, manifest,
               old_manifest == manifest.bytes);
    std::string err;
    if (exists && !carry_foreign_entries(output, staging, published, tree, err)) {
      throw PublishFailure{err};
    }
    swap_in(staging, output, exists);
  } catch (const PublishFailure& f) {
    fs::remove_all(staging, ec);
    diags.error(shown, 0, 0, f.message + "; the previous site is left as it was");
    return false;
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(staging, ec);
    diags.error(shown, 0, 0, std::string(e.what()) + "; the previous site is left as it was");
    return false;
  }
  fs::remove_all(staging, ec);  // the previous site, swapped out
  return true;
}

}  // namespace gongkai
