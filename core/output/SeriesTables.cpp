#include "core/output/SeriesTables.h"

#include "core/model/Sentences.h"
#include "core/output/Measurement.h"

#include <cmath>
#include <cstdio>

namespace tx::core {

namespace {

nlohmann::json orNull(double v) {
    return std::isnan(v) ? nlohmann::json() : nlohmann::json(v);
}
nlohmann::json windowJson(const FitWindow& w) {
    return {w.low, w.high};
}

nlohmann::json powerLawJson(const PowerLawFit& f) {
    nlohmann::json j = {{"ok", f.ok}, {"window", windowJson(f.window)}, {"points", f.points}};
    if (f.ok) {
        j["T_c"] = f.tc;
        j["nu"] = f.nu;
        j["amplitude"] = f.amplitude;
        j["rms_ln_tau"] = f.rmsLnTau;
    } else {
        j["problem"] = f.problem;
    }
    return j;
}

nlohmann::json intervalJson(const std::optional<PercentileInterval>& i) {
    return i ? nlohmann::json({i->low, i->high}) : nlohmann::json();
}

// A number as printf's %g (or %.Ng) writes it.
std::string gText(double v, int digits = 6) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

// The note with its bootstrap interval, where there is one.
std::string withInterval(const std::string& note, const std::optional<PercentileInterval>& i) {
    return i ? say(sentence::kWithInterval, {note, gText(i->low, 4), gText(i->high, 4)}) : note;
}

nlohmann::json flagsJson(const QualityFlags& flags) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : flags)
        out.push_back({{"code", f.code}, {"message", f.message}});
    return out;
}

// T_g fitted to a cooling log: its error, windows, lines and where it was read.
nlohmann::json glassTransitionJson(const GlassTransitionEstimate& e,
                                   std::optional<double> replacedPresetTg) {
    const GlassTransitionFit& f = e.fit;
    auto line = [](const BranchLine& l, bool automatic) {
        return nlohmann::json{{"window", windowJson(l.window)},
                              {"automatic_window", automatic},
                              {"points", l.points},
                              {"intercept", l.intercept},
                              {"slope", l.slope},
                              {"slope_error", l.slopeError},
                              {"rms", l.rms}};
    };
    nlohmann::json j = {
        {"source", "thermo-log"},
        {"error", f.ok ? nlohmann::json(e.error) : nlohmann::json()},
        {"interval_95", intervalJson(e.interval)},
        {"resamples_used", e.resamplesUsed},
        {"bootstrap", "moving blocks of log rows within strata of the run, windows fixed"},
        {"log",
         {{"file", e.logPath},
          {"run", e.run},
          {"runs", e.runs},
          {"header_line", e.headerLine},
          {"rows", e.temperature.size()},
          {"quantity", std::string(e.quantity.key)},
          {"column", std::string(e.quantity.column)}}},
        {"replaces_preset_value",
         replacedPresetTg ? nlohmann::json(*replacedPresetTg) : nlohmann::json()}};
    if (f.ok || f.glass.points > 0) {
        j["windows"] = {{"glass", windowJson(f.glass.window)},
                        {"liquid", windowJson(f.liquid.window)}};
        j["lines"] = {{"glass", line(f.glass, e.automaticGlassWindow)},
                      {"liquid", line(f.liquid, e.automaticLiquidWindow)}};
    }
    if (!f.ok)
        j["problem"] = f.problem;
    return j;
}

} // namespace

