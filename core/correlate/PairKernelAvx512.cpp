// The AVX-512 path of pairScatteringSums (PairKernel.cpp calls it only on CPUs with AVX-512F
// and DQ). Compiled with -mavx512f -mavx512dq, so it holds intrinsics and plain loops only
// (see SincKernelAvx2.cpp): it writes the members of PairScatteringSums and never calls its
// (inline) default constructor.
//
// Two passes over blocks of pairs held in L1: first the loads and square roots, four pairs at
// a time as in the AVX2 path (row loads beat eight-lane gathers), then SLEEF's eight-lane
// sines, once per q.
#include "core/correlate/PairKernel.h"
#include "core/correlate/PairRowsAvx2.h"

#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

namespace {

constexpr std::size_t kBlock = 256; // pairs per block (a multiple of 8): 2 x 2 kB of lengths

// sin(x)/x of eight lanes, the series 1 - x^2/6 below 1e-4.
inline __m512d sinc8(__m512d x) {
    const __m512d sinc = _mm512_div_pd(Sleef_sind8_u10avx512f(x), x);
    const __m512d series = _mm512_sub_pd(
        _mm512_set1_pd(1.0), _mm512_mul_pd(_mm512_mul_pd(x, x), _mm512_set1_pd(1.0 / 6.0)));
    return _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, _mm512_set1_pd(1e-4), _CMP_LT_OQ), sinc,
                                series);
}

inline double laneSum(__m512d v) {
    alignas(64) double lanes[8];
    _mm512_store_pd(lanes, v);
    return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) +
           ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
}

} // namespace

void pairScatteringSumsAvx512(const DisplacementView& d, const PairRun& pairs, const double* qs,
                              std::size_t qCount, PairScatteringSums* out) {
    // q |dr_+-| = q |dr_i +- dr_j| / 2: the halving is exact, so it may go with q.
    __m512d halfQ[kMaxWavenumbers], plusSum[kMaxWavenumbers], minusSum[kMaxWavenumbers];
    for (std::size_t w = 0; w < qCount; ++w) {
        halfQ[w] = _mm512_set1_pd(0.5 * qs[w]);
        plusSum[w] = minusSum[w] = _mm512_setzero_pd();
    }
    alignas(64) double plus[kBlock], minus[kBlock];
    for (std::size_t block = 0; block < pairs.count; block += kBlock) {
        const std::size_t m = pairs.count - block < kBlock ? pairs.count - block : kBlock;
        pairLengths(d, pairs.first + block, pairs.second + block, m, plus, minus);
        // Pass 2, once per wave number: only the sines depend on q. The lanes past m (padding,
        // or never written) are loaded as zeros and not added.
        for (std::size_t w = 0; w < qCount; ++w)
            for (std::size_t v = 0; v < m; v += 8) {
                const auto keep = static_cast<__mmask8>(m - v >= 8 ? 0xff : (1u << (m - v)) - 1);
                const __m512d p = _mm512_maskz_load_pd(keep, plus + v);
                const __m512d n = _mm512_maskz_load_pd(keep, minus + v);
                plusSum[w] = _mm512_mask_add_pd(plusSum[w], keep, plusSum[w],
                                                sinc8(_mm512_mul_pd(halfQ[w], p)));
                minusSum[w] = _mm512_mask_add_pd(minusSum[w], keep, minusSum[w],
                                                 sinc8(_mm512_mul_pd(halfQ[w], n)));
            }
    }
    for (std::size_t w = 0; w < qCount; ++w) {
        out[w].centreOfMass = laneSum(plusSum[w]);
        out[w].relative = laneSum(minusSum[w]);
    }
}

} // namespace tx::core
