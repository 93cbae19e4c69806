// Bodies are parsed from several threads at once during a build; cmark-gfm keeps the
// extensions' trigger characters in a table shared by all parsers (markdown.cpp fixes
// autolink's part once and parses bodies with a '~' one at a time). cmark-gfm is not
// instrumented, so ThreadSanitizer cannot see that race: these tests catch it by its effect.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "markdown/markdown.hpp"

namespace gongkai::markdown {
namespace {

TEST(MarkdownThreads, ParsesInParallelKeepEveryExtension) {
  // Two threads parse a body with a '~' (their cmark_parser_finish take turns), two one without.
  const std::string strike = "见 https://a.gov.cn/x。\n\n删去 ~~旧~~ 字。\n\n又见 www.b.gov.cn，\n";
  const std::string plain = "见 https://a.gov.cn/x。\n\n删去旧字。\n\n又见 www.b.gov.cn，\n";
  std::atomic<int> broken{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    // Half the parsers keep raw HTML, so they go without the tag filter.
    const RawHtmlMode mode = t % 2 ? RawHtmlMode::keep : RawHtmlMode::drop;
    const bool tilde = t < 2;
    threads.emplace_back([&, mode, tilde] {
      for (int i = 0; i < 3000; ++i) {
        std::string html = Body::parse(tilde ? strike : plain, mode).render_html("表格");
        bool whole = html.find("<a href=\"https://a.gov.cn/x\">") != std::string::npos &&
                     html.find("<a href=\"http://www.b.gov.cn\">") != std::string::npos &&
                     (!tilde || html.find("<del>旧</del>") != std::string::npos);
        if (!whole) ++broken;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(broken.load(), 0) << "parses that lost an autolink or a strikethrough";
}

TEST(MarkdownThreads, RendersInParallelMatchTheSerialOne) {
  const std::string text =
      "## 一、表\n\n| 项目 | 金额 |\n|---|---:|\n| 甲 | 1 |\n\n- [x] 已办\n- [ ] 未办\n\n"
      "注[^1]，见 https://a.gov.cn/x。\n\n[^1]: 脚注。\n";
  const std::string expected = Body::parse(text, RawHtmlMode::drop).render_html("表格");
  std::atomic<int> different{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (Body::parse(text, RawHtmlMode::drop).render_html("表格") != expected) ++different;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(different.load(), 0);
}

}  // namespace
}  // namespace gongkai::markdown
