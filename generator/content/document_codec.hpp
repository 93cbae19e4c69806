#pragma once
// A loaded document in the build cache's binary form (util/byte_codec.hpp), so that a rebuild
// takes an unchanged file's metadata from the cache instead of parsing it again.
#include <string>
#include <string_view>

#include "content/document.hpp"
#include "util/byte_codec.hpp"

namespace gongkai {

// Everything a build keeps of doc; not what the catalogue sets later (resolved).
std::string encode_document(const Document& doc);

// Reads what encode_document wrote into doc. False for anything else (a damaged cache). What doc
// keeps as it is encoded (its places) stays a view of bytes' buffer.
bool decode_document(const SharedBytes& bytes, Document& doc);

}  // namespace gongkai
