#include "core/io/LineReader.h"

#include "core/io/InputError.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <cstring>

namespace tx::core {

namespace {
constexpr std::size_t kBlockSize = 1 << 20;

// Appends to ends the offsets of the newlines in text[from, size), until ends holds `want`;
// returns where the search stopped (after the last newline taken, or size).
std::size_t findLineEnds(const char* text, std::size_t from, std::size_t size,
                         std::vector<std::size_t>& ends, std::size_t want) {
    std::size_t at = from;
    while (at < size && ends.size() < want) {
        const void* nl = std::memchr(text + at, '\n', size - at);
        if (!nl)
            return size;
        const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - text);
        ends.push_back(end);
        at = end + 1;
    }
    return at;
}

} // namespace

LineReader::LineReader(std::string path)
    : m_path(std::move(path)), m_blocks(std::make_unique<BlockPrefetcher>(m_path, kBlockSize)) {}

LineReader::~LineReader() = default;

bool LineReader::refill(std::int64_t lineForErrors) {
    if (m_eof)
        return false;
    BlockPrefetcher::Block block = m_blocks->take();
    if (!block.error.empty())
        throw InputError(m_path, lineForErrors, say(sentence::kReadError, {block.error}));
    m_fileOffset = block.fileOffsetAfter;
    if (block.bytes.empty()) {
        m_eof = true;
        return false;
    }
    // Append after the unfinished part (a line, or the lines nextLines is gathering). Only
    // when the room behind it runs out is it moved to the front, and the buffer grown if that
    // is not enough (the blocks start at 64 kB, so a small file never costs a large buffer;
    // a frame longer than the buffer doubles it): moving it on every block made reading a
    // large frame quadratic.
    if (m_buffer.size() - m_end < block.bytes.size()) {
        const std::size_t pending = m_end - m_begin;
        if (m_begin > 0 && pending > 0)
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
        m_begin = 0;
        m_end = pending;
        if (m_buffer.size() - m_end < block.bytes.size())
            m_buffer.resize(std::max(m_end + block.bytes.size(), 2 * m_buffer.size()));
    }
    std::memcpy(m_buffer.data() + m_end, block.bytes.data(), block.bytes.size());
    m_end += block.bytes.size();
    m_blocks->recycle(std::move(block.bytes));
    return true;
}

bool LineReader::next(std::string_view& line) {
    for (;;) {
        const char* start = m_buffer.data() + m_begin;
        const void* nl = m_end > m_begin ? std::memchr(start, '\n', m_end - m_begin) : nullptr;
        if (nl) {
            const std::size_t len = static_cast<const char*>(nl) - start;
            line = std::string_view(start, len);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            m_begin += len + 1;
            m_bytesConsumed += len + 1;
            ++m_lineNumber;
            return true;
        }
        if (!refill(m_lineNumber + 1)) {
            if (m_begin == m_end)
                return false;
            // Last line without a newline.
            line = std::string_view(m_buffer.data() + m_begin, m_end - m_begin);
            m_bytesConsumed += m_end - m_begin;
            m_begin = m_end;
            m_unterminated = true;
            ++m_lineNumber;
            return true;
        }
    }
}

std::size_t LineReader::nextLines(std::size_t count, std::string_view& text,
                                  std::vector<std::size_t>& lineEnds) {
    lineEnds.clear();
    // Offsets from m_begin (refill may move the bytes to the front of the buffer): searched,
    // how far newlines have been looked for; scanned, the end of the last whole line.
    std::size_t searched = 0, scanned = 0;
    while (lineEnds.size() < count) {
        searched =
            findLineEnds(m_buffer.data() + m_begin, searched, m_end - m_begin, lineEnds, count);
        if (!lineEnds.empty())
            scanned = lineEnds.back() + 1;
        if (lineEnds.size() == count)
            break;
        if (!refill(m_lineNumber + static_cast<std::int64_t>(lineEnds.size()) + 1)) {
            if (scanned < m_end - m_begin) { // the last line, without its newline
                scanned = m_end - m_begin;
                lineEnds.push_back(scanned);
                m_unterminated = true;
            }
            break;
        }
    }
    text = std::string_view(m_buffer.data() + m_begin, scanned);
    m_begin += scanned;
    m_bytesConsumed += scanned;
    m_lineNumber += static_cast<std::int64_t>(lineEnds.size());
    return lineEnds.size();
}

} // namespace tx::core
