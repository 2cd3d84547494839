#pragma once
// Correlators of one temperature averaged over origins, segments and replicas, built from the
// kept segment sums with a multiplicity per segment (1 for the plain average, bootstrap counts
// for a resample, 0 to exclude).
#include "core/correlate/CorrelatorSums.h"

#include <span>
#include <vector>

namespace tx::core {

struct AveragedCorrelators {
    TypeSet types;
    std::vector<double> time;           // lag x dt
    std::vector<double> selfScattering; // F_s(q,t), all atoms
    std::vector<std::vector<double>> selfScatteringByType;
    std::vector<double> pairPlus, pairMinus; // F_+(q,t), F_-(q,t), all pairs
    std::vector<std::vector<double>> pairPlusByPair, pairMinusByPair;
    std::vector<double> meanSquaredDisplacement;
    std::vector<std::vector<double>> meanSquaredDisplacementByType;
    std::vector<double> nonGaussian;    // alpha_2
    std::vector<double> susceptibility; // chi_4 = N Var_origins(F_s)
    std::vector<std::int64_t> origins;  // origins behind each lag
};

// segments and weights run in parallel; a segment's weight multiplies all its origins.
AveragedCorrelators averageCorrelators(std::span<const SegmentSums* const> segments,
                                       std::span<const std::int64_t> weights, double dt);

} // namespace tx::core
