#pragma once
// The set of published documents and the lookups between them.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "content/loader.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// Owns the published documents (drafts left out), in index-number order,
// with lookups by index number and by source path, and the policy ↔
// interpretation cross-references.
class Catalogue {
 public:
  // Checks what needs the whole site (unique index numbers, `interprets`
  // targets) and keeps the non-drafts. Pages that would share a URL are a clash of
  // outputs, found with the others by outputs/output_plan.hpp.
  static Catalogue assemble(ContentSet content, Diagnostics& diags);

  const std::vector<Document>& documents() const { return documents_; }
  std::vector<Document>& documents() { return documents_; }
  const std::vector<std::string>& attachments() const { return attachments_; }

  // A published document, or nullptr.
  const Document* by_index_number(const std::string& index_number) const;
  const Document* by_content_path(const std::string& content_path) const;
  // True when a draft (not published) has this index number or content path.
  bool is_draft_index_number(const std::string& index_number) const;
  bool is_draft_path(const std::string& content_path) const;
  bool has_attachment(const std::string& content_path) const;
  std::uintmax_t attachment_size(const std::string& content_path) const;

  // The documents this one interprets (原文件), and those interpreting it (相关解读).
  std::vector<const Document*> interpreted_by(const Document& doc) const;
  std::vector<const Document*> interpretations_of(const Document& doc) const;

  // Rewrites every body's links to documents (relative `.md` paths and
  // `idx:`) and attachments into links between published pages, reporting
  // each missing target at its line and column. Defined in links.cpp.
  void resolve_links(Diagnostics& diags);
  // The attachments a document publishes: those its body links to and, for
  // NAME/index.md, every file in its folder; paths under content/, sorted.
  const std::vector<std::string>& attachments_of(const Document& doc) const;

 private:
  void index();
  // Rewrites one link of doc (defined in links.cpp); returns what is wrong with it, or "".
  std::string resolve_link(Document& doc, const markdown::LinkRef& link,
                           std::set<std::string>& attached) const;
  std::vector<Document> documents_;
  std::vector<std::string> attachments_;
  std::map<std::string, std::size_t> by_index_number_;
  std::map<std::string, std::size_t> by_path_;
  std::map<std::string, std::vector<std::size_t>> interpretations_;
  std::set<std::string> draft_numbers_;
  std::set<std::string> draft_paths_;
  std::map<std::string, std::uintmax_t> attachment_sizes_;
  std::vector<std::vector<std::string>> doc_attachments_;  // parallel to documents_
};

}  // namespace gongkai
