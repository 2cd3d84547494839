#include "core/fit/TemperatureSeries.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tx::core {

namespace {

std::optional<double> tauValue(const RelaxationTime& t) {
    return t.isNumber() ? std::optional(t.value) : std::nullopt;
}

// value(r, x) is resample r's curve at x, or nothing where that resample has no data.
template <class Curve>
ConfidenceBand band(std::span<const double> x, std::size_t count, Curve value) {
    ConfidenceBand out;
    std::vector<double> at;
    for (double xi : x) {
        at.clear();
        for (std::size_t r = 0; r < count; ++r)
            if (const std::optional<double> v = value(r, xi))
                at.push_back(*v);
        if (4 * at.size() < count)
            continue;
        if (const auto i = percentileInterval(at)) {
            out.x.push_back(xi);
            out.low.push_back(i->low);
            out.high.push_back(i->high);
        }
    }
    return out;
}
} // namespace

ConfidenceBand parabolaBand(const CrossoverEstimate& e, std::span<const double> x) {
    return band(x, e.resampleParabolas.size(), [&](std::size_t r, double t) {
        const auto& p = e.resampleParabolas[r];
        return t >= p[3] && t <= p[4] ? std::optional(p[0] + p[1] * t + p[2] * t * t)
                                      : std::nullopt;
    });
}

ConfidenceBand stokesEinsteinBand(const StokesEinsteinEstimate& e, std::span<const double> x) {
    return band(x, e.resampleLines.size(), [&](std::size_t r, double t) {
        return std::optional(e.resampleLines[r][0] + e.resampleLines[r][1] * t);
    });
}

ConfidenceBand stokesEinsteinDeltaBand(const StokesEinsteinFit& fit, std::span<const double> x) {
    ConfidenceBand out;
    if (!fit.ok)
        return out;
    for (const double t : x) {
        const double line = fit.intercept + fit.slope * t;
        out.x.push_back(t);
        out.low.push_back(line * (1.0 - fit.delta));
        out.high.push_back(line * (1.0 + fit.delta));
    }
    return out;
}

SeriesData seriesData(const std::vector<TemperatureResult>& results) {
    std::vector<std::size_t> order(results.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return results[a].temperature < results[b].temperature;
    });
    SeriesData d;
    std::size_t resamples = results.empty() ? 0 : results.front().resampled.size();
    for (const auto& r : results)
        resamples = std::min(resamples, r.resampled.size());
    d.resampled.resize(resamples);
    for (std::size_t k : order) {
        const TemperatureResult& r = results[k];
        d.temperature.push_back(r.temperature);
        d.gamma.push_back(r.observables.gamma);
        d.tauAlpha.push_back(tauValue(r.observables.tauAlpha));
        d.diffusionTimesTauAlpha.push_back(r.observables.diffusionTimesTauAlpha);
        d.gammaError.push_back(r.gammaError.value);
        using Kind = RelaxationTime::Kind;
        const Observables& data = r.observables;
        d.gammaExtrapolated.push_back(data.gamma && (data.tauPlus.kind == Kind::Extrapolated ||
                                                     data.tauMinus.kind == Kind::Extrapolated));
        d.tauAlphaExtrapolated.push_back(data.tauAlpha.kind == Kind::Extrapolated);
        d.tauAlphaLowerBound.push_back(data.tauAlpha.kind == Kind::LowerBound);
        for (std::size_t b = 0; b < resamples; ++b) {
            const Observables& o = r.resampled[b];
            d.resampled[b].gamma.push_back(o.gamma);
            d.resampled[b].tauAlpha.push_back(tauValue(o.tauAlpha));
            d.resampled[b].diffusionTimesTauAlpha.push_back(o.diffusionTimesTauAlpha);
        }
    }
    return d;
}

CrossoverEstimate estimateTx(const SeriesData& data, const std::optional<FitWindow>& window) {
    CrossoverEstimate e;
    e.fit = fitCrossoverTx(data.temperature, data.gamma, window);
    if (!e.fit.ok)
        return e;
    std::vector<double> values;
    for (const auto& r : data.resampled)
        if (const auto f = fitCrossoverTx(data.temperature, r.gamma, window); f.ok) {
            values.push_back(f.tx);
            if (!f.fallback)
                e.resampleParabolas.push_back({f.a, f.b, f.c, f.bracketLow, f.bracketHigh});
        }
    e.resamplesUsed = static_cast<int>(values.size());
    e.error = standardDeviation(values);
    e.samples = values;
    e.interval = percentileInterval(values);
    if (e.fit.fallback)
        e.error = std::isnan(e.error) ? e.fit.fallbackHalfSpacing
                                      : std::max(e.error, e.fit.fallbackHalfSpacing);
    return e;
}

ModeCouplingEstimate estimateTc(const SeriesData& data, const ModeCouplingSettings& settings) {
    ModeCouplingEstimate e;
    e.fit = fitModeCouplingTc(data.temperature, data.tauAlpha, settings);
    if (!e.fit.best.ok)
        return e;
    // Resamples refit with the chosen window, so the error is that of this fit's T_c.
    ModeCouplingSettings same = settings;
    same.window = e.fit.best.window;
    std::vector<double> tc, nu;
    for (const auto& r : data.resampled)
        if (const auto f = fitPowerLaw(data.temperature, r.tauAlpha, *same.window); f.ok) {
            tc.push_back(f.tc);
            nu.push_back(f.nu);
        }
    e.resamplesUsed = static_cast<int>(tc.size());
    e.tcError = standardDeviation(tc);
    e.samples = tc;
    e.interval = percentileInterval(tc);
    e.nuError = standardDeviation(nu);
    return e;
}

StokesEinsteinEstimate estimateTb(const SeriesData& data, const StokesEinsteinSettings& settings) {
    StokesEinsteinEstimate e;
    e.fit = fitStokesEinsteinTb(data.temperature, data.diffusionTimesTauAlpha, settings);
    if (!e.fit.ok)
        return e;
    StokesEinsteinSettings same = settings;
    same.lineWindow = e.fit.lineWindow;
    std::vector<double> values;
    for (const auto& r : data.resampled)
        if (const auto f = fitStokesEinsteinTb(data.temperature, r.diffusionTimesTauAlpha, same);
            f.ok) {
            e.resampleLines.push_back({f.intercept, f.slope});
            if (f.found)
                values.push_back(f.tb);
        }
    e.resamplesUsed = static_cast<int>(values.size());
    e.error = standardDeviation(values);
    e.samples = values;
    e.interval = percentileInterval(values);
    return e;
}

CharacteristicTemperatures analyseSeries(const SeriesData& data, const SeriesSettings& settings) {
    CharacteristicTemperatures out;
    out.tx = estimateTx(data, settings.txWindow);
    out.tc = estimateTc(data, settings.tc);
    out.tb = estimateTb(data, settings.tb);
    out.path =
        classifyPath(data.temperature, data.gamma, data.gammaError, settings.tg, settings.tm);
    out.tg = settings.tg;
    out.glassTransition = settings.glassTransition;
    out.replacedPresetTg = settings.replacedPresetTg;
    out.tm = settings.tm;
    out.resamples = static_cast<int>(data.resampled.size());
    out.flags = assessQuality(data, settings, out);
    return out;
}

} // namespace tx::core
