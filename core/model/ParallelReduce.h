#pragma once
// The one parallel loop of the analysis kernels: a range cut into chunks of a fixed size,
// each chunk accumulated into its own partial, partials merged in chunk order. Chunking never
// depends on the thread count, so results are bit-identical for 1 or N threads.
#include "core/model/Progress.h"

#include <cstddef>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <vector>

namespace tx::core {

// accumulate(begin, end, partial) adds items [begin, end) into partial;
// merge(total, partial) adds a partial into the total. Checks for cancellation per chunk.
template <class Acc, class Accumulate, class Merge>
Acc reduceInChunks(std::size_t count, std::size_t chunkSize, const Acc& zero,
                   Accumulate&& accumulate, Merge&& merge, const Progress* progress = nullptr) {
    const std::size_t chunks = (count + chunkSize - 1) / chunkSize;
    if (chunks <= 1) { // the same sums without the parallel loop, which costs microseconds
        Acc partial = zero, total = zero;
        if (progress)
            progress->throwIfCancelled();
        if (count > 0)
            accumulate(0, count, partial);
        merge(total, partial);
        return total;
    }
    std::vector<Acc> partials(chunks, zero);
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, chunks, 1),
                      [&](const tbb::blocked_range<std::size_t>& r) {
                          for (std::size_t c = r.begin(); c != r.end(); ++c) {
                              if (progress && progress->isCancelled())
                                  return;
                              const std::size_t begin = c * chunkSize;
                              const std::size_t end = std::min(count, begin + chunkSize);
                              accumulate(begin, end, partials[c]);
                          }
                      });
    if (progress)
        progress->throwIfCancelled();
    Acc total = zero;
    for (const Acc& p : partials)
        merge(total, p);
    return total;
}

} // namespace tx::core
