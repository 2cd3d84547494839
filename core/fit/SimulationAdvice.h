#pragma once
// "Simulate next at": the temperatures that would most reduce the uncertainty of T_x, T_c and
// T_b, read off the quality flags (science §4, README "Simulate next at"), each with an
// estimate of tau_alpha there and the run length a segment then needs. The estimates are a
// model, always named: ln tau_alpha interpolated linearly in 1/T between the nearest
// temperatures with a tau (inside the data), the fitted MCT law A (T - T_c)^-nu below them,
// or the Arrhenius line through the two hottest temperatures above them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct SeriesData;
struct CharacteristicTemperatures;

struct SimulationSuggestion {
    double temperature = 0.0;
    std::string purpose; // "T_x", "T_c" or "T_b"
    std::string why;
    std::optional<double> tauAlpha; // estimated, in time units
    std::string tauModel;           // how it was estimated, or why it could not be
    std::optional<std::int64_t> stepsPerSegment;
};

// A segment should cover this many tau_alpha, so that F_s falls well below 1/e.
inline constexpr double kSegmentLengthInTauAlpha = 10.0;

std::vector<SimulationSuggestion>
suggestSimulations(const SeriesData& data, const CharacteristicTemperatures& c, double dt);

// "T = 0.42 for T_x: …; τ_α ~ 310 (…); segments of at least … timesteps" (the plots' markup).
std::string simulationSuggestionLine(const SimulationSuggestion& suggestion);
// A heading and one line per suggestion for the terminal (empty when there is none).
std::string simulationSuggestionsText(const std::vector<SimulationSuggestion>& suggestions);

} // namespace tx::core
