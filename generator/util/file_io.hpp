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

// Writes bytes over file's own (created if missing), then cuts it to their length: the blocks it
// has are reused, where truncating first would free them (tens of milliseconds for a file of tens
// of megabytes). Not through a symbolic link at file. A file cut short by a crash is not whole:
// for files whose damage is found when they are read.
bool overwrite_file(const boost::filesystem::path& file, std::string_view bytes, std::string& err);

// True when inner is outer or lies below it (compared part by part, lexically).
bool is_within(const boost::filesystem::path& inner, const boost::filesystem::path& outer);

// Removes a UTF-8 byte-order mark from the front of text, if there is one.
void strip_bom(std::string& text);

}  // namespace gongkai
