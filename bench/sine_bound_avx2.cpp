// Out-of-place SLEEF sin(x)/x for sine_bound.cpp, compiled with -mavx2 -mfma.
#include <cstddef>
#include <immintrin.h>
#include <sleef.h>

void sincAvx2(const double* x, double* out, std::size_t n) {
    for (std::size_t k = 0; k < n; k += 4) {
        const __m256d v = _mm256_loadu_pd(x + k);
        const __m256d sinc = _mm256_div_pd(Sleef_sind4_u10avx2(v), v);
        const __m256d series = _mm256_sub_pd(
            _mm256_set1_pd(1.0), _mm256_mul_pd(_mm256_mul_pd(v, v), _mm256_set1_pd(1.0 / 6.0)));
        _mm256_storeu_pd(
            out + k,
            _mm256_blendv_pd(sinc, series, _mm256_cmp_pd(v, _mm256_set1_pd(1e-4), _CMP_LT_OQ)));
    }
}