nlohmann::json characteristicTemperaturesJson(const CharacteristicTemperatures& c,
                                              const SeriesSettings& settings) {
    nlohmann::json j;
    const CrossoverFit& x = c.tx.fit;
    j["T_x"] = {
        {"ok", x.ok},
        {"value", x.ok ? nlohmann::json(x.tx) : nlohmann::json()},
        {"error", orNull(c.tx.error)},
        {"interval_95", intervalJson(c.tx.interval)},
        {"method", x.fallback ? "discrete argmin (+- half the T spacing)" : "parabola vertex"},
        {"gamma_at_minimum", x.ok ? nlohmann::json(x.gammaAtMinimum) : nlohmann::json()},
        {"parabola", x.ok && !x.fallback ? nlohmann::json({x.a, x.b, x.c}) : nlohmann::json()},
        {"window", x.window ? windowJson(*x.window) : nlohmann::json("all temperatures")},
        {"points", x.points},
        {"resamples_used", c.tx.resamplesUsed}};
    if (!x.ok)
        j["T_x"]["problem"] = x.problem;
    j["T_x"]["flags"] = flagsJson(c.flags.tx);
    const ModeCouplingFit& m = c.tc.fit;
    nlohmann::json tried = nlohmann::json::array();
    for (const auto& f : m.tried)
        tried.push_back(powerLawJson(f));
    j["T_c"] = powerLawJson(m.best);
    j["T_c"]["error"] = orNull(c.tc.tcError);
    j["T_c"]["interval_95"] = intervalJson(c.tc.interval);
    j["T_c"]["nu_error"] = orNull(c.tc.nuError);
    j["T_c"]["procedure"] =
        m.sliding ? "sliding windows [T_i, w T_i], T_c closest to T_i" : "user window";
    j["T_c"]["sliding_width"] = settings.tc.slidingWidth;
    j["T_c"]["width_used"] = m.sliding ? nlohmann::json(m.widthUsed) : nlohmann::json();
    j["T_c"]["widened"] = m.widened;
    j["T_c"]["max_rms_ln_tau"] = settings.tc.maxRmsLnTau;
    j["T_c"]["windows_tried"] = tried;
    j["T_c"]["resamples_used"] = c.tc.resamplesUsed;
    j["T_c"]["flags"] = flagsJson(c.flags.tc);
    const StokesEinsteinFit& b = c.tb.fit;
    j["T_b"] = {{"ok", b.ok},
                {"found", b.found},
                {"value", b.ok ? nlohmann::json(b.tb) : nlohmann::json()},
                {"error", orNull(c.tb.error)},
                {"interval_95", intervalJson(c.tb.interval)},
                {"delta", b.delta},
                {"line_window", windowJson(b.lineWindow)},
                {"line_points", b.linePoints},
                {"line", {{"intercept", b.intercept}, {"slope", b.slope}}},
                {"resamples_used", c.tb.resamplesUsed}};
    if (!b.problem.empty())
        j["T_b"]["problem"] = b.problem;
    j["T_b"]["flags"] = flagsJson(c.flags.tb);
    j["path"] = {
        {"path", pathName(c.path.path)},
        {"reason", c.path.reason},
        {"largest_step", c.path.largestStep},
        {"largest_step_error", c.path.largestStepError},
        {"median_other_steps", c.path.medianOtherSteps},
        {"jump_rule", "step > 3 x combined bootstrap error and > 3 x median of the other steps"},
        {"decisive_step", {c.path.stepFrom, c.path.stepTo}},
        {"flags", flagsJson(c.flags.path)}};
    auto source = [&](const std::optional<double>& v, bool fromPreset) {
        return !v ? nlohmann::json() : nlohmann::json(fromPreset ? "preset" : "user");
    };
    j["T_g"] = {{"value", c.tg ? nlohmann::json(*c.tg) : nlohmann::json()},
                {"source", source(c.tg, settings.tgFromPreset)},
                {"preset", settings.tgFromPreset ? settings.presetName : ""},
                {"flags", flagsJson(c.flags.tg)}};
    if (c.glassTransition)
        j["T_g"].update(glassTransitionJson(*c.glassTransition, c.replacedPresetTg));
    j["T_m"] = {{"value", c.tm ? nlohmann::json(*c.tm) : nlohmann::json()},
                {"source", source(c.tm, settings.tmFromPreset)},
                {"preset", settings.tmFromPreset ? settings.presetName : ""}};
    return j;
}

std::vector<TableOneCell> tableOneCells(const CharacteristicTemperatures& c) {
    std::string tb = "n/a", tc = "n/a", tx = "n/a";
    if (c.tb.fit.ok)
        tb = c.tb.fit.found ? measurementText(c.tb.fit.tb, c.tb.error)
                            : "< " + measurementText(c.tb.fit.tb, NAN);
    if (c.tc.fit.best.ok)
        tc = measurementText(c.tc.fit.best.tc, c.tc.tcError);
    if (c.tx.fit.ok)
        tx = measurementText(c.tx.fit.tx, c.tx.error);
    return {{"T_b", tb, !c.flags.tb.empty()},
            {"T_c", tc, !c.flags.tc.empty()},
            {"T_x", tx, !c.flags.tx.empty()},
            {"path", pathName(c.path.path), !c.flags.path.empty()}};
}

