#include "core/fit/PathVerdict.h"

#include "core/model/Sentences.h"

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
            return say(sentence::kNotSet, {name});
        return fromLog      ? say(sentence::kFromCoolingLog, {name, number(*value)})
               : fromPreset ? say(sentence::kFromPreset, {name, number(*value), s.presetName})
                            : say(sentence::kGivenByYou, {name, number(*value)});
    };
    const bool fromLog = c.glassTransition && c.glassTransition->fit.ok;
    if (!c.tg && !c.tm)
        return say(sentence::kNoTgOrTm);
    return say(sentence::kJudgedBetween, {source("T_g", c.tg, s.tgFromPreset, fromLog),
                                          source("T_m", c.tm, s.tmFromPreset, false)});
}

} // namespace

std::string plainPathVerdict(const CharacteristicTemperatures& c, const SeriesSettings& s) {
    const PathClassification& p = c.path;
    const std::string tx =
        c.tx.fit.ok ? say(sentence::kTxAbout, {number(c.tx.fit.tx)}) : say(sentence::kItsMinimum);
    std::string text;
    switch (p.path) {
    case CrossoverPath::Undetermined:
        text = say(sentence::kVerdictUndetermined, {p.reason});
        break;
    case CrossoverPath::I:
        text = say(sentence::kVerdictPathI);
        break;
    case CrossoverPath::II:
        text = say(sentence::kVerdictPathII);
        break;
    case CrossoverPath::III:
        text = say(sentence::kVerdictPathIII, {tx});
        break;
    case CrossoverPath::IV:
        text = say(sentence::kVerdictPathIV, {tx});
        break;
    }
    return say(sentence::kVerdict, {text, sources(c, s)});
}

} // namespace tx::core
