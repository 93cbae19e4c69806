#include <boost/filesystem/path.hpp>

#include "outputs/outputs.hpp"

namespace gongkai::outputs {

void add_copied_files(const OutputContext& ctx, const render::Theme& theme, OutputTree& out,
                      Diagnostics& diags) {
  for (const auto& [path, file] : theme.static_files) {
    out.add(path, {file.bytes, file.disk_path, file.origin}, diags);
  }
  const boost::filesystem::path content = boost::filesystem::path(ctx.site_dir) / "content";
  for (const auto& path : ctx.catalogue.attachments()) {
    out.add(path, {"", content / path, "content/" + path}, diags);
  }
}

}  // namespace gongkai::outputs
