#include "util/file_io.hpp"

#include <boost/filesystem/fstream.hpp>
#include <cerrno>
#include <cstring>
#include <iterator>

namespace gongkai {

bool read_file(const boost::filesystem::path& file, std::string& out, std::string& err) {
  boost::filesystem::ifstream in(file, std::ios::binary);
  if (!in) {
    err = std::strerror(errno);
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    err = "read error";
    return false;
  }
  return true;
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
