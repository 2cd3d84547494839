#pragma once
// The pair loop of F_+ and F_-, fused: for a run of nearest-neighbour pairs (i, j) it loads
// both atoms' displacements since the origin, forms dr_+ = (dr_i + dr_j) / 2 and
// dr_- = (dr_i - dr_j) / 2, and sums sin(q|dr_+-|) / (q|dr_+-|) over the run, all in one pass
// in registers (square roots, SLEEF's 1-ulp sines and the series below 1e-4 as in sincOf).
// Each atom's displacement is one aligned 32-byte row (x, y, z, 0): a pair costs two loads
// from two cache lines, where three separate arrays cost six gathered values from up to six.
// This is where a run spends most of its time on large systems: two sines per pair and lag.
// Several wave numbers share one pass: the gathers and square roots are done once, and only
// the sines are repeated per q (the dispersion, --q 7.25,5.0,9.0).
//
// AVX-512, AVX2+FMA and SSE2 paths, chosen once from the CPU. Each sums in its own lane order,
// so the three differ in the last bits; one CPU always takes the same path and the same runs,
// whatever the thread count, so a machine's results stay bit-identical.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tx::core {

// Each atom's displacement since the origin: atom a at xyzw[4a .. 4a + 3] = (x, y, z, 0),
// the array aligned to 64 bytes (a row never straddles two cache lines).
struct DisplacementView {
    const double* xyzw;
};

// A run of pairs: first[k], second[k] are the atoms of pair k.
struct PairRun {
    const std::uint32_t* first;
    const std::uint32_t* second;
    std::size_t count;
};

// Sums over the run of sin(x)/x at x = q|dr_+| (centreOfMass) and x = q|dr_-| (relative).
struct PairScatteringSums {
    double centreOfMass = 0.0;
    double relative = 0.0;
};

// The most wave numbers one pass takes (the kernels keep one accumulator per q in registers).
inline constexpr std::size_t kMaxWavenumbers = 16;

// out[k] for q = qs[k], k < qCount <= kMaxWavenumbers. Each out[k] is bit-identical to what
// a pass with qs[k] alone gives: x = (q/2) |dr_i +- dr_j| is rounded the same way.
void pairScatteringSums(const DisplacementView& d, const PairRun& pairs, const double* qs,
                        std::size_t qCount, PairScatteringSums* out);
// One wave number.
PairScatteringSums pairScatteringSums(const DisplacementView& d, const PairRun& pairs, double q);

// Which path pairScatteringSums takes on this CPU ("avx512", "avx2" or "sse2"), for
// benchmarks and reports.
const char* pairKernelName();

// For tests and benchmarks: every path this CPU can run, fastest first.
struct PairKernelImplementation {
    const char* name;
    void (*function)(const DisplacementView&, const PairRun&, const double* qs, std::size_t qCount,
                     PairScatteringSums* out);
};
std::vector<PairKernelImplementation> pairKernelImplementations();

} // namespace tx::core
