#pragma once
// Reads a file through its decompressor (ByteStream: plain, gzip, bzip2, zstd or xz) on a thread
// of its own, a block or two ahead of its reader: decompressing one stream cannot be split, but
// it can run while the previous block is being parsed. The first two (small) blocks are read
// on the reader's thread, and the thread starts only for the third.
#include "core/io/ByteStream.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tx::core {

class BlockPrefetcher {
public:
    struct Block {
        std::vector<char> bytes;           // empty at the end of the file
        std::uint64_t fileOffsetAfter = 0; // position in the file on disk after this block
        std::string error;                 // the decompressor's message when the read failed
    };

    // Blocks of at most blockSize bytes (the first ones smaller: 64 kB, doubling). Throws
    // InputError when the file cannot be opened.
    explicit BlockPrefetcher(const std::string& path, std::size_t blockSize);
    ~BlockPrefetcher(); // stops the thread, even mid-file
    BlockPrefetcher(const BlockPrefetcher&) = delete;
    BlockPrefetcher& operator=(const BlockPrefetcher&) = delete;

    // The next block in file order; waits for it. After the end or an error, returns the
    // same end or error again.
    Block take();
    // Hands back the bytes of a block taken and used up, for a later block to reuse: a new
    // megabyte per block meant fresh pages (zeroed by the kernel, then by resize) every time.
    void recycle(std::vector<char>&& bytes);

private:
    Block readBlock(); // the next block, of m_nextSize
    void readAhead();

    // Owned, so that the file is closed even if the constructor throws after opening it (a
    // leak the DCD reader once had).
    std::unique_ptr<ByteStream> m_stream;
    std::size_t m_blockSize;
    std::size_t m_nextSize;     // of the next block read
    int m_blocksHere = 0;       // read on the caller's thread so far
    std::optional<Block> m_end; // the end (or error), met on the caller's thread
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_ready;
    std::vector<std::vector<char>> m_spare; // recycled block storage
    bool m_finished = false;                // the thread has queued the end or an error
    std::atomic<bool> m_stop{false};        // read between pieces of a block, without the lock
    std::thread m_thread;
};

} // namespace tx::core
