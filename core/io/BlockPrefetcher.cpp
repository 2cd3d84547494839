#include "core/io/BlockPrefetcher.h"

#include "core/io/InputError.h"

#include <cerrno>
#include <cstring>
#include <zlib.h>

namespace tx::core {

namespace {
constexpr std::size_t kBlocksAhead = 2;
}

BlockPrefetcher::BlockPrefetcher(const std::string& path, std::size_t blockSize)
    : m_blockSize(blockSize) {
    gzFile gz = gzopen(path.c_str(), "rb");
    if (!gz)
        throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    m_gz.reset(gz);
    gzbuffer(gz, 256 * 1024);
    m_thread = std::thread([this] { readAhead(); });
}

BlockPrefetcher::~BlockPrefetcher() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join(); // before m_gz closes the file
}

void BlockPrefetcher::GzClose::operator()(void* gz) const {
    gzclose_r(static_cast<gzFile>(gz));
}

void BlockPrefetcher::readAhead() {
    auto gz = static_cast<gzFile>(m_gz.get());
    for (;;) {
        Block block;
        try {
            block.bytes.resize(m_blockSize);
            const int got = gzread(gz, block.bytes.data(), static_cast<unsigned>(m_blockSize));
            if (got < 0) {
                int code = 0;
                block.error = gzerror(gz, &code);
                block.bytes.clear();
            } else {
                block.bytes.resize(static_cast<std::size_t>(got));
            }
            const auto offset = gzoffset(gz);
            block.fileOffsetAfter = offset > 0 ? static_cast<std::uint64_t>(offset) : 0;
        } catch (const std::bad_alloc&) {
            block.bytes.clear();
            block.error = "out of memory";
        }
        const bool last = block.bytes.empty();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_ready.size() < kBlocksAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(block));
        m_finished = last;
        m_changed.notify_all();
        if (last)
            return;
    }
}

BlockPrefetcher::Block BlockPrefetcher::take() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty(); });
    if (m_finished && m_ready.size() == 1)
        return m_ready.front(); // the end (or error) stays, for every later call
    Block block = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return block;
}

} // namespace tx::core
