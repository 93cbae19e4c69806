#pragma once
// site.toml: any bytes as the file, read by load_config from a scratch folder.
#include <string>

#include "fuzz_common.hpp"
#include "site/config.hpp"

namespace gongkai::fuzz {

inline void run_site_toml(const std::string& input) {
  static const boost::filesystem::path dir = scratch_dir() / "site_toml";
  write_file(dir / "site.toml", input);
  Config config;
  Diagnostics diags;
  if (load_config(dir.string(), config, diags)) {
    for (const auto& t : config.taxonomies) (void)config.label(t.key);
  }
  for (const auto& d : diags.all()) (void)format_text(d);
}

}  // namespace gongkai::fuzz
