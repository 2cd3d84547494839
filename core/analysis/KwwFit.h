#pragma once
// Kohlrausch-Williams-Watts fit F = A exp(-(t/tau)^beta) over the alpha decay (default
// 0.1 < F < 0.8), by Eigen's Levenberg-Marquardt from start values of the linearised form
// ln(-ln F) = beta ln t - beta ln tau. Gives an extrapolated 1/e time where the data never
// reach 1/e; such a tau is always flagged as extrapolated.
#include <span>
#include <string>

namespace tx::core {

struct KwwSettings {
    double fLow = 0.1;
    double fHigh = 0.8;
};

struct KwwFit {
    bool ok = false;
    double amplitude = 0.0, tau = 0.0, beta = 0.0;
    double rms = 0.0; // residual of F
    int points = 0;
    double tStart = 0.0, tEnd = 0.0;
    std::string problem;
    // Time at which the fitted curve equals level (NaN when it never does).
    double timeAtLevel(double level) const;
};

KwwFit fitKww(std::span<const double> time, std::span<const double> correlator,
              const KwwSettings& settings = {});

} // namespace tx::core
