// The AVX2+FMA block of sincOfLengthsInPlace (SincKernel.cpp calls it only on CPUs that have both).
// This file is compiled with -mavx2 -mfma, so it must hold nothing but intrinsics and plain
// loops: an inline function from a shared header compiled here could be picked by the linker
// for the whole program and fault on older CPUs.
#include <cstddef>
#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

void sincOfLengthsAvx2(double* squares, std::size_t n, double q) {
    const __m256d small = _mm256_set1_pd(1e-4), sixth = _mm256_set1_pd(1.0 / 6.0),
                  one = _mm256_set1_pd(1.0), qs = _mm256_set1_pd(q);
    std::size_t k = 0;
    for (; k + 4 <= n; k += 4) {
        const __m256d x = _mm256_mul_pd(qs, _mm256_sqrt_pd(_mm256_loadu_pd(squares + k)));
        const __m256d sinc = _mm256_div_pd(Sleef_sind4_u10avx2(x), x);
        // Not an FMA: the series must round as the scalar one does.
        const __m256d series = _mm256_sub_pd(one, _mm256_mul_pd(_mm256_mul_pd(x, x), sixth));
        const __m256d useSeries = _mm256_cmp_pd(x, small, _CMP_LT_OQ);
        _mm256_storeu_pd(squares + k, _mm256_blendv_pd(sinc, series, useSeries));
    }
    if (k < n) { // the tail, padded to a full vector so that every value takes one path
        double tail[4] = {1.0, 1.0, 1.0, 1.0};
        for (std::size_t t = 0; t < n - k; ++t)
            tail[t] = squares[k + t];
        sincOfLengthsAvx2(tail, 4, q);
        for (std::size_t t = 0; t < n - k; ++t)
            squares[k + t] = tail[t];
    }
}

} // namespace tx::core
