#pragma once
// The characteristic temperatures as JSON (every fit's window and parameters) and as text
// shaped like the paper's Table I.
#include "core/fit/TemperatureSeries.h"

#include <nlohmann/json.hpp>
#include <string>

namespace tx::core {

nlohmann::json characteristicTemperaturesJson(const CharacteristicTemperatures& c,
                                              const SeriesSettings& settings);
std::string characteristicTemperaturesTable(const CharacteristicTemperatures& c);

} // namespace tx::core
