#pragma once
// Index numbers and link resolution. The first line of the input is parsed as an index number
// (by the default pattern) and run through the site-path helpers; the rest is the body of a
// bundle in a small catalogue (a published page, a draft, attachments, a nested bundle) whose
// links are resolved and rendered as a build does.
#include <string>

#include "catalogue/catalogue.hpp"
#include "content/body.hpp"
#include "content/front_matter.hpp"
#include "content/index_number.hpp"
#include "content/loader.hpp"
#include "fuzz_common.hpp"
#include "util/url.hpp"

namespace gongkai::fuzz {

// A document of the catalogue in run_links.
inline std::string links_doc_text(const std::string& number, const std::string& extra,
                                  const std::string& body) {
  return "+++\ntitle = \"文件\"\nindex_number = \"" + number +
         "\"\nissuer = \"示例市人民政府办公室\"\ndisclosure = \"主动公开\"\ndate = 2021-01-07\n" +
         extra + "+++\n" + body;
}

inline void run_links(const std::string& input) {
  static const Config config = test::default_test_config();
  const std::size_t eol = input.find('\n');
  const std::string first = input.substr(0, eol);
  const std::string body = eol == std::string::npos ? "" : input.substr(eol + 1);

  if (auto number = parse_index_number(first, config.index_number_regex)) {
    if (number->text != first) __builtin_trap();
  }
  std::string normal;
  if (normalize_relative(first, normal)) (void)relative_url("fgw/2021/00003/", normal);
  (void)percent_decode(first);
  (void)path_segment(first);
  (void)root_prefix(first);

  const std::vector<std::pair<std::string, std::string>> docs = {
      {"content/fgw/2021/00001.md",
       links_doc_text("629900036/2021-00001", "", "[下一篇](00003/)\n")},
      {"content/fgw/2021/00002.md",
       links_doc_text("629900036/2021-00002", "draft = true\n", "草稿\n")},
      {"content/fgw/2021/00003/index.md", links_doc_text("629900036/2021-00003", "", body)},
      {"content/fgw/2021/00003/sub/index.md", links_doc_text("629900036/2021-00004", "", "子\n")},
  };
  Diagnostics diags;
  ContentSet content;
  for (const auto& [path, text] : docs) {
    Document doc;
    if (load_document(path, text, config, doc, diags)) content.documents.push_back(std::move(doc));
  }
  content.attachments = {"fgw/2021/附件 1.pdf", "fgw/2021/00003/表.xlsx",
                         "fgw/2021/00003/sub/x.pdf"};
  for (const auto& a : content.attachments) content.attachment_sizes[a] = 1;
  Catalogue catalogue = Catalogue::assemble(std::move(content), diags);
  catalogue.resolve_links(diags);
  // Each page's body as rendering makes it: parsed again, the catalogue's rewrites applied.
  for (const auto& doc : catalogue.documents()) {
    (void)catalogue.attachments_of(doc);
    for (const auto& [path, text] : docs) {
      SplitDocument split;
      SplitError split_error;
      if (path != doc.source_path || !split_front_matter(text, split, split_error)) continue;
      markdown::Body parsed = parse_body(split.body, config);
      for (const ResolvedLink& link : doc.resolved) parsed.set_url(link.id, link.url);
      (void)parsed.render_html("表格");
    }
  }
  for (const auto& d : diags.all()) (void)format_text(d);
}

}  // namespace gongkai::fuzz
