#include "core/io/BlockPrefetcher.h"

#include "core/io/InputError.h"

#include <algorithm>

namespace tx::core {

namespace {
constexpr std::size_t kBlocksAhead = 2;
// The first block is this small and each next one twice as large, up to the block size: a
// reader that wants only the first frame (species, the structure stage, the 3D view) has
// then decompressed a few hundred kB, not the three blocks of 1 MB ahead of it.
constexpr std::size_t kFirstBlock = 64 << 10;
} // namespace

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
    std::size_t size = std::min(kFirstBlock, m_blockSize);
    for (;; size = std::min(2 * size, m_blockSize)) {
        Block block;
        try {
            // In pieces, so that a reader that stops early (it wanted the first frame) does
            // not wait for a whole block to be decompressed in vain.
            block.bytes.resize(size);
            std::size_t filled = 0;
            while (filled < size && !m_stop.load()) {
                const std::size_t piece = std::min(kFirstBlock, size - filled);
                const std::size_t got = m_stream->read(block.bytes.data() + filled, piece);
                filled += got;
                if (got == 0)
                    break; // the end of the data
            }
            if (m_stop.load())
                return;
            block.bytes.resize(filled);
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
