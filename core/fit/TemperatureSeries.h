#pragma once
// The characteristic temperatures of a temperature series (science §4): T_x from gamma_tau(T),
// T_c from tau_alpha(T), T_b from D tau_alpha(T), the path P_I-P_IV, each with its bootstrap
// error: the fit is redone on every resample's series. Fits only read SeriesData, so a GUI
// can re-run one with a new window without touching the correlators.
#include "core/analysis/TemperatureAnalysis.h"
#include "core/fit/CrossoverFit.h"
#include "core/fit/ModeCouplingFit.h"
#include "core/fit/PathClassification.h"
#include "core/fit/StokesEinsteinFit.h"

#include <optional>
#include <vector>

namespace tx::core {

// One quantity per temperature (ascending T), for the data and for each bootstrap resample.
struct SeriesData {
    std::vector<double> temperature;
    std::vector<std::optional<double>> gamma, tauAlpha, diffusionTimesTauAlpha;
    std::vector<double> gammaError;
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
};
struct ModeCouplingEstimate {
    ModeCouplingFit fit;
    double tcError = 0.0, nuError = 0.0;
    int resamplesUsed = 0;
};
struct StokesEinsteinEstimate {
    StokesEinsteinFit fit;
    double error = 0.0;
    int resamplesUsed = 0;
};

CrossoverEstimate estimateTx(const SeriesData& data, const std::optional<FitWindow>& window);
ModeCouplingEstimate estimateTc(const SeriesData& data, const ModeCouplingSettings& settings);
StokesEinsteinEstimate estimateTb(const SeriesData& data, const StokesEinsteinSettings& settings);

struct SeriesSettings {
    std::optional<FitWindow> txWindow;
    ModeCouplingSettings tc;
    StokesEinsteinSettings tb;
    std::optional<double> tg, tm;
};

struct CharacteristicTemperatures {
    CrossoverEstimate tx;
    ModeCouplingEstimate tc;
    StokesEinsteinEstimate tb;
    PathClassification path;
    std::optional<double> tg, tm;
};

CharacteristicTemperatures analyseSeries(const SeriesData& data, const SeriesSettings& settings);

} // namespace tx::core
