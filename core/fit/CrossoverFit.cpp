#include "core/fit/CrossoverFit.h"

#include "core/model/Sentences.h"

#include <Eigen/Dense>
#include <cmath>

namespace tx::core {

CrossoverFit fitCrossoverTx(std::span<const double> t, std::span<const std::optional<double>> gamma,
                            const std::optional<FitWindow>& window) {
    CrossoverFit fit;
    fit.window = window;
    const auto idx = pointsInWindow(t, gamma, window);
    fit.points = static_cast<int>(idx.size());
    if (idx.size() < 3) {
        fit.problem = window ? say(sentence::kTxFewInWindow, {describe(*window)})
                             : say(sentence::kTxFewTemperatures);
        return fit;
    }
    std::size_t m = 0; // position in idx of the discrete minimum
    for (std::size_t k = 1; k < idx.size(); ++k)
        if (*gamma[idx[k]] < *gamma[idx[m]])
            m = k;
    fit.ok = true;
    fit.gammaAtMinimum = *gamma[idx[m]];
    auto useArgmin = [&](double spacing) {
        fit.fallback = true;
        fit.tx = t[idx[m]];
        fit.fallbackHalfSpacing = 0.5 * spacing;
        return fit;
    };
    if (m == 0)
        return useArgmin(t[idx[1]] - t[idx[0]]);
    if (m + 1 == idx.size())
        return useArgmin(t[idx[m]] - t[idx[m - 1]]);
    // Exact parabola through the three points (QR for conditioning at large T values).
    const double t0 = t[idx[m]];
    Eigen::Matrix3d design;
    Eigen::Vector3d y;
    for (int r = 0; r < 3; ++r) {
        const double x = t[idx[m - 1 + static_cast<std::size_t>(r)]] - t0;
        design.row(r) << 1.0, x, x * x;
        y[r] = *gamma[idx[m - 1 + static_cast<std::size_t>(r)]];
    }
    const Eigen::Vector3d p = design.colPivHouseholderQr().solve(y);
    const double spacing = 0.5 * (t[idx[m + 1]] - t[idx[m - 1]]);
    if (!(p[2] > 0))
        return useArgmin(spacing);
    const double vertex = t0 - p[1] / (2 * p[2]);
    if (vertex < t[idx[m - 1]] || vertex > t[idx[m + 1]] || (window && !window->contains(vertex)))
        return useArgmin(spacing);
    fit.tx = vertex;
    fit.bracketLow = t[idx[m - 1]];
    fit.bracketHigh = t[idx[m + 1]];
    // Back to gamma = a + b T + c T^2 in absolute T.
    fit.c = p[2];
    fit.b = p[1] - 2 * p[2] * t0;
    fit.a = p[0] - p[1] * t0 + p[2] * t0 * t0;
    fit.gammaAtMinimum = p[0] - p[1] * p[1] / (4 * p[2]);
    return fit;
}

} // namespace tx::core
