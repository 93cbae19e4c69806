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

// A document at content/CONTENT_PATH numbered 629900036/2021-SERIAL; front matter lines 2-7,
// extra on line 8, the body from line 10.
Document document(const std::string& content_path, int serial, bool draft = false,
                  const std::string& body = "正文\n", const std::string& extra = "") {
  char number[32];
  std::snprintf(number, sizeof number, "629900036/2021-%05d", serial);
  const std::string text = std::string("+++\ntitle = \"文件\"\nindex_number = \"") + number +
                           "\"\nissuer = \"示例市\"\ndisclosure = \"主动公开\"\n"
                           "date = 2021-01-07\ndraft = " +
                           (draft ? "true" : "false") + "\n" + extra + "\n+++\n" + body;
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

std::string messages(Diagnostics& diags) {
  diags.sort();
  std::string out;
  for (const auto& d : diags.all()) out += format_text(d);
  return out;
}

// SPEC §3: a draft is validated like any document, links and interprets included; it may link
// to drafts and to published documents; a published document may not link to a draft.
TEST(DraftLinks, AreCheckedAndMayLeadToDraftsAndPublishedDocuments) {
  ContentSet content;
  content.documents.push_back(document("pub.md", 1, false, "[草稿](draft2.md)\n"));
  content.documents.push_back(
      document("draft1.md", 2, true,
               "[发布](pub.md) [草稿](draft2.md) [号](idx:629900036/2021-00003) [附](a.pdf)\n"
               "[缺](gone.md) [无](idx:629900036/2021-00009) [缺附](b.pdf)\n",
               "interprets = [\"629900036/2021-00001\", \"629900036/2021-00003\", "
               "\"629900036/2021-00008\"]"));
  content.documents.push_back(document("draft2.md", 3, true));
  content.attachments.push_back("a.pdf");
  content.attachment_sizes["a.pdf"] = 1;
  Diagnostics diags;
  Catalogue catalogue = Catalogue::assemble(std::move(content), diags);
  catalogue.resolve_links(diags);
  EXPECT_EQ(messages(diags),
            "content/draft1.md:8:63: error: interprets \"629900036/2021-00008\", which is not the "
            "index number of any document\n"
            "content/draft1.md:11:1: error: link to missing document \"gone.md\" (no "
            "content/gone.md)\n"
            "content/draft1.md:11:14: error: link to unknown index number "
            "\"629900036/2021-00009\"\n"
            "content/draft1.md:11:44: error: link to missing file \"b.pdf\" (no content/b.pdf)\n"
            "content/pub.md:10:1: error: link to \"draft2.md\", a draft that is not published\n");
  // Drafts stay out of what is published.
  ASSERT_EQ(catalogue.documents().size(), 1u);
  EXPECT_EQ(catalogue.documents()[0].content_path, "pub.md");
  EXPECT_EQ(catalogue.by_content_path("draft1.md"), nullptr);
  EXPECT_TRUE(catalogue.interpretations_of(catalogue.documents()[0]).empty());
}

}  // namespace
