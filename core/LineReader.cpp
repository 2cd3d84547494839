#include "core/LineReader.h"

#include "core/InputError.h"

#include <cerrno>
#include <cstring>
#include <zlib.h>

namespace tx::core {

namespace {
constexpr std::size_t kBlockSize = 1 << 20;
}

LineReader::LineReader(std::string path) : m_path(std::move(path)), m_buffer(2 * kBlockSize) {
    gzFile gz = gzopen(m_path.c_str(), "rb");
    if (!gz)
        throw InputError(m_path, 0, std::string("cannot open: ") + std::strerror(errno));
    gzbuffer(gz, 256 * 1024);
    m_gz = gz;
}

LineReader::~LineReader() {
    if (m_gz)
        gzclose_r(static_cast<gzFile>(m_gz));
}

std::uint64_t LineReader::fileOffset() const {
    const auto offset = gzoffset(static_cast<gzFile>(m_gz));
    return offset > 0 ? static_cast<std::uint64_t>(offset) : 0;
}

bool LineReader::refill() {
    if (m_eof)
        return false;
    // Keep the unfinished line at the start of the buffer, grow if one line is huge.
    const std::size_t pending = m_end - m_begin;
    std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
    m_begin = 0;
    m_end = pending;
    if (m_buffer.size() - m_end < kBlockSize)
        m_buffer.resize(m_end + kBlockSize);
    const int got = gzread(static_cast<gzFile>(m_gz), m_buffer.data() + m_end,
                           static_cast<unsigned>(kBlockSize));
    if (got < 0) {
        int code = 0;
        const char* msg = gzerror(static_cast<gzFile>(m_gz), &code);
        throw InputError(m_path, m_lineNumber + 1,
                         std::string("read error (") + msg + "); the file may be truncated");
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(got);
    return true;
}

bool LineReader::next(std::string_view& line) {
    for (;;) {
        const char* start = m_buffer.data() + m_begin;
        const void* nl = std::memchr(start, '\n', m_end - m_begin);
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
