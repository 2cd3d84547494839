#pragma once
// The characteristic temperatures as JSON (every fit's window and parameters) and as text
// shaped like the paper's Table I.
#include "core/fit/TemperatureSeries.h"

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace tx::core {

nlohmann::json characteristicTemperaturesJson(const CharacteristicTemperatures& c,
                                              const SeriesSettings& settings);

// Table I's cells: T_b, T_c, T_x (value ± error) and the path, each marked when flagged.
struct TableOneCell {
    std::string name, value;
    bool flagged = false;
};
std::vector<TableOneCell> tableOneCells(const CharacteristicTemperatures& c);
// One line per estimate: how it was fitted (window, model, interval) or why it was not. In
// the plots' markup (T_c, (T − T_c)^{−ν}), readable as it is on a terminal.
std::vector<std::string> tableOneNotes(const CharacteristicTemperatures& c);
// Which windows the T_c fit used: the user's, or sliding ones (widened to w = …).
std::string tcWindowsUsed(const CharacteristicTemperatures& c);
// Every quality flag with the estimate it concerns ("T_b", "T_c", "T_x", "T_g", "path").
std::vector<std::pair<std::string, QualityFlag>>
namedQualityFlags(const CharacteristicTemperatures& c);

// All of the above as the terminal's text.
std::string characteristicTemperaturesTable(const CharacteristicTemperatures& c);

} // namespace tx::core
