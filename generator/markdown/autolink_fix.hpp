#pragma once
// Chinese text and bare URLs: cmark-gfm's autolink extension runs a URL on
// through the full-width punctuation and CJK text after it
// ("见 https://a.gov.cn/x。下一句" links "x。下一句"). Editors write exactly this.
#include <cmark-gfm.h>

namespace gongkai::markdown {

// If link is a bare-URL autolink that swallowed non-ASCII text, cuts the link
// where the non-ASCII text starts (dropping trailing ASCII punctuation, as the
// extension itself would) and puts the rest back as text after it.
void trim_cjk_autolink(cmark_node* link);

}  // namespace gongkai::markdown
