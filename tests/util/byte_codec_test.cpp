#include "util/byte_codec.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace gongkai {
namespace {

TEST(ByteCodec, IntegersTakeAsFewBytesAsTheyNeedAndComeBackWhole) {
  const std::uint64_t values[] = {0,          1,
                                  127,        128,
                                  16'383,     16'384,
                                  1u << 31,   1'700'000'000'000'000'000,
                                  1ull << 63, std::numeric_limits<std::uint64_t>::max()};
  for (std::uint64_t v : values) {
    ByteWriter w;
    w.u64(v);
    ByteReader r(w.bytes());
    std::uint64_t back = 0;
    ASSERT_TRUE(r.u64(back)) << v;
    EXPECT_EQ(back, v);
    EXPECT_TRUE(r.at_end()) << v;
  }
  ByteWriter small;
  small.u64(127);
  EXPECT_EQ(small.bytes().size(), 1u);
  ByteWriter largest;
  largest.u64(std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(largest.bytes().size(), 10u);
}

TEST(ByteCodec, FixedIntegersTakeEightBytes) {
  ByteWriter w;
  w.fixed64(5);
  ASSERT_EQ(w.bytes().size(), 8u);
  ByteReader r(w.bytes());
  std::uint64_t back = 0;
  ASSERT_TRUE(r.fixed64(back));
  EXPECT_EQ(back, 5u);
}

TEST(ByteCodec, AnIntegerCutShortOrTooLongIsRefused) {
  std::uint64_t n = 0;
  const std::string cut("\x80\x80", 2);  // says more bytes follow, and none do
  EXPECT_FALSE(ByteReader(cut).u64(n));
  const std::string too_long = std::string(10, '\xff') + '\x01';  // more than 64 bits
  EXPECT_FALSE(ByteReader(too_long).u64(n));
  const std::string bit_65 = std::string(9, '\xff') + '\x02';
  EXPECT_FALSE(ByteReader(bit_65).u64(n));
}

TEST(ByteCodec, SharedBytesViewTheBufferTheyWereReadFrom) {
  ByteWriter w;
  w.put(SharedBytes(std::string("document")));
  auto buffer = std::make_shared<const std::string>(w.bytes());
  ByteReader r(*buffer, buffer);
  SharedBytes back;
  ASSERT_TRUE(r.get(back));
  EXPECT_EQ(back.view(), "document");
  EXPECT_GE(back.view().data(), buffer->data());  // not a copy
  EXPECT_LE(back.view().data() + back.view().size(), buffer->data() + buffer->size());
  // Without an owner the bytes are copied out, and outlive the input.
  std::string input = w.bytes();
  ByteReader copying(input);
  SharedBytes copy;
  ASSERT_TRUE(copying.get(copy));
  input.assign(input.size(), 'x');
  EXPECT_EQ(copy.view(), "document");
}

}  // namespace
}  // namespace gongkai
