#pragma once
// A file's bytes, decompressed as they are read: plain, gzip (ISA-L's igzip), bzip2 (libbz2), zstd
// (libzstd; LAMMPS's dump custom/zstd) or xz (liblzma). The compression is told by the file's
// first bytes, not its name; the compression table below is the one list of what is read.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace tx::core {

class ByteStream {
public:
    virtual ~ByteStream() = default;
    // Up to n decompressed bytes into buffer; 0 at the end of the data. Throws
    // std::runtime_error with the library's message on damaged or truncated data.
    virtual std::size_t read(char* buffer, std::size_t n) = 0;
    // Position in the file on disk (compressed bytes), for progress against the file size.
    virtual std::uint64_t fileOffset() const = 0;
};

struct Compression {
    std::string_view name;   // "gzip"
    std::string_view suffix; // ".gz": what a compressed file's name ends with
    std::string_view magic;  // the first bytes of such a file, which choose the decoder
};
// The compressions read, in the order the reader tries their magic bytes.
std::span<const Compression> compressions();
// The compression suffix a file name ends with (".gz", ".bz2", ...), or empty.
std::string_view compressionSuffix(std::string_view fileName);

// Opens the file and chooses the decompressor from its first bytes (plain text when none
// matches). Throws InputError when it cannot be opened.
std::unique_ptr<ByteStream> openByteStream(const std::string& path);

} // namespace tx::core
