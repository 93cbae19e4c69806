#pragma once
// Chinese text and bare URLs: cmark-gfm's autolink extension runs a URL on
// through the full-width punctuation and CJK text after it
// ("见 https://a.gov.cn/x。下一句" links "x。下一句"). Editors write exactly this.
#include <cmark-gfm.h>

namespace gongkai::markdown {

// If link is a bare-URL autolink that swallowed text after its address, cuts
// the link where the address ends and puts the rest back as text after it. The
// address ends at Chinese (full-width) punctuation and other characters no
// address holds, or where Chinese text runs on from an ASCII host name
// ("www.gov.cn查询"); Chinese in a path or query stays in it
// (https://zh.wikipedia.org/wiki/政务公开). ASCII punctuation before the cut
// is dropped from the link, as the extension itself drops it at the end.
void trim_cjk_autolink(cmark_node* link);

}  // namespace gongkai::markdown
