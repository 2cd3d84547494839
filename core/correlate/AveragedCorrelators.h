#pragma once
// Correlators of one temperature averaged over origins, segments and replicas, built from the
// kept segment sums with a multiplicity per segment (1 for the plain average, bootstrap counts
// for a resample, 0 to exclude). One curve per channel of Channels.h, with its per-type (per
// type pair) parts and, where the channel declares one, its chi_4.
#include "core/correlate/Channels.h"
#include "core/correlate/CorrelatorSums.h"

#include <span>
#include <vector>

namespace tx::core {

struct AveragedCorrelators {
    TypeSet types;
    std::vector<double> time;          // lag x dt
    std::vector<std::int64_t> origins; // origins behind each lag
    // [channel] over all atoms (pairs); [channel][part] per type (type pair); [channel]
    // N Var over origins of the per-origin mean (filled for channels with a chi_4 column).
    std::vector<std::vector<double>> curves = std::vector<std::vector<double>>(channels().size());
    std::vector<std::vector<std::vector<double>>> parts =
        std::vector<std::vector<std::vector<double>>>(channels().size());
    std::vector<std::vector<double>> susceptibilities =
        std::vector<std::vector<double>>(channels().size());
    std::vector<double> nonGaussian; // alpha_2 = 3<dr^4> / (5<dr^2>^2) - 1

    std::vector<double>& curve(ChannelId c) { return curves[indexOf(c)]; }
    const std::vector<double>& curve(ChannelId c) const { return curves[indexOf(c)]; }
    const std::vector<double>& part(ChannelId c, std::size_t k) const {
        return parts[indexOf(c)][k];
    }
    // A channel's curve, or one part of it (-1: all atoms or pairs).
    const std::vector<double>& resolved(ChannelId c, int part) const {
        return part < 0 ? curve(c) : parts[indexOf(c)][std::size_t(part)];
    }
    const std::vector<double>& susceptibility(ChannelId c) const {
        return susceptibilities[indexOf(c)];
    }
};

// segments and weights run in parallel; a segment's weight multiplies all its origins. The
// scattering channels are those at wave number `wavenumber` (0: the first q; k: the segments'
// extraQ[k - 1]); every segment must hold the same wave numbers.
AveragedCorrelators averageCorrelators(std::span<const SegmentSums* const> segments,
                                       std::span<const std::int64_t> weights, double dt,
                                       std::size_t wavenumber = 0);

} // namespace tx::core
