#include "catalogue/catalogue.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/text.hpp"

namespace gongkai {

namespace {

Diagnostic at(const Document& doc, const std::string& key, Severity severity, std::string message) {
  SourcePlace p = doc.place_of(key);
  return {doc.source_path, p.line, p.column, severity, std::move(message), {}};
}

// A duplicate is reported at its second use, with a note at the first (in path order).
void check_unique_index_numbers(const std::vector<Document>& docs, Diagnostics& diags) {
  std::map<std::string, const Document*> first;
  for (const auto& doc : docs) {
    const std::string& n = doc.meta.index_number.text;
    if (n.empty()) continue;
    auto [it, fresh] = first.emplace(n, &doc);
    if (fresh) continue;
    Diagnostic d = at(doc, "index_number", Severity::error, "duplicate index_number " + quoted(n));
    d.notes.push_back(at(*it->second, "index_number", Severity::note, "first used here"));
    diags.add(std::move(d));
  }
}

}  // namespace

Catalogue Catalogue::assemble(ContentSet content, Diagnostics& diags) {
  check_unique_index_numbers(content.documents, diags);
  Catalogue c;
  // Sorted by index number through their positions: moving whole documents about costs more.
  std::vector<std::size_t> published;
  for (std::size_t i = 0; i < content.documents.size(); ++i) {
    if (content.documents[i].meta.is_draft()) {
      c.drafts_.push_back(std::move(content.documents[i]));
    } else {
      published.push_back(i);
    }
  }
  std::stable_sort(published.begin(), published.end(), [&](std::size_t a, std::size_t b) {
    return content.documents[a].meta.index_number.text <
           content.documents[b].meta.index_number.text;
  });
  c.documents_.reserve(published.size());
  for (std::size_t i : published) c.documents_.push_back(std::move(content.documents[i]));
  c.attachments_ = std::move(content.attachments);
  c.attachment_sizes_ = std::move(content.attachment_sizes);
  c.index();
  // An item already refused while loading (it does not match the pattern) is not reported again.
  std::set<std::tuple<std::string, int, int>> reported;
  for (const auto& d : diags.all()) reported.emplace(d.file, d.line, d.column);
  for (const auto& doc : c.documents_) c.check_interprets(doc, reported, diags);
  for (const auto& doc : c.drafts_) c.check_interprets(doc, reported, diags);
  return c;
}

void Catalogue::check_interprets(const Document& doc, const std::set<ReportedAt>& reported,
                                 Diagnostics& diags) const {
  const auto targets = doc.meta.interprets.value_or(std::vector<std::string>{});
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const std::string& target = targets[i];
    const std::string key = "interprets[" + std::to_string(i) + "]";
    const SourcePlace p = doc.place_of(key);
    if (target_by_index_number(target, doc) || reported.count({doc.source_path, p.line, p.column}))
      continue;
    std::string why = is_draft_index_number(target) ? " is a draft and not published"
                                                    : " is not the index number of any document";
    // At the list item itself, which may be on a line of its own.
    diags.add(at(doc, key, Severity::error, "interprets " + quoted(target) + ", which" + why));
  }
}

void Catalogue::index() {
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    const Document& doc = documents_[i];
    by_index_number_.emplace(doc.meta.index_number.text, i);
    by_path_.emplace(doc.content_path, i);
  }
  for (std::size_t i = 0; i < drafts_.size(); ++i) {
    draft_by_number_.emplace(drafts_[i].meta.index_number.text, i);
    draft_by_path_.emplace(drafts_[i].content_path, i);
  }
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    for (const auto& target : documents_[i].meta.interprets.value_or(std::vector<std::string>{})) {
      interpretations_[target].push_back(i);
    }
  }
}

const Document* Catalogue::by_index_number(const std::string& index_number) const {
  auto it = by_index_number_.find(index_number);
  return it == by_index_number_.end() ? nullptr : &documents_[it->second];
}

const Document* Catalogue::by_content_path(const std::string& content_path) const {
  auto it = by_path_.find(content_path);
  return it == by_path_.end() ? nullptr : &documents_[it->second];
}

const Document* Catalogue::target_by_index_number(const std::string& index_number,
                                                  const Document& from) const {
  if (const Document* d = by_index_number(index_number)) return d;
  if (!from.meta.is_draft()) return nullptr;
  auto it = draft_by_number_.find(index_number);
  return it == draft_by_number_.end() ? nullptr : &drafts_[it->second];
}

const Document* Catalogue::target_by_content_path(const std::string& content_path,
                                                  const Document& from) const {
  if (const Document* d = by_content_path(content_path)) return d;
  if (!from.meta.is_draft()) return nullptr;
  auto it = draft_by_path_.find(content_path);
  return it == draft_by_path_.end() ? nullptr : &drafts_[it->second];
}

bool Catalogue::is_draft_index_number(const std::string& n) const {
  return draft_by_number_.count(n) > 0;
}
bool Catalogue::is_draft_path(const std::string& p) const { return draft_by_path_.count(p) > 0; }
bool Catalogue::has_attachment(const std::string& p) const {
  return attachment_sizes_.count(p) > 0;
}

std::uintmax_t Catalogue::attachment_size(const std::string& p) const {
  auto it = attachment_sizes_.find(p);
  return it == attachment_sizes_.end() ? 0 : it->second;
}

std::vector<const Document*> Catalogue::interpreted_by(const Document& doc) const {
  std::vector<const Document*> out;
  for (const auto& target : doc.meta.interprets.value_or(std::vector<std::string>{})) {
    if (const Document* d = by_index_number(target)) out.push_back(d);
  }
  return out;
}

std::vector<const Document*> Catalogue::interpretations_of(const Document& doc) const {
  std::vector<const Document*> out;
  auto it = interpretations_.find(doc.meta.index_number.text);
  if (it != interpretations_.end()) {
    for (std::size_t i : it->second) out.push_back(&documents_[i]);
  }
  return out;
}

}  // namespace gongkai
