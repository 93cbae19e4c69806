#pragma once
// The allow-list filter behind `raw_html = "safe"` (SPEC §2): merged-cell tables survive, scripts
// do not.
#include <string>
#include <string_view>

namespace gongkai::markdown {

// Reduces one raw HTML fragment, as cmark-gfm hands it over (the literal of an HTML_BLOCK or
// HTML_INLINE node), to safe HTML: table elements, br, sup, sub and p; rowspan/colspan on td/th and
// span on col/colgroup; everything else dropped, text escaped. Linear in the size of `raw`.
// Tags are not balanced here: a fragment may legitimately be just "</td>".
std::string sanitize_html(std::string_view raw);

}  // namespace gongkai::markdown
