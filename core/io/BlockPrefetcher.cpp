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
// Read on the caller's thread before the reading-ahead thread starts (64 + 128 kB: the first
// frame of a few thousand atoms).
constexpr int kBlocksOnCallersThread = 2;
} // namespace

BlockPrefetcher::BlockPrefetcher(const std::string& path, std::size_t blockSize)
    : m_stream(openByteStream(path)), m_blockSize(blockSize),
      m_nextSize(std::min(kFirstBlock, blockSize)) {}

BlockPrefetcher::~BlockPrefetcher() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join(); // before m_stream closes the file
}

BlockPrefetcher::Block BlockPrefetcher::readBlock() {
    const std::size_t size = m_nextSize;
    m_nextSize = std::min(2 * m_nextSize, m_blockSize);
    Block block;
    {
        std::lock_guard lock(m_mutex);
        if (!m_spare.empty()) {
            block.bytes = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    try {
        // The small first blocks in pieces of kFirstBlock, the others in one read; each read
        // at least zlib's buffer, so it inflates straight into the block and no further. A
        // stream may return less than asked: read until the block is full or the data ends.
        block.bytes.resize(size);
        const std::size_t pieces = size <= 2 * kFirstBlock ? kFirstBlock : size;
        std::size_t filled = 0;
        while (filled < size && !m_stop.load()) {
            const std::size_t piece = std::min(pieces, size - filled);
            const std::size_t got = m_stream->read(block.bytes.data() + filled, piece);
            filled += got;
            if (got == 0)
                break; // the end of the data
        }
        block.bytes.resize(filled);
        block.fileOffsetAfter = m_stream->fileOffset();
    } catch (const std::bad_alloc&) {
        block.bytes.clear();
        block.error = "out of memory";
    } catch (const std::exception& e) {
        block.bytes.clear();
        block.error = e.what();
    }
    return block;
}

void BlockPrefetcher::readAhead() {
    for (;;) {
        Block block = readBlock();
        if (m_stop.load())
            return;
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
    // The first blocks on the caller's thread: a reader that wants only the first frame
    // (species, the structure stage, the 3D view) starts no thread and reads nothing ahead.
    if (!m_thread.joinable()) {
        if (m_end)
            return *m_end; // the end (or error) stays, for every later call
        if (m_blocksHere < kBlocksOnCallersThread) {
            ++m_blocksHere;
            Block block = readBlock();
            if (block.bytes.empty())
                m_end = block;
            return block;
        }
        m_thread = std::thread([this] { readAhead(); });
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty(); });
    if (m_finished && m_ready.size() == 1)
        return m_ready.front(); // the end (or error) stays, for every later call
    Block block = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return block;
}

void BlockPrefetcher::recycle(std::vector<char>&& bytes) {
    std::lock_guard lock(m_mutex);
    if (m_spare.size() < kBlocksAhead + 1) // as many as can be in flight at once
        m_spare.push_back(std::move(bytes));
}

} // namespace tx::core
