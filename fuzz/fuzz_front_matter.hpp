#pragma once
// Front-matter splitting and parsing: any bytes as a whole document file, through
// split_front_matter and load_document (TOML, the metadata schema, the Markdown body).
#include <string>

#include "content/front_matter.hpp"
#include "content/loader.hpp"
#include "fuzz_common.hpp"

namespace gongkai::fuzz {

inline void run_front_matter(const std::string& input) {
  static const Config config = test::default_test_config();
  const std::string& text = input;

  SplitDocument split;
  SplitError err;
  if (split_front_matter(text, split, err)) {
    // The views point into text, in order.
    if (split.front_matter.data() < text.data() ||
        split.body.data() + split.body.size() > text.data() + text.size())
      __builtin_trap();
  }

  Document doc;
  Diagnostics diags;
  load_document("content/fgw/2021/00001.md", text, config, doc, diags);
  for (const auto& d : diags.all()) (void)format_text(d);
}

}  // namespace gongkai::fuzz
