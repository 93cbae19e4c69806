#include "render/theme.hpp"

#include <boost/filesystem.hpp>

#include "render/builtin_theme.hpp"
#include "util/file_io.hpp"
#include "util/site_folder.hpp"

namespace gongkai::render {

namespace fs = boost::filesystem;

namespace {

const std::string kTemplates = "templates/";
const std::string kStatic = "static/";

// Templates under dir replace the same-named ones already in the theme.
void overlay_templates(const fs::path& site, const std::string& dir, Theme& theme,
                       Diagnostics& diags) {
  for (const SiteFile& f : files_in_site_folder(site, dir, DotNames::skip, diags)) {
    std::string text, err;
    if (!read_file(f.path, text, err)) {
      diags.error(dir + f.rel, 0, 0, "cannot read template: " + err);
      continue;
    }
    theme.templates[f.rel] = {std::move(text), dir + f.rel};
  }
}

// Static files under dir replace those at the same output path.
void overlay_static(const fs::path& site, const std::string& dir, Theme& theme,
                    Diagnostics& diags) {
  for (const SiteFile& f : files_in_site_folder(site, dir, DotNames::keep, diags)) {
    theme.static_files[f.rel] = {"", f.path, dir + f.rel};
  }
}

}  // namespace

bool load_theme(const std::string& site_dir, const Config& config, Theme& theme,
                Diagnostics& diags) {
  std::size_t before = diags.error_count();
  for (const EmbeddedFile& f : builtin_theme_files()) {
    std::string path(f.path);
    std::string origin = "(built-in theme) " + path;
    if (path.rfind(kTemplates, 0) == 0) {
      theme.templates[path.substr(kTemplates.size())] = {std::string(f.bytes), origin};
    } else if (path.rfind(kStatic, 0) == 0) {
      theme.static_files[path.substr(kStatic.size())] = {std::string(f.bytes), {}, origin};
    }
  }
  const fs::path site(site_dir);
  if (!config.theme.empty()) {
    boost::system::error_code ec;
    if (!fs::is_directory(site / "themes" / config.theme, ec)) {
      diags.error("site.toml", config.theme_place.line, config.theme_place.column,
                  "theme \"" + config.theme + "\" not found: no folder themes/" + config.theme);
    }
    overlay_templates(site, "themes/" + config.theme + "/templates/", theme, diags);
    overlay_static(site, "themes/" + config.theme + "/static/", theme, diags);
  }
  overlay_templates(site, "templates/", theme, diags);
  overlay_static(site, "static/", theme, diags);
  return diags.error_count() == before;
}

namespace {

bool inline_into(const Theme& theme, const std::string& name, int depth, std::string& out,
                 std::string& err) {
  auto it = theme.templates.find(name);
  if (it == theme.templates.end()) {
    err = "no template \"" + name + "\"";
    return false;
  }
  if (depth > 16) {
    err = "partials nest more than 16 levels deep (does \"" + name + "\" include itself?)";
    return false;
  }
  const std::string& text = it->second.text;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    std::string partial = text.substr(open + 3, close - open - 3);
    partial.erase(0, partial.find_first_not_of(' '));
    partial.erase(partial.find_last_not_of(' ') + 1);
    if (!inline_into(theme, partial + ".html", depth + 1, out, err)) {
      err += " (included from " + it->second.origin + ")";
      return false;
    }
    pos = close + 2;
  }
  out.append(text, pos);
  return true;
}

}  // namespace

bool inline_partials(const Theme& theme, const std::string& name, std::string& out,
                     std::string& err) {
  out.clear();
  return inline_into(theme, name, 0, out, err);
}

}  // namespace gongkai::render
