#pragma once
// Whole-file reads, through Boost.Filesystem paths.
#include <boost/filesystem/path.hpp>
#include <string>

namespace gongkai {

// Reads the file's bytes into out; on failure returns false with a reason in err.
bool read_file(const boost::filesystem::path& file, std::string& out, std::string& err);

// Removes a UTF-8 byte-order mark from the front of text, if there is one.
void strip_bom(std::string& text);

}  // namespace gongkai
