#include "core/fit/QualityFlags.h"

#include "core/fit/BootstrapStatistics.h"
#include "core/fit/TemperatureGrid.h"
#include "core/fit/TemperatureSeries.h"
#include "core/model/Sentences.h"
#include "core/output/Measurement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>

namespace tx::core {

namespace {

using Grid = TemperatureGrid;

std::string num(double v) {
    return shortNumber(v);
}

// unstable: the fit fails on most resamples, or its resamples spread wider than the grid
// resolves, or fall into two groups.
void checkStability(QualityFlags& flags, const std::string& name,
                    const std::vector<double>& samples, int resamples, double localSpacing) {
    if (resamples <= 0)
        return;
    const int used = static_cast<int>(samples.size());
    if (2 * used < resamples) {
        addFlag(
            flags, "unstable",
            say(sentence::kFewResamples, {name, std::to_string(used), std::to_string(resamples)}));
        return;
    }
    const double spread = standardDeviation(samples);
    if (spread > localSpacing) {
        addFlag(flags, "unstable",
                say(sentence::kWideSpread, {name, num(spread), num(localSpacing)}));
        return;
    }
    if (samples.size() >= 20 && bimodalityCoefficient(samples) > kBimodalCoefficient)
        addFlag(flags, "unstable",
                say(sentence::kTwoGroups, {name, num(bimodalityCoefficient(samples))}));
}

// bounds: which temperatures of [low, high] rest on a KWW extrapolation, or lost their value
// because a tau was only a lower bound.
void checkBounds(QualityFlags& flags, const std::string& what, const SeriesData& d, double low,
                 double high, const std::vector<bool>& extrapolated,
                 const std::vector<std::optional<double>>& values,
                 const std::vector<bool>& lowerBound) {
    std::string used, missing;
    for (std::size_t k = 0; k < d.temperature.size(); ++k) {
        const double t = d.temperature[k];
        if (t < low || t > high)
            continue;
        if (k < extrapolated.size() && extrapolated[k] && values[k])
            used += (used.empty() ? "" : ", ") + num(t);
        // gamma_tau and D tau_alpha go missing when a tau is a bound; tau_alpha says so itself.
        const bool bound =
            lowerBound.empty() ? !values[k] : (k < lowerBound.size() && lowerBound[k]);
        if (bound)
            missing += (missing.empty() ? "" : ", ") + num(t);
    }
    if (!used.empty())
        addFlag(flags, "bounds", say(sentence::kExtrapolated, {what, used}));
    if (!missing.empty())
        addFlag(flags, "bounds", say(sentence::kLowerBound, {what, missing}));
}

void assessTx(QualityFlags& flags, const SeriesData& d, const CharacteristicTemperatures& c) {
    const CrossoverFit& fit = c.tx.fit;
    if (!fit.ok)
        return;
    const auto idx = pointsInWindow(d.temperature, d.gamma, fit.window);
    std::vector<double> temps;
    for (std::size_t k : idx)
        temps.push_back(d.temperature[k]);
    const Grid grid(d.temperature);
    std::size_t m = 0;
    for (std::size_t k = 1; k < idx.size(); ++k)
        if (*d.gamma[idx[k]] < *d.gamma[idx[m]])
            m = k;
    const std::size_t colder = m, hotter = idx.size() - 1 - m;
    if (fit.fallback && (colder == 0 || hotter == 0))
        addFlag(
            flags, "edge",
            say(colder == 0 ? sentence::kEdgeColdest : sentence::kEdgeHottest, {num(temps[m])}));
    if (colder < 2 || hotter < 2)
        addFlag(flags, "one_sided",
                say(colder < 2 ? sentence::kOneSidedColder : sentence::kOneSidedHotter,
                    {num(temps[m])}));
    if (const auto b = grid.bracket(fit.tx); b && grid.isGap(b->first, b->second))
        addFlag(flags, "gap",
                say(sentence::kTxInGap, {num(fit.tx), grid.gapText(b->first, b->second)}));
    else if (fit.fallback)
        for (const double neighbour :
             {m > 0 ? temps[m - 1] : temps[m], m + 1 < temps.size() ? temps[m + 1] : temps[m]})
            if (grid.isGap(std::min(neighbour, temps[m]), std::max(neighbour, temps[m]))) {
                addFlag(flags, "gap",
                        say(sentence::kMinimumBordersGap,
                            {num(temps[m]), grid.gapText(std::min(neighbour, temps[m]),
                                                         std::max(neighbour, temps[m]))}));
                break;
            }
    if (fit.points == 3)
        addFlag(flags, "few_points", say(sentence::kTxThreePoints));
    checkStability(flags, "T_x", c.tx.samples, c.resamples, grid.localSpacing(fit.tx));
    // Over the whole window: a temperature left out for a bound can be why T_x is one-sided.
    const double low = fit.window ? fit.window->low : grid.temperatures().front();
    const double high = fit.window ? fit.window->high : grid.temperatures().back();
    checkBounds(flags, "γ_τ", d, low, high, d.gammaExtrapolated, d.gamma, {});
}

void assessTc(QualityFlags& flags, const SeriesData& d, const SeriesSettings& settings,
              const CharacteristicTemperatures& c) {
    const PowerLawFit& fit = c.tc.fit.best;
    if (!fit.ok)
        return;
    const Grid grid(d.temperature);
    if (c.tc.fit.widened)
        addFlag(
            flags, "few_points",
            say(sentence::kTcWidened, {num(settings.tc.slidingWidth), num(c.tc.fit.widthUsed)}));
    if (fit.points <= 3)
        addFlag(flags, "few_points",
                say(sentence::kTcFewPoints, {std::to_string(fit.points), describe(fit.window)}));
    std::vector<double> inWindow;
    for (double t : grid.temperatures())
        if (fit.window.contains(t))
            inWindow.push_back(t);
    for (std::size_t k = 1; k < inWindow.size(); ++k)
        if (grid.isGap(inWindow[k - 1], inWindow[k])) {
            addFlag(flags, "gap",
                    say(sentence::kWindowHoldsGap, {grid.gapText(inWindow[k - 1], inWindow[k])}));
            break;
        }
    const double lowSpacing = inWindow.size() >= 2 ? inWindow[1] - inWindow[0] : std::nan("");
    checkStability(flags, "T_c", c.tc.samples, c.resamples, lowSpacing);
    checkBounds(flags, "τ_α", d, fit.window.low, fit.window.high, d.tauAlphaExtrapolated,
                d.tauAlpha, d.tauAlphaLowerBound);
}

void assessTb(QualityFlags& flags, const SeriesData& d, const CharacteristicTemperatures& c) {
    const StokesEinsteinFit& fit = c.tb.fit;
    if (!fit.ok)
        return;
    const Grid grid(d.temperature);
    if (fit.linePoints <= 3)
        addFlag(flags, "few_points",
                say(sentence::kSeLineFewPoints,
                    {std::to_string(fit.linePoints), describe(fit.lineWindow)}));
    if (!fit.found)
        return;
    if (fit.lineWindow.contains(fit.tb))
        addFlag(flags, "inside_window",
                say(sentence::kTbInsideWindow, {num(fit.tb), describe(fit.lineWindow)}));
    if (const auto b = grid.bracket(fit.tb); b && grid.isGap(b->first, b->second))
        addFlag(flags, "gap",
                say(sentence::kTbInGap, {num(fit.tb), grid.gapText(b->first, b->second)}));
    checkStability(flags, "T_b", c.tb.samples, c.resamples, grid.localSpacing(fit.tb));
    const auto b = grid.bracket(fit.tb);
    checkBounds(flags, "D·τ_α", d, std::min(b ? b->first : fit.tb, fit.lineWindow.low),
                fit.lineWindow.high, d.tauAlphaExtrapolated, d.diffusionTimesTauAlpha,
                d.tauAlphaLowerBound);
}

void assessPath(QualityFlags& flags, const SeriesData& d, const SeriesSettings& settings,
                const CharacteristicTemperatures& c) {
    const PathClassification& p = c.path;
    if (p.path == CrossoverPath::Undetermined)
        return;
    std::vector<double> inRange;
    for (double t : d.temperature)
        if ((!c.tg || t >= *c.tg) && (!c.tm || t <= *c.tm))
            inRange.push_back(t);
    const Grid grid(inRange);
    if (grid.isGap(p.stepFrom, p.stepTo))
        addFlag(flags, "gap", say(sentence::kPathStepInGap, {grid.gapText(p.stepFrom, p.stepTo)}));
    if (settings.tgFromPreset || settings.tmFromPreset)
        addFlag(flags, "preset",
                say(settings.tgFromPreset && settings.tmFromPreset ? sentence::kPathPresetBoth
                    : settings.tgFromPreset                        ? sentence::kPathPresetTg
                                                                   : sentence::kPathPresetTm,
                    {settings.presetName}));
    if (p.points == 3)
        addFlag(flags, "few_points", say(sentence::kPathThreePoints));
    // Resamples: how often the same data give another path.
    int differ = 0, judged = 0;
    std::string other;
    for (const auto& r : d.resampled) {
        const auto q = classifyPath(d.temperature, r.gamma, d.gammaError, c.tg, c.tm);
        if (q.path == CrossoverPath::Undetermined)
            continue;
        ++judged;
        if (q.path != p.path) {
            ++differ;
            other = pathName(q.path);
        }
    }
    if (judged > 0 && 3 * differ > judged)
        addFlag(
            flags, "unstable",
            say(sentence::kPathResamples, {other, std::to_string(differ), std::to_string(judged)}));
    const double low = c.tg ? *c.tg : -INFINITY, high = c.tm ? *c.tm : INFINITY;
    checkBounds(flags, "γ_τ", d, low, high, d.gammaExtrapolated, d.gamma, {});
}

} // namespace

void addFlag(QualityFlags& flags, const char* code, std::string message) {
    flags.push_back({code, std::move(message)});
}

bool hasFlag(const QualityFlags& flags, const std::string& code) {
    return std::any_of(flags.begin(), flags.end(),
                       [&](const QualityFlag& f) { return f.code == code; });
}

double bimodalityCoefficient(const std::vector<double>& v) {
    const double n = static_cast<double>(v.size());
    if (v.size() < 4)
        return 0.0;
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
    double m2 = 0, m3 = 0, m4 = 0;
    for (double x : v) {
        const double d = x - mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    if (!(m2 > 0))
        return 0.0;
    // Sample skewness and excess kurtosis with their small-sample corrections.
    const double g1 = m3 / std::pow(m2, 1.5), g2 = m4 / (m2 * m2) - 3;
    const double skew = g1 * std::sqrt(n * (n - 1)) / (n - 2);
    const double kurt = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6);
    return (skew * skew + 1) / (kurt + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
}

CharacteristicFlags assessQuality(const SeriesData& data, const SeriesSettings& settings,
                                  const CharacteristicTemperatures& c) {
    CharacteristicFlags f;
    assessTx(f.tx, data, c);
    assessTc(f.tc, data, settings, c);
    assessTb(f.tb, data, c);
    if (c.glassTransition)
        f.tg = c.glassTransition->flags;
    if (settings.tgFromPreset && c.tg)
        addFlag(f.tg, "preset", say(sentence::kTgPreset, {num(*c.tg), settings.presetName}));
    assessPath(f.path, data, settings, c);
    return f;
}

} // namespace tx::core
