#include "util/fingerprint.hpp"

#include <gtest/gtest.h>

#include <string>

namespace gongkai {
namespace {

// A part as the Hasher frames it: its length (8 bytes, little-endian), then its bytes.
std::string framed(const std::string& part) {
  std::string out;
  for (int i = 0; i < 8; ++i) out += static_cast<char>((part.size() >> (8 * i)) & 0xff);
  return out + part;
}

TEST(Hasher, IsTheFingerprintOfItsFramedParts) {
  EXPECT_EQ(Hasher().add("ab").add("c").done(), fingerprint_of(framed("ab") + framed("c")));
  EXPECT_NE(Hasher().add("ab").add("c").done(), Hasher().add("a").add("bc").done());
}

TEST(Hasher, PartsLargerThanItsBufferGiveTheSameFingerprint) {
  const std::string big(5000, 'x'), small = "y";
  const std::string all = framed(small) + framed(big) + framed(small);
  EXPECT_EQ(Hasher().add(small).add(big).add(small).done(), fingerprint_of(all));
  Hasher many;
  std::string bytes;
  for (int i = 0; i < 300; ++i) {
    many.add(std::to_string(i));
    bytes += framed(std::to_string(i));
  }
  EXPECT_EQ(many.done(), fingerprint_of(bytes));
  // done() may come before more parts.
  many.add(small);
  EXPECT_EQ(many.done(), fingerprint_of(bytes + framed(small)));
}

TEST(RunningFingerprint, IsTheFingerprintOfItsPiecesJoined) {
  const std::string text(100'000, 'x');
  RunningFingerprint running;
  for (std::size_t at = 0; at < text.size(); at += 7'000) running.add(text.substr(at, 7'000));
  EXPECT_EQ(running.done(), fingerprint_of(text));
  RunningFingerprint none;
  EXPECT_EQ(none.done(), fingerprint_of(""));
}

}  // namespace
}  // namespace gongkai
