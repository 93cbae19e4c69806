#pragma once
// What stat says of a file, enough to tell that it was not touched since it was last seen.
#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <optional>

namespace gongkai {

struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t inode = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of file (follow: through a final symbolic link); nothing when it is not a regular file.
std::optional<FileStamp> stamp_of(const boost::filesystem::path& file, bool follow);

// The time now, as file modification times count it.
std::int64_t now_ns();

}  // namespace gongkai
