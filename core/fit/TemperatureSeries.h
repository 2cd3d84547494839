#pragma once
// The characteristic temperatures of a temperature series (science §4): T_x from gamma_tau(T),
// T_c from tau_alpha(T), T_b from D tau_alpha(T), the path P_I-P_IV, each with its bootstrap
// error: the fit is redone on every resample's series. Fits only read SeriesData, so a GUI
// can re-run one with a new window without touching the correlators.
#include "core/analysis/TemperatureAnalysis.h"
#include "core/fit/CrossoverFit.h"
#include "core/fit/ModeCouplingFit.h"
#include "core/fit/PathClassification.h"
#include "core/fit/QualityFlags.h"
#include "core/fit/StokesEinsteinFit.h"

#include <optional>
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
};
struct ModeCouplingEstimate {
    ModeCouplingFit fit;
    double tcError = 0.0, nuError = 0.0;
    int resamplesUsed = 0;
    std::vector<double> samples; // T_c of each resample where the fit worked
};
struct StokesEinsteinEstimate {
    StokesEinsteinFit fit;
    double error = 0.0;
    int resamplesUsed = 0;
    std::vector<double> samples; // T_b of each resample where it was found
};

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
};

struct CharacteristicTemperatures {
    CrossoverEstimate tx;
    ModeCouplingEstimate tc;
    StokesEinsteinEstimate tb;
    PathClassification path;
    std::optional<double> tg, tm;
    CharacteristicFlags flags; // how far each can be trusted (QualityFlags.h)
    int resamples = 0;         // bootstrap resamples of the series
};

CharacteristicTemperatures analyseSeries(const SeriesData& data, const SeriesSettings& settings);

} // namespace tx::core
