#include "core/io/BlockPrefetcher.h"

#include "core/io/InputError.h"

namespace tx::core {

namespace {
constexpr std::size_t kBlocksAhead = 2;
}

BlockPrefetcher::BlockPrefetcher(const std::string& path, std::size_t blockSize)
    : m_stream(openByteStream(path)), m_blockSize(blockSize) {
    m_thread = std::thread([this] { readAhead(); });
}

BlockPrefetcher::~BlockPrefetcher() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join(); // before m_stream closes the file
}

void BlockPrefetcher::readAhead() {
    for (;;) {
        Block block;
        try {
            block.bytes.resize(m_blockSize);
            block.bytes.resize(m_stream->read(block.bytes.data(), m_blockSize));
            block.fileOffsetAfter = m_stream->fileOffset();
        } catch (const std::bad_alloc&) {
            block.bytes.clear();
            block.error = "out of memory";
        } catch (const std::exception& e) {
            block.bytes.clear();
            block.error = e.what();
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
