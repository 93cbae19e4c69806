#pragma once
// A document's Markdown body: parsed once while loading, for its links, then let go; parsed
// again from the file when its page is rendered, with the catalogue's link rewrites applied.
#include <string>
#include <string_view>

#include "content/document.hpp"
#include "markdown/markdown.hpp"
#include "site/config.hpp"

namespace gongkai {

// The body parsed under the site's raw-HTML setting.
markdown::Body parse_body(std::string_view body_text, const Config& config);

// The links of a parsed body, placed in the file (body_text starts on file line body_line).
std::vector<BodyLink> body_links(const markdown::Body& body, std::string_view body_text,
                                 int body_line);

// Reads doc's file under site_dir again and parses its body, each link in doc.resolved rewritten.
// False with err when the file is gone or its bytes are no longer those the build loaded (it was
// edited during the build): the page would not match the rest of the site.
bool reload_body(const std::string& site_dir, const Document& doc, const Config& config,
                 markdown::Body& body, std::string& err);

}  // namespace gongkai
