#pragma once
// sin(q r)/(q r) over a block of squared displacement lengths r^2, the inner loop of F_s
// (F_+ and F_- have their own fused pair kernel, PairKernel.h): the square roots and the
// products with q are in the same vector loop as the sines (a scalar loop of square roots
// before it was 3 % of a run). SIMD sines from SLEEF (at most 1 ulp from the exact sine, like
// glibc's) eight at a time with AVX-512, four with AVX2+FMA, two with SSE2 otherwise, chosen
// once from the CPU; the series 1 - x^2/6 below 1e-4 as in sincOf.
#include <cstddef>
#include <vector>

namespace tx::core {

// Replaces each squared length squares[k] (>= 0) with sin(x) / x, x = q sqrt(squares[k]) (x
// rounded as the scalar q * std::sqrt(squares[k]) is, so every path agrees with sincOf(x)).
void sincOfLengthsInPlace(double* squares, std::size_t n, double q);

// Which implementation sincOfLengthsInPlace uses on this CPU ("avx512", "avx2", "sse2" or
// "scalar"), for benchmarks and reports.
const char* sincKernelName();

// For tests and benchmarks: every implementation this CPU can run.
struct SincImplementation {
    const char* name;
    void (*function)(double* squares, std::size_t n, double q);
};
std::vector<SincImplementation> sincImplementations();

} // namespace tx::core
