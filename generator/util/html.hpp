#pragma once
// Escaping text for HTML and XML.
#include <string>
#include <string_view>

namespace gongkai {

// Escapes &, <, >, " and ' so the text is safe in element content and quoted attributes.
std::string html_escape(std::string_view text);

}  // namespace gongkai
