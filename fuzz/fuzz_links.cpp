// libFuzzer's entry to run_links (fuzz_links.hpp); tests/fuzz/replay_test.cpp replays the
// inputs it once crashed on.
#include "fuzz_links.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_links(gongkai::fuzz::as_string(data, size));
  return 0;
}
