// The AVX2+FMA path of pairScatteringSums (PairKernel.cpp calls it only on CPUs that have
// both). Compiled with -mavx2 -mfma, so it holds intrinsics and plain loops only (see
// SincKernelAvx2.cpp): it writes the members of PairScatteringSums and never calls its
// (inline) default constructor. Two passes per block, as in PairKernelAvx512.cpp.
#include "core/correlate/PairKernel.h"

#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

namespace {

constexpr std::size_t kBlock = 256;

// base[index] of four lanes. The masked gather with a zero source, not _mm256_i32gather_pd,
// whose undefined source GCC 12 warns about.
inline __m256d gather(const double* base, __m128i index) {
    const __m256d all = _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
    return _mm256_mask_i32gather_pd(_mm256_setzero_pd(), base, index, all, 8);
}

inline __m256d length(__m256d x, __m256d y, __m256d z) {
    const __m256d r2 =
        _mm256_add_pd(_mm256_add_pd(_mm256_mul_pd(x, x), _mm256_mul_pd(y, y)), _mm256_mul_pd(z, z));
    return _mm256_sqrt_pd(r2);
}

// Pass 1: |dr_i + dr_j| and |dr_i - dr_j| of four pairs into plus and minus.
inline void lengths(const DisplacementView& d, __m128i i, __m128i j, double* plus, double* minus) {
    const __m256d xi = gather(d.x, i), xj = gather(d.x, j);
    const __m256d yi = gather(d.y, i), yj = gather(d.y, j);
    const __m256d zi = gather(d.z, i), zj = gather(d.z, j);
    _mm256_store_pd(plus,
                    length(_mm256_add_pd(xi, xj), _mm256_add_pd(yi, yj), _mm256_add_pd(zi, zj)));
    _mm256_store_pd(minus,
                    length(_mm256_sub_pd(xi, xj), _mm256_sub_pd(yi, yj), _mm256_sub_pd(zi, zj)));
}

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
        const std::uint32_t* first = pairs.first + block;
        const std::uint32_t* second = pairs.second + block;
        std::size_t k = 0;
        for (; k + 4 <= m; k += 4)
            lengths(d, _mm_loadu_si128(reinterpret_cast<const __m128i*>(first + k)),
                    _mm_loadu_si128(reinterpret_cast<const __m128i*>(second + k)), plus + k,
                    minus + k);
        if (k < m) { // the tail, padded with its first pair; those lanes are not added
            alignas(16) std::uint32_t i[4], j[4];
            for (std::size_t t = 0; t < 4; ++t) {
                i[t] = first[k + t < m ? k + t : k];
                j[t] = second[k + t < m ? k + t : k];
            }
            lengths(d, _mm_load_si128(reinterpret_cast<const __m128i*>(i)),
                    _mm_load_si128(reinterpret_cast<const __m128i*>(j)), plus + k, minus + k);
        }
        // Pass 2, once per wave number: only the sines depend on q.
        for (std::size_t v = 0; v < m; v += 4) {
            alignas(32) std::int64_t keep[4];
            for (std::size_t t = 0; t < 4; ++t)
                keep[t] = v + t < m ? -1 : 0;
            const __m256d mask =
                _mm256_castsi256_pd(_mm256_load_si256(reinterpret_cast<const __m256i*>(keep)));
            const __m256d p = _mm256_load_pd(plus + v), n = _mm256_load_pd(minus + v);
            for (std::size_t w = 0; w < qCount; ++w) {
                plusSum[w] = _mm256_add_pd(plusSum[w],
                                           _mm256_and_pd(mask, sinc4(_mm256_mul_pd(halfQ[w], p))));
                minusSum[w] = _mm256_add_pd(minusSum[w],
                                            _mm256_and_pd(mask, sinc4(_mm256_mul_pd(halfQ[w], n))));
            }
        }
    }
    for (std::size_t w = 0; w < qCount; ++w) {
        out[w].centreOfMass = laneSum(plusSum[w]);
        out[w].relative = laneSum(minusSum[w]);
    }
}

} // namespace tx::core
