#include "core/correlate/PairKernel.h"

#include "core/correlate/CpuFeatures.h"
#include "core/correlate/SegmentCorrelator.h"

#include <cmath>

#if defined(__x86_64__)
#include <emmintrin.h>
#include <sleef.h>
#endif

namespace tx::core {

#if defined(__x86_64__)
// Each in its own file, compiled with its own instruction set (see SincKernelAvx2.cpp).
PairScatteringSums pairScatteringSumsAvx2(const DisplacementView& d, const PairRun& pairs,
                                          double q);
PairScatteringSums pairScatteringSumsAvx512(const DisplacementView& d, const PairRun& pairs,
                                            double q);
#endif

namespace {

#if !defined(__x86_64__)
PairScatteringSums pairScatteringSumsScalar(const DisplacementView& d, const PairRun& pairs,
                                            double q) {
    PairScatteringSums s;
    for (std::size_t k = 0; k < pairs.count; ++k) {
        const std::uint32_t i = pairs.first[k], j = pairs.second[k];
        const double px = d.x[i] + d.x[j], py = d.y[i] + d.y[j], pz = d.z[i] + d.z[j];
        const double mx = d.x[i] - d.x[j], my = d.y[i] - d.y[j], mz = d.z[i] - d.z[j];
        s.centreOfMass += sincOf(q * std::sqrt(0.25 * (px * px + py * py + pz * pz)));
        s.relative += sincOf(q * std::sqrt(0.25 * (mx * mx + my * my + mz * mz)));
    }
    return s;
}
#else
// sin(x)/x of two lanes, the series 1 - x^2/6 below 1e-4.
__m128d sinc2(__m128d x) {
    const __m128d sinc = _mm_div_pd(Sleef_sind2_u10sse2(x), x);
    const __m128d series =
        _mm_sub_pd(_mm_set1_pd(1.0), _mm_mul_pd(_mm_mul_pd(x, x), _mm_set1_pd(1.0 / 6.0)));
    const __m128d useSeries = _mm_cmplt_pd(x, _mm_set1_pd(1e-4));
    return _mm_or_pd(_mm_and_pd(useSeries, series), _mm_andnot_pd(useSeries, sinc));
}

PairScatteringSums pairScatteringSumsSse2(const DisplacementView& d, const PairRun& pairs,
                                          double q) {
    // q |dr_+-| = q |dr_i +- dr_j| / 2: the halving is exact, so it may go with q.
    const __m128d halfQ = _mm_set1_pd(0.5 * q);
    __m128d plusSum = _mm_setzero_pd(), minusSum = _mm_setzero_pd();
    // Two pairs per step; an odd last pair is padded with a copy of itself, masked out.
    for (std::size_t k = 0; k < pairs.count; k += 2) {
        const bool both = k + 1 < pairs.count;
        const std::uint32_t i0 = pairs.first[k], j0 = pairs.second[k];
        const std::uint32_t i1 = both ? pairs.first[k + 1] : i0,
                            j1 = both ? pairs.second[k + 1] : j0;
        const __m128d xi = _mm_set_pd(d.x[i1], d.x[i0]), xj = _mm_set_pd(d.x[j1], d.x[j0]);
        const __m128d yi = _mm_set_pd(d.y[i1], d.y[i0]), yj = _mm_set_pd(d.y[j1], d.y[j0]);
        const __m128d zi = _mm_set_pd(d.z[i1], d.z[i0]), zj = _mm_set_pd(d.z[j1], d.z[j0]);
        auto length = [&](__m128d x, __m128d y, __m128d z) {
            const __m128d r2 =
                _mm_add_pd(_mm_add_pd(_mm_mul_pd(x, x), _mm_mul_pd(y, y)), _mm_mul_pd(z, z));
            return _mm_mul_pd(halfQ, _mm_sqrt_pd(r2));
        };
        __m128d plus = sinc2(length(_mm_add_pd(xi, xj), _mm_add_pd(yi, yj), _mm_add_pd(zi, zj)));
        __m128d minus = sinc2(length(_mm_sub_pd(xi, xj), _mm_sub_pd(yi, yj), _mm_sub_pd(zi, zj)));
        if (!both) {
            const __m128d low = _mm_castsi128_pd(_mm_set_epi64x(0, -1));
            plus = _mm_and_pd(plus, low);
            minus = _mm_and_pd(minus, low);
        }
        plusSum = _mm_add_pd(plusSum, plus);
        minusSum = _mm_add_pd(minusSum, minus);
    }
    double p[2], m[2];
    _mm_storeu_pd(p, plusSum);
    _mm_storeu_pd(m, minusSum);
    return {p[0] + p[1], m[0] + m[1]};
}

#endif

const PairKernelImplementation& kernel() {
    // The fastest this CPU runs; chosen once, since the CPU does not change while we run.
    static const PairKernelImplementation chosen = pairKernelImplementations().front();
    return chosen;
}

} // namespace

std::vector<PairKernelImplementation> pairKernelImplementations() {
#if defined(__x86_64__)
    std::vector<PairKernelImplementation> all;
    if (cpuHasAvx512())
        all.push_back({"avx512", pairScatteringSumsAvx512});
    if (cpuHasAvx2())
        all.push_back({"avx2", pairScatteringSumsAvx2});
    all.push_back({"sse2", pairScatteringSumsSse2});
    return all;
#else
    return {{"scalar", pairScatteringSumsScalar}};
#endif
}

PairScatteringSums pairScatteringSums(const DisplacementView& d, const PairRun& pairs, double q) {
    return kernel().function(d, pairs, q);
}

const char* pairKernelName() {
    return kernel().name;
}

} // namespace tx::core
