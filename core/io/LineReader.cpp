#include "core/io/LineReader.h"

#include "core/io/InputError.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <cstring>

namespace tx::core {

namespace {
constexpr std::size_t kBlockSize = 1 << 20;
}

LineReader::LineReader(std::string path)
    : m_path(std::move(path)), m_blocks(std::make_unique<BlockPrefetcher>(m_path, kBlockSize)) {}

LineReader::~LineReader() = default;

bool LineReader::refill() {
    if (m_eof)
        return false;
    const BlockPrefetcher::Block block = m_blocks->take();
    // Keep the unfinished line at the start of the buffer; grow it as the blocks grow (they
    // start at 64 kB: a small file never costs the megabytes of a large one's buffer, which
    // made opening one 2.5 ms) and when one line is huge.
    const std::size_t pending = m_end - m_begin;
    if (pending > 0)
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
    m_begin = 0;
    m_end = pending;
    if (m_buffer.size() - m_end < block.bytes.size())
        m_buffer.resize(std::max(m_end + block.bytes.size(), 2 * m_buffer.size()));
    if (!block.error.empty())
        throw InputError(m_path, m_lineNumber + 1, say(sentence::kReadError, {block.error}));
    m_fileOffset = block.fileOffsetAfter;
    if (block.bytes.empty()) {
        m_eof = true;
        return false;
    }
    std::memcpy(m_buffer.data() + m_end, block.bytes.data(), block.bytes.size());
    m_end += block.bytes.size();
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
        if (!refill()) {
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

} // namespace tx::core
