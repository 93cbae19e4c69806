#include "util/file_stamp.hpp"

#include <sys/stat.h>

#include <chrono>

namespace gongkai {

std::optional<FileStamp> stamp_of(const boost::filesystem::path& file, bool follow) {
  struct stat st {};
  if ((follow ? ::stat(file.c_str(), &st) : ::lstat(file.c_str(), &st)) != 0 ||
      !S_ISREG(st.st_mode)) {
    return std::nullopt;
  }
  return FileStamp{
      static_cast<std::uint64_t>(st.st_size),
      static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
      static_cast<std::uint64_t>(st.st_ino)};
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace gongkai
