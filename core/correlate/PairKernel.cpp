#include "core/correlate/PairKernel.h"

#include "core/correlate/CpuFeatures.h"
#include "core/correlate/SegmentCorrelator.h"

#include <cmath>
#include <stdexcept>

#if defined(__x86_64__)
#include <emmintrin.h>
#include <sleef.h>
#endif

namespace tx::core {

#if defined(__x86_64__)
// Each in its own file, compiled with its own instruction set (see SincKernelAvx2.cpp).
void pairScatteringSumsAvx2(const DisplacementView& d, const PairRun& pairs, const double* qs,
                            std::size_t qCount, PairScatteringSums* out);
void pairScatteringSumsAvx512(const DisplacementView& d, const PairRun& pairs, const double* qs,
                              std::size_t qCount, PairScatteringSums* out);
#endif

namespace {

#if !defined(__x86_64__)
void pairScatteringSumsScalar(const DisplacementView& d, const PairRun& pairs, const double* qs,
                              std::size_t qCount, PairScatteringSums* out) {
    for (std::size_t w = 0; w < qCount; ++w)
        out[w] = {};
    for (std::size_t k = 0; k < pairs.count; ++k) {
        const double* ri = d.xyzw + 4 * std::size_t(pairs.first[k]);
        const double* rj = d.xyzw + 4 * std::size_t(pairs.second[k]);
        const double px = ri[0] + rj[0], py = ri[1] + rj[1], pz = ri[2] + rj[2];
        const double mx = ri[0] - rj[0], my = ri[1] - rj[1], mz = ri[2] - rj[2];
        const double plus = std::sqrt(px * px + py * py + pz * pz);
        const double minus = std::sqrt(mx * mx + my * my + mz * mz);
        for (std::size_t w = 0; w < qCount; ++w) {
            out[w].centreOfMass += sincOf(0.5 * qs[w] * plus);
            out[w].relative += sincOf(0.5 * qs[w] * minus);
        }
    }
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

void pairScatteringSumsSse2(const DisplacementView& d, const PairRun& pairs, const double* qs,
                            std::size_t qCount, PairScatteringSums* out) {
    // q |dr_+-| = q |dr_i +- dr_j| / 2: the halving is exact, so it may go with q.
    __m128d halfQ[kMaxWavenumbers], plusSum[kMaxWavenumbers], minusSum[kMaxWavenumbers];
    for (std::size_t w = 0; w < qCount; ++w) {
        halfQ[w] = _mm_set1_pd(0.5 * qs[w]);
        plusSum[w] = minusSum[w] = _mm_setzero_pd();
    }
    auto length = [](__m128d x, __m128d y, __m128d z) {
        return _mm_sqrt_pd(
            _mm_add_pd(_mm_add_pd(_mm_mul_pd(x, x), _mm_mul_pd(y, y)), _mm_mul_pd(z, z)));
    };
    // Two pairs per step; an odd last pair is padded with a copy of itself, masked out.
    for (std::size_t k = 0; k < pairs.count; k += 2) {
        const bool both = k + 1 < pairs.count;
        const double* i0 = d.xyzw + 4 * std::size_t(pairs.first[k]);
        const double* j0 = d.xyzw + 4 * std::size_t(pairs.second[k]);
        const double* i1 = both ? d.xyzw + 4 * std::size_t(pairs.first[k + 1]) : i0;
        const double* j1 = both ? d.xyzw + 4 * std::size_t(pairs.second[k + 1]) : j0;
        const __m128d xi = _mm_set_pd(i1[0], i0[0]), xj = _mm_set_pd(j1[0], j0[0]);
        const __m128d yi = _mm_set_pd(i1[1], i0[1]), yj = _mm_set_pd(j1[1], j0[1]);
        const __m128d zi = _mm_set_pd(i1[2], i0[2]), zj = _mm_set_pd(j1[2], j0[2]);
        const __m128d plus = length(_mm_add_pd(xi, xj), _mm_add_pd(yi, yj), _mm_add_pd(zi, zj));
        const __m128d minus = length(_mm_sub_pd(xi, xj), _mm_sub_pd(yi, yj), _mm_sub_pd(zi, zj));
        const __m128d keep =
            both ? _mm_castsi128_pd(_mm_set1_epi64x(-1)) : _mm_castsi128_pd(_mm_set_epi64x(0, -1));
        for (std::size_t w = 0; w < qCount; ++w) {
            plusSum[w] =
                _mm_add_pd(plusSum[w], _mm_and_pd(keep, sinc2(_mm_mul_pd(halfQ[w], plus))));
            minusSum[w] =
                _mm_add_pd(minusSum[w], _mm_and_pd(keep, sinc2(_mm_mul_pd(halfQ[w], minus))));
        }
    }
    for (std::size_t w = 0; w < qCount; ++w) {
        double p[2], m[2];
        _mm_storeu_pd(p, plusSum[w]);
        _mm_storeu_pd(m, minusSum[w]);
        out[w] = {p[0] + p[1], m[0] + m[1]};
    }
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

void pairScatteringSums(const DisplacementView& d, const PairRun& pairs, const double* qs,
                        std::size_t qCount, PairScatteringSums* out) {
    if (qCount > kMaxWavenumbers) // AnalysisParameters refuses more; a programming error
        throw std::invalid_argument("pairScatteringSums: too many wave numbers");
    kernel().function(d, pairs, qs, qCount, out);
}

PairScatteringSums pairScatteringSums(const DisplacementView& d, const PairRun& pairs, double q) {
    PairScatteringSums s;
    kernel().function(d, pairs, &q, 1, &s);
    return s;
}

const char* pairKernelName() {
    return kernel().name;
}

} // namespace tx::core
