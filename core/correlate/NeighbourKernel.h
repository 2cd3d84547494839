#pragma once
// The candidate test of the cell list (NeighbourPairs.cpp, orthogonal boxes): the atoms of
// one cell against a run of cell members, in SoA. This is most of a neighbour search, so it has an
// AVX-512 path beside the portable one, chosen once from the CPU. Both write the same pairs
// in the same order: the distance is the same three products and two sums, never fused (the
// AVX-512 file is compiled with -ffp-contract=off), so a pair at the cutoff is decided alike.
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
// cutoffs are cutSquared[ta * types + tb]. out has room for (a1 - a0) (b1 - b0) pairs;
// returns how many were written.
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
