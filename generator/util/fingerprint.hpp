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
  Hasher() = default;
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  Hasher& add(std::string_view bytes);
  Hasher& add(std::uint64_t n) {
    if (used_ + 8 > sizeof buffer_) spill();
    for (int i = 0; i < 8; ++i) buffer_[used_++] = static_cast<unsigned char>(n >> (8 * i));
    return *this;
  }
  Hasher& add(const Fingerprint& f) { return add(f.low).add(f.high); }
  // The fingerprint of every part so far (more may follow).
  Fingerprint done();

 private:
  // Hands what the buffer holds to the streaming state, made on first use.
  void spill();
  // The parts are gathered here and, when they fit (most keys do), hashed in one call: the same
  // fingerprint as hashing them one by one, which took a third of the plan's time at 50,000
  // documents, 8 bytes a call.
  unsigned char buffer_[1024];
  std::size_t used_ = 0;
  void* state_ = nullptr;  // an XXH3 state, kept out of this header
};

// The fingerprint of bytes given piece by piece: fingerprint_of() of the pieces joined.
class RunningFingerprint {
 public:
  RunningFingerprint();
  ~RunningFingerprint();
  RunningFingerprint(const RunningFingerprint&) = delete;
  RunningFingerprint& operator=(const RunningFingerprint&) = delete;

  void add(std::string_view piece);
  Fingerprint done() const;

 private:
  void* state_;  // an XXH3 state, kept out of this header
};

// The fingerprint of the running program: its GNU build ID, or else its file's bytes. A rebuilt
// gongkai may make different pages from the same sources, so a cache made by another binary is
// never trusted.
const Fingerprint& program_fingerprint();

}  // namespace gongkai
