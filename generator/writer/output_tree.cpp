#include "writer/output_tree.hpp"

#include "writer/manifest.hpp"

namespace gongkai {

namespace {

// A path that stays inside the output: relative, no "..", no empty or "." parts.
bool stays_inside(const std::string& path) {
  if (path.empty() || path[0] == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string_view part(path.data() + start, slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = slash + 1;
  }
  return true;
}

}  // namespace

void OutputTree::add(const std::string& path, OutputFile file, Diagnostics& diags) {
  if (!stays_inside(path)) {
    diags.error(file.origin, 0, 0, "output path \"" + path + "\" would leave the output folder");
    return;
  }
  if (path == kManifestName) {
    diags.error(file.origin, 0, 0,
                "output \"" + path + "\" is reserved for gongkai's list of the files it published");
    return;
  }
  auto [it, fresh] = files_.emplace(path, std::move(file));
  if (fresh) return;
  // Report at the origin that is a site file, so the message points at something to change.
  diags.error(it->second.origin, 0, 0, "output \"" + path + "\" is also written by " + file.origin);
}

}  // namespace gongkai
