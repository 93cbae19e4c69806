#pragma once
// Fingerprints: what the incremental build compares instead of bytes. A 128-bit XXH3 hash (Debian's
// libxxhash): fast enough to hash every page a build renders, wide enough that two different inputs
// never meet in practice.
#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai {

struct Fingerprint {
  std::uint64_t low = 0, high = 0;
  bool operator==(const Fingerprint&) const = default;
};

class ByteWriter;
class ByteReader;
// Its binary form (util/byte_codec.hpp).
void encode_value(ByteWriter& w, const Fingerprint& f);
bool decode_value(ByteReader& r, Fingerprint& f);

// The fingerprint of bytes.
Fingerprint fingerprint_of(std::string_view bytes);

// Builds one fingerprint from many parts. Each part is framed by its length, so ("ab", "c") and
// ("a", "bc") differ.
class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  Hasher& add(std::string_view bytes);
  Hasher& add(std::uint64_t n);
  Hasher& add(const Fingerprint& f);
  Fingerprint done() const;

 private:
  void* state_;  // an XXH3 state, kept out of this header
};

// The fingerprint of the running program: its GNU build ID, or else its file's bytes. A rebuilt
// gongkai may make different pages from the same sources, so a cache made by another binary is
// never trusted.
const Fingerprint& program_fingerprint();

}  // namespace gongkai
