#include "core/fit/BootstrapStatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tx::core {

double standardDeviation(const std::vector<double>& v) {
    if (v.size() < 2)
        return std::nan("");
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    double ss = 0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

std::optional<PercentileInterval> percentileInterval(std::vector<double> samples, double level) {
    if (samples.size() < 2)
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double p) {
        const double position = p * static_cast<double>(samples.size() - 1);
        const auto k = static_cast<std::size_t>(position);
        const double f = position - static_cast<double>(k);
        return k + 1 < samples.size() ? samples[k] * (1 - f) + samples[k + 1] * f : samples[k];
    };
    return PercentileInterval{at(0.5 * (1 - level)), at(0.5 * (1 + level))};
}

} // namespace tx::core
