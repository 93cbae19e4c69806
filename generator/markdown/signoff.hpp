#pragma once
// The 落款 of an official document: the issuing body and the date that close it, which paper
// sets flush right. Found by a rule an editor can rely on (README, "The 落款"), never guessed
// from layout: the body's last lines, when the very last is a date written out in Chinese.
#include <cmark-gfm.h>

#include <string_view>

namespace gongkai::markdown {

// A line holding only a date in the Chinese form: "2024年3月5日" or "二〇二四年三月五日"
// (four digits or numerals for the year, one or two for the month, up to three for the day).
bool is_chinese_date_line(std::string_view line);

// A line holding only the names of issuing bodies: at most 40 characters, no sentence
// punctuation, not opening with a bracket, each name (names are parted by spaces) ending as an
// organisation's does (…局, …委员会, …人民政府, …办公室, …中心 …), a closing "（盖章）" allowed.
bool is_issuer_line(std::string_view line);

// Marks the 落款 at the end of the body under root: the last lines of its last paragraph
// (footnotes aside) when the last of them is a date line and those above it, up to four, are
// issuer lines, reaching back into whole paragraphs of issuer lines. Those lines move into a
// block that renders as <div class="signoff">, one line each (a soft break becomes a line
// break); a paragraph that starts with other text keeps it. Returns true when it found one.
bool mark_signoff(cmark_node* root);

}  // namespace gongkai::markdown
