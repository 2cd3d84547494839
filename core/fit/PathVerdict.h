#pragma once
// The path of γ_τ(T) said in plain words, for the Teaching page and a lecture (issue 14):
// what γ_τ does on cooling, where it turns (T_x), what that means (liquid-like above,
// solid-like below), the path, how it compares with the paper, and where T_g and T_m came
// from. In the plots' markup (γ_τ, T_x, P_{IV}); the technical reason stays in
// PathClassification::reason.
#include "core/fit/TemperatureSeries.h"

#include <string>

namespace tx::core {

std::string plainPathVerdict(const CharacteristicTemperatures& c, const SeriesSettings& s);

} // namespace tx::core
