#pragma once
// Wide tables on phones: each table of a body sits in a box of its own that scrolls sideways,
// takes keyboard focus and is named, for screen readers, after the table's caption or the
// heading it stands under.
#include <cmark-gfm.h>

#include <string>
#include <vector>

namespace gongkai::markdown {

// One table's scrolling box: a block wrapped around a Markdown table, or the raw HTML block
// that holds one (raw_html = "safe" or true), with the name found for it ("" when none was).
struct TableBox {
  cmark_node* node = nullptr;  // the wrapping block, or the raw HTML block
  bool raw = false;
  std::string raw_html;  // a raw block's HTML as parsed (sanitized), boxed anew at each render
  std::string name;
};

// Wraps every Markdown table under root in a box and finds every raw HTML block that holds a
// table. A table's name is the paragraph just before it when that is a caption (one line of at
// most 60 characters not ending like a sentence: "表1　2024年收支情况"), else the text of the
// nearest heading before it.
// A caption is set apart as one: <div class="table-caption">.
std::vector<TableBox> box_tables(cmark_node* root);

// Writes each box's opening tag: <div class="table-scroll" role="region" tabindex="0"
// aria-label="NAME">. A table with no name is called fallback ("表格", numbered "表格 2" when the
// body has several tables); a name already given to an earlier table gets "（2）", "（3）".
void label_tables(std::vector<TableBox>& boxes, const std::string& fallback);

}  // namespace gongkai::markdown
