#pragma once
// T_g and T_m presets for the paper's systems (science §4: user inputs with per-system presets).
// Approximate literature values in the units the paper uses; T_g depends on the cooling rate,
// so always check them against your own data and override with --tg/--tm.
#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct SystemPreset {
    std::string key; // "ka", "cuzr", "al"
    std::string name;
    std::string unit; // of temperature
    double tg = 0.0;
    double tm = 0.0;
    std::string source;
};

const std::vector<SystemPreset>& systemPresets();
std::optional<SystemPreset> findSystemPreset(const std::string& key);

// T_g and T_m in use: the user's values where given, else the preset's (key may be empty).
struct GlassAndMelting {
    std::optional<double> tg, tm;
};
GlassAndMelting glassAndMelting(const std::string& presetKey, std::optional<double> tg,
                                std::optional<double> tm);

} // namespace tx::core
