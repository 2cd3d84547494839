#pragma once
// The first pass of the AVX2 and AVX-512 pair kernels: the lengths |dr_i + dr_j| and
// |dr_i - dr_j| of a block of pairs, from the atoms' 32-byte rows (x, y, z, 0), four pairs
// at a time: eight row loads, a 4 x 4 transpose by horizontal adds, two square roots.
// Include it only from a file compiled with -mavx2 (or more). Its functions have internal
// linkage on purpose: each kernel file gets its own copy, compiled for its instruction set,
// so the linker can never hand the AVX-512 copy to the AVX2 path (see CpuFeatures.h).
#include "core/correlate/PairKernel.h"

#include <immintrin.h>

namespace tx::core {
namespace {

// Four rows (x^2, y^2, z^2, 0) into their sums, (x^2 + y^2) + z^2 as sincOf's callers add
// them: the horizontal adds give x^2 + y^2 and z^2 + 0 (exact), then one add.
inline __m256d rowSums(__m256d a, __m256d b, __m256d c, __m256d d) {
    const __m256d ab = _mm256_hadd_pd(_mm256_mul_pd(a, a), _mm256_mul_pd(b, b));
    const __m256d cd = _mm256_hadd_pd(_mm256_mul_pd(c, c), _mm256_mul_pd(d, d));
    return _mm256_add_pd(_mm256_permute2f128_pd(ab, cd, 0x20),  // x^2 + y^2 of a, b, c, d
                         _mm256_permute2f128_pd(ab, cd, 0x31)); // z^2 of a, b, c, d
}

// |dr_i + dr_j|^2 and |dr_i - dr_j|^2 of the pairs (i[t], j[t]), t < 4.
inline void squaredLengths4(const DisplacementView& d, const std::uint32_t* i,
                            const std::uint32_t* j, __m256d& plus, __m256d& minus) {
    const double* r = d.xyzw;
    const __m256d i0 = _mm256_load_pd(r + 4 * std::size_t(i[0]));
    const __m256d i1 = _mm256_load_pd(r + 4 * std::size_t(i[1]));
    const __m256d i2 = _mm256_load_pd(r + 4 * std::size_t(i[2]));
    const __m256d i3 = _mm256_load_pd(r + 4 * std::size_t(i[3]));
    const __m256d j0 = _mm256_load_pd(r + 4 * std::size_t(j[0]));
    const __m256d j1 = _mm256_load_pd(r + 4 * std::size_t(j[1]));
    const __m256d j2 = _mm256_load_pd(r + 4 * std::size_t(j[2]));
    const __m256d j3 = _mm256_load_pd(r + 4 * std::size_t(j[3]));
    plus = rowSums(_mm256_add_pd(i0, j0), _mm256_add_pd(i1, j1), _mm256_add_pd(i2, j2),
                   _mm256_add_pd(i3, j3));
    minus = rowSums(_mm256_sub_pd(i0, j0), _mm256_sub_pd(i1, j1), _mm256_sub_pd(i2, j2),
                    _mm256_sub_pd(i3, j3));
}

// Pass 1 of both kernels: |dr_i + dr_j| into plus and |dr_i - dr_j| into minus for the m
// pairs (first[k], second[k]) of a block, four at a time. A short tail (m % 4 pairs) is
// padded by repeating its first pair up to the next multiple of 4: the caller masks those
// lanes out. plus and minus are 32-byte aligned.
inline void pairLengths(const DisplacementView& d, const std::uint32_t* first,
                        const std::uint32_t* second, std::size_t m, double* plus, double* minus) {
    auto four = [&](const std::uint32_t* i, const std::uint32_t* j, std::size_t k) {
        __m256d p, n;
        squaredLengths4(d, i, j, p, n);
        _mm256_store_pd(plus + k, _mm256_sqrt_pd(p));
        _mm256_store_pd(minus + k, _mm256_sqrt_pd(n));
    };
    std::size_t k = 0;
    for (; k + 4 <= m; k += 4)
        four(first + k, second + k, k);
    if (k < m) {
        std::uint32_t i[4], j[4];
        for (std::size_t t = 0; t < 4; ++t) {
            i[t] = first[k + t < m ? k + t : k];
            j[t] = second[k + t < m ? k + t : k];
        }
        four(i, j, k);
    }
}

} // namespace
} // namespace tx::core
