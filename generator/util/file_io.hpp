#pragma once
// Whole-file reads, through Boost.Filesystem paths.
#include <boost/filesystem/path.hpp>
#include <string>
#include <string_view>

namespace gongkai {

// Reads the file's bytes into out; on failure returns false with a reason in err.
bool read_file(const boost::filesystem::path& file, std::string& out, std::string& err);

// Creates or truncates file and writes bytes into it; on failure returns false with err.
bool write_file(const boost::filesystem::path& file, std::string_view bytes, std::string& err);

// Writes a file piece by piece over the one at file (created if missing; not through a symbolic
// link at file), then cuts it to the length written. Given the bytes the file held (was, as read
// before), it writes only the pieces that differ from them: a 40 MB build log rewritten after one
// document was edited costs a few pages, not 40 MB. A file cut short by a crash is not whole: for
// files whose damage is found when they are read.
class FileRewriter {
 public:
  FileRewriter(const boost::filesystem::path& file, std::string_view was);
  ~FileRewriter();
  FileRewriter(const FileRewriter&) = delete;
  FileRewriter& operator=(const FileRewriter&) = delete;

  // False when the file could not be opened (err says why).
  bool is_open(std::string& err) const;
  // The next piece; a failure is kept for finish().
  void append(std::string_view piece);
  // Cuts the file to what was appended and closes it; false with err.
  bool finish(std::string& err);
  // Bytes actually written (the pieces that differed).
  std::size_t written() const { return written_; }

 private:
  bool fail(const char* what);
  boost::filesystem::path file_;
  std::string_view was_;
  int fd_ = -1;
  std::size_t at_ = 0, written_ = 0;
  std::string error_;
};

// True when inner is outer or lies below it (compared part by part, lexically).
bool is_within(const boost::filesystem::path& inner, const boost::filesystem::path& outer);

// Removes a UTF-8 byte-order mark from the front of text, if there is one.
void strip_bom(std::string& text);

}  // namespace gongkai
