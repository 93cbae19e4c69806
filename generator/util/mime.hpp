#pragma once
// Media types of the attachments government documents carry.
#include <string>
#include <string_view>

namespace gongkai {

// The media type for a file name by its extension; application/octet-stream when unknown.
std::string media_type(std::string_view file_name);

}  // namespace gongkai
