#pragma once
// Compiles the theme's page templates once and renders views through them.
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>

#include "render/theme.hpp"
#include "util/diagnostic.hpp"

namespace gongkai::render {

using View = kainjow::mustache::data;

// The page templates, with partials inlined, compiled. A kainjow template
// keeps state while it renders, so each thread renders through its own copy.
class Renderer {
 public:
  Renderer() = default;
  Renderer(const Renderer& other);  // compiles the same texts anew
  Renderer& operator=(const Renderer&) = delete;

  // The templates every build renders.
  static const std::vector<std::string>& page_templates();

  // Compiles every page template, reporting syntax errors against their files.
  bool compile(const Theme& theme, Diagnostics& diags);

  // Renders the named page template; false with err on a render error.
  bool render(const std::string& name, const View& view, std::string& out, std::string& err) const;

 private:
  std::map<std::string, std::string> texts_;  // with partials inlined
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
};

}  // namespace gongkai::render
