// Diagnostics as users and scripts read them (SPEC §5).
#include "util/diagnostic.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gongkai {
namespace {

TEST(Diagnostic, TextNamesFileLineAndColumn) {
  Diagnostic d{"content/a.md", 4, 16, Severity::error, "bad", {}};
  EXPECT_EQ(format_text(d), "content/a.md:4:16: error: bad\n");
}

TEST(Diagnostic, WholeFileProblemHasNoPositionInText) {
  Diagnostic d{"content/catalogue.md", 0, 0, Severity::error, "clash", {}};
  EXPECT_EQ(format_text(d), "content/catalogue.md: error: clash\n");
}

TEST(Diagnostic, JsonLinesGiveNullForAWholeFileAndNumbersOtherwise) {
  Diagnostic d{"site.toml", 0, 0, Severity::warning, "2 categories have no documents", {}};
  d.notes.push_back({"site.toml", 3, 1, Severity::note, "here", {}});
  EXPECT_EQ(format_json_lines(d),
            "{\"file\":\"site.toml\",\"line\":null,\"column\":null,\"severity\":\"warning\","
            "\"message\":\"2 categories have no documents\"}\n"
            "{\"file\":\"site.toml\",\"line\":3,\"column\":1,\"severity\":\"note\","
            "\"message\":\"here\"}\n");
}

TEST(Diagnostics, SortByFileThenPlaceWithWholeFileProblemsLastInTheirFile) {
  Diagnostics diags;
  diags.warning("site.toml", 0, 0, "2 categories have no documents");
  diags.warning("site.toml", 49, 3, "b has no documents");
  diags.error("content/a.md", 0, 0, "clash");
  diags.warning("site.toml", 43, 3, "a has no documents");
  diags.error("content/a.md", 2, 1, "bad");
  diags.sort();
  std::vector<std::string> order;
  for (const auto& d : diags.all()) order.push_back(format_text(d));
  EXPECT_EQ(order, (std::vector<std::string>{
                       "content/a.md:2:1: error: bad\n",
                       "content/a.md: error: clash\n",
                       "site.toml:43:3: warning: a has no documents\n",
                       "site.toml:49:3: warning: b has no documents\n",
                       "site.toml: warning: 2 categories have no documents\n",
                   }));
}

}  // namespace
}  // namespace gongkai
