#pragma once
// Comparing two built outputs, for the incremental-equals-clean test: what differs, what was
// rewritten though its bytes did not change.
#include <cstddef>
#include <string>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {

// A short, printable excerpt of bytes around at (whole UTF-8 characters, newlines shown as \n).
std::string excerpt(const std::string& bytes, std::size_t at);

std::string kind_name(EntryState::Kind kind);

std::string octal(unsigned mode);

// "" when the incremental output and the clean one hold the same entries (the same files with the
// same bytes and modes, the same folders, the same symbolic links), else one line per difference,
// in path order, the first few of them.
std::string compare_outputs(const TreeState& inc, const TreeState& ref);

// The files of after whose bytes are the same as in before but which were written again (a new
// inode or modification time): SPEC §7, files whose bytes did not change are not rewritten.
std::string rewritten_unchanged(const TreeState& before, const TreeState& after);

// How many files a build added, removed or changed the bytes of.
std::size_t changed_files(const TreeState& before, const TreeState& after);

}  // namespace gongkai::test
