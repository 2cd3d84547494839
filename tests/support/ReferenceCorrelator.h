#pragma once
// A slow, obviously correct evaluation of science §2 for one origin (the first frame) in an
// orthogonal box: plain loops over all atoms and all i<j pairs, written without the
// production code's cell list, chunking or channel bookkeeping.
#include "core/model/Frame.h"

#include <vector>

namespace tx::test {

struct ReferenceCorrelators {
    std::vector<double> fs, fplus, fminus, msd, r4;
    std::vector<double> overlap; // Q(t): the fraction of atoms with |dr| < a
    std::size_t pairs = 0;
};

ReferenceCorrelators referenceCorrelators(const std::vector<core::Frame>& frames, double q,
                                          double rc, double overlapA = 0.3);

} // namespace tx::test
