#pragma once
// Which SIMD paths this CPU runs, for the kernels' dispatch (SincKernel.cpp, PairKernel.cpp).
// Include it only from files compiled for the baseline: the paths' own files are compiled
// with -mavx2 or -mavx512f, and an inline function from there could be the copy the linker
// keeps for the whole program.
#if defined(__x86_64__)

namespace tx::core {

// AVX2 with FMA (the SLEEF avx2 functions use both).
inline bool cpuHasAvx2() {
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
// AVX-512 F and DQ (masked gathers and compares on doubles).
inline bool cpuHasAvx512() {
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
}

} // namespace tx::core

#endif
