#include "util/file_stamp.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>

namespace gongkai {

namespace {
std::int64_t ns(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}
}  // namespace

std::optional<FileStamp> stamp_of(const boost::filesystem::path& file, StampOf kind) {
  struct stat st {};
  const bool source = kind == StampOf::source;
  if ((source ? ::stat(file.c_str(), &st) : ::lstat(file.c_str(), &st)) != 0 ||
      !S_ISREG(st.st_mode)) {
    return std::nullopt;
  }
  return stamp_from(st, kind);
}

FileStamp stamp_from(const struct stat& st, StampOf kind) {
  return FileStamp{static_cast<std::uint64_t>(st.st_size), ns(st.st_mtim),
                   static_cast<std::uint64_t>(st.st_ino),
                   kind == StampOf::source ? ns(st.st_ctim) : 0};
}

OpenFolder::OpenFolder(const boost::filesystem::path& dir)
    : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) {}

OpenFolder::~OpenFolder() {
  if (fd_ >= 0) ::close(fd_);
}

bool OpenFolder::lstat(const char* rel, struct stat& st) const {
  return fd_ >= 0 && ::fstatat(fd_, rel, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

std::optional<FileStamp> OpenFolder::stamp(const std::string& rel, StampOf kind) const {
  struct stat st {};
  if (!lstat(rel.c_str(), st) || !S_ISREG(st.st_mode)) return std::nullopt;
  return stamp_from(st, kind);
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace gongkai
