#include "core/fit/ModeCouplingFit.h"

#include "core/model/Sentences.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace tx::core {

namespace {

struct LineFit {
    double intercept, slope, sumSquares;
};

// ln tau = intercept + slope * ln(T - tc), closed-form least squares.
LineFit lineAt(double tc, const std::vector<double>& t, const std::vector<double>& lnTau) {
    const double n = static_cast<double>(t.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
        const double x = std::log(t[k] - tc);
        sx += x;
        sy += lnTau[k];
        sxx += x * x;
        sxy += x * lnTau[k];
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double intercept = (sy - slope * sx) / n;
    double ss = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
        const double r = lnTau[k] - intercept - slope * std::log(t[k] - tc);
        ss += r * r;
    }
    return {intercept, slope, ss};
}

} // namespace

PowerLawFit fitPowerLaw(std::span<const double> temperature,
                        std::span<const std::optional<double>> tau, const FitWindow& window) {
    PowerLawFit fit;
    fit.window = window;
    std::vector<double> t, lnTau;
    for (std::size_t k : pointsInWindow(temperature, tau, window))
        if (*tau[k] > 0) {
            t.push_back(temperature[k]);
            lnTau.push_back(std::log(*tau[k]));
        }
    fit.points = static_cast<int>(t.size());
    if (t.size() < 3) {
        fit.problem = say(sentence::kTcFewTemperatures, {describe(window)});
        return fit;
    }
    const double tMin = *std::min_element(t.begin(), t.end());
    const double tMax = *std::max_element(t.begin(), t.end());
    // Scan T_c over [tMin - 4 (tMax - tMin), tMin) (not below 0), then refine the best cell
    // by golden section. The gap to tMin is kept finite so that ln(T - T_c) exists.
    const double span = tMax - tMin;
    const double hiEdge = tMin - 1e-6 * std::max(span, tMin);
    const double loEdge = std::max(0.0, tMin - 4 * span);
    const int grid = 120;
    double best = std::numeric_limits<double>::infinity(), bestTc = loEdge;
    for (int g = 0; g <= grid; ++g) {
        const double tc = loEdge + (hiEdge - loEdge) * g / grid;
        const double ss = lineAt(tc, t, lnTau).sumSquares;
        if (ss < best) {
            best = ss;
            bestTc = tc;
        }
    }
    const double cell = (hiEdge - loEdge) / grid;
    double a = std::max(loEdge, bestTc - cell), b = std::min(hiEdge, bestTc + cell);
    const double phi = 0.5 * (std::sqrt(5.0) - 1);
    for (int it = 0; it < 60; ++it) {
        const double x1 = b - phi * (b - a), x2 = a + phi * (b - a);
        if (lineAt(x1, t, lnTau).sumSquares < lineAt(x2, t, lnTau).sumSquares)
            b = x2;
        else
            a = x1;
    }
    const double tc = 0.5 * (a + b);
    const LineFit line = lineAt(tc, t, lnTau);
    fit.ok = true;
    fit.tc = tc;
    fit.nu = -line.slope;
    fit.amplitude = std::exp(line.intercept);
    fit.rmsLnTau = std::sqrt(line.sumSquares / static_cast<double>(t.size()));
    if (!(fit.nu > 0)) {
        fit.ok = false;
        fit.problem = say(sentence::kTauDoesNotGrow, {describe(window)});
    }
    return fit;
}

ModeCouplingFit fitModeCouplingTc(std::span<const double> temperature,
                                  std::span<const std::optional<double>> tau,
                                  const ModeCouplingSettings& settings) {
    ModeCouplingFit out;
    if (settings.window) {
        out.best = fitPowerLaw(temperature, tau, *settings.window);
        return out;
    }
    out.sliding = true;
    std::vector<double> sorted(temperature.begin(), temperature.end());
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty())
        return out;
    // The paper's width first; on a grid too sparse for it, wider windows step by step, each
    // width judged by the same rule, until one holds an accepted fit or a window from the
    // lowest temperature already spans them all.
    for (double width = settings.slidingWidth;;
         width = 1 + (width - 1) * ModeCouplingSettings::kWidening) {
        double bestDistance = std::numeric_limits<double>::infinity();
        for (double ti : sorted) {
            PowerLawFit fit = fitPowerLaw(temperature, tau, {ti, width * ti});
            if (fit.ok && fit.rmsLnTau > settings.maxRmsLnTau) {
                fit.ok = false;
                fit.problem = say(sentence::kFitErrorTooLarge);
            }
            if (fit.ok && std::abs(fit.tc - ti) < bestDistance) {
                bestDistance = std::abs(fit.tc - ti);
                out.best = fit;
            }
            out.tried.push_back(std::move(fit));
        }
        out.widthUsed = width;
        if (out.best.ok || width * sorted.front() >= sorted.back())
            break;
    }
    out.widened = out.best.ok && out.widthUsed > settings.slidingWidth;
    if (!out.best.ok) {
        char from[32], upTo[32];
        std::snprintf(from, sizeof from, "%g", settings.slidingWidth);
        std::snprintf(upTo, sizeof upTo, "%.3g", out.widthUsed);
        out.best.problem = say(sentence::kNoSlidingWindow, {from, upTo});
    }
    return out;
}

} // namespace tx::core
