#pragma once
// T_c of mode-coupling theory: tau_alpha = A (T - T_c)^-nu (science §4). Each fit is a 1-D scan
// over T_c < min(T in window) with the linear least-squares fit of
// ln tau = ln A - nu ln(T - T_c) at each T_c. Either over a user window, or by the paper's
// sliding windows [T_i, 1.15 T_i] (>= 3 points, small error), keeping the fit whose T_c is
// closest to its T_i. On a grid too sparse for any such window, the windows are widened step
// by step (w - 1 grows by kWidening each time) under the same rule; the width used is
// reported and the result is flagged few_points.
#include "core/fit/FitWindow.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tx::core {

struct PowerLawFit {
    bool ok = false;
    double tc = 0.0, nu = 0.0, amplitude = 0.0;
    double rmsLnTau = 0.0; // root-mean-square residual of ln tau
    int points = 0;
    FitWindow window;
    std::string problem;
};

struct ModeCouplingSettings {
    std::optional<FitWindow> window; // user window; the sliding-window procedure when unset
    double slidingWidth = 1.15;      // window [T_i, slidingWidth * T_i]
    double maxRmsLnTau = 0.1;        // "small fit error" for a sliding window to count
    static constexpr double kWidening = 1.25; // w - 1 grows by this factor per widening step
};

struct ModeCouplingFit {
    PowerLawFit best;
    std::vector<PowerLawFit> tried; // every sliding window of every width, accepted or not
    bool sliding = false;
    double widthUsed = 0.0; // the width w of the windows the result comes from
    bool widened = false;   // w is wider than the settings' (a sparse grid)
};

PowerLawFit fitPowerLaw(std::span<const double> temperature,
                        std::span<const std::optional<double>> tau, const FitWindow& window);
ModeCouplingFit fitModeCouplingTc(std::span<const double> temperature,
                                  std::span<const std::optional<double>> tau,
                                  const ModeCouplingSettings& settings = {});

} // namespace tx::core
