#pragma once
// Compresses a finished file with the library of its extension (.gz zlib, .bz2 libbz2, .zst
// libzstd, .xz liblzma), as gzip, bzip2, zstd and xz would: the tests' trajectories in every
// compression the readers accept.
#include <string>

namespace tx::test {

// Writes `to` (its extension chooses the compression) from the bytes of `from`.
void compressFile(const std::string& from, const std::string& to);

} // namespace tx::test
