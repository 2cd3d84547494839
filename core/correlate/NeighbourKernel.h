#pragma once
// The candidate test of the cell list (NeighbourPairs.cpp, orthogonal boxes): the atoms of
// one cell against a run of cell members, in SoA. This is most of a neighbour search, so it has
// AVX-512 and AVX2 paths beside the portable one, chosen once from the CPU. All write the same
// pairs in the same order: the distance is the same three products and two sums, never fused
// (the SIMD files are compiled with -ffp-contract=off), so a pair at the cutoff is decided
// alike.
#include "core/correlate/NeighbourPair.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tx::core {

// Cell members laid out cell by cell: wrapped positions, type indices, atom indices.
struct CellMembers {
    const double* x;
    const double* y;
    const double* z;
    const int* type;
    const std::uint32_t* id;
};

// Members [a0, a1) against members [b0, b1) moved by `shift` (a periodic image of their
// cells): the pairs (smaller atom index, larger) closer than the cutoff of their types go to
// out, in (a, b) order. `same`: both ranges are one cell, each pair once (b > a). The squared
// cutoffs are cutSquared[ta * types + tb]. out has room for (a1 - a0) (b1 - b0) + 3 pairs
// (a SIMD path stores whole blocks: slots after the last pair may be overwritten); returns
// how many pairs were found.
struct CellRuns {
    std::size_t a0, a1, b0, b1;
    bool same;
    double shift[3];
};
using NearPairsFunction = std::size_t (*)(const CellMembers& members, const CellRuns& runs,
                                          const double* cutSquared, int types, NeighbourPair* out);

std::size_t nearPairs(const CellMembers& members, const CellRuns& runs, const double* cutSquared,
                      int types, NeighbourPair* out);

// For tests and benchmarks: every path this CPU can run, fastest first.
struct NearPairsImplementation {
    const char* name;
    NearPairsFunction function;
};
std::vector<NearPairsImplementation> nearPairsImplementations();

} // namespace tx::core
