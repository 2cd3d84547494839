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
                                       std::span<const std::int64_t> weights, double dt,
                                       std::size_t wavenumber) {
    if (segments.empty() || segments.size() != weights.size())
        throw std::invalid_argument("averageCorrelators: segments and weights must match");
    const TypeSet& types = segments.front()->types;
    const std::vector<double>& extraQ = segments.front()->extraQ;
    for (const SegmentSums* s : segments)
        if (s->extraQ != extraQ)
            throw std::invalid_argument("averageCorrelators: segments of different wave numbers");
    if (wavenumber > extraQ.size())
        throw std::invalid_argument("averageCorrelators: no such wave number");
    const ChannelLayout layout(types, extraQ.size());
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
    for (const Channel& c : channels())
        out.parts[indexOf(c.id)].resize(std::size_t(partCount(c, types)));
    for (const auto& [lag, sums] : total) {
        out.time.push_back(static_cast<double>(lag) * dt);
        out.origins.push_back(sums[layout.index(ChannelId::SelfScattering)].origins);
        for (const Channel& c : channels()) {
            const std::size_t k = indexOf(c.id);
            const OriginSum& all = sums[layout.index(c.id, -1, wavenumber)];
            const double f = mean(all);
            out.curves[k].push_back(f);
            if (!c.susceptibilityColumn.empty()) {
                const double f2 =
                    all.origins > 0 ? all.sumSquares / static_cast<double>(all.origins) : kNaN;
                out.susceptibilities[k].push_back(atomCount * (f2 - f * f));
            }
            for (std::size_t p = 0; p < out.parts[k].size(); ++p)
                out.parts[k][p].push_back(mean(sums[layout.index(c.id, int(p), wavenumber)]));
        }
        const double msd = out.curve(ChannelId::SquaredDisplacement).back();
        const double r4 = out.curve(ChannelId::QuarticDisplacement).back();
        out.nonGaussian.push_back(msd > 0 ? 3.0 * r4 / (5.0 * msd * msd) - 1.0 : 0.0);
    }
    return out;
}

} // namespace tx::core
