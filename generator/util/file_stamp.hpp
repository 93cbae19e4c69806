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

// The time now, as file modification times count it.
std::int64_t now_ns();

}  // namespace gongkai
