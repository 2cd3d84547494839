#include "core/fit/PathVerdict.h"

#include <cstdio>

namespace tx::core {

namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2g", v);
    return buf;
}

// "T_g = 0.41 (from your cooling log) and T_m = 1 (Kob–Andersen preset)".
std::string sources(const CharacteristicTemperatures& c, const SeriesSettings& s) {
    auto source = [&](const char* name, const std::optional<double>& value, bool fromPreset,
                      bool fromLog) {
        if (!value)
            return std::string(name) + " not set";
        return std::string(name) + " = " + number(*value) +
               (fromLog      ? " (from your cooling log)"
                : fromPreset ? " (" + s.presetName + " preset, not from your data)"
                             : " (given by you)");
    };
    const bool fromLog = c.glassTransition && c.glassTransition->fit.ok;
    if (!c.tg && !c.tm)
        return "no T_g or T_m is set: the path is judged over all your temperatures";
    return "judged between " + source("T_g", c.tg, s.tgFromPreset, fromLog) + " and " +
           source("T_m", c.tm, s.tmFromPreset, false);
}

} // namespace

std::string plainPathVerdict(const CharacteristicTemperatures& c, const SeriesSettings& s) {
    const PathClassification& p = c.path;
    const std::string tx = c.tx.fit.ok ? "T_x ≈ " + number(c.tx.fit.tx) : "its minimum";
    std::string text;
    switch (p.path) {
    case CrossoverPath::Undetermined:
        text = "The path cannot be told yet: " + p.reason +
               ". Simulate more temperatures "
               "between T_g and T_m";
        break;
    case CrossoverPath::I:
        text = "γ_τ rises on cooling at every temperature: the liquid is solid-like (SLL) all the "
               "way down, as if it jumped at T_m — path P_{I}, which the paper found for none of "
               "its three systems";
        break;
    case CrossoverPath::II:
        text = "γ_τ falls on cooling down to the lowest temperature: the liquid stays liquid-like "
               "(LLL), with no solid-like regime above T_g — path P_{II}, which the paper found "
               "for none of its three systems";
        break;
    case CrossoverPath::III:
        text = "γ_τ falls on cooling down to " + tx +
               ", then jumps up: liquid-like above, "
               "solid-like below, with a sudden change at the crossover — path P_{III}";
        break;
    case CrossoverPath::IV:
        text = "γ_τ falls on cooling down to " + tx +
               ", then rises smoothly: liquid-like above, "
               "solid-like below — path P_{IV}, as for all three systems in the paper (Al, "
               "Cu_{50}Zr_{50} and Kob–Andersen)";
        break;
    }
    return text + "; " + sources(c, s) + ".";
}

} // namespace tx::core
