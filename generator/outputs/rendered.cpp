#include "outputs/outputs.hpp"

namespace gongkai::outputs {

void add_rendered(const OutputContext& ctx, const std::string& template_name,
                  const render::View& view, const std::string& path, OutputTree& out,
                  Diagnostics& diags) {
  std::string html, err;
  if (!ctx.renderer.render(template_name, view, html, err)) {
    diags.error("templates/" + template_name, 0, 0, "template failed on " + path + ": " + err);
    return;
  }
  out.add(path, {std::move(html), {}, "templates/" + template_name}, diags);
}

}  // namespace gongkai::outputs
