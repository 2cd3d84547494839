// The AVX-512 path of pairScatteringSums (PairKernel.cpp calls it only on CPUs with AVX-512F
// and DQ). Compiled with -mavx512f -mavx512dq, so it holds intrinsics and plain loops only
// (see SincKernelAvx2.cpp): it writes the members of PairScatteringSums and never calls its
// (inline) default constructor.
//
// Two passes over blocks of pairs held in L1: first the gathers and square roots (a loop
// without calls, so every register stays live and the gathers overlap), then the sines, once
// per q. One pass that called SLEEF between the gathers spilled every register around each
// call.
#include "core/correlate/PairKernel.h"

#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

namespace {

constexpr std::size_t kBlock = 256; // pairs per block: 2 x 2 kB of arguments

// base[index] of eight lanes. The masked gather with a zero source, not _mm512_i32gather_pd,
// whose undefined source GCC 12 warns about.
inline __m512d gather(const double* base, __m256i index) {
    return _mm512_mask_i32gather_pd(_mm512_setzero_pd(), 0xff, index, base, 8);
}

inline __m512d length(__m512d x, __m512d y, __m512d z) {
    const __m512d r2 =
        _mm512_add_pd(_mm512_add_pd(_mm512_mul_pd(x, x), _mm512_mul_pd(y, y)), _mm512_mul_pd(z, z));
    return _mm512_maskz_sqrt_pd(0xff, r2); // maskz: see gather
}

// Pass 1: |dr_i + dr_j| and |dr_i - dr_j| of eight pairs into plus and minus.
inline void lengths(const DisplacementView& d, __m256i i, __m256i j, double* plus, double* minus) {
    const __m512d xi = gather(d.x, i), xj = gather(d.x, j);
    const __m512d yi = gather(d.y, i), yj = gather(d.y, j);
    const __m512d zi = gather(d.z, i), zj = gather(d.z, j);
    _mm512_store_pd(plus,
                    length(_mm512_add_pd(xi, xj), _mm512_add_pd(yi, yj), _mm512_add_pd(zi, zj)));
    _mm512_store_pd(minus,
                    length(_mm512_sub_pd(xi, xj), _mm512_sub_pd(yi, yj), _mm512_sub_pd(zi, zj)));
}

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
        const std::uint32_t* first = pairs.first + block;
        const std::uint32_t* second = pairs.second + block;
        std::size_t k = 0;
        for (; k + 8 <= m; k += 8)
            lengths(d, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(first + k)),
                    _mm256_loadu_si256(reinterpret_cast<const __m256i*>(second + k)), plus + k,
                    minus + k);
        if (k < m) { // the tail, padded with its first pair; those lanes are not added
            alignas(32) std::uint32_t i[8], j[8];
            for (std::size_t t = 0; t < 8; ++t) {
                i[t] = first[k + t < m ? k + t : k];
                j[t] = second[k + t < m ? k + t : k];
            }
            lengths(d, _mm256_load_si256(reinterpret_cast<const __m256i*>(i)),
                    _mm256_load_si256(reinterpret_cast<const __m256i*>(j)), plus + k, minus + k);
        }
        // Pass 2, once per wave number: only the sines depend on q.
        for (std::size_t w = 0; w < qCount; ++w)
            for (std::size_t v = 0; v < m; v += 8) {
                const auto keep = static_cast<__mmask8>(m - v >= 8 ? 0xff : (1u << (m - v)) - 1);
                plusSum[w] =
                    _mm512_mask_add_pd(plusSum[w], keep, plusSum[w],
                                       sinc8(_mm512_mul_pd(halfQ[w], _mm512_load_pd(plus + v))));
                minusSum[w] =
                    _mm512_mask_add_pd(minusSum[w], keep, minusSum[w],
                                       sinc8(_mm512_mul_pd(halfQ[w], _mm512_load_pd(minus + v))));
            }
    }
    for (std::size_t w = 0; w < qCount; ++w) {
        out[w].centreOfMass = laneSum(plusSum[w]);
        out[w].relative = laneSum(minusSum[w]);
    }
}

} // namespace tx::core
