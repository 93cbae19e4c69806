#pragma once
// The default theme's files, compiled into the binary (see cmake/embed_theme.cmake).
#include <string_view>
#include <vector>

namespace gongkai::render {

// One file of the built-in theme: "templates/document.html", "static/assets/gongkai.css".
struct EmbeddedFile {
  std::string_view path;
  std::string_view bytes;
};

const std::vector<EmbeddedFile>& builtin_theme_files();

}  // namespace gongkai::render
