#include "core/analysis/Diffusion.h"

#include "core/model/Sentences.h"

#include <Eigen/Dense>
#include <cmath>
#include <cstdio>
#include <vector>

namespace tx::core {

namespace {

// d ln MSD / d ln t at frame k from its neighbours (one-sided at the ends).
double localSlope(std::span<const double> t, std::span<const double> msd, std::size_t k,
                  std::size_t first, std::size_t last) {
    const std::size_t a = k > first ? k - 1 : k;
    const std::size_t b = k < last ? k + 1 : k;
    if (a == b)
        return std::nan("");
    return (std::log(msd[b]) - std::log(msd[a])) / (std::log(t[b]) - std::log(t[a]));
}

} // namespace

DiffusionFit fitDiffusion(std::span<const double> t, std::span<const double> msd,
                          const DiffusionSettings& settings) {
    DiffusionFit fit;
    // Usable frames: t > 0 and MSD > 0 (logarithms).
    std::size_t first = t.size(), last = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (t[k] > 0 && msd[k] > 0) {
            first = std::min(first, k);
            last = k;
        }
    std::vector<std::size_t> chosen;
    const bool userWindow = settings.windowStart && settings.windowEnd;
    for (std::size_t k = first; k <= last && first < t.size(); ++k) {
        if (!(t[k] > 0 && msd[k] > 0))
            continue;
        if (userWindow) {
            if (t[k] >= *settings.windowStart && t[k] <= *settings.windowEnd)
                chosen.push_back(k);
            continue;
        }
        const double slope = localSlope(t, msd, k, first, last);
        if (msd[k] > settings.minMsd && slope >= settings.minSlope && slope <= settings.maxSlope)
            chosen.push_back(k);
    }
    fit.points = static_cast<int>(chosen.size());
    if (chosen.size() < 2) {
        auto g = [](double v) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", v);
            return std::string(buf);
        };
        fit.problem = userWindow
                          ? say(sentence::kMsdWindowFewFrames)
                          : say(sentence::kNoDiffusiveRegime,
                                {g(settings.minMsd), g(settings.minSlope), g(settings.maxSlope)});
        return fit;
    }
    Eigen::MatrixXd design(chosen.size(), 2);
    Eigen::VectorXd y(chosen.size());
    for (std::size_t r = 0; r < chosen.size(); ++r) {
        design(static_cast<Eigen::Index>(r), 0) = t[chosen[r]];
        design(static_cast<Eigen::Index>(r), 1) = 1.0;
        y[static_cast<Eigen::Index>(r)] = msd[chosen[r]];
    }
    const Eigen::Vector2d coef = design.colPivHouseholderQr().solve(y);
    fit.ok = true;
    fit.coefficient = coef[0] / 6.0;
    fit.intercept = coef[1];
    fit.windowStart = t[chosen.front()];
    fit.windowEnd = t[chosen.back()];
    return fit;
}

} // namespace tx::core
