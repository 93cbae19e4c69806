// site.toml: any bytes as the file, read by load_config from a scratch folder.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "site/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongkai;
  static const boost::filesystem::path dir = fuzz::scratch_dir() / "site";
  fuzz::write_file(dir / "site.toml", fuzz::as_string(data, size));
  Config config;
  Diagnostics diags;
  if (load_config(dir.string(), config, diags)) {
    for (const auto& t : config.taxonomies) (void)config.label(t.key);
  }
  for (const auto& d : diags.all()) (void)format_text(d);
  return 0;
}
