#pragma once
// Self-diffusion coefficient from MSD = 6 D t + c over the diffusive window (science §3): by
// default the frames whose local slope d ln MSD / d ln t lies in [0.9, 1.1] and whose MSD
// exceeds 1 (in the data's length unit squared); or a user-given time window.
#include <optional>
#include <span>
#include <string>

namespace tx::core {

struct DiffusionSettings {
    double minSlope = 0.9;
    double maxSlope = 1.1;
    double minMsd = 1.0;
    std::optional<double> windowStart; // user window [start, end] in time units, replaces
    std::optional<double> windowEnd;   // the slope rule when both are set
};

struct DiffusionFit {
    bool ok = false;
    double coefficient = 0.0; // D
    double intercept = 0.0;   // c
    double windowStart = 0.0, windowEnd = 0.0;
    int points = 0;
    std::string problem; // why there is no D, when !ok
};

DiffusionFit fitDiffusion(std::span<const double> time, std::span<const double> msd,
                          const DiffusionSettings& settings = {});

} // namespace tx::core
