// libFuzzer's entry to run_markdown (fuzz_markdown.hpp); tests/fuzz/replay_test.cpp replays the
// inputs it once crashed on.
#include "fuzz_markdown.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::fuzz::run_markdown(gongkai::fuzz::as_string(data, size));
  return 0;
}
