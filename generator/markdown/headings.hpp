#pragma once
// Headings with ids, so that a long document's table of contents can link to its sections.
#include <cmark-gfm.h>

#include <set>
#include <string>
#include <string_view>

namespace gongkai::markdown {

// An id for a heading with this text, not yet in taken (and then added to it): "sec-" and the
// text, each run of spaces and ASCII punctuation a "-", at most 40 characters ("一、总体要求" →
// "sec-一、总体要求"); "-2", "-3" after one already taken. The prefix keeps ids apart from the
// page's own (main, top) and the footnotes' (fn-1).
std::string heading_id(std::string_view text, std::set<std::string>& taken);

// The HTML of heading (its links as they are now) with the id on its tag: <h2 id="…">…</h2>.
std::string heading_html(cmark_node* heading, const std::string& id, int options,
                         cmark_llist* extensions);

}  // namespace gongkai::markdown
