#include "core/analysis/KwwFit.h"

#include "core/model/Sentences.h"

#include <Eigen/Dense>
#include <cmath>
#include <unsupported/Eigen/NonLinearOptimization>
#include <vector>

namespace tx::core {

namespace {

// Residuals r_k = A exp(-(t_k/tau)^beta) - F_k in the parameters (A, ln tau, beta).
struct KwwResiduals {
    using Scalar = double;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };
    using InputType = Eigen::VectorXd;
    using ValueType = Eigen::VectorXd;
    using JacobianType = Eigen::MatrixXd;

    std::vector<double> lnT, f;
    int inputs() const { return 3; }
    int values() const { return static_cast<int>(f.size()); }

    int operator()(const Eigen::VectorXd& p, Eigen::VectorXd& r) const {
        for (std::size_t k = 0; k < f.size(); ++k)
            r[static_cast<Eigen::Index>(k)] =
                p[0] * std::exp(-std::exp(p[2] * (lnT[k] - p[1]))) - f[k];
        return 0;
    }
    int df(const Eigen::VectorXd& p, Eigen::MatrixXd& j) const {
        for (std::size_t k = 0; k < f.size(); ++k) {
            const auto row = static_cast<Eigen::Index>(k);
            const double u = std::exp(p[2] * (lnT[k] - p[1]));
            const double e = std::exp(-u);
            j(row, 0) = e;
            j(row, 1) = p[0] * e * u * p[2];
            j(row, 2) = -p[0] * e * u * (lnT[k] - p[1]);
        }
        return 0;
    }
};

} // namespace

double KwwFit::timeAtLevel(double level) const {
    const double x = std::log(amplitude / level);
    return ok && x > 0 ? tau * std::pow(x, 1.0 / beta) : std::nan("");
}

KwwFit fitKww(std::span<const double> time, std::span<const double> correlator,
              const KwwSettings& settings) {
    KwwFit fit;
    KwwResiduals model;
    for (std::size_t k = 0; k < time.size() && k < correlator.size(); ++k)
        if (time[k] > 0 && correlator[k] > settings.fLow && correlator[k] < settings.fHigh) {
            if (model.f.empty())
                fit.tStart = time[k];
            fit.tEnd = time[k];
            model.lnT.push_back(std::log(time[k]));
            model.f.push_back(correlator[k]);
        }
    fit.points = static_cast<int>(model.f.size());
    if (model.f.size() < 4) {
        fit.problem = say(sentence::kKwwFewFrames,
                          {std::to_string(settings.fLow), std::to_string(settings.fHigh)});
        return fit;
    }
    // Start values: straight line through ln(-ln F) against ln t (A = 1).
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const double n = static_cast<double>(model.f.size());
    for (std::size_t k = 0; k < model.f.size(); ++k) {
        const double y = std::log(-std::log(model.f[k]));
        sx += model.lnT[k];
        sy += y;
        sxx += model.lnT[k] * model.lnT[k];
        sxy += model.lnT[k] * y;
    }
    const double beta0 = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double intercept = (sy - beta0 * sx) / n;
    Eigen::VectorXd p(3);
    p << 1.0, beta0 > 0 ? -intercept / beta0 : sx / n, beta0 > 0 ? beta0 : 1.0;
    Eigen::LevenbergMarquardt<KwwResiduals> lm(model);
    lm.parameters.maxfev = 400;
    lm.minimize(p);
    Eigen::VectorXd r(model.values());
    model(p, r);
    fit.amplitude = p[0];
    fit.tau = std::exp(p[1]);
    fit.beta = p[2];
    fit.rms = std::sqrt(r.squaredNorm() / n);
    fit.ok = std::isfinite(fit.tau) && fit.beta > 0.05 && fit.beta <= 2.0 && fit.amplitude > 0 &&
             fit.amplitude < 1.5;
    if (!fit.ok)
        fit.problem = say(sentence::kKwwNoConvergence);
    return fit;
}

} // namespace tx::core
