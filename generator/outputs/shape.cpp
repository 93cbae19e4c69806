#include "outputs/incremental.hpp"

namespace gongkai::outputs {

Fingerprint shape_key(const OutputContext& ctx, const render::Theme& theme) {
  Hasher h;
  h.add(ctx.site_key);
  for (const std::vector<Document>* docs : {&ctx.catalogue.documents(), &ctx.catalogue.drafts()}) {
    h.add(docs->size());
    for (const Document& d : *docs) {
      h.add(d.content_path).add(d.meta_hash).add(static_cast<std::uint64_t>(d.body_line));
      h.add(d.links.size());
      for (const BodyLink& l : d.links) h.add(l.id).add(l.url).add(l.image ? 1 : 0);
      h.add(d.resolved.size());
      for (const ResolvedLink& l : d.resolved) h.add(l.id).add(l.url);
    }
  }
  // The files copied as they are (attachments, the theme's and the site's static files), by
  // their jobs' keys: their stamps.
  std::vector<OutputJob> copied;
  add_copied_files(ctx, theme, copied);
  h.add(copied.size());
  for (const OutputJob& job : copied) h.add(job.path).add(job.key);
  return h.done();
}

}  // namespace gongkai::outputs
