#include "core/correlate/NeighbourKernel.h"

#include "core/correlate/CpuFeatures.h"

#include <algorithm>

namespace tx::core {

#if defined(__x86_64__)
// In files of their own, compiled with -mavx512f or -mavx2 (see PairKernelAvx512.cpp).
std::size_t nearPairsAvx512(const CellMembers& members, const CellRuns& runs,
                            const double* cutSquared, int types, NeighbourPair* out);
std::size_t nearPairsAvx2(const CellMembers& members, const CellRuns& runs,
                          const double* cutSquared, int types, NeighbourPair* out);
#endif

namespace {

// Every candidate is written and kept only if near: no branch (about one candidate in six is
// a pair, a branch the CPU would mispredict at random).
std::size_t nearPairsPortable(const CellMembers& m, const CellRuns& r, const double* cutSquared,
                              int types, NeighbourPair* out) {
    NeighbourPair* kept = out;
    for (std::size_t a = r.a0; a < r.a1; ++a) {
        const double ax = m.x[a] - r.shift[0], ay = m.y[a] - r.shift[1], az = m.z[a] - r.shift[2];
        const double* cut = cutSquared + std::size_t(m.type[a] * types);
        const std::uint32_t atom = m.id[a];
        for (std::size_t b = r.same ? a + 1 : r.b0; b < r.b1; ++b) {
            const double dx = m.x[b] - ax, dy = m.y[b] - ay, dz = m.z[b] - az;
            *kept = {std::min(atom, m.id[b]), std::max(atom, m.id[b])};
            kept += dx * dx + dy * dy + dz * dz < cut[m.type[b]];
        }
    }
    return std::size_t(kept - out);
}

NearPairsFunction chosen() {
    // The fastest this CPU runs; chosen once, since the CPU does not change while we run.
    static const NearPairsFunction function = nearPairsImplementations().front().function;
    return function;
}

} // namespace

std::vector<NearPairsImplementation> nearPairsImplementations() {
    std::vector<NearPairsImplementation> all;
#if defined(__x86_64__)
    if (cpuHasAvx512())
        all.push_back({"avx512", nearPairsAvx512});
    if (cpuHasAvx2())
        all.push_back({"avx2", nearPairsAvx2});
#endif
    all.push_back({"portable", nearPairsPortable});
    return all;
}

std::size_t nearPairs(const CellMembers& members, const CellRuns& runs, const double* cutSquared,
                      int types, NeighbourPair* out) {
    return chosen()(members, runs, cutSquared, types, out);
}

} // namespace tx::core
