#pragma once
// The displacement rows the pair kernel reads (DisplacementView), owned and reused from one
// (origin, frame) sample to the next. Apart from PairKernel.h so that the kernels' own files,
// compiled for AVX2 or AVX-512, never see an inline function the rest of the program calls
// (see CpuFeatures.h).
#include "core/correlate/PairKernel.h"

#include <cstddef>
#include <memory>
#include <new>

namespace tx::core {

// The rows a DisplacementView reads, owned: zero where nothing was written, so the fourth
// lane of every row stays 0.
class DisplacementRows {
public:
    // Room for at least this many atoms' rows (it never shrinks).
    void resize(std::size_t atoms);
    double* row(std::size_t atom) { return m_data.get() + 4 * atom; }
    DisplacementView view() const { return {m_data.get()}; }

private:
    struct Free {
        void operator()(double* p) const { ::operator delete[](p, std::align_val_t{64}); }
    };
    std::unique_ptr<double[], Free> m_data;
    std::size_t m_capacity = 0; // atoms that fit
};

} // namespace tx::core
