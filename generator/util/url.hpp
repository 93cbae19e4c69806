#pragma once
// Site paths and the URLs that point at them.
//
// A site path is '/'-separated, relative to the output root, in UTF-8 as on
// disk: "fgw/2021/00008/" for a page, "fgw/2021/附件1.pdf" for a file.
#include <string>
#include <string_view>

namespace gongkai {

// Percent-encodes every byte of a path but the unreserved characters and '/'.
std::string percent_encode_path(std::string_view path);

// Decodes %XX escapes (a malformed one is kept as written).
std::string percent_decode(std::string_view s);

// The folder part of a site path: "a/b/" for "a/b/c.pdf" and for "a/b/".
std::string_view site_dir(std::string_view site_path);

// The link from a page in folder from_dir to site path to, percent-encoded,
// as short as it can be: from "fgw/2021/00008/" to "fgw/2021/x.pdf" is "../x.pdf".
std::string relative_url(std::string_view from_dir, std::string_view to);

// "../" once per folder level of from_dir: the way back to the output root.
std::string root_prefix(std::string_view from_dir);

// A folder name for a page about text (a keyword, an issuer): the text as it is,
// but '/', '\\' and control characters become '-', a leading '.' too (no hidden or
// climbing folders), cut to at most 200 bytes on a character boundary.
std::string path_segment(std::string_view text);

// Resolves "." and ".." in a '/'-separated relative path; false when it climbs above the top.
bool normalize_relative(std::string_view path, std::string& out);

}  // namespace gongkai
