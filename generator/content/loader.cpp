#include "content/loader.hpp"

#include <algorithm>
#include <boost/filesystem.hpp>

#include "content/front_matter.hpp"
#include "content/meta_schema.hpp"
#include "markdown/nesting.hpp"
#include "markdown/pathology.hpp"
#include "site/toml_check.hpp"
#include "util/file_io.hpp"
#include "util/parallel.hpp"
#include "util/site_folder.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

markdown::RawHtmlMode raw_html_mode(RawHtml r) {
  switch (r) {
    case RawHtml::off:
      return markdown::RawHtmlMode::drop;
    case RawHtml::safe:
      return markdown::RawHtmlMode::sanitize;
    case RawHtml::all:
      return markdown::RawHtmlMode::keep;
  }
  return markdown::RawHtmlMode::drop;
}

// A file name the output can carry: valid UTF-8, no control characters or backslashes.
bool is_publishable_name(const std::string& name) {
  if (first_invalid_utf8(name)) return false;
  return std::none_of(name.begin(), name.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '\\';
  });
}

}  // namespace

std::string page_dir_for(const std::string& content_path) {
  std::string stem = content_path.substr(0, content_path.size() - 3);  // drop ".md"
  if (stem == "index") return "";
  if (ends_with(stem, "/index")) return stem.substr(0, stem.size() - 5);
  return stem + "/";
}

bool load_document(const std::string& source_path, std::string text, const Config& config,
                   Document& doc, Diagnostics& diags) {
  std::size_t before = diags.error_count();
  strip_bom(text);
  if (auto bad = first_invalid_utf8(text)) {
    TextPosition p = position_of(text, *bad);
    diags.error(source_path, p.line, p.column, "invalid UTF-8 (the file must be saved as UTF-8)");
    return false;
  }
  SplitDocument split;
  SplitError split_error;
  if (!split_front_matter(text, split, split_error)) {
    diags.error(source_path, split_error.line, split_error.column, split_error.message);
    return false;
  }
  doc.source_path = source_path;
  doc.content_path = source_path.substr(std::string("content/").size());
  doc.url_path = page_dir_for(doc.content_path);
  doc.body_line = split.body_line;
  const int line_offset = split.front_matter_line - 1;
  try {
    toml::table t = toml::parse(split.front_matter, source_path);
    TomlReader reader(source_path, line_offset, diags);
    read_meta(t, reader, config, {1, 1}, doc.meta, doc.places);
  } catch (const toml::parse_error& e) {
    report_parse_error(e, source_path, line_offset, diags);
  }
  doc.body_text = std::string(split.body);
  // cmark-gfm's time grows with nesting depth times size (SPEC §9: bounded time for any body), so
  // a body nested past the limit is refused before it is parsed.
  if (auto deep = markdown::find_deep_nesting(doc.body_text)) {
    diags.error(source_path, doc.body_line + deep->line - 1,
                code_point_column(line_of(doc.body_text, deep->line), deep->byte_column),
                "lists and block quotes nest more than " + std::to_string(markdown::kMaxNesting) +
                    " levels deep here; real documents need a handful");
    return false;
  }
  // Neither may the inputs on which this cmark-gfm (Debian's 0.29.0.gfm.6) takes quadratic time.
  if (auto bad = markdown::find_pathology(doc.body_text)) {
    diags.error(source_path, doc.body_line + bad->line - 1,
                code_point_column(line_of(doc.body_text, bad->line), bad->byte_column),
                bad->message);
    return false;
  }
  doc.body = markdown::Body::parse(doc.body_text, raw_html_mode(config.raw_html));
  return diags.error_count() == before;
}

ContentSet load_content(const std::string& site_dir, const Config& config, Diagnostics& diags) {
  ContentSet set;
  const fs::path site = fs::absolute(site_dir);
  const fs::path root = site / "content";
  boost::system::error_code ec;
  if (!fs::is_directory(root, ec)) {
    diags.error("content", 0, 0, "no content/ folder: the documents go in content/**/*.md");
    return set;
  }
  // A name the output cannot carry is refused with everything under it.
  const NameFilter publishable = [&](const std::string& rel, const std::string& name) {
    if (is_publishable_name(name)) return true;
    diags.error("content/" + rel, 0, 0,
                "file name is not valid UTF-8 or holds control characters or '\\'");
    return false;
  };
  std::vector<SiteFile> sources;
  for (SiteFile& f : files_in_site_folder(site, "content/", DotNames::skip, diags, publishable)) {
    if (ends_with(f.rel, ".md")) {
      sources.push_back(std::move(f));
      continue;
    }
    set.attachments.push_back(f.rel);
    boost::system::error_code size_ec;
    auto size = fs::file_size(f.path, size_ec);
    set.attachment_sizes[f.rel] = size_ec ? 0 : size;
  }
  // Each document loads on its own; results land in its slot, so the order is the paths' order.
  std::vector<Document> docs(sources.size());
  std::vector<Diagnostics> found(sources.size());
  parallel_for(sources.size(), [&](std::size_t, std::size_t i) {
    std::string source = "content/" + sources[i].rel;
    std::string text, err;
    if (!read_file(sources[i].path, text, err)) {
      found[i].error(source, 0, 0, "cannot read: " + err);
      return;
    }
    load_document(source, std::move(text), config, docs[i], found[i]);
  });
  for (std::size_t i = 0; i < docs.size(); ++i) {
    diags.append(found[i].all());
    // A document with errors still takes part in the site-wide checks
    // (duplicate index numbers, links), so one run reports everything.
    if (!docs[i].source_path.empty()) set.documents.push_back(std::move(docs[i]));
  }
  return set;
}

}  // namespace gongkai
