#include "core/correlate/SincKernel.h"

#include "core/correlate/CpuFeatures.h"
#include "core/correlate/SegmentCorrelator.h"

#if defined(__x86_64__)
#include <emmintrin.h>
#include <sleef.h>
#else
#include <cmath>
#endif

namespace tx::core {

#if defined(__x86_64__)
// In SincKernelAvx2.cpp and SincKernelAvx512.cpp, each compiled for its instruction set.
void sincOfLengthsAvx2(double* squares, std::size_t n, double q);
void sincOfLengthsAvx512(double* squares, std::size_t n, double q);
#endif

namespace {

constexpr double kSeriesBelow = 1e-4;

#if !defined(__x86_64__)
void sincScalar(double* squares, std::size_t n, double q) {
    for (std::size_t k = 0; k < n; ++k)
        squares[k] = sincOf(q * std::sqrt(squares[k]));
}
#else
void sincSse2(double* squares, std::size_t n, double q) {
    std::size_t k = 0;
    const __m128d small = _mm_set1_pd(kSeriesBelow), sixth = _mm_set1_pd(1.0 / 6.0),
                  one = _mm_set1_pd(1.0), qs = _mm_set1_pd(q);
    for (; k + 2 <= n; k += 2) {
        const __m128d x = _mm_mul_pd(qs, _mm_sqrt_pd(_mm_loadu_pd(squares + k)));
        const __m128d sinc = _mm_div_pd(Sleef_sind2_u10sse2(x), x);
        const __m128d series = _mm_sub_pd(one, _mm_mul_pd(_mm_mul_pd(x, x), sixth));
        const __m128d useSeries = _mm_cmplt_pd(x, small);
        _mm_storeu_pd(squares + k,
                      _mm_or_pd(_mm_and_pd(useSeries, series), _mm_andnot_pd(useSeries, sinc)));
    }
    if (k < n) { // the tail, padded to a full vector so that every value takes one path
        double tail[2] = {squares[k], 1.0};
        sincSse2(tail, 2, q);
        squares[k] = tail[0];
    }
}

#endif

const SincImplementation& kernel() {
    // The fastest this CPU runs; chosen once, since the CPU does not change while we run.
    static const SincImplementation chosen = sincImplementations().front();
    return chosen;
}

} // namespace

std::vector<SincImplementation> sincImplementations() {
#if defined(__x86_64__)
    std::vector<SincImplementation> all;
    if (cpuHasAvx512())
        all.push_back({"avx512", sincOfLengthsAvx512});
    if (cpuHasAvx2())
        all.push_back({"avx2", sincOfLengthsAvx2});
    all.push_back({"sse2", sincSse2});
    return all;
#else
    return {{"scalar", sincScalar}};
#endif
}

void sincOfLengthsInPlace(double* squares, std::size_t n, double q) {
    kernel().function(squares, n, q);
}

const char* sincKernelName() {
    return kernel().name;
}

} // namespace tx::core
