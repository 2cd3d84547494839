#pragma once
// The human-readable table that tx-analyze prints.
#include "core/analysis/TemperatureAnalysis.h"

#include <string>
#include <vector>

namespace tx::app {

std::string formatResultTable(const std::vector<core::TemperatureResult>& results);

} // namespace tx::app
