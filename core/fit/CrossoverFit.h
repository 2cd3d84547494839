#pragma once
// T_x, the liquid-like -> solid-like crossover: the minimum of gamma_tau(T) (science §4). A
// parabola in T through the discrete minimum and its two neighbours inside the window; its
// vertex is T_x. Falls back to the discrete argmin (+- half the T spacing) when the parabola
// opens downward, the minimum sits at the window's edge, or the vertex leaves the bracket.
#include "core/fit/FitWindow.h"

#include <optional>
#include <span>
#include <string>

namespace tx::core {

struct CrossoverFit {
    bool ok = false;
    double tx = 0.0;
    bool fallback = false; // discrete argmin used
    double fallbackHalfSpacing = 0.0;
    double a = 0, b = 0, c = 0;             // gamma = a + b T + c T^2 (when !fallback)
    double bracketLow = 0, bracketHigh = 0; // the outer two of the three points it passes through
    double gammaAtMinimum = 0.0;
    int points = 0; // temperatures with gamma in the window
    std::optional<FitWindow> window;
    std::string problem;
};

CrossoverFit fitCrossoverTx(std::span<const double> temperature,
                            std::span<const std::optional<double>> gamma,
                            const std::optional<FitWindow>& window = std::nullopt);

} // namespace tx::core
