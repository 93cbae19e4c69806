#pragma once
// What stat says of a file, enough to tell that it was not touched since it was last seen.
#include <sys/stat.h>

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <optional>

namespace gongkai {

// The change time is there for sources: a tool can set a file's modification time back after
// changing its bytes, never its change time (git's index keeps it for the same reason). Published
// files leave it 0: hard-linking a file into the staged site changes it.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t inode = 0;
  std::int64_t ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

// How a stamp is taken: a source's through symbolic links and with its change time, a published
// file's as it lies in the output.
enum class StampOf { source, published };

// The stamp of file; nothing when it is not a regular file.
std::optional<FileStamp> stamp_of(const boost::filesystem::path& file, StampOf kind);
// The stamp stat(2) gave of a regular file.
FileStamp stamp_from(const struct stat& st, StampOf kind);

// A folder opened once, so that the stamps of many files under it are looked up from it instead
// of along its whole path each time (at 50,000 documents, a large share of a rebuild's time).
class OpenFolder {
 public:
  // Opens dir, not through a symbolic link at dir itself; is_open() says whether it could.
  explicit OpenFolder(const boost::filesystem::path& dir);
  ~OpenFolder();
  OpenFolder(const OpenFolder&) = delete;
  OpenFolder& operator=(const OpenFolder&) = delete;

  bool is_open() const { return fd_ >= 0; }
  // What lstat(2) says of rel (a name, or a relative path) under the folder; false when it fails.
  bool lstat(const char* rel, struct stat& st) const;
  // The stamp of the regular file at rel, as it lies (a link is not followed); nothing else.
  std::optional<FileStamp> stamp(const std::string& rel, StampOf kind) const;

 private:
  int fd_ = -1;
};

// The time now, as file modification times count it.
std::int64_t now_ns();

}  // namespace gongkai
