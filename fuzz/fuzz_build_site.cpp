// libFuzzer's entry to run_build_site (fuzz_build_site.hpp); tests/fuzz/replay_test.cpp replays the
// inputs it once crashed on.
#include "fuzz_build_site.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_build_site(gongkai::fuzz::as_string(data, size));
  return 0;
}
