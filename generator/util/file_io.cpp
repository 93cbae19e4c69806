#include "util/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iterator>

namespace gongkai {

bool read_file(const boost::filesystem::path& file, std::string& out, std::string& err) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    err = std::strerror(errno);
    return false;
  }
  struct stat st {};
  out.clear();
  if (::fstat(fd, &st) == 0 && st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      err = std::strerror(errno);
      ::close(fd);
      return false;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

bool write_file(const boost::filesystem::path& file, std::string_view bytes, std::string& err) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_TRUNC, 0666);
  if (fd < 0) {
    err = "cannot write " + file.string() + ": " + std::strerror(errno);
    return false;
  }
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      err = "cannot write " + file.string() + ": " + std::strerror(errno);
      ::close(fd);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    err = "cannot write " + file.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

FileRewriter::FileRewriter(const boost::filesystem::path& file, std::string_view was)
    : file_(file),
      was_(was),
      fd_(::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666)) {
  if (fd_ < 0) fail("cannot write ");
}

FileRewriter::~FileRewriter() {
  if (fd_ >= 0) ::close(fd_);
}

bool FileRewriter::fail(const char* what) {
  if (error_.empty()) error_ = what + file_.string() + ": " + std::strerror(errno);
  return false;
}

bool FileRewriter::is_open(std::string& err) const {
  if (fd_ < 0) err = error_;
  return fd_ >= 0;
}

void FileRewriter::append(std::string_view piece) {
  const std::size_t at = at_;
  at_ += piece.size();
  if (fd_ < 0 || !error_.empty()) return;
  if (at <= was_.size() && was_.substr(at, piece.size()) == piece) return;  // there already
  for (std::size_t done = 0; done < piece.size();) {
    const ssize_t n =
        ::pwrite(fd_, piece.data() + done, piece.size() - done, static_cast<off_t>(at + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fail("cannot write ");
      return;
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += piece.size();
}

bool FileRewriter::finish(std::string& err) {
  if (fd_ >= 0 && error_.empty() && ::ftruncate(fd_, static_cast<off_t>(at_)) != 0) {
    fail("cannot write ");
  }
  if (fd_ >= 0 && ::close(fd_) != 0) fail("cannot write ");
  fd_ = -1;
  err = error_;
  return error_.empty();
}

bool is_within(const boost::filesystem::path& inner, const boost::filesystem::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

void strip_bom(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
}

}  // namespace gongkai
