// libFuzzer's entry to run_site_toml (fuzz_site_toml.hpp); tests/fuzz/replay_test.cpp replays the
// inputs it once crashed on.
#include "fuzz_site_toml.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_site_toml(gongkai::fuzz::as_string(data, size));
  return 0;
}
