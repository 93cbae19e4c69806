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

namespace {

bool write_to(const boost::filesystem::path& file, std::string_view bytes, int flags,
              std::string& err) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0666);
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
  const bool cut = (flags & O_TRUNC) || ::ftruncate(fd, static_cast<off_t>(bytes.size())) == 0;
  if (!cut || ::close(fd) != 0) {
    err = "cannot write " + file.string() + ": " + std::strerror(errno);
    if (!cut) ::close(fd);
    return false;
  }
  return true;
}

}  // namespace

bool write_file(const boost::filesystem::path& file, std::string_view bytes, std::string& err) {
  return write_to(file, bytes, O_TRUNC, err);
}

bool overwrite_file(const boost::filesystem::path& file, std::string_view bytes, std::string& err) {
  return write_to(file, bytes, O_NOFOLLOW, err);
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
