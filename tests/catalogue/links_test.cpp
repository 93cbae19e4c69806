// Which attachments a document lists (SPEC §6): those its body links to and, for a bundle
// (NAME/index.md), the files in its folder that no nested bundle holds.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "content/loader.hpp"
#include "support/test_config.hpp"

namespace {

using namespace gongkai;

Document document(const std::string& content_path, int serial, bool draft = false) {
  char number[32];
  std::snprintf(number, sizeof number, "629900036/2021-%05d", serial);
  const std::string text = std::string("+++\ntitle = \"文件\"\nindex_number = \"") + number +
                           "\"\nissuer = \"示例市\"\ndisclosure = \"主动公开\"\n"
                           "date = 2021-01-07\ndraft = " +
                           (draft ? "true" : "false") + "\n+++\n正文\n";
  Document doc;
  Diagnostics diags;
  EXPECT_TRUE(
      load_document("content/" + content_path, text, test::default_test_config(), doc, diags))
      << (diags.all().empty() ? "" : diags.all()[0].message);
  return doc;
}

TEST(BundleAttachments, ANestedBundleKeepsItsOwnFiles) {
  ContentSet content;
  content.documents.push_back(document("a/index.md", 1));
  content.documents.push_back(document("a/sub/index.md", 2));
  content.documents.push_back(document("a/draft/index.md", 3, true));
  content.documents.push_back(document("a/plain.md", 4));
  for (const char* a : {"a/images/x.png", "a/one.pdf", "a/draft/d.pdf", "a/sub/deeper/three.pdf",
                        "a/sub/two.pdf", "ab/other.pdf"}) {
    content.attachments.push_back(a);
    content.attachment_sizes[a] = 1;
  }
  Diagnostics diags;
  Catalogue catalogue = Catalogue::assemble(std::move(content), diags);
  catalogue.resolve_links(diags);
  EXPECT_TRUE(diags.all().empty());
  const Document* a = catalogue.by_content_path("a/index.md");
  const Document* sub = catalogue.by_content_path("a/sub/index.md");
  const Document* plain = catalogue.by_content_path("a/plain.md");
  ASSERT_TRUE(a && sub && plain);
  EXPECT_EQ(catalogue.attachments_of(*a),
            (std::vector<std::string>{"a/images/x.png", "a/one.pdf"}));
  EXPECT_EQ(catalogue.attachments_of(*sub),
            (std::vector<std::string>{"a/sub/deeper/three.pdf", "a/sub/two.pdf"}));
  EXPECT_TRUE(catalogue.attachments_of(*plain).empty());
}

}  // namespace
