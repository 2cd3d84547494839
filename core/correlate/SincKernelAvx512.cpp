// The AVX-512 block of sincOfLengthsInPlace (SincKernel.cpp calls it only on CPUs with AVX-512F and
// DQ). Compiled with -mavx512f -mavx512dq: intrinsics and plain loops only, as in
// SincKernelAvx2.cpp.
#include <cstddef>
#include <immintrin.h>
#include <sleef.h>

namespace tx::core {

void sincOfLengthsAvx512(double* squares, std::size_t n, double q) {
    const __m512d small = _mm512_set1_pd(1e-4), sixth = _mm512_set1_pd(1.0 / 6.0),
                  one = _mm512_set1_pd(1.0), qs = _mm512_set1_pd(q);
    std::size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        // maskz_sqrt with every lane: GCC 12's plain _mm512_sqrt_pd warns of an undefined source.
        const __m512d x =
            _mm512_mul_pd(qs, _mm512_maskz_sqrt_pd(0xff, _mm512_loadu_pd(squares + k)));
        const __m512d sinc = _mm512_div_pd(Sleef_sind8_u10avx512f(x), x);
        // Not an FMA: the series must round as the scalar one does.
        const __m512d series = _mm512_sub_pd(one, _mm512_mul_pd(_mm512_mul_pd(x, x), sixth));
        _mm512_storeu_pd(squares + k, _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, small, _CMP_LT_OQ),
                                                           sinc, series));
    }
    if (k < n) { // the tail, padded to a full vector so that every value takes one path
        double tail[8] = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
        for (std::size_t t = 0; t < n - k; ++t)
            tail[t] = squares[k + t];
        sincOfLengthsAvx512(tail, 8, q);
        for (std::size_t t = 0; t < n - k; ++t)
            squares[k + t] = tail[t];
    }
}

} // namespace tx::core
