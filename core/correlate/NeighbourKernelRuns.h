#pragma once
// The loop every path of the candidate test (NeighbourKernel*.cpp) runs over a run's atoms:
// each atom, moved by the run's shift (its neighbours' image), against the run's members
// (those after it when the run is one cell against itself). Its functions have internal
// linkage on purpose, as in PairRowsAvx2.h: each path's file gets its own copy, compiled for
// its instruction set, so the linker can never hand one path's copy to another.
#include "core/correlate/NeighbourKernel.h"

namespace tx::core {
namespace {

// nearOne(m, b0, b1, x, y, z, cutSquaredRow, atom, kept) tests one atom at (x, y, z) against
// members [b0, b1), writes its pairs at kept and returns the end of what it kept.
template <class NearOne>
inline std::size_t eachAtomOfRun(const CellMembers& m, const CellRuns& r, const double* cutSquared,
                                 int types, NeighbourPair* out, NearOne nearOne) {
    NeighbourPair* kept = out;
    for (std::size_t a = r.a0; a < r.a1; ++a)
        kept = nearOne(m, r.same ? a + 1 : r.b0, r.b1, m.x[a] - r.shift[0], m.y[a] - r.shift[1],
                       m.z[a] - r.shift[2], cutSquared + std::size_t(m.type[a] * types), m.id[a],
                       kept);
    return std::size_t(kept - out);
}

} // namespace
} // namespace tx::core
