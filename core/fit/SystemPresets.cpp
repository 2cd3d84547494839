#include "core/fit/SystemPresets.h"

namespace tx::core {

const std::vector<SystemPreset>& systemPresets() {
    static const std::vector<SystemPreset> presets = {
        {"ka", "Kob-Andersen 80:20 binary LJ (density 1.2)", "epsilon/k_B", 0.40, 1.0,
         "T_g ~ 0.40 at MD cooling rates; T_m ~ 1.0 (approximate)"},
        {"cuzr", "Cu50Zr50 (Mendelev et al. 2019 potential)", "K", 700.0, 1200.0,
         "T_g ~ 700 K at MD rates; T_m ~ 1200 K (approximate)"},
        {"al", "Al (Ercolessi-Adams potential)", "K", 500.0, 939.0,
         "T_m = 939 K of the potential; T_g ~ 500 K at MD rates (approximate)"},
    };
    return presets;
}

std::optional<SystemPreset> findSystemPreset(const std::string& key) {
    for (const auto& p : systemPresets())
        if (p.key == key)
            return p;
    return std::nullopt;
}

GlassAndMelting glassAndMelting(const std::string& presetKey, std::optional<double> tg,
                                std::optional<double> tm) {
    GlassAndMelting out{tg, tm};
    if (const auto preset = findSystemPreset(presetKey)) {
        if (!out.tg)
            out.tg = preset->tg;
        if (!out.tm)
            out.tm = preset->tm;
    }
    return out;
}

} // namespace tx::core
