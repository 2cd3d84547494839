#pragma once
// sin(x)/x over a block of values, the inner loop of F_s (F_+ and F_- have their own fused
// pair kernel, PairKernel.h). SIMD sines from SLEEF (at most 1 ulp from the exact sine, like
// glibc's) eight at a time with AVX-512, four with AVX2+FMA, two with SSE2 otherwise, chosen
// once from the CPU; the series 1 - x^2/6 below 1e-4 as in sincOf.
#include <cstddef>
#include <vector>

namespace tx::core {

// Replaces each x[k] (>= 0) with sin(x[k]) / x[k].
void sincInPlace(double* x, std::size_t n);

// Which implementation sincInPlace uses on this CPU ("avx512", "avx2", "sse2" or "scalar"), for
// benchmarks and reports.
const char* sincKernelName();

// For tests and benchmarks: every implementation this CPU can run.
struct SincImplementation {
    const char* name;
    void (*function)(double* x, std::size_t n);
};
std::vector<SincImplementation> sincImplementations();

} // namespace tx::core
