#include "core/fit/SimulationAdvice.h"

#include "core/fit/TemperatureGrid.h"
#include "core/fit/TemperatureSeries.h"
#include "core/model/Sentences.h"
#include "core/output/Measurement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tx::core {

namespace {

std::string num(double v) {
    return shortNumber(v);
}

// The temperatures with a tau_alpha, ascending, and their ln tau.
struct TauTable {
    std::vector<double> t, lnTau;
    explicit TauTable(const SeriesData& d) {
        for (std::size_t k = 0; k < d.temperature.size(); ++k)
            if (d.tauAlpha[k] && *d.tauAlpha[k] > 0) {
                t.push_back(d.temperature[k]);
                lnTau.push_back(std::log(*d.tauAlpha[k]));
            }
    }
};

void estimateTau(SimulationSuggestion& s, const TauTable& table,
                 const CharacteristicTemperatures& c, double dt) {
    const double x = s.temperature;
    const auto& t = table.t;
    if (t.size() >= 2 && x >= t.front() && x <= t.back()) {
        const auto upper = std::upper_bound(t.begin(), t.end(), x);
        const std::size_t k = std::min<std::size_t>(t.size() - 1, std::size_t(upper - t.begin()));
        const std::size_t j = k - 1;
        const double f = (1 / x - 1 / t[j]) / (1 / t[k] - 1 / t[j]);
        s.tauAlpha = std::exp(table.lnTau[j] + f * (table.lnTau[k] - table.lnTau[j]));
        s.tauModel = say(sentence::kTauInterpolated, {num(t[j]), num(t[k])});
    } else if (!t.empty() && x < t.front()) {
        const PowerLawFit& mct = c.tc.fit.best;
        if (mct.ok && x > mct.tc) {
            s.tauAlpha = mct.amplitude * std::pow(x - mct.tc, -mct.nu);
            s.tauModel = say(sentence::kTauFromMct, {num(mct.tc)});
        } else {
            s.tauModel = say(mct.ok ? sentence::kBelowTc : sentence::kBelowDataNoMct);
            return;
        }
    } else if (t.size() >= 2 && x > t.back()) {
        const std::size_t k = t.size() - 1;
        const double slope = (table.lnTau[k] - table.lnTau[k - 1]) / (1 / t[k] - 1 / t[k - 1]);
        s.tauAlpha = std::exp(table.lnTau[k] + slope * (1 / x - 1 / t[k]));
        s.tauModel = say(sentence::kTauArrhenius);
    } else {
        s.tauModel = say(sentence::kTauTooFew);
        return;
    }
    if (dt > 0)
        s.stepsPerSegment =
            static_cast<std::int64_t>(std::ceil(kSegmentLengthInTauAlpha * *s.tauAlpha / dt));
}

} // namespace

std::vector<SimulationSuggestion>
suggestSimulations(const SeriesData& d, const CharacteristicTemperatures& c, double dt) {
    std::vector<SimulationSuggestion> out;
    const TemperatureGrid grid(d.temperature);
    auto suggest = [&](double t, const char* purpose, std::string why) {
        if (!(t > 0) || grid.contains(t))
            return;
        for (const auto& s : out)
            if (std::abs(s.temperature - t) < 1e-9 * std::max(1.0, t))
                return;
        out.push_back({t, purpose, std::move(why), std::nullopt, {}, std::nullopt});
    };
    const double spacing = grid.medianSpacing();
    // T_x: fill the gap it sits in, extend a one-sided minimum, or resolve its interval.
    if (c.tx.fit.ok) {
        const double tx = c.tx.fit.tx;
        const auto around = grid.bracket(tx);
        if (hasFlag(c.flags.tx, "gap") && around)
            suggest(0.5 * (around->first + around->second), "T_x", say(sentence::kTxGapAdvice));
        if (hasFlag(c.flags.tx, "edge") || hasFlag(c.flags.tx, "one_sided")) {
            const auto [lo, hi] = std::minmax_element(d.temperature.begin(), d.temperature.end());
            std::size_t m = 0, below = 0;
            for (std::size_t k = 0; k < d.gamma.size(); ++k)
                if (d.gamma[k] && (!d.gamma[m] || *d.gamma[k] < *d.gamma[m]))
                    m = k;
            for (std::size_t k = 0; k < d.gamma.size(); ++k)
                below += d.gamma[k] && d.temperature[k] < d.temperature[m];
            const bool colder = below < 2;
            suggest(colder ? *lo - spacing : *hi + spacing, "T_x",
                    say(colder ? sentence::kTooFewColder : sentence::kTooFewHotter));
        }
        if (c.tx.interval && (hasFlag(c.flags.tx, "unstable") || c.tx.error > 0.5 * spacing))
            for (double edge : {c.tx.interval->low, c.tx.interval->high})
                if (const auto b = grid.bracket(edge))
                    suggest(0.5 * (b->first + b->second), "T_x",
                            say(sentence::kIntervalEndsInGap,
                                {num(c.tx.interval->low), num(c.tx.interval->high), num(b->first),
                                 num(b->second)}));
    }
    // T_c: a denser bottom of the fit window, where the power law is decided.
    if (c.tc.fit.best.ok &&
        (hasFlag(c.flags.tc, "few_points") || hasFlag(c.flags.tc, "unstable"))) {
        std::vector<double> inWindow;
        for (double t : d.temperature)
            if (c.tc.fit.best.window.contains(t))
                inWindow.push_back(t);
        std::sort(inWindow.begin(), inWindow.end());
        if (inWindow.size() >= 2)
            suggest(0.5 * (inWindow[0] + inWindow[1]), "T_c", say(sentence::kTcAdvice));
    }
    // T_b: the bracket of the crossing.
    if (c.tb.fit.ok && c.tb.fit.found &&
        (hasFlag(c.flags.tb, "gap") || hasFlag(c.flags.tb, "unstable") ||
         hasFlag(c.flags.tb, "inside_window")))
        if (const auto b = grid.bracket(c.tb.fit.tb))
            suggest(0.5 * (b->first + b->second), "T_b",
                    say(sentence::kTbAdvice, {num(b->first), num(b->second)}));
    const TauTable table(d);
    for (auto& s : out)
        estimateTau(s, table, c, dt);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.temperature < b.temperature; });
    return out;
}

std::string simulationSuggestionLine(const SimulationSuggestion& s) {
    std::string out =
        s.tauAlpha ? say(sentence::kSuggestionWithTau,
                         {num(s.temperature), s.purpose, s.why, num(*s.tauAlpha), s.tauModel})
                   : say(sentence::kSuggestion, {num(s.temperature), s.purpose, s.why, s.tauModel});
    if (s.stepsPerSegment)
        out = say(sentence::kSegmentsOfAtLeast, {out, std::to_string(*s.stepsPerSegment)});
    return out;
}

std::string simulationSuggestionsText(const std::vector<SimulationSuggestion>& suggestions) {
    if (suggestions.empty())
        return {};
    std::string out = "Simulate next at (README \"Simulate next at\"; τ_α from a model, "
                      "segments of " +
                      num(kSegmentLengthInTauAlpha) + " τ_α):\n";
    for (const auto& s : suggestions)
        out += "  " + simulationSuggestionLine(s) + "\n";
    return out;
}

} // namespace tx::core
