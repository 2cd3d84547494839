#pragma once
// Per temperature (science §3): tau_alpha, tau_+, tau_- by the 1/e crossing, gamma_tau =
// tau_+/tau_-, D from the MSD and D*tau_alpha, each with a bootstrap error over replicas
// (over segments when there is one replica).
#include "core/analysis/Diffusion.h"
#include "core/analysis/KwwFit.h"
#include "core/analysis/RelaxationTime.h"
#include "core/correlate/AveragedCorrelators.h"
#include "core/correlate/EnsembleSums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tx::core {

struct AnalysisSettings {
    double dt = 0.005;
    DiffusionSettings diffusion;
    KwwSettings kww;
    bool extrapolateWithKww = false; // tau from the KWW fit where 1/e is not reached
    // Resolution: tau_alpha and D of one species, tau_+ and tau_- of one type pair (LAMMPS
    // types); all atoms and all pairs when unset.
    std::optional<int> species;
    std::optional<std::pair<int, int>> typePair;
    int bootstrapResamples = 200;
    std::uint64_t bootstrapSeed = 12345;
};

struct Observables {
    RelaxationTime tauAlpha, tauPlus, tauMinus;
    RelaxationTime tauOverlap;          // 1/e time of the overlap Q(t) (of the chosen species)
    KwwFit kwwAlpha, kwwPlus, kwwMinus; // stretched-exponential fits of F_s, F_+, F_-
    std::optional<double> gamma;        // tau_+/tau_-, when both crossed
    DiffusionFit diffusion;
    std::optional<double> diffusionTimesTauAlpha;
};

Observables extractObservables(const AveragedCorrelators& c, const AnalysisSettings& settings);

// Standard deviation over the bootstrap resamples in which the quantity is a number.
struct BootstrapError {
    double value = 0.0; // NaN when fewer than 2 resamples gave a number
    int resamplesUsed = 0;
};

// tau_alpha, tau_+, tau_- and gamma_tau at one wave number beyond the first (the dispersion,
// science §3), resolved like the first q's (species, type pair), with bootstrap errors.
struct DispersionPoint {
    double q = 0.0;
    // Averaged at this q: its scattering channels (the others are those at the first q), and
    // their bootstrap spread lag by lag (empty without a bootstrap), as at the first q.
    AveragedCorrelators correlators, correlatorErrors;
    RelaxationTime tauAlpha, tauPlus, tauMinus;
    std::optional<double> gamma;
    BootstrapError tauAlphaError, tauPlusError, tauMinusError, gammaError;
};

struct TemperatureResult {
    double temperature = 0.0;
    std::string label;
    int replicas = 0;
    int segments = 0;
    std::size_t atoms = 0; // per configuration (of its first segment)
    std::int64_t origins = 0;
    double pairsPerOrigin = 0.0;
    AveragedCorrelators correlators;
    Observables observables;
    std::string bootstrapOver; // "replicas" or "segments"
    int resamples = 0;
    BootstrapError tauAlphaError, tauPlusError, tauMinusError, gammaError, diffusionError,
        diffusionTimesTauAlphaError, betaAlphaError, tauOverlapError;
    std::vector<Observables> resampled; // one per bootstrap resample, for the T-series fits
    // The bootstrap standard deviation of every correlator, lag by lag, laid out as
    // `correlators` (curves and parts; NaN where fewer than two resamples give a number;
    // empty without a bootstrap): the plots' error bands and the CSV's _err columns.
    AveragedCorrelators correlatorErrors;
    std::vector<DispersionPoint> dispersion; // one per extra q, in the order given
};

TemperatureResult analyseTemperature(const TemperatureSums& sums, const AnalysisSettings& settings,
                                     const Progress* progress = nullptr);

// The pair channels relax no faster than single atoms (tau_+ >= tau_alpha, tau_- >= tau_alpha
// where all crossed; science §2: |dr_+| <= (|dr_i| + |dr_j|)/2, and the relative motion of
// neighbours lags behind). Where a temperature breaks it, the pairs are not representative of
// the atoms (r_c or a pair cutoff, a species choice, too few pairs): one warning per
// temperature, beginning "T = <label>:". A warning, not an error: the numbers stay.
std::vector<std::string> pairRelaxationWarnings(const std::vector<TemperatureResult>& results);

} // namespace tx::core
