#include "content/loader.hpp"

#include <algorithm>
#include <boost/filesystem.hpp>

#include "content/body.hpp"
#include "content/document_codec.hpp"
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
  doc.source_hash = fingerprint_of(text);
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
  doc.meta_hash = Hasher().add(doc.content_path).add(split.front_matter).done();
  const int line_offset = split.front_matter_line - 1;
  try {
    toml::table t = toml::parse(split.front_matter, source_path);
    TomlReader reader(source_path, line_offset, diags);
    std::map<std::string, SourcePlace> places;
    read_meta(t, reader, config, {1, 1}, doc.meta, places);
    doc.places = SourcePlaces(places);
  } catch (const toml::parse_error& e) {
    report_parse_error(e, source_path, line_offset, diags);
  }
  const std::string_view body_text = split.body;
  // cmark-gfm's time grows with nesting depth times size (SPEC §9: bounded time for any body), so
  // a body nested past the limit is refused before it is parsed.
  if (auto deep = markdown::find_deep_nesting(body_text)) {
    diags.error(source_path, doc.body_line + deep->line - 1,
                code_point_column(line_of(body_text, deep->line), deep->byte_column),
                "lists and block quotes nest more than " + std::to_string(markdown::kMaxNesting) +
                    " levels deep here; real documents need a handful");
    return false;
  }
  // Neither may the inputs on which this cmark-gfm (Debian's 0.29.0.gfm.6) takes quadratic time.
  if (auto bad = markdown::find_pathology(body_text)) {
    diags.error(source_path, doc.body_line + bad->line - 1,
                code_point_column(line_of(body_text, bad->line), bad->byte_column), bad->message);
    return false;
  }
  doc.links = body_links(parse_body(body_text, config), body_text, doc.body_line);
  return diags.error_count() == before;
}

namespace {

// Loads the document at source into doc, from previous's record of it when the file is the one it
// read; its record for the next build goes into record (left empty when the document has errors).
// True when the file was parsed: its bytes are not those previous read.
bool load_or_reuse(const SiteFile& source, const Config& config, const BuildLog* previous,
                   Document& doc, SourceRecord& record, LoadCounts& counts, Diagnostics& diags) {
  const std::string path = "content/" + source.rel;
  // The walk took the stamp before the bytes are read: a file edited in between has a new stamp
  // at the next build.
  const FileStamp& stamp = source.stamp;
  const SourceRecord* old = nullptr;
  if (previous) {
    auto it = previous->sources.find(source.rel);
    if (it != previous->sources.end()) old = &it->second;
  }
  if (old && stamp == old->stamp && previous->stamp_is_settled(stamp) &&
      decode_document(old->document, doc)) {
    record = *old;
    ++counts.unread;
    return false;
  }
  std::string text, err;
  if (!read_file(source.path, text, err)) {
    diags.error(path, 0, 0, "cannot read: " + err);
    return false;
  }
  const Fingerprint bytes = fingerprint_of(text);
  if (old && old->bytes == bytes && decode_document(old->document, doc)) {
    record = {stamp, bytes, old->document};
    ++counts.reused;
    return false;
  }
  ++counts.parsed;
  if (load_document(path, std::move(text), config, doc, diags)) {
    record = {stamp, bytes, SharedBytes(encode_document(doc))};
  }
  return true;
}

}  // namespace

ContentFiles find_content(const std::string& site_dir, Diagnostics& diags) {
  ContentFiles files;
  const fs::path site = fs::absolute(site_dir);
  boost::system::error_code ec;
  if (!fs::is_directory(site / "content", ec)) {
    diags.error("content", 0, 0, "no content/ folder: the documents go in content/**/*.md");
    return files;
  }
  // A name the output cannot carry is refused with everything under it.
  const NameFilter publishable = [](const std::string& name) {
    return is_publishable_name(name)
               ? std::string()
               : "file name is not valid UTF-8 or holds control characters or '\\'";
  };
  for (SiteFile& f : files_in_site_folder(site, "content/", DotNames::skip, diags, publishable)) {
    (ends_with(f.rel, ".md") ? files.documents : files.attachments).push_back(std::move(f));
  }
  return files;
}

ContentSet load_content(ContentFiles files, const Config& config, Diagnostics& diags,
                        const BuildLog* previous) {
  ContentSet set;
  for (const SiteFile& f : files.attachments) {
    set.attachments.push_back(f.rel);
    set.attachment_sizes[f.rel] = f.stamp.size;
  }
  const std::vector<SiteFile>& sources = files.documents;
  // Each document loads on its own; results land in its slot, so the order is the paths' order.
  std::vector<Document> docs(sources.size());
  std::vector<SourceRecord> records(sources.size());
  std::vector<Diagnostics> found(sources.size());
  std::vector<LoadCounts> counts(worker_count());
  std::vector<char> parsed(sources.size(), 0);
  parallel_for(sources.size(), [&](std::size_t worker, std::size_t i) {
    parsed[i] =
        load_or_reuse(sources[i], config, previous, docs[i], records[i], counts[worker], found[i]);
  });
  for (const LoadCounts& c : counts) {
    set.counts.parsed += c.parsed;
    set.counts.reused += c.reused;
    set.counts.unread += c.unread;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    diags.append(found[i].all());
    if (parsed[i]) set.parsed.push_back(sources[i].rel);
    // In path order, which is the map's but for a '/' against a lower byte: at the end.
    if (!records[i].document.empty()) {
      set.records.emplace_hint(set.records.end(), sources[i].rel, std::move(records[i]));
    }
    // A document with errors still takes part in the site-wide checks
    // (duplicate index numbers, links), so one run reports everything. The loaded ones close up
    // where they are, instead of moving to another list of 50,000.
    if (docs[i].source_path.empty()) continue;
    if (kept != i) docs[kept] = std::move(docs[i]);
    ++kept;
  }
  docs.resize(kept);
  set.documents = std::move(docs);
  return set;
}

}  // namespace gongkai
