#pragma once
// Splits a document into its `+++` TOML front matter and its Markdown body.
#include <string>
#include <string_view>

namespace gongkai {

// The two parts of a document, as views into its text (after any byte-order mark).
struct SplitDocument {
  std::string_view front_matter;  // the TOML between the two `+++` lines
  int front_matter_line = 2;      // the file line the TOML starts on
  std::string_view body;          // everything after the closing `+++` line
  int body_line = 0;              // the file line the body starts on
};

// Why a document could not be split, and where.
struct SplitError {
  int line = 1;
  int column = 1;
  std::string message;
};

// Splits text (UTF-8 without BOM, LF or CRLF line ends). A `+++` line may
// carry trailing spaces. Returns false and fills err when there is no front
// matter, or it is never closed.
bool split_front_matter(std::string_view text, SplitDocument& out, SplitError& err);

}  // namespace gongkai
