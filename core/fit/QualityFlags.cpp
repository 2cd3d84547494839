#include "core/fit/QualityFlags.h"

#include "core/fit/BootstrapStatistics.h"
#include "core/fit/TemperatureGrid.h"
#include "core/fit/TemperatureSeries.h"
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
        addFlag(flags, "unstable",
                name + " could be found on only " + std::to_string(used) + " of " +
                    std::to_string(resamples) + " bootstrap resamples");
        return;
    }
    const double spread = standardDeviation(samples);
    if (spread > localSpacing) {
        addFlag(flags, "unstable",
                "the bootstrap spread of " + name + " (" + num(spread) +
                    ") is wider than the temperature spacing there (" + num(localSpacing) +
                    "): the data do not pin it down");
        return;
    }
    if (samples.size() >= 20 && bimodalityCoefficient(samples) > kBimodalCoefficient)
        addFlag(flags, "unstable",
                "the bootstrap values of " + name +
                    " fall into two groups (bimodality coefficient " +
                    num(bimodalityCoefficient(samples)) + "): two answers are about as likely");
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
        addFlag(flags, "bounds", what + " at T = " + used + " rests on a KWW extrapolation of τ");
    if (!missing.empty())
        addFlag(flags, "bounds",
                what + " at T = " + missing +
                    " is missing because a tau there is only a lower bound (F did not reach 1/e "
                    "within the run), so those temperatures are left out of the fit; run them "
                    "longer");
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
        addFlag(flags, "edge",
                "the smallest γ_τ is at the " + std::string(colder == 0 ? "coldest" : "hottest") +
                    " temperature of the window (T = " + num(temps[m]) +
                    "): T_x is that temperature, and the true minimum may lie outside the data");
    if (colder < 2 || hotter < 2)
        addFlag(flags, "one_sided",
                "fewer than two temperatures on the " +
                    std::string(colder < 2 ? "colder" : "hotter") +
                    " side of the minimum of γ_τ: simulate " + (colder < 2 ? "below " : "above ") +
                    num(temps[m]));
    if (const auto b = grid.bracket(fit.tx); b && grid.isGap(b->first, b->second))
        addFlag(flags, "gap",
                "T_x = " + num(fit.tx) + " lies " + grid.gapText(b->first, b->second) +
                    ": the parabola there is not data; simulate in between");
    else if (fit.fallback)
        for (const double neighbour :
             {m > 0 ? temps[m - 1] : temps[m], m + 1 < temps.size() ? temps[m + 1] : temps[m]})
            if (grid.isGap(std::min(neighbour, temps[m]), std::max(neighbour, temps[m]))) {
                addFlag(
                    flags, "gap",
                    "the minimum of γ_τ at T = " + num(temps[m]) + " borders a gap " +
                        grid.gapText(std::min(neighbour, temps[m]), std::max(neighbour, temps[m])));
                break;
            }
    if (fit.points == 3)
        addFlag(flags, "few_points",
                "only 3 temperatures with γ_τ in the window: the parabola passes through all "
                "of them, so nothing checks its shape");
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
        addFlag(flags, "few_points",
                "no window [T_i, " + num(settings.tc.slidingWidth) +
                    " T_i] held 3 temperatures with a good fit on this grid, so the windows were "
                    "widened to [T_i, " +
                    num(c.tc.fit.widthUsed) + " T_i]: simulate temperatures closer together");
    if (fit.points <= 3)
        addFlag(flags, "few_points",
                "the power law A (T - T_c)^-nu has 3 parameters and is fitted to " +
                    std::to_string(fit.points) + " temperatures (" + describe(fit.window) +
                    "): it passes through them, so nothing checks it");
    std::vector<double> inWindow;
    for (double t : grid.temperatures())
        if (fit.window.contains(t))
            inWindow.push_back(t);
    for (std::size_t k = 1; k < inWindow.size(); ++k)
        if (grid.isGap(inWindow[k - 1], inWindow[k])) {
            addFlag(flags, "gap",
                    "the fit window holds a gap " + grid.gapText(inWindow[k - 1], inWindow[k]));
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
                "the SE line is fitted to " + std::to_string(fit.linePoints) + " temperatures (" +
                    describe(fit.lineWindow) + ")");
    if (!fit.found)
        return;
    if (fit.lineWindow.contains(fit.tb))
        addFlag(flags, "inside_window",
                "T_b = " + num(fit.tb) + " lies inside the window of its own SE line " +
                    describe(fit.lineWindow) +
                    ": the line was fitted partly to the breakdown it is meant to detect; choose a "
                    "line window above T_b");
    if (const auto b = grid.bracket(fit.tb); b && grid.isGap(b->first, b->second))
        addFlag(flags, "gap",
                "T_b = " + num(fit.tb) + " lies " + grid.gapText(b->first, b->second) +
                    ": the crossing is an interpolation over no data");
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
        addFlag(flags, "gap",
                "the largest step of γ_τ, which decides the path, spans a gap " +
                    grid.gapText(p.stepFrom, p.stepTo) + ": simulate in between");
    if (settings.tgFromPreset || settings.tmFromPreset)
        addFlag(flags, "preset",
                std::string("the path is judged between T_g and T_m, ") +
                    (settings.tgFromPreset && settings.tmFromPreset ? "both"
                     : settings.tgFromPreset                        ? "T_g"
                                                                    : "T_m") +
                    " from the " + settings.presetName + " preset, not from your data");
    if (p.points == 3)
        addFlag(flags, "few_points", "only 3 temperatures with γ_τ between T_g and T_m");
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
        addFlag(flags, "unstable",
                "the bootstrap resamples give another path (" + other + " among them) " +
                    std::to_string(differ) + " times in " + std::to_string(judged));
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
        addFlag(f.tg, "preset",
                "T_g = " + num(*c.tg) + " is the " + settings.presetName +
                    " preset, an approximate literature value, not from your data; T_g depends on "
                    "the cooling rate: give your own with --tg");
    assessPath(f.path, data, settings, c);
    return f;
}

} // namespace tx::core
