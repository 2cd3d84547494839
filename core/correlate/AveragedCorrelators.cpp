#include "core/correlate/AveragedCorrelators.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace tx::core {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const OriginSum& s) {
    return s.origins > 0 ? s.sum / static_cast<double>(s.origins) : kNaN;
}
} // namespace

AveragedCorrelators averageCorrelators(std::span<const SegmentSums* const> segments,
                                       std::span<const std::int64_t> weights, double dt) {
    if (segments.empty() || segments.size() != weights.size())
        throw std::invalid_argument("averageCorrelators: segments and weights must match");
    const TypeSet& types = segments.front()->types;
    const ChannelLayout layout(types);
    // Lags present in any segment, ascending; sums added in segment order (deterministic).
    std::map<std::int64_t, LagSums> total;
    double atomCount = 0;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        if (weights[s] == 0)
            continue;
        atomCount = static_cast<double>(segments[s]->atomCount);
        for (const auto& [lag, sums] : segments[s]->byLag) {
            LagSums& into = total[lag];
            if (into.empty())
                into.resize(layout.size());
            for (std::size_t c = 0; c < sums.size(); ++c)
                into[c].add(sums[c], weights[s]);
        }
    }
    AveragedCorrelators out;
    out.types = types;
    const int nt = types.count(), np = types.pairCount();
    out.selfScatteringByType.resize(nt);
    out.meanSquaredDisplacementByType.resize(nt);
    out.pairPlusByPair.resize(np);
    out.pairMinusByPair.resize(np);
    for (const auto& [lag, sums] : total) {
        out.time.push_back(static_cast<double>(lag) * dt);
        const OriginSum& fs = sums[layout.selfScattering()];
        out.origins.push_back(fs.origins);
        const double f = mean(fs);
        out.selfScattering.push_back(f);
        const double f2 = fs.origins > 0 ? fs.sumSquares / static_cast<double>(fs.origins) : kNaN;
        out.susceptibility.push_back(atomCount * (f2 - f * f));
        const double msd = mean(sums[layout.squaredDisplacement()]);
        const double r4 = mean(sums[layout.quarticDisplacement()]);
        out.meanSquaredDisplacement.push_back(msd);
        out.nonGaussian.push_back(msd > 0 ? 3.0 * r4 / (5.0 * msd * msd) - 1.0 : 0.0);
        out.pairPlus.push_back(mean(sums[layout.pairPlus()]));
        out.pairMinus.push_back(mean(sums[layout.pairMinus()]));
        for (int t = 0; t < nt; ++t) {
            out.selfScatteringByType[t].push_back(mean(sums[layout.selfScattering(t)]));
            out.meanSquaredDisplacementByType[t].push_back(
                mean(sums[layout.squaredDisplacement(t)]));
        }
        for (int p = 0; p < np; ++p) {
            out.pairPlusByPair[p].push_back(mean(sums[layout.pairPlus(p)]));
            out.pairMinusByPair[p].push_back(mean(sums[layout.pairMinus(p)]));
        }
    }
    return out;
}

} // namespace tx::core
