#include "core/io/ByteStream.h"

#include "core/io/InputError.h"

#include <algorithm>
#include <array>
#include <bzlib.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <isa-l/igzip_lib.h>
#include <lzma.h>
#include <stdexcept>
#include <vector>
#include <zstd.h>

namespace tx::core {

namespace {

constexpr std::array kCompressions = {
    Compression{"gzip", ".gz", "\x1f\x8b"},
    Compression{"bzip2", ".bz2", "BZh"},
    Compression{"zstd", ".zst", "\x28\xb5\x2f\xfd"},
    Compression{"xz", ".xz",
                std::string_view("\xfd"
                                 "7zXZ\0",
                                 6)},
};

constexpr std::size_t kInputChunk = 256 * 1024;

struct FileClose {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileClose>;

File openFile(const std::string& path) {
    File f(std::fopen(path.c_str(), "rb"));
    if (!f)
        throw InputError(path, 0, say(sentence::kCannotOpenBecause, {std::strerror(errno)}));
    return f;
}

// The compressed input of the streaming decoders below, refilled from the file.
class CompressedInput {
public:
    explicit CompressedInput(File file) : m_file(std::move(file)), m_buffer(kInputChunk) {}
    // Refills when empty; false at the end of the file.
    bool fill() {
        if (m_position < m_size)
            return true;
        m_size = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file.get());
        m_position = 0;
        if (std::ferror(m_file.get()))
            throw std::runtime_error(say(sentence::kSystemReadError, {std::strerror(errno)}));
        return m_size > 0;
    }
    const char* data() const { return m_buffer.data() + m_position; }
    std::size_t available() const { return m_size - m_position; }
    void consume(std::size_t n) { m_position += n; }
    std::uint64_t fileOffset() const {
        const long at = std::ftell(m_file.get());
        return at > 0 ? static_cast<std::uint64_t>(at) - available() : 0;
    }

private:
    File m_file;
    std::vector<char> m_buffer;
    std::size_t m_size = 0, m_position = 0;
};

// Uncompressed text: straight from the file into the caller's buffer.
class PlainStream final : public ByteStream {
public:
    explicit PlainStream(File file) : m_file(std::move(file)) {}
    std::size_t read(char* buffer, std::size_t n) override {
        const std::size_t got = std::fread(buffer, 1, n, m_file.get());
        if (got < n && std::ferror(m_file.get()))
            throw std::runtime_error(say(sentence::kSystemReadError, {std::strerror(errno)}));
        m_offset += got;
        return got;
    }
    std::uint64_t fileOffset() const override { return m_offset; }

private:
    File m_file;
    std::uint64_t m_offset = 0;
};

// gzip, member after member (gzip -c a b > c writes several), through ISA-L's igzip: about
// three times zlib's inflate on dump text. Like gzip itself, bytes after the last member
// that are no gzip member are ignored (zlib's gzread did the same).
class GzipStream final : public ByteStream {
public:
    explicit GzipStream(File file) : m_in(std::move(file)) { start(); }
    std::size_t read(char* buffer, std::size_t n) override {
        if (m_ended)
            return 0;
        // ISA-L counts in 32 bits.
        const auto wanted = static_cast<std::uint32_t>(std::min<std::size_t>(n, 1u << 30));
        m_state.next_out = reinterpret_cast<std::uint8_t*>(buffer);
        m_state.avail_out = wanted;
        while (m_state.avail_out == wanted) {
            if (m_state.block_state == ISAL_BLOCK_FINISH) { // a member ended: another?
                if (!m_in.fill()) {
                    m_ended = true;
                    break;
                }
                start();
                // What follows a member is another one, or bytes to ignore as gzip does
                // ("trailing garbage"); a gzip magic number whose header then fails is damage.
                m_trailingBytes =
                    m_in.available() < 2 || std::memcmp(m_in.data(), "\x1f\x8b", 2) != 0;
            }
            const bool more = m_in.fill();
            if (!more)
                throw std::runtime_error(say(sentence::kTruncatedCompressed, {"gzip"}));
            m_state.next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(m_in.data()));
            m_state.avail_in = static_cast<std::uint32_t>(m_in.available());
            const int ret = isal_inflate(&m_state);
            m_in.consume(m_in.available() - m_state.avail_in);
            if (ret == ISAL_INVALID_WRAPPER && m_trailingBytes) {
                m_ended = true; // what follows the last member is no gzip member
                break;
            }
            if (ret < 0)
                throw std::runtime_error(
                    say(sentence::kDamagedCompressed, {"gzip", describe(ret)}));
        }
        return wanted - m_state.avail_out;
    }
    std::uint64_t fileOffset() const override { return m_in.fileOffset(); }

private:
    void start() { // keeps where the output goes, which isal_inflate_init clears
        std::uint8_t* const out = m_state.next_out;
        const std::uint32_t room = m_state.avail_out;
        isal_inflate_init(&m_state);
        m_state.next_out = out;
        m_state.avail_out = room;
        m_state.crc_flag = ISAL_GZIP; // the gzip header and trailer (CRC-32, length) checked
    }
    static std::string describe(int code) {
        switch (code) {
        case ISAL_INVALID_BLOCK:
            return sentence::kInvalidDeflateBlock;
        case ISAL_INVALID_SYMBOL:
            return sentence::kInvalidDeflateSymbol;
        case ISAL_INVALID_LOOKBACK:
            return sentence::kInvalidDistance;
        case ISAL_INVALID_WRAPPER:
            return sentence::kInvalidGzipHeader;
        case ISAL_UNSUPPORTED_METHOD:
            return sentence::kNotDeflate;
        case ISAL_INCORRECT_CHECKSUM:
            return sentence::kCrcMismatch;
        default:
            return say(sentence::kIsalError, {std::to_string(code)});
        }
    }
    CompressedInput m_in;
    inflate_state m_state{};
    bool m_trailingBytes = false; // after a member, bytes that do not start another
    bool m_ended = false;
};

// zstd: every frame of the file in turn (zstd -c a b > c concatenates frames).
class ZstdStream final : public ByteStream {
public:
    explicit ZstdStream(File file) : m_in(std::move(file)), m_stream(ZSTD_createDStream()) {
        if (!m_stream)
            throw std::bad_alloc();
        ZSTD_initDStream(m_stream.get());
    }
    std::size_t read(char* buffer, std::size_t n) override {
        ZSTD_outBuffer out{buffer, n, 0};
        while (out.pos == 0) {
            // At the end of the file the decoder is still called once with no input, to flush
            // what it holds.
            const bool more = m_in.fill();
            ZSTD_inBuffer in{m_in.data(), m_in.available(), 0};
            const std::size_t hint = ZSTD_decompressStream(m_stream.get(), &out, &in);
            if (ZSTD_isError(hint))
                throw std::runtime_error(
                    say(sentence::kDamagedCompressed, {"zstd", ZSTD_getErrorName(hint)}));
            m_in.consume(in.pos);
            // 0: a frame was completed and flushed. A call that moved nothing says nothing
            // about the last frame (it asks for the next frame's header).
            if (in.pos > 0 || out.pos > 0)
                m_inFrame = hint != 0;
            if (!more && out.pos == 0) {
                if (m_inFrame)
                    throw std::runtime_error(say(sentence::kTruncatedCompressed, {"zstd"}));
                return 0;
            }
        }
        return out.pos;
    }
    std::uint64_t fileOffset() const override { return m_in.fileOffset(); }

private:
    struct Free {
        void operator()(ZSTD_DStream* s) const { ZSTD_freeDStream(s); }
    };
    CompressedInput m_in;
    std::unique_ptr<ZSTD_DStream, Free> m_stream;
    bool m_inFrame = false;
};

// xz (and concatenated xz streams).
class XzStream final : public ByteStream {
public:
    explicit XzStream(File file) : m_in(std::move(file)) {
        if (lzma_stream_decoder(&m_stream, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK)
            throw std::runtime_error(say(sentence::kDecoderStart, {"xz"}));
    }
    ~XzStream() override { lzma_end(&m_stream); }
    std::size_t read(char* buffer, std::size_t n) override {
        if (m_ended)
            return 0;
        m_stream.next_out = reinterpret_cast<std::uint8_t*>(buffer);
        m_stream.avail_out = n;
        while (m_stream.avail_out == n) {
            const bool more = m_in.fill();
            m_stream.next_in = reinterpret_cast<const std::uint8_t*>(m_in.data());
            m_stream.avail_in = m_in.available();
            const lzma_ret ret = lzma_code(&m_stream, more ? LZMA_RUN : LZMA_FINISH);
            m_in.consume(m_in.available() - m_stream.avail_in);
            if (ret == LZMA_STREAM_END) {
                m_ended = true;
                break;
            }
            if (ret == LZMA_BUF_ERROR || (!more && ret == LZMA_OK && m_stream.avail_out == n))
                throw std::runtime_error(say(sentence::kTruncatedCompressed, {"xz"}));
            if (ret != LZMA_OK)
                throw std::runtime_error(
                    say(sentence::kDamagedCompressed,
                        {"xz", say(sentence::kLzmaError, {std::to_string(int(ret))})}));
        }
        return n - m_stream.avail_out;
    }
    std::uint64_t fileOffset() const override { return m_in.fileOffset(); }

private:
    CompressedInput m_in;
    lzma_stream m_stream = LZMA_STREAM_INIT;
    bool m_ended = false;
};

// bzip2, stream after stream (pbzip2 and bzip2 -c a b > c write several).
class Bzip2Stream final : public ByteStream {
public:
    explicit Bzip2Stream(File file) : m_in(std::move(file)) { start(); }
    ~Bzip2Stream() override { BZ2_bzDecompressEnd(&m_stream); }
    std::size_t read(char* buffer, std::size_t n) override {
        m_stream.next_out = buffer;
        m_stream.avail_out = static_cast<unsigned>(n);
        m_wanted = m_stream.avail_out;
        while (m_stream.avail_out == n) {
            if (!m_in.fill()) {
                if (m_inStream)
                    throw std::runtime_error(say(sentence::kTruncatedCompressed, {"bzip2"}));
                return 0;
            }
            if (!m_inStream) { // another stream follows the last one
                BZ2_bzDecompressEnd(&m_stream);
                start();
                m_stream.next_out = buffer + (n - std::size_t(m_wanted));
                m_stream.avail_out = m_wanted;
            }
            m_stream.next_in = const_cast<char*>(m_in.data());
            m_stream.avail_in = static_cast<unsigned>(m_in.available());
            const int ret = BZ2_bzDecompress(&m_stream);
            m_in.consume(m_in.available() - m_stream.avail_in);
            if (ret == BZ_STREAM_END)
                m_inStream = false;
            else if (ret != BZ_OK)
                throw std::runtime_error(
                    say(sentence::kDamagedCompressed,
                        {"bzip2", say(sentence::kBz2Error, {std::to_string(ret)})}));
        }
        return n - m_stream.avail_out;
    }
    std::uint64_t fileOffset() const override { return m_in.fileOffset(); }

private:
    void start() {
        m_stream = bz_stream{};
        if (BZ2_bzDecompressInit(&m_stream, 0, 0) != BZ_OK)
            throw std::runtime_error(say(sentence::kDecoderStart, {"bzip2"}));
        m_inStream = true;
    }
    CompressedInput m_in;
    bz_stream m_stream{};
    unsigned m_wanted = 0; // room in the caller's buffer (start() clears the stream's pointers)
    bool m_inStream = false;
};

} // namespace

std::span<const Compression> compressions() {
    return kCompressions;
}

std::string_view compressionSuffix(std::string_view fileName) {
    for (const Compression& c : kCompressions)
        if (fileName.size() > c.suffix.size() &&
            fileName.substr(fileName.size() - c.suffix.size()) == c.suffix)
            return c.suffix;
    return {};
}

std::unique_ptr<ByteStream> openByteStream(const std::string& path) {
    File file = openFile(path);
    std::array<char, 8> head{};
    const std::size_t got = std::fread(head.data(), 1, head.size(), file.get());
    std::rewind(file.get());
    const std::string_view start(head.data(), got);
    for (const Compression& c : kCompressions) {
        if (!start.starts_with(c.magic))
            continue;
        if (c.name == "bzip2")
            return std::make_unique<Bzip2Stream>(std::move(file));
        if (c.name == "zstd")
            return std::make_unique<ZstdStream>(std::move(file));
        if (c.name == "xz")
            return std::make_unique<XzStream>(std::move(file));
        if (c.name == "gzip")
            return std::make_unique<GzipStream>(std::move(file));
    }
    return std::make_unique<PlainStream>(std::move(file));
}

} // namespace tx::core
