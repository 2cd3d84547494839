#include "tests/support/Compress.h"

#include <bzlib.h>
#include <fstream>
#include <iterator>
#include <lzma.h>
#include <stdexcept>
#include <string_view>
#include <vector>
#include <zlib.h>
#include <zstd.h>

namespace tx::test {

namespace {

std::vector<char> bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<char> bzip2(const std::vector<char>& in) {
    std::vector<char> out(in.size() + in.size() / 100 + 600);
    auto size = static_cast<unsigned>(out.size());
    if (BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char*>(in.data()),
                                 static_cast<unsigned>(in.size()), 9, 0, 0) != BZ_OK)
        throw std::runtime_error("bzip2 failed");
    out.resize(size);
    return out;
}

std::vector<char> zstd(const std::vector<char>& in) {
    std::vector<char> out(ZSTD_compressBound(in.size()));
    const std::size_t size = ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3);
    if (ZSTD_isError(size))
        throw std::runtime_error("zstd failed");
    out.resize(size);
    return out;
}

std::vector<char> xz(const std::vector<char>& in) {
    std::vector<char> out(lzma_stream_buffer_bound(in.size()));
    std::size_t size = 0;
    if (lzma_easy_buffer_encode(
            6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const std::uint8_t*>(in.data()),
            in.size(), reinterpret_cast<std::uint8_t*>(out.data()), &size, out.size()) != LZMA_OK)
        throw std::runtime_error("xz failed");
    out.resize(size);
    return out;
}

} // namespace

void compressFile(const std::string& from, const std::string& to) {
    const std::vector<char> in = bytesOf(from);
    const std::string_view name(to);
    if (name.ends_with(".gz")) {
        gzFile gz = gzopen(to.c_str(), "wb");
        if (!gz || gzwrite(gz, in.data(), static_cast<unsigned>(in.size())) != int(in.size()) ||
            gzclose(gz) != Z_OK)
            throw std::runtime_error("gzip failed: " + to);
        return;
    }
    std::vector<char> out;
    if (name.ends_with(".bz2"))
        out = bzip2(in);
    else if (name.ends_with(".zst"))
        out = zstd(in);
    else if (name.ends_with(".xz"))
        out = xz(in);
    else
        throw std::invalid_argument("no compression for " + to);
    std::ofstream(to, std::ios::binary).write(out.data(), std::streamsize(out.size()));
}

} // namespace tx::test
