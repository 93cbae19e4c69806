#pragma once
// Reading the text of a parsed body: code points, the plain text of a node, and escaping for the
// HTML this wrapper writes itself (region names, heading ids). Shared by the tree's passes.
#include <cmark-gfm.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::markdown {

// The code point starting at text[at] and its length in bytes (text is valid UTF-8: cmark-gfm
// replaces what is not).
char32_t decode(std::string_view text, std::size_t at, std::size_t& length);

// How many code points text holds.
std::size_t code_points(std::string_view text);

// Spaces as Chinese text writes them: ASCII blanks and the ideographic space U+3000.
bool is_space(char32_t c);

// text without the spaces at either end.
std::string_view trim_spaces(std::string_view text);

// The text of node and everything inside it, as a reader sees it: a line break is a space.
std::string plain_text(cmark_node* node);

// text escaped for HTML element content and double-quoted attributes, by cmark-gfm's own
// escaping (the one its renderer applies to body text).
std::string escape_html(const std::string& text);

}  // namespace gongkai::markdown
