#include "render/renderer.hpp"

namespace gongkai::render {

const std::vector<std::string>& Renderer::page_templates() {
  static const std::vector<std::string> names = {"document.html", "index.html", "404.html",
                                                 "taxonomy.html", "term.html",  "catalogue.html"};
  return names;
}

Renderer::Renderer(const Renderer& other) : texts_(other.texts_) {
  for (const auto& [name, text] : texts_) {
    compiled_[name] = std::make_unique<kainjow::mustache::mustache>(text);
  }
}

bool Renderer::compile(const Theme& theme, Diagnostics& diags) {
  std::size_t before = diags.error_count();
  for (const auto& name : page_templates()) {
    auto it = theme.templates.find(name);
    std::string origin = it == theme.templates.end() ? "templates/" + name : it->second.origin;
    std::string text, err;
    if (!inline_partials(theme, name, text, err)) {
      diags.error(origin, 0, 0, "template: " + err);
      continue;
    }
    // Partials are already inlined, so the parse happens once, not per render.
    auto tpl = std::make_unique<kainjow::mustache::mustache>(text);
    if (!tpl->is_valid()) {
      diags.error(origin, 0, 0, "template: " + tpl->error_message());
      continue;
    }
    compiled_[name] = std::move(tpl);
    texts_[name] = std::move(text);
  }
  return diags.error_count() == before;
}

bool Renderer::render(const std::string& name, const View& view, std::string& out,
                      std::string& err) const {
  auto it = compiled_.find(name);
  if (it == compiled_.end()) {
    err = "no template \"" + name + "\"";
    return false;
  }
  out.clear();
  it->second->render(view, [&out](const std::string& s) { out += s; });
  if (!it->second->is_valid()) {
    err = it->second->error_message();
    return false;
  }
  return true;
}

}  // namespace gongkai::render
