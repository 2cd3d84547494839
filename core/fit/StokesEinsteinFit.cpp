#include "core/fit/StokesEinsteinFit.h"

#include "core/model/Sentences.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace tx::core {

StokesEinsteinFit fitStokesEinsteinTb(std::span<const double> t,
                                      std::span<const std::optional<double>> y,
                                      const StokesEinsteinSettings& settings) {
    StokesEinsteinFit fit;
    fit.delta = settings.delta;
    auto all = pointsInWindow(t, y, std::nullopt);
    std::sort(all.begin(), all.end(), [&](std::size_t a, std::size_t b) { return t[a] > t[b]; });
    std::vector<std::size_t> line;
    if (settings.lineWindow) {
        fit.lineWindow = *settings.lineWindow;
        for (std::size_t k : all)
            if (settings.lineWindow->contains(t[k]))
                line.push_back(k);
    } else if (!all.empty()) {
        const std::size_t n = std::min(all.size(), std::max<std::size_t>(3, (all.size() + 2) / 3));
        line.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        fit.lineWindow = {t[line.back()], t[line.front()]};
    }
    fit.linePoints = static_cast<int>(line.size());
    if (line.size() < 3) {
        fit.problem = say(sentence::kSeFewTemperatures);
        return fit;
    }
    Eigen::MatrixXd design(static_cast<Eigen::Index>(line.size()), 2);
    Eigen::VectorXd rhs(static_cast<Eigen::Index>(line.size()));
    for (std::size_t r = 0; r < line.size(); ++r) {
        design(static_cast<Eigen::Index>(r), 0) = 1.0;
        design(static_cast<Eigen::Index>(r), 1) = t[line[r]];
        rhs[static_cast<Eigen::Index>(r)] = *y[line[r]];
    }
    const Eigen::Vector2d p = design.colPivHouseholderQr().solve(rhs);
    fit.ok = true;
    fit.intercept = p[0];
    fit.slope = p[1];
    fit.deviation.assign(t.size(), std::nullopt);
    for (std::size_t k : all) {
        const double predicted = p[0] + p[1] * t[k];
        fit.deviation[k] = (*y[k] - predicted) / predicted;
    }
    // Walk down in T from the top of the line window.
    std::optional<std::size_t> previous;
    for (std::size_t k : all) {
        if (t[k] > fit.lineWindow.high)
            continue;
        const double dev = std::abs(*fit.deviation[k]);
        if (dev > settings.delta) {
            fit.found = true;
            if (!previous) {
                fit.tb = t[k];
            } else {
                const double d0 = std::abs(*fit.deviation[*previous]);
                const double frac = (settings.delta - d0) / (dev - d0);
                fit.tb = t[*previous] + frac * (t[k] - t[*previous]);
            }
            return fit;
        }
        previous = k;
    }
    fit.tb = t[all.back()];
    fit.problem = say(sentence::kSeHoldsEverywhere);
    return fit;
}

} // namespace tx::core
