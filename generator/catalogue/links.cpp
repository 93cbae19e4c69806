// Link resolution: the part of the catalogue that turns a body's links into page links.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "util/text.hpp"
#include "util/url.hpp"

namespace gongkai {

namespace {

const std::string kIdxScheme = "idx:";

// True when url starts with a scheme ("https:", "mailto:") or is protocol-relative.
bool has_scheme(const std::string& url) {
  if (url.rfind("//", 0) == 0) return true;
  std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  return std::all_of(url.begin(), url.begin() + colon, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
}

// Splits "a/b.md#part" into the path and what follows it ("#part", "?q").
std::pair<std::string, std::string> split_suffix(const std::string& url) {
  std::size_t cut = url.find_first_of("?#");
  if (cut == std::string::npos) return {url, ""};
  return {url.substr(0, cut), url.substr(cut)};
}

// NAME/index.md: a bundle, which lists every file in its folder that no nested bundle holds.
bool is_bundle(const std::string& content_path) { return ends_with(content_path, "/index.md"); }

// The folder of the nearest bundle above path ("a/sub/" for "a/sub/x/f.pdf" when a/sub/index.md
// exists), or nothing: a bundle nested in another keeps its own files.
std::optional<std::string> owning_bundle(const std::string& path,
                                         const std::set<std::string, std::less<>>& bundle_dirs) {
  for (std::string_view dir = site_dir(path); !dir.empty();
       dir = site_dir(dir.substr(0, dir.size() - 1))) {
    if (bundle_dirs.count(dir)) return std::string(dir);
  }
  return std::nullopt;
}

// The attachments of each bundle by its folder ("a/sub/"), each file going to the nearest bundle
// above it. Drafts count: a draft bundle's files are still its own, not its parent's.
std::map<std::string, std::vector<std::string>> files_by_bundle(
    const std::vector<Document>& documents, const std::vector<Document>& drafts,
    const std::vector<std::string>& attachments) {
  std::set<std::string, std::less<>> dirs;
  for (const auto* docs : {&documents, &drafts}) {
    for (const auto& doc : *docs) {
      if (is_bundle(doc.content_path)) dirs.insert(doc.content_dir());
    }
  }
  std::map<std::string, std::vector<std::string>> files;
  for (const auto& a : attachments) {
    if (auto dir = owning_bundle(a, dirs)) files[*dir].push_back(a);
  }
  return files;
}

}  // namespace

void Catalogue::resolve_links(Diagnostics& diags) {
  doc_attachments_.assign(documents_.size(), {});
  const auto bundle_files = files_by_bundle(documents_, drafts_, attachments_);
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    const auto attached = resolve_body_links(documents_[i], bundle_files, diags);
    doc_attachments_[i].assign(attached.begin(), attached.end());
  }
  // A draft is validated like any document (SPEC §3); what it would attach is not published.
  for (Document& draft : drafts_) resolve_body_links(draft, bundle_files, diags);
}

std::set<std::string> Catalogue::resolve_body_links(
    Document& doc, const std::map<std::string, std::vector<std::string>>& bundle_files,
    Diagnostics& diags) const {
  std::set<std::string> attached;
  if (is_bundle(doc.content_path)) {
    auto own = bundle_files.find(doc.content_dir());
    if (own != bundle_files.end()) attached.insert(own->second.begin(), own->second.end());
  }
  doc.resolved.clear();
  for (const BodyLink& link : doc.links) {
    std::string problem = resolve_link(doc, link, attached);
    if (!problem.empty()) diags.error(doc.source_path, link.place.line, link.place.column, problem);
  }
  return attached;
}

std::string Catalogue::resolve_link(Document& doc, const BodyLink& link,
                                    std::set<std::string>& attached) const {
  const std::string& url = link.url;
  if (url.rfind(kIdxScheme, 0) == 0) {
    auto [number, suffix] = split_suffix(url.substr(kIdxScheme.size()));
    if (const Document* target = target_by_index_number(number, doc)) {
      doc.resolved.push_back({link.id, relative_url(doc.url_path, target->url_path) + suffix});
      return "";
    }
    return is_draft_index_number(number)
               ? "link to " + quoted(number) + ", a draft that is not published"
               : "link to unknown index number " + quoted(number);
  }
  if (url.empty() || url[0] == '#' || url[0] == '/' || has_scheme(url)) return "";
  auto [raw_path, suffix] = split_suffix(url);
  if (raw_path.empty()) return "";  // "?q" alone
  std::string target;
  if (!normalize_relative(doc.content_dir() + percent_decode(raw_path), target)) {
    return "link " + quoted(url) + " leads outside content/";
  }
  const bool markdown = ends_with(target, ".md");
  const Document* page = target_by_content_path(markdown ? target : target + "/index.md", doc);
  if (page) {
    doc.resolved.push_back({link.id, relative_url(doc.url_path, page->url_path) + suffix});
    return "";
  }
  if (markdown) {
    return is_draft_path(target)
               ? "link to " + quoted(url) + ", a draft that is not published"
               : "link to missing document " + quoted(url) + " (no content/" + target + ")";
  }
  if (!has_attachment(target))
    return "link to missing file " + quoted(url) + " (no content/" + target + ")";
  attached.insert(target);
  doc.resolved.push_back({link.id, relative_url(doc.url_path, target) + suffix});
  return "";
}

const std::vector<std::string>& Catalogue::attachments_of(const Document& doc) const {
  static const std::vector<std::string> none;
  std::size_t i = static_cast<std::size_t>(&doc - documents_.data());
  return i < doc_attachments_.size() ? doc_attachments_[i] : none;
}

}  // namespace gongkai
