// libFuzzer's entry to run_front_matter (fuzz_front_matter.hpp); tests/fuzz/replay_test.cpp replays
// the inputs it once crashed on.
#include "fuzz_front_matter.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_front_matter(gongkai::fuzz::as_string(data, size));
  return 0;
}
