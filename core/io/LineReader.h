#pragma once
// Reads a text file line by line, plain or gzip-compressed (zlib detects which), in large
// blocks so that memory does not depend on the file's size. The blocks are read (and
// decompressed) a little ahead, on a thread of their own (BlockPrefetcher).
#include "core/io/BlockPrefetcher.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tx::core {

class LineReader {
public:
    explicit LineReader(std::string path);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Next line without its end-of-line; false at end of file. Throws InputError on a read or
    // decompression error (a truncated .gz, for instance). The view lives until the next call.
    bool next(std::string_view& line);
    // The next `count` lines at once, where they lie, without copying them one by one (the
    // atom lines of a frame): text holds them end to end, line k ending at lineEnds[k] (its
    // newline, or the end of text for a last line without one; a '\r' before it is left in).
    // Returns how many there were: fewer than count only at the end of the file. The text
    // lives until the next call. Throws as next() does.
    std::size_t nextLines(std::size_t count, std::string_view& text,
                          std::vector<std::size_t>& lineEnds);
    std::int64_t lineNumber() const { return m_lineNumber; }
    // True once the last line came without its newline: the usual sign of a cut-off file.
    bool endedWithoutNewline() const { return m_unterminated; }
    const std::string& path() const { return m_path; }
    // Uncompressed text consumed so far (reader MB/s).
    std::uint64_t bytesConsumed() const { return m_bytesConsumed; }
    // Position in the file on disk, compressed if gzip (progress against the file size).
    std::uint64_t fileOffset() const { return m_fileOffset; }

private:
    // Appends the next block; false at the end of the file. Errors name line lineForErrors.
    bool refill(std::int64_t lineForErrors);

    std::string m_path;
    std::unique_ptr<BlockPrefetcher> m_blocks;
    std::uint64_t m_fileOffset = 0;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    bool m_unterminated = false;
    std::int64_t m_lineNumber = 0;
    std::uint64_t m_bytesConsumed = 0;
};

} // namespace tx::core
