#pragma once
// Bodies on which Debian 12's cmark-gfm (0.29.0.gfm.6) would take minutes, found before it sees
// them.
//
// The package lacks upstream's fixes of 0.29.0.gfm.7 to .13 for inputs whose cost grows with
// the square of their size (CVE-2023-22483, -22484, -22486, -37463), and its table and e-mail
// autolink code does far more work than the input shows. Measured on this cmark-gfm, each of
// these bodies takes over a minute though far below SPEC §9's 1 MB:
//   "![[]()" × 50,000            every link walks past all the images still open before it
//   "a <![CDATA[" × 50,000       every "<![CDATA[", "<?", "<!X" without its end scans to the
//   "a <? " × 50,000             end of the paragraph
//   2,000 columns × 2,000 rows   every short row is filled up to the full width, and each cell
//                                is written with a walk over the cells before it in its row
//   "a@" × 500,000               each '@' scans (and copies) the rest of its line, for up to
//                                1,000 '@' a line
// Each is counted here by the work cmark-gfm would do, never less, in one pass: a body whose work
// passes a limit is refused with an error at the construct that passes it. The limits are far
// above what real documents need, and the worst 1 MB body just under each builds in about a
// second.
//
// Code spans and fenced code are counted like text: telling them apart exactly would mean
// parsing as cmark-gfm does, and their brackets, "<?" and pipes stay far below the limits in
// real documents.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai::markdown {

struct PathologyLimits {
  // Images: for each ']', the '![' before it in its paragraph. A real paragraph has a few
  // images and links (a gallery of 1,000 images on lines of their own, without a blank line,
  // makes 500,000). The worst 1 MB body at the limit builds in about 0.7 s.
  std::int64_t image_brackets = 10'000'000;
  // Raw HTML: for each "<![CDATA[", "<?" and "<!" + letter, the characters up to its end
  // ("]]>", "?>", ">") or the end of its paragraph. Worst 1 MB body: about 0.9 s.
  std::int64_t unclosed_html = 100'000'000;
  // E-mail autolinks: for each line, its length times its '@' (at most 1,000 count). A 100 KB
  // line of prose with 100 addresses makes 10,000,000. Worst 1 MB body: about 0.9 s.
  std::int64_t email_scan = 100'000'000;
  // Tables: columns (cells in one row, header and delimiter rows included) ...
  int table_columns = 200;
  // ... and the cells of all a body's tables, rows × columns (short rows are filled up). Worst
  // 1 MB body: about 1 s.
  std::int64_t table_cells = 200'000;
};

// The first place where a body passes a limit, and what to say there.
struct Pathology {
  int line = 0;         // 1-based, in the body
  int byte_column = 0;  // 1-based byte column on that line
  std::string message;  // what was found, the limit, what to do
};

// Scans body once, in time linear in its size.
std::optional<Pathology> find_pathology(std::string_view body, const PathologyLimits& limits = {});

}  // namespace gongkai::markdown
