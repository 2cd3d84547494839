#pragma once
// T_b, the Stokes-Einstein breakdown (science §4): D tau_alpha is linear in T where SE holds.
// A line is fitted over the high-T window (default: the highest third of the temperatures,
// at least 3); going down in T, T_b is where the relative deviation from the line first
// exceeds delta, interpolated linearly between the bracketing temperatures.
#include "core/fit/FitWindow.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tx::core {

struct StokesEinsteinSettings {
    std::optional<FitWindow> lineWindow;
    double delta = 0.05;
};

struct StokesEinsteinFit {
    bool ok = false;    // a line was fitted
    bool found = false; // the deviation exceeded delta somewhere below
    double tb = 0.0;    // when found; else SE holds down to the lowest T (tb = that T)
    double intercept = 0.0, slope = 0.0;
    FitWindow lineWindow;
    int linePoints = 0;
    double delta = 0.05;
    std::vector<std::optional<double>> deviation; // relative deviation per temperature
    std::string problem;
};

StokesEinsteinFit fitStokesEinsteinTb(std::span<const double> temperature,
                                      std::span<const std::optional<double>> dTauAlpha,
                                      const StokesEinsteinSettings& settings = {});

} // namespace tx::core
