#pragma once
// The characteristic temperatures of a temperature series (science §4): T_x from gamma_tau(T),
// T_c from tau_alpha(T), T_b from D tau_alpha(T), the path P_I-P_IV, each with its bootstrap
// error: the fit is redone on every resample's series. Fits only read SeriesData, so a GUI
// can re-run one with a new window without touching the correlators.
#include "core/analysis/TemperatureAnalysis.h"
#include "core/fit/CrossoverFit.h"
#include "core/fit/GlassTransitionFit.h"
#include "core/fit/ModeCouplingFit.h"
#include "core/fit/PathClassification.h"
#include "core/fit/QualityFlags.h"
#include "core/fit/StokesEinsteinFit.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace tx::core {

// One quantity per temperature (ascending T), for the data and for each bootstrap resample.
struct SeriesData {
    std::vector<double> temperature;
    std::vector<std::optional<double>> gamma, tauAlpha, diffusionTimesTauAlpha;
    std::vector<double> gammaError;
    // Where a number stands on a KWW extrapolation, or a tau is only a lower bound (and so
    // missing from the series): the quality flags say when such a point feeds a fit.
    std::vector<bool> gammaExtrapolated, tauAlphaExtrapolated, tauAlphaLowerBound;
    // resampled[b] holds the same three quantities for resample b.
    struct Resample {
        std::vector<std::optional<double>> gamma, tauAlpha, diffusionTimesTauAlpha;
    };
    std::vector<Resample> resampled;
};

SeriesData seriesData(const std::vector<TemperatureResult>& results);

struct CrossoverEstimate {
    CrossoverFit fit;
    double error = 0.0; // bootstrap std (at least half the T spacing for the argmin fallback)
    int resamplesUsed = 0;
    std::vector<double> samples; // T_x of each resample where the fit worked
    std::optional<PercentileInterval> interval;
    // a, b, c and the outer points (low, high) of every resample's parabola
    std::vector<std::array<double, 5>> resampleParabolas;
};
struct ModeCouplingEstimate {
    ModeCouplingFit fit;
    double tcError = 0.0, nuError = 0.0;
    int resamplesUsed = 0;
    std::vector<double> samples; // T_c of each resample where the fit worked
    std::optional<PercentileInterval> interval;
};
struct StokesEinsteinEstimate {
    StokesEinsteinFit fit;
    double error = 0.0;
    int resamplesUsed = 0;
    std::vector<double> samples; // T_b of each resample where it was found
    std::optional<PercentileInterval> interval;
    std::vector<std::array<double, 2>> resampleLines; // intercept, slope of every resample
};

// A pointwise 95 % band of the fitted curve over the resamples' fits, at the given x. A
// resample's parabola counts only between its own outer points (where it has data), and a
// point needs a quarter of the resamples.
struct ConfidenceBand {
    std::vector<double> x, low, high;
};
ConfidenceBand parabolaBand(const CrossoverEstimate& e, std::span<const double> x);
ConfidenceBand stokesEinsteinBand(const StokesEinsteinEstimate& e, std::span<const double> x);
// Where D·τ_α counts as on the SE line: line × (1 ± δ); T_b is where the data first leave it.
ConfidenceBand stokesEinsteinDeltaBand(const StokesEinsteinFit& fit, std::span<const double> x);

CrossoverEstimate estimateTx(const SeriesData& data, const std::optional<FitWindow>& window);
ModeCouplingEstimate estimateTc(const SeriesData& data, const ModeCouplingSettings& settings);
StokesEinsteinEstimate estimateTb(const SeriesData& data, const StokesEinsteinSettings& settings);

struct SeriesSettings {
    std::optional<FitWindow> txWindow;
    ModeCouplingSettings tc;
    StokesEinsteinSettings tb;
    std::optional<double> tg, tm;
    std::string presetName; // the system preset that gave T_g or T_m, or empty
    bool tgFromPreset = false, tmFromPreset = false;
    // T_g from a cooling log (the pipeline reads the log and fits it; tg is then its value,
    // or unset where the fit failed), and the preset's T_g it replaces, if any.
    std::optional<GlassTransitionEstimate> glassTransition;
    std::optional<double> replacedPresetTg;
};

struct CharacteristicTemperatures {
    CrossoverEstimate tx;
    ModeCouplingEstimate tc;
    StokesEinsteinEstimate tb;
    PathClassification path;
    std::optional<double> tg, tm;
    std::optional<GlassTransitionEstimate> glassTransition; // when T_g comes from a cooling log
    std::optional<double> replacedPresetTg;                 // the preset's T_g that it replaces
    CharacteristicFlags flags; // how far each can be trusted (QualityFlags.h)
    int resamples = 0;         // bootstrap resamples of the series
};

CharacteristicTemperatures analyseSeries(const SeriesData& data, const SeriesSettings& settings);

} // namespace tx::core
