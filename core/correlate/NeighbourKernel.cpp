#include "core/correlate/NeighbourKernel.h"

#include "core/correlate/CpuFeatures.h"
#include "core/correlate/NeighbourKernelRuns.h"

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

// One atom against members [b0, b1). Every candidate is written and kept only if near: no
// branch (about one candidate in six is a pair, a branch the CPU would mispredict at random).
inline NeighbourPair* nearOne(const CellMembers& m, std::size_t b0, std::size_t b1, double ax,
                              double ay, double az, const double* cut, std::uint32_t atom,
                              NeighbourPair* kept) {
    for (std::size_t b = b0; b < b1; ++b) {
        const double dx = m.x[b] - ax, dy = m.y[b] - ay, dz = m.z[b] - az;
        *kept = {std::min(atom, m.id[b]), std::max(atom, m.id[b])};
        kept += dx * dx + dy * dy + dz * dz < cut[m.type[b]];
    }
    return kept;
}

std::size_t nearPairsPortable(const CellMembers& m, const CellRuns& r, const double* cutSquared,
                              int types, NeighbourPair* out) {
    return eachAtomOfRun(m, r, cutSquared, types, out,
                         [](const auto&... args) { return nearOne(args...); });
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