std::vector<std::string> tableOneNotes(const CharacteristicTemperatures& c) {
    std::vector<std::string> notes;
    if (c.tb.fit.ok) {
        const std::string note =
            say(c.tb.fit.found ? sentence::kNoteTb : sentence::kNoteTbNotReached,
                {gText(c.tb.fit.lineWindow.low), gText(c.tb.fit.lineWindow.high),
                 gText(100 * c.tb.fit.delta)});
        notes.push_back(withInterval(note, c.tb.interval));
    } else {
        notes.push_back(say(sentence::kNoteFailed, {"T_b", c.tb.fit.problem}));
    }
    if (c.tc.fit.best.ok) {
        const std::string note = say(
            sentence::kNoteTc, {gText(c.tc.fit.best.window.low), gText(c.tc.fit.best.window.high),
                                measurementText(c.tc.fit.best.nu, c.tc.nuError), tcWindowsUsed(c)});
        notes.push_back(withInterval(note, c.tc.interval));
    } else {
        notes.push_back(say(sentence::kNoteFailed, {"T_c", c.tc.fit.best.problem}));
    }
    if (c.tx.fit.ok) {
        const std::string note =
            say(c.tx.fit.fallback ? sentence::kNoteTxDiscrete : sentence::kNoteTxParabola,
                {gText(c.tx.fit.gammaAtMinimum, 4)});
        notes.push_back(withInterval(note, c.tx.interval));
    } else {
        notes.push_back(say(sentence::kNoteFailed, {"T_x", c.tx.fit.problem}));
    }
    notes.push_back(say(sentence::kNoteFailed, {sentence::kPathName, c.path.reason}));
    if (const auto& g = c.glassTransition) {
        if (g->fit.ok) {
            std::string note = withInterval(
                say(sentence::kNoteTg,
                    {measurementText(g->fit.tg, g->error), c.flags.tg.empty() ? "" : " (!)",
                     std::to_string(g->run), std::string(g->quantity.column),
                     shortNumber(g->fit.glass.window.low), shortNumber(g->fit.glass.window.high),
                     shortNumber(g->fit.liquid.window.low),
                     shortNumber(g->fit.liquid.window.high)}),
                g->interval);
            if (c.replacedPresetTg)
                note = say(sentence::kReplacesPresetTg,
                           {note, measurementText(*c.replacedPresetTg, NAN)});
            notes.push_back(note);
        } else {
            notes.push_back(say(sentence::kNoteTgFailed, {g->fit.problem}));
        }
    }
    return notes;
}

std::string tcWindowsUsed(const CharacteristicTemperatures& c) {
    if (!c.tc.fit.sliding)
        return sentence::kUserWindow;
    return c.tc.fit.widened ? say(sentence::kSlidingWidened, {shortNumber(c.tc.fit.widthUsed)})
                            : std::string(sentence::kSlidingWindows);
}

std::vector<std::pair<std::string, QualityFlag>>
namedQualityFlags(const CharacteristicTemperatures& c) {
    const std::pair<const char*, const QualityFlags*> flagged[] = {
        {"T_b", &c.flags.tb},
        {"T_c", &c.flags.tc},
        {"T_x", &c.flags.tx},
        {"T_g", &c.flags.tg},
        {sentence::kPathName, &c.flags.path}};
    std::vector<std::pair<std::string, QualityFlag>> named;
    for (const auto& [name, flags] : flagged)
        for (const QualityFlag& f : *flags)
            named.emplace_back(name, f);
    return named;
}

std::string characteristicTemperaturesTable(const CharacteristicTemperatures& c) {
    auto pad = [](std::string s, std::size_t w) {
        std::size_t cols = 0;
        for (unsigned char ch : s)
            cols += (ch & 0xC0) != 0x80;
        return s + std::string(cols < w ? w - cols : 1, ' ');
    };
    std::string names, values;
    const auto cells = tableOneCells(c);
    for (std::size_t k = 0; k < cells.size(); ++k) {
        // A flagged value carries a mark; the flags follow below the table.
        const std::string value = cells[k].value + (cells[k].flagged ? " (!)" : "");
        const bool last = k + 1 == cells.size();
        names += last ? cells[k].name : pad(cells[k].name, 22);
        values += last ? value : pad(value, 22);
    }
    std::string out = "Characteristic temperatures (as in the paper's Table I)\n";
    out += names + "\n" + values + "\n";
    for (const std::string& note : tableOneNotes(c))
        out += "  " + note + "\n";
    const auto flags = namedQualityFlags(c);
    if (!flags.empty())
        out += "(!) Quality flags (README \"Quality flags\"):\n";
    for (const auto& [name, flag] : flags)
        out += "  " + name + " [" + flag.code + "] " + flag.message + "\n";
    return out;
}

} // namespace tx::core
