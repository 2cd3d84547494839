// The AVX2+FMA path of pairScatteringSums (PairKernel.cpp calls it only on CPUs that have
// both). Compiled with -mavx2 -mfma, so it holds intrinsics and plain loops only (see
// SincKernelAvx2.cpp): it writes the members of PairScatteringSums and never calls its
// (inline) default constructor.
//
// Two passes over blocks of pairs held in L1: first the loads and square roots (a loop
// without calls, so every register stays live and the loads overlap), then the sines, once
// per q. One pass that called SLEEF between the loads spilled every register around each call.
#include "core/correlate/PairKernel.h"
#include "core/correlate/PairRowsAvx2.h"

#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

namespace {

constexpr std::size_t kBlock = 256; // pairs per block (a multiple of 4): 2 x 2 kB of lengths

// sin(x)/x of four lanes, the series 1 - x^2/6 below 1e-4.
inline __m256d sinc4(__m256d x) {
    const __m256d sinc = _mm256_div_pd(Sleef_sind4_u10avx2(x), x);
    const __m256d series = _mm256_sub_pd(
        _mm256_set1_pd(1.0), _mm256_mul_pd(_mm256_mul_pd(x, x), _mm256_set1_pd(1.0 / 6.0)));
    return _mm256_blendv_pd(sinc, series, _mm256_cmp_pd(x, _mm256_set1_pd(1e-4), _CMP_LT_OQ));
}

inline double laneSum(__m256d v) {
    alignas(32) double lanes[4];
    _mm256_store_pd(lanes, v);
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

} // namespace

void pairScatteringSumsAvx2(const DisplacementView& d, const PairRun& pairs, const double* qs,
                            std::size_t qCount, PairScatteringSums* out) {
    // q |dr_+-| = q |dr_i +- dr_j| / 2: the halving is exact, so it may go with q.
    __m256d halfQ[kMaxWavenumbers], plusSum[kMaxWavenumbers], minusSum[kMaxWavenumbers];
    for (std::size_t w = 0; w < qCount; ++w) {
        halfQ[w] = _mm256_set1_pd(0.5 * qs[w]);
        plusSum[w] = minusSum[w] = _mm256_setzero_pd();
    }
    alignas(32) double plus[kBlock], minus[kBlock];
    for (std::size_t block = 0; block < pairs.count; block += kBlock) {
        const std::size_t m = pairs.count - block < kBlock ? pairs.count - block : kBlock;
        // Pass 1: |dr_i + dr_j| and |dr_i - dr_j| of the block.
        pairLengths(d, pairs.first + block, pairs.second + block, m, plus, minus);
        // Pass 2, once per wave number: only the sines depend on q. The last vector of a
        // block may hold padding lanes, which are masked out.
        for (std::size_t w = 0; w < qCount; ++w)
            for (std::size_t v = 0; v < m; v += 4) {
                const __m256d p = sinc4(_mm256_mul_pd(halfQ[w], _mm256_load_pd(plus + v)));
                const __m256d n = sinc4(_mm256_mul_pd(halfQ[w], _mm256_load_pd(minus + v)));
                if (v + 4 <= m) {
                    plusSum[w] = _mm256_add_pd(plusSum[w], p);
                    minusSum[w] = _mm256_add_pd(minusSum[w], n);
                } else {
                    const long long left = static_cast<long long>(m - v); // 1, 2 or 3
                    const __m256d keep = _mm256_castsi256_pd(_mm256_cmpgt_epi64(
                        _mm256_set1_epi64x(left), _mm256_set_epi64x(3, 2, 1, 0)));
                    plusSum[w] = _mm256_add_pd(plusSum[w], _mm256_and_pd(keep, p));
                    minusSum[w] = _mm256_add_pd(minusSum[w], _mm256_and_pd(keep, n));
                }
            }
    }
    for (std::size_t w = 0; w < qCount; ++w) {
        out[w].centreOfMass = laneSum(plusSum[w]);
        out[w].relative = laneSum(minusSum[w]);
    }
}

} // namespace tx::core
