// Out-of-place SLEEF sin(x)/x for sine_bound.cpp, compiled with -mavx512f -mavx512dq.
#include <cstddef>
#include <immintrin.h>
#include <sleef.h>

void sincAvx512(const double* x, double* out, std::size_t n) {
    for (std::size_t k = 0; k < n; k += 8) {
        const __m512d v = _mm512_loadu_pd(x + k);
        const __m512d sinc = _mm512_div_pd(Sleef_sind8_u10avx512f(v), v);
        const __m512d series = _mm512_sub_pd(
            _mm512_set1_pd(1.0), _mm512_mul_pd(_mm512_mul_pd(v, v), _mm512_set1_pd(1.0 / 6.0)));
        _mm512_storeu_pd(
            out + k, _mm512_mask_blend_pd(_mm512_cmp_pd_mask(v, _mm512_set1_pd(1e-4), _CMP_LT_OQ),
                                          sinc, series));
    }
}
