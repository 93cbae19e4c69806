#include <algorithm>

#include "content/body.hpp"
#include "outputs/outputs.hpp"
#include "outputs/qr_code.hpp"
#include "render/views.hpp"
#include "util/parallel.hpp"

namespace gongkai::outputs {

namespace {

// What a document's page is made from: its file, its place among its neighbours, the documents it
// names (by their path and front matter) and its links and attachments as the catalogue resolved
// them. Term links are the terms' names and site.toml's paths, both covered.
Fingerprint page_key(const OutputContext& ctx, std::size_t index) {
  const Document& doc = ctx.catalogue.documents()[index];
  const auto& docs = ctx.catalogue.documents();
  Hasher h;
  h.add(ctx.site_key).add("document").add(doc.content_path).add(doc.source_hash);
  for (std::size_t n : {ctx.order.newer_in_issuer[index], ctx.order.older_in_issuer[index]}) {
    h.add(n == ReadingOrder::kNone ? Fingerprint{} : docs[n].meta_hash);
  }
  for (const auto& list :
       {ctx.catalogue.interpreted_by(doc), ctx.catalogue.interpretations_of(doc)}) {
    h.add(list.size());
    for (const Document* d : list) h.add(d->meta_hash);
  }
  for (const ResolvedLink& link : doc.resolved) h.add(link.id).add(link.url);
  for (const std::string& path : ctx.catalogue.attachments_of(doc)) {
    h.add(path).add(ctx.catalogue.attachment_size(path));
  }
  return h.done();
}

// The page of the document at index.
OutputJob document_page(const OutputContext& ctx, std::size_t index) {
  const Document& doc = ctx.catalogue.documents()[index];
  OutputJob job{document_page_path(doc), doc.source_path, page_key(ctx, index), {}, {}};
  job.make = [&ctx, index](render::Renderer& renderer, std::string& bytes, std::string& err) {
    const Document& d = ctx.catalogue.documents()[index];
    markdown::Body body;
    if (!reload_body(ctx.site_dir, d, ctx.config, body, err)) return false;
    const std::string url = render::absolute_url(ctx.config, d.url_path);
    const std::string qr = qr_svg(url, ctx.config.label("qr_caption") + "：" + url);
    return render_page(renderer, "document.html",
                       render::document_view(ctx.site(), index, body, qr), bytes, err);
  };
  return job;
}

}  // namespace

void add_document_pages(const OutputContext& ctx, std::vector<OutputJob>& jobs) {
  // On every core: their keys are most of the plan's time.
  parallel_append(jobs, ctx.catalogue.documents().size(),
                  [&](std::size_t i) { return document_page(ctx, i); });
}

std::vector<OutputJob> document_pages_of(const OutputContext& ctx,
                                         const std::vector<std::string>& content_paths) {
  std::vector<OutputJob> jobs;
  const Document* first = ctx.catalogue.documents().data();
  for (const std::string& path : content_paths) {
    if (const Document* doc = ctx.catalogue.by_content_path(path)) {
      jobs.push_back(document_page(ctx, static_cast<std::size_t>(doc - first)));
    }
  }
  std::sort(jobs.begin(), jobs.end(),
            [](const OutputJob& a, const OutputJob& b) { return a.path < b.path; });
  return jobs;
}

}  // namespace gongkai::outputs
