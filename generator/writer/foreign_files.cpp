#include "writer/foreign_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <vector>

#include "writer/manifest.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// Gives to the modification time of from, to the nanosecond (Boost.Filesystem 1.74 has only
// seconds, and a time that moves is a change to rsync and to the tests that pin SPEC §7).
bool copy_times(const fs::path& from, const fs::path& to) {
  struct stat st;
  if (::lstat(from.c_str(), &st) != 0) return false;
  const struct timespec times[2] = {st.st_atim, st.st_mtim};
  return ::utimensat(AT_FDCWD, to.c_str(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

// Carries foreign entries over into staging; one object per publish.
class Carrier {
 public:
  Carrier(const fs::path& output, const fs::path& staging, std::string& err)
      : output_(output), staging_(staging), err_(err) {}

  // Makes the folder rel (and those above it) in staging where missing.
  bool make_folders(const fs::path& rel, const std::string& entry) {
    fs::path at;
    for (const fs::path& part : rel) {
      at /= part;
      const fs::path to = staging_ / at;
      boost::system::error_code ec;
      const fs::file_status st = fs::symlink_status(to, ec);
      if (fs::is_directory(st)) continue;
      if (fs::exists(st)) return in_the_way(entry);
      fs::create_directory(to, ec);
      if (ec) return cannot(entry, ec.message());
      made_.push_back(at);
    }
    return true;
  }

  bool carry(const fs::path& from, const std::string& rel) {
    const fs::path rel_path(rel);
    if (!make_folders(rel_path.parent_path(), rel)) return false;
    const fs::path to = staging_ / rel_path;
    boost::system::error_code ec;
    if (fs::exists(fs::symlink_status(to, ec))) return in_the_way(rel);
    fs::create_hard_link(from, to, ec);
    if (!ec) return true;
    // Hard links may be refused (fs.protected_hardlinks, a link limit): a copy keeps the bytes,
    // mode and times, though not the inode.
    if (fs::is_symlink(fs::symlink_status(from))) {
      fs::copy_symlink(from, to, ec);
    } else {
      fs::copy_file(from, to, ec);
      if (!ec) fs::permissions(to, fs::status(from).permissions(), ec);
    }
    if (ec || !copy_times(from, to)) return cannot(rel, ec ? ec.message() : std::strerror(errno));
    return true;
  }

  // The folders made only for foreign entries get the old ones' mode and times, last, as adding
  // entries to a folder moves its modification time.
  bool finish() {
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
      boost::system::error_code ec;
      fs::permissions(staging_ / *it, fs::status(output_ / *it).permissions(), ec);
      if (ec || !copy_times(output_ / *it, staging_ / *it)) {
        return cannot(it->generic_string(), ec ? ec.message() : std::strerror(errno));
      }
    }
    return true;
  }

 private:
  bool in_the_way(const std::string& rel) {
    err_ = rel +
           " was not written by gongkai and is in the way of the new site; move it out of "
           "the output";
    return false;
  }
  bool cannot(const std::string& rel, const std::string& why) {
    err_ = "cannot keep " + rel + ", which gongkai did not write: " + why;
    return false;
  }

  const fs::path& output_;
  const fs::path& staging_;
  std::string& err_;
  std::vector<fs::path> made_;  // relative to staging, parents before children
};

}  // namespace

bool carry_foreign_entries(const fs::path& output, const fs::path& staging,
                           const std::set<std::string>& published,
                           const std::set<std::string>& made, std::string& err) {
  Carrier carrier(output, staging, err);
  boost::system::error_code ec;
  for (fs::recursive_directory_iterator it(output, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(output).generic_string();
    if (fs::is_directory(it->symlink_status())) {
      // A build makes folders only to hold files, so an empty folder is someone else's.
      if (fs::is_empty(it->path(), ec) && !carrier.make_folders(rel, rel)) return false;
      continue;
    }
    if (rel == kManifestName || published.count(rel) || made.count(rel)) continue;
    if (!carrier.carry(it->path(), rel)) return false;
  }
  if (ec) {
    err = "cannot read " + output.string() + ": " + ec.message();
    return false;
  }
  return carrier.finish();
}

}  // namespace gongkai
