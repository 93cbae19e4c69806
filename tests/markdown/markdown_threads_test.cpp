// Bodies are parsed from several threads at once during a build; cmark-gfm
// keeps the extensions' trigger characters in a table shared by all parsers.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "markdown/markdown.hpp"

namespace gongkai::markdown {
namespace {

TEST(MarkdownThreads, ParsesInParallelKeepEveryExtension) {
  const std::string text = "见 https://a.gov.cn/x。\n\n删去 ~~旧~~ 字。\n\n又见 www.b.gov.cn，\n";
  std::atomic<int> broken{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 3000; ++i) {
        std::string html = Body::parse(text, RawHtmlMode::drop).render_html("表格");
        bool whole = html.find("<a href=\"https://a.gov.cn/x\">") != std::string::npos &&
                     html.find("<a href=\"http://www.b.gov.cn\">") != std::string::npos &&
                     html.find("<del>旧</del>") != std::string::npos;
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
