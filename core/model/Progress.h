#pragma once
// Progress and cancellation shared between a computation and whoever watches it (CLI ticker,
// GUI progress bar). Lock-free: the worker adds, the watcher reads or cancels.
#include "core/io/InputError.h"

#include <atomic>
#include <cstdint>

namespace tx::core {

class Progress {
public:
    void setTotal(std::int64_t units) { m_total.store(units); }
    void addToTotal(std::int64_t units) { m_total.fetch_add(units); }
    void advance(std::int64_t units = 1) { m_done.fetch_add(units); }
    std::int64_t done() const { return m_done.load(); }
    std::int64_t total() const { return m_total.load(); }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    void throwIfCancelled() const {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<std::int64_t> m_done{0};
    std::atomic<std::int64_t> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace tx::core
