#pragma once
// How deep a Markdown body nests its containers, found before cmark-gfm sees it.
//
// cmark-gfm appends every node with a walk over all the blocks enclosing it, so its time grows
// with nesting depth times size: a 440 KB body of 20,000 nested list markers followed by 100,000
// code spans takes a minute, and SPEC §9 allows 10 s for any 1 MB body. Real documents nest
// lists and block quotes a handful of levels (an outline 一、（一）1.（1）① is five); past
// kMaxNesting levels a body is refused with an error at the marker that goes too deep.
#include <optional>
#include <string_view>

namespace gongkai::markdown {

// Generous: twenty times what real documents use. At this depth the worst 1 MB body measured
// (100 levels of indented lists, then 500,000 lazy continuation lines) builds in about 2 s.
inline constexpr int kMaxNesting = 100;

// Where a body first nests deeper than the limit: the container marker that opens one level
// too many.
struct DeepNesting {
  int line = 0;         // 1-based, in the body
  int byte_column = 0;  // 1-based byte column of the marker on that line
};

// Scans body line by line for the container blocks of cmark-gfm (block quotes, list items,
// footnote definitions) that each line's start can hold. It never counts fewer levels than
// cmark-gfm builds, so a body it passes nests no deeper than the limit; it counts more only for
// lists indented by more than 2 columns a level (a tab is 4 columns). Linear in the size of
// body, and it keeps nothing between lines.
std::optional<DeepNesting> find_deep_nesting(std::string_view body, int limit = kMaxNesting);

}  // namespace gongkai::markdown
