#pragma once
// The Markdown step: any bytes as a body, parsed (with the CJK autolink fix) in each raw HTML
// mode, its links listed and rewritten, rendered; and the allow-list HTML sanitizer on its own.
#include <string>

#include "fuzz_common.hpp"
#include "markdown/html_sanitizer.hpp"
#include "markdown/markdown.hpp"
#include "markdown/nesting.hpp"
#include "markdown/pathology.hpp"

namespace gongkai::fuzz {

inline void run_markdown(const std::string& input) {
  using namespace markdown;
  const std::string& text = input;
  (void)sanitize_html(text);
  // The loader refuses deeper nesting and cmark-gfm's quadratic constructs before parsing
  // (SPEC §9); the fuzzer does as it does.
  if (find_deep_nesting(text) || find_pathology(text)) return;
  for (auto mode : {RawHtmlMode::drop, RawHtmlMode::sanitize, RawHtmlMode::keep}) {
    Body body = Body::parse(text, mode);
    for (const auto& link : body.links()) {
      (void)is_dangerous_url(link.url, link.image);
      if (link.url.size() % 2) body.set_url(link.id, link.url + "#x");
    }
    (void)body.render_html("表格");
  }
}

}  // namespace gongkai::fuzz
