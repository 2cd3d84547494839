// Fits with known answers (science §4): T_c and nu from a power law, T_b from a bending
// D tau line, T_x from a gamma_tau minimum, KWW parameters, path classification.
#include "core/analysis/KwwFit.h"
#include "core/fit/PathVerdict.h"
#include "core/fit/QualityFlags.h"
#include "core/fit/SimulationAdvice.h"
#include "core/fit/TemperatureSeries.h"
#include "core/output/Measurement.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace tx;
using Values = std::vector<std::optional<double>>;

class TestCharacteristicTemperatures : public QObject {
    Q_OBJECT

    static std::vector<double> grid(double from, double to, double step) {
        std::vector<double> t;
        for (double x = from; x <= to + 1e-9; x += step)
            t.push_back(x);
        return t;
    }
    static Values powerLaw(const std::vector<double>& t, double a, double tc, double nu,
                           double noise, std::uint64_t seed) {
        std::mt19937_64 rng(seed);
        std::normal_distribution<double> g(0.0, noise);
        Values out;
        for (double x : t)
            out.push_back(a * std::pow(x - tc, -nu) * std::exp(noise > 0 ? g(rng) : 0.0));
        return out;
    }

    // A series with the given values and no resamples; errors of 0.01 on gamma_tau.
    static core::SeriesData series(const std::vector<double>& t, const Values& gamma,
                                   const Values& tau = {}, const Values& dTau = {}) {
        core::SeriesData d;
        d.temperature = t;
        d.gamma = gamma;
        d.tauAlpha = tau.empty() ? Values(t.size()) : tau;
        d.diffusionTimesTauAlpha = dTau.empty() ? Values(t.size()) : dTau;
        d.gammaError.assign(t.size(), 0.01);
        d.gammaExtrapolated.assign(t.size(), false);
        d.tauAlphaExtrapolated.assign(t.size(), false);
        d.tauAlphaLowerBound.assign(t.size(), false);
        return d;
    }
    static Values parabola(const std::vector<double>& t, double vertex, double curvature = 1.0) {
        Values out;
        for (double x : t)
            out.push_back(0.6 + curvature * (x - vertex) * (x - vertex));
        return out;
    }
    static QString codes(const core::QualityFlags& flags) {
        QStringList out;
        for (const auto& f : flags)
            out << QString::fromStdString(f.code + ": " + f.message);
        return out.join("\n");
    }
    // The seven temperatures of the Kob-Andersen ensemble in the issue: a gap from 1.0 to 2.0.
    static std::vector<double> gappedGrid() { return {0.5, 0.55, 0.6, 0.7, 0.8, 1.0, 2.0}; }

private slots:
    void uncertaintiesAreRoundedByOneRule() {
        // The Particle Data Group's rule: two significant digits of the error for 100–354,
        // one for 355–949, 950–999 rounded up to two; the value to the same place.
        const std::pair<std::pair<double, double>, const char*> cases[] = {
            {{680.3, 21.7}, "680 ± 22"},
            {{491.2, 8.1}, "491 ± 8"},
            {{0.011357, 7.3e-5}, "0.01136 ± 0.00007"},
            {{0.7245, 0.0123}, "0.725 ± 0.012"},
            {{1.0, 0.0997}, "1.00 ± 0.10"},
            {{-2.34567, 0.0355}, "-2.35 ± 0.04"},
            {{-0.00004, 0.002}, "0.0000 ± 0.0020"},
            {{1.136e-8, 7e-11}, "(1.136 ± 0.007)e-08"},
            {{2.5e7, 3.2e5}, "(2.500 ± 0.032)e+07"},
            {{123456.0, 40.0}, "123460 ± 40"},
            {{0.7245, NAN}, "0.7245"},
            {{0.7245, 0.0}, "0.7245"},
            {{NAN, 1.0}, "n/a"},
        };
        for (const auto& [input, expected] : cases)
            QCOMPARE(QString::fromStdString(core::measurementText(input.first, input.second)),
                     QString::fromUtf8(expected));
        const core::RoundedMeasurement r = core::roundMeasurement(1.136e-8, 7e-11);
        QCOMPARE(r.exponent, -8);
        QCOMPARE(QString::fromStdString(r.value), QString("1.136"));
    }

    void powerLawRecoversTcAndNu() {
        const auto t = grid(0.45, 1.0, 0.025);
        const auto exact = core::fitPowerLaw(t, powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1), {0.45, 1.0});
        QVERIFY2(exact.ok, exact.problem.c_str());
        QVERIFY(std::abs(exact.tc - 0.435) < 1e-6);
        QVERIFY(std::abs(exact.nu - 2.6) < 1e-5);
        QVERIFY(std::abs(exact.amplitude - 0.5) < 1e-5);
        QVERIFY(exact.rmsLnTau < 1e-8);
        // 3 % noise on tau: T_c within 0.01, nu within 0.25.
        const auto noisy = core::fitPowerLaw(t, powerLaw(t, 0.5, 0.435, 2.6, 0.03, 2), {0.45, 1.0});
        QVERIFY(noisy.ok);
        QVERIFY2(std::abs(noisy.tc - 0.435) < 0.01, qPrintable(QString::number(noisy.tc)));
        QVERIFY(std::abs(noisy.nu - 2.6) < 0.25);
    }

    void slidingWindowsFindTc() {
        const auto t = grid(0.45, 1.2, 0.025);
        core::ModeCouplingSettings s;
        const auto fit = core::fitModeCouplingTc(t, powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1), s);
        QVERIFY(fit.sliding);
        QVERIFY2(fit.best.ok, fit.best.problem.c_str());
        QVERIFY(std::abs(fit.best.tc - 0.435) < 1e-4);
        QVERIFY(fit.tried.size() == t.size());
        QVERIFY(fit.best.window.high <= 1.15 * fit.best.window.low + 1e-12);
    }

    void percentileIntervalsAndBandsOfTheBootstrap() {
        std::vector<double> v;
        for (int k = 1; k <= 101; ++k)
            v.push_back(k);
        const auto i = core::percentileInterval(v);
        QVERIFY(i && std::abs(i->low - 3.5) < 1e-12 && std::abs(i->high - 98.5) < 1e-12);
        QVERIFY(!core::percentileInterval({1.0}));
        // Resamples whose parabolas all equal the data's: a band of zero width, only between
        // the outer points of the fit; a shifted half widens it by exactly the shift.
        const auto t = grid(0.5, 1.1, 0.1);
        auto d = series(t, parabola(t, 0.8));
        for (int k = 0; k < 40; ++k) {
            Values g = parabola(t, 0.8);
            for (auto& x : g)
                *x += k % 2 ? 0.01 : 0.0;
            d.resampled.push_back({g, Values(t.size()), Values(t.size())});
        }
        const auto c = core::analyseSeries(d, {});
        QVERIFY(c.tx.interval && std::abs(c.tx.interval->low - 0.8) < 1e-9);
        const std::vector<double> xs{0.5, 0.75, 0.8, 0.85, 1.1};
        const auto band = core::parabolaBand(c.tx, xs);
        QCOMPARE(band.x, (std::vector<double>{0.75, 0.8, 0.85})); // inside [0.7, 0.9] only
        for (std::size_t k = 0; k < band.x.size(); ++k) {
            const double y = 0.6 + (band.x[k] - 0.8) * (band.x[k] - 0.8);
            QVERIFY(std::abs(band.low[k] - y) < 1e-9);
            QVERIFY(std::abs(band.high[k] - (y + 0.01)) < 1e-9);
        }
    }

    void simulateNextWhereTheFlagsPoint() {
        // T_x in the 1.0-2.0 gap: simulate at 1.5, tau_alpha interpolated in 1/T there.
        const auto t = gappedGrid();
        const auto tau = powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1);
        auto d = series(t, parabola(t, 1.3), tau);
        auto c = core::analyseSeries(d, {});
        auto s = core::suggestSimulations(d, c, 0.005);
        auto at = [&](double temperature) -> const core::SimulationSuggestion* {
            for (const auto& x : s)
                if (std::abs(x.temperature - temperature) < 1e-9)
                    return &x;
            return nullptr;
        };
        const auto* gap = at(1.5);
        QVERIFY2(gap && gap->purpose == "T_x", qPrintable(QString::number(s.size())));
        const double expected =
            std::exp(std::log(*tau[5]) + (1 / 1.5 - 1 / 1.0) / (1 / 2.0 - 1 / 1.0) *
                                             (std::log(*tau[6]) - std::log(*tau[5])));
        QVERIFY(gap->tauAlpha && std::abs(*gap->tauAlpha / expected - 1) < 1e-12);
        QVERIFY(gap->tauModel.find("1/T") != std::string::npos);
        QCOMPARE(*gap->stepsPerSegment, std::int64_t(std::ceil(10 * expected / 0.005)));
        // A minimum at the cold edge: one grid step colder, tau from the fitted MCT law.
        const auto even = grid(0.5, 1.1, 0.1);
        Values falling;
        for (double x : even)
            falling.push_back(0.5 + 0.2 * x);
        d = series(even, falling, powerLaw(even, 0.5, 0.435, 2.6, 0.0, 1));
        c = core::analyseSeries(d, {});
        s = core::suggestSimulations(d, c, 0.005);
        const auto* colder = at(0.4);
        QVERIFY(colder); // 0.5 - 0.1; below T_c = 0.435: no estimate, said so
        QVERIFY(!colder->tauAlpha && colder->tauModel.find("below T_c") != std::string::npos);
        // Clean data (no flags, no resamples): nothing to suggest.
        d = series(even, parabola(even, 0.8), powerLaw(even, 0.5, 0.435, 2.6, 0.0, 1));
        core::SeriesSettings settings;
        settings.tc.window = core::FitWindow{0.5, 1.1};
        c = core::analyseSeries(d, settings);
        QVERIFY2(core::suggestSimulations(d, c, 0.005).empty(),
                 core::simulationSuggestionsText(core::suggestSimulations(d, c, 0.005)).c_str());
    }

    void slidingWindowsWidenOnASparseGrid() {
        // The seven temperatures: no [T_i, 1.15 T_i] holds three of them. The windows
        // widen step by step instead of giving n/a, the width is reported and flagged.
        const auto t = gappedGrid();
        const auto tau = powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1);
        const auto fit = core::fitModeCouplingTc(t, tau, {});
        QVERIFY2(fit.best.ok, fit.best.problem.c_str());
        QVERIFY(fit.widened);
        QVERIFY(fit.widthUsed > 1.15 && fit.widthUsed < 1.5);
        QVERIFY(fit.best.window.high <= fit.widthUsed * fit.best.window.low + 1e-12);
        QVERIFY(std::abs(fit.best.tc - 0.435) < 1e-4);
        QVERIFY(fit.tried.size() > t.size()); // every width's windows are kept
        auto c = core::analyseSeries(series(t, parabola(t, 0.8), tau), {});
        QVERIFY2(core::hasFlag(c.flags.tc, "few_points") &&
                     c.flags.tc.front().message.find("widened") != std::string::npos,
                 qPrintable(codes(c.flags.tc)));
        // A dense grid keeps the paper's width.
        const auto dense = grid(0.45, 1.2, 0.025);
        const auto plain =
            core::fitModeCouplingTc(dense, powerLaw(dense, 0.5, 0.435, 2.6, 0, 1), {});
        QVERIFY(plain.best.ok && !plain.widened);
        QCOMPARE(plain.widthUsed, 1.15);
    }

    void tooFewPointsAreRejectedClearly() {
        const std::vector<double> t{0.5, 0.6, 0.7, 0.8};
        const Values tau{10.0, 5.0, std::nullopt, 2.0};
        const auto fit = core::fitPowerLaw(t, tau, {0.55, 0.8});
        QVERIFY(!fit.ok);
        QVERIFY(fit.problem.find("fewer than 3") != std::string::npos);
        QVERIFY(fit.problem.find("[0.55, 0.8]") != std::string::npos);
        const auto tx = core::fitCrossoverTx(t, tau, core::FitWindow{0.75, 0.9});
        QVERIFY(!tx.ok);
        QVERIFY(tx.problem.find("fewer than 3") != std::string::npos);
        const auto tb = core::fitStokesEinsteinTb(t, tau, {core::FitWindow{0.75, 0.9}, 0.05});
        QVERIFY(!tb.ok);
        QVERIFY(tb.problem.find("fewer than 3") != std::string::npos);
    }

    void bendingStokesEinsteinLineGivesTb() {
        // D tau = 0.02 + 0.004 T above T0 = 0.75; below, it rises by (T0 - T) relative:
        // the 5 % deviation is crossed at T = 0.70 exactly.
        const auto t = grid(0.5, 1.5, 0.07);
        Values y;
        for (double x : t) {
            const double line = 0.02 + 0.004 * x;
            y.push_back(x >= 0.75 ? line : line * (1 + (0.75 - x)));
        }
        const auto fit = core::fitStokesEinsteinTb(t, y);
        QVERIFY2(fit.ok && fit.found, fit.problem.c_str());
        QVERIFY(std::abs(fit.slope - 0.004) < 1e-12);
        QVERIFY(std::abs(fit.tb - 0.70) < 1e-9);
        QCOMPARE(fit.linePoints, 5); // the highest third of 15 temperatures
        core::StokesEinsteinSettings tight;
        tight.delta = 0.10;
        QVERIFY(std::abs(core::fitStokesEinsteinTb(t, y, tight).tb - 0.65) < 1e-9);
    }

    void gammaMinimumGivesTx() {
        const auto t = grid(0.4, 1.2, 0.1);
        Values g;
        for (double x : t)
            g.push_back(0.6 + 2.0 * (x - 0.63) * (x - 0.63));
        const auto fit = core::fitCrossoverTx(t, g);
        QVERIFY(fit.ok && !fit.fallback);
        QVERIFY(std::abs(fit.tx - 0.63) < 1e-9);
        QVERIFY(std::abs(fit.gammaAtMinimum - 0.6) < 1e-9);
        // Monotonic inside the window: the discrete argmin at the edge, +- half a spacing.
        const auto edge = core::fitCrossoverTx(t, g, core::FitWindow{0.75, 1.2});
        QVERIFY(edge.ok && edge.fallback);
        QVERIFY(std::abs(edge.tx - 0.8) < 1e-9);
        QVERIFY(std::abs(edge.fallbackHalfSpacing - 0.05) < 1e-9);
    }

    void kwwRecoversTauAndBeta() {
        std::vector<double> t, f;
        for (int k = 0; k <= 60; ++k) {
            t.push_back(0.01 * std::pow(10.0, k / 12.0));
            f.push_back(0.95 * std::exp(-std::pow(t.back() / 3.0, 0.6)));
        }
        const auto fit = core::fitKww(t, f);
        QVERIFY2(fit.ok, fit.problem.c_str());
        QVERIFY(std::abs(fit.tau - 3.0) < 1e-6);
        QVERIFY(std::abs(fit.beta - 0.6) < 1e-6);
        QVERIFY(std::abs(fit.amplitude - 0.95) < 1e-6);
        const double tauE = 3.0 * std::pow(1.0 + std::log(0.95), 1.0 / 0.6);
        QVERIFY(std::abs(fit.timeAtLevel(std::exp(-1.0)) - tauE) < 1e-5);
    }

    void kwwExtrapolatesATauThatIsNotReached() {
        // The data stop at F ~ 0.45 > 1/e; with extrapolation on, tau comes from KWW, flagged.
        core::AveragedCorrelators c;
        for (int k = 0; k <= 23; ++k) { // t <= 2, F(2) = 0.54
            const double t = k == 0 ? 0.0 : 0.01 * std::pow(10.0, k / 10.0);
            const double f = std::exp(-std::pow(t / 4.0, 0.7));
            c.time.push_back(t);
            c.curve(core::ChannelId::SelfScattering).push_back(f);
            c.curve(core::ChannelId::PairPlus).push_back(f);
            c.curve(core::ChannelId::PairMinus).push_back(f);
            c.curve(core::ChannelId::SquaredDisplacement).push_back(t);
        }
        core::AnalysisSettings plain, kww;
        kww.extrapolateWithKww = true;
        QCOMPARE(core::extractObservables(c, plain).tauAlpha.kind,
                 core::RelaxationTime::Kind::LowerBound);
        const auto tau = core::extractObservables(c, kww).tauAlpha;
        QCOMPARE(tau.kind, core::RelaxationTime::Kind::Extrapolated);
        QVERIFY(std::abs(tau.value - 4.0) < 1e-4);
        QVERIFY(tau.text().find("KWW") != std::string::npos);
    }

    void pathClassification() {
        const std::vector<double> t{0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        const std::vector<double> err(t.size(), 0.01);
        auto classify = [&](const Values& g) {
            return core::classifyPath(t, g, err, std::nullopt, std::nullopt).path;
        };
        QCOMPARE(classify({0.9, 0.85, 0.8, 0.75, 0.7, 0.65}), core::CrossoverPath::I);
        QCOMPARE(classify({0.5, 0.55, 0.6, 0.65, 0.7, 0.75}), core::CrossoverPath::II);
        QCOMPARE(classify({0.8, 0.7, 0.62, 0.65, 0.72, 0.8}), core::CrossoverPath::IV);
        QCOMPARE(classify({0.8, 0.78, 0.76, 0.45, 0.74, 0.76}), core::CrossoverPath::III);
        // T_g and T_m restrict the range: below T_g = 0.65 nothing counts.
        const Values rising{0.4, 0.5, 0.6, 0.65, 0.7, 0.75};
        const auto p = core::classifyPath(t, rising, err, 0.65, 1.1);
        QCOMPARE(p.path, core::CrossoverPath::II);
        QCOMPARE(core::pathName(core::CrossoverPath::IV), std::string("P_IV"));
    }

    void bootstrapErrorsOfTheSeriesFits() {
        // Resamples with 2 % noise around the same curves: nonzero, sensible errors.
        core::SeriesData d;
        d.temperature = grid(0.45, 1.0, 0.05);
        d.tauAlpha = powerLaw(d.temperature, 0.5, 0.435, 2.6, 0.0, 1);
        for (double x : d.temperature) {
            d.gamma.push_back(0.6 + 2.0 * (x - 0.63) * (x - 0.63));
            d.diffusionTimesTauAlpha.push_back(0.02 + 0.004 * x);
            d.gammaError.push_back(0.01);
        }
        std::mt19937_64 rng(5);
        std::normal_distribution<double> g(0.0, 0.02);
        for (int b = 0; b < 100; ++b) {
            core::SeriesData::Resample r;
            for (std::size_t k = 0; k < d.temperature.size(); ++k) {
                r.gamma.push_back(*d.gamma[k] * (1 + g(rng)));
                r.tauAlpha.push_back(*d.tauAlpha[k] * (1 + g(rng)));
                r.diffusionTimesTauAlpha.push_back(*d.diffusionTimesTauAlpha[k] * (1 + g(rng)));
            }
            d.resampled.push_back(r);
        }
        core::SeriesSettings s;
        s.tc.window = core::FitWindow{0.45, 1.0};
        const auto out = core::analyseSeries(d, s);
        QVERIFY(std::abs(out.tx.fit.tx - 0.63) < 1e-9);
        QVERIFY(out.tx.error > 0.001 && out.tx.error < 0.1);
        QCOMPARE(out.tx.resamplesUsed, 100);
        QVERIFY(std::abs(out.tc.fit.best.tc - 0.435) < 1e-6);
        QVERIFY(out.tc.tcError > 1e-4 && out.tc.tcError < 0.02);
        QVERIFY(out.tc.nuError > 0);
        QCOMPARE(out.path.path, core::CrossoverPath::IV);
    }

    // Each quality flag (core/fit/QualityFlags.h): data that raise it, and data that do not.
    void flagGapOnTxAndOnTheDecisiveStep() {
        // The ensemble: the parabola through 0.8, 1.0, 2.0 puts T_x at 1.3, in the gap.
        const auto t = gappedGrid();
        auto c = core::analyseSeries(series(t, parabola(t, 1.3)), {});
        QVERIFY(c.tx.fit.ok && !c.tx.fit.fallback);
        QVERIFY(std::abs(c.tx.fit.tx - 1.3) < 1e-9);
        QVERIFY2(core::hasFlag(c.flags.tx, "gap"), qPrintable(codes(c.flags.tx)));
        for (const auto& f : c.flags.tx)
            if (f.code == "gap")
                QVERIFY2(f.message.find("between T = 1 and 2") != std::string::npos,
                         f.message.c_str());
        // P_III only because the jump is the step across the gap.
        const Values jump{0.70, 0.68, 0.66, 0.64, 0.62, 0.60, 0.95};
        c = core::analyseSeries(series(t, jump), {});
        QCOMPARE(c.path.path, core::CrossoverPath::III);
        QVERIFY2(core::hasFlag(c.flags.path, "gap"), qPrintable(codes(c.flags.path)));
        // The same shapes on an even grid: no gap.
        const auto even = grid(0.5, 1.1, 0.1);
        c = core::analyseSeries(series(even, parabola(even, 0.75)), {});
        QVERIFY(!core::hasFlag(c.flags.tx, "gap"));
        c = core::analyseSeries(series(even, jump), {});
        QCOMPARE(c.path.path, core::CrossoverPath::III);
        QVERIFY(!core::hasFlag(c.flags.path, "gap"));
    }

    void flagEdgeAndOneSided() {
        const auto t = grid(0.5, 1.1, 0.1);
        // gamma falls all the way down: the minimum is the coldest temperature.
        Values falling;
        for (double x : t)
            falling.push_back(0.5 + 0.2 * x);
        auto c = core::analyseSeries(series(t, falling), {});
        QVERIFY(c.tx.fit.fallback);
        QVERIFY2(core::hasFlag(c.flags.tx, "edge") && core::hasFlag(c.flags.tx, "one_sided"),
                 qPrintable(codes(c.flags.tx)));
        // Minimum at the second temperature: a parabola, but only one point below it.
        c = core::analyseSeries(series(t, parabola(t, 0.62)), {});
        QVERIFY(!c.tx.fit.fallback);
        QVERIFY(!core::hasFlag(c.flags.tx, "edge"));
        QVERIFY2(core::hasFlag(c.flags.tx, "one_sided"), qPrintable(codes(c.flags.tx)));
        // Minimum in the middle: neither.
        c = core::analyseSeries(series(t, parabola(t, 0.8)), {});
        QVERIFY2(c.flags.tx.empty(), qPrintable(codes(c.flags.tx)));
    }

    void flagUnstableWhenResamplesSpreadOrSplit() {
        const auto t = grid(0.5, 1.1, 0.1);
        auto withVertices = [&](const std::vector<double>& vertices) {
            auto d = series(t, parabola(t, 0.8));
            for (double v : vertices)
                d.resampled.push_back({parabola(t, v), Values(t.size()), Values(t.size())});
            return core::analyseSeries(d, {});
        };
        std::mt19937_64 rng(3);
        std::normal_distribution<double> narrow(0.8, 0.01);
        std::vector<double> unimodal, split, wide;
        for (int k = 0; k < 100; ++k) {
            unimodal.push_back(narrow(rng));
            split.push_back((k % 2 ? 0.77 : 0.83) + 0.002 * narrow(rng));
            wide.push_back(k % 2 ? 0.62 : 0.98);
        }
        auto c = withVertices(unimodal);
        QVERIFY2(!core::hasFlag(c.flags.tx, "unstable"), qPrintable(codes(c.flags.tx)));
        c = withVertices(split); // spread 0.03 < spacing 0.1, but two answers
        QVERIFY2(core::hasFlag(c.flags.tx, "unstable") &&
                     c.flags.tx.back().message.find("two groups") != std::string::npos,
                 qPrintable(codes(c.flags.tx)));
        c = withVertices(wide);
        QVERIFY2(core::hasFlag(c.flags.tx, "unstable") &&
                     c.flags.tx.back().message.find("wider than") != std::string::npos,
                 qPrintable(codes(c.flags.tx)));
        QVERIFY(core::bimodalityCoefficient(unimodal) < 0.5);
        QVERIFY(core::bimodalityCoefficient(split) > core::kBimodalCoefficient);
    }

    void flagInsideWindowWhenTbIsInItsOwnLineWindow() {
        const auto t = grid(0.5, 1.5, 0.1);
        Values dTau;
        for (double x : t)
            dTau.push_back((1 + 0.1 * x) * (x < 0.8 - 1e-9 ? 1 + 2 * (0.8 - x) : 1.0));
        core::SeriesSettings s;
        s.tb.lineWindow = core::FitWindow{0.65, 1.5}; // reaches down into the breakdown
        auto c = core::analyseSeries(series(t, parabola(t, 0.8), {}, dTau), s);
        QVERIFY(c.tb.fit.found);
        QVERIFY2(core::hasFlag(c.flags.tb, "inside_window"), qPrintable(codes(c.flags.tb)));
        s.tb.lineWindow = core::FitWindow{0.9, 1.5};
        c = core::analyseSeries(series(t, parabola(t, 0.8), {}, dTau), s);
        QVERIFY(c.tb.fit.found);
        QVERIFY(std::abs(c.tb.fit.tb - 0.8) < 0.1);
        QVERIFY2(!core::hasFlag(c.flags.tb, "inside_window"), qPrintable(codes(c.flags.tb)));
    }

    void flagFewPointsOnMinimalFits() {
        const auto t = grid(0.5, 1.2, 0.05);
        auto d = series(t, parabola(t, 0.8), powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1));
        core::SeriesSettings s;
        s.txWindow = core::FitWindow{0.74, 0.86};  // 0.75, 0.8, 0.85
        s.tc.window = core::FitWindow{0.49, 0.61}; // 0.5, 0.55, 0.6
        auto c = core::analyseSeries(d, s);
        QVERIFY(core::hasFlag(c.flags.tx, "few_points"));
        QVERIFY2(core::hasFlag(c.flags.tc, "few_points"), qPrintable(codes(c.flags.tc)));
        s.txWindow = core::FitWindow{0.6, 1.0};
        s.tc.window = core::FitWindow{0.5, 0.9};
        c = core::analyseSeries(d, s);
        QVERIFY(!core::hasFlag(c.flags.tx, "few_points"));
        QVERIFY2(!core::hasFlag(c.flags.tc, "few_points"), qPrintable(codes(c.flags.tc)));
    }

    void flagBoundsWhenATauIsABoundOrExtrapolated() {
        const auto t = grid(0.5, 1.2, 0.05);
        auto d = series(t, parabola(t, 0.8), powerLaw(t, 0.5, 0.435, 2.6, 0.0, 1));
        core::SeriesSettings s;
        s.tc.window = core::FitWindow{0.5, 0.9};
        auto c = core::analyseSeries(d, s);
        QVERIFY(!core::hasFlag(c.flags.tc, "bounds"));
        QVERIFY(!core::hasFlag(c.flags.tx, "bounds"));
        // The coldest tau_alpha did not reach 1/e (left out); gamma at 0.75 is extrapolated.
        d.tauAlpha[0].reset();
        d.tauAlphaLowerBound[0] = true;
        d.gammaExtrapolated[5] = true;
        c = core::analyseSeries(d, s);
        QVERIFY2(core::hasFlag(c.flags.tc, "bounds") &&
                     c.flags.tc.back().message.find("T = 0.5 is missing") != std::string::npos,
                 qPrintable(codes(c.flags.tc)));
        QVERIFY2(core::hasFlag(c.flags.tx, "bounds") &&
                     c.flags.tx.back().message.find("KWW") != std::string::npos,
                 qPrintable(codes(c.flags.tx)));
    }

    void flagPresetWhenTgAndTmAreNotTheUsers() {
        const auto t = grid(0.5, 1.1, 0.1);
        core::SeriesSettings s;
        s.tg = 0.4;
        s.tm = 1.0;
        auto c = core::analyseSeries(series(t, parabola(t, 0.8)), s);
        QVERIFY(c.flags.tg.empty() && !core::hasFlag(c.flags.path, "preset"));
        s.tgFromPreset = s.tmFromPreset = true;
        s.presetName = "Kob-Andersen";
        c = core::analyseSeries(series(t, parabola(t, 0.8)), s);
        QVERIFY2(core::hasFlag(c.flags.tg, "preset") && core::hasFlag(c.flags.path, "preset"),
                 qPrintable(codes(c.flags.tg) + codes(c.flags.path)));
    }

    void thePathIsSaidInPlainWordsWithItsSources() {
        core::CharacteristicTemperatures c;
        core::SeriesSettings s;
        c.path.path = core::CrossoverPath::IV;
        c.tx.fit.ok = true;
        c.tx.fit.tx = 0.776;
        c.tg = 0.405;
        c.tm = 1.0;
        s.tmFromPreset = true;
        s.presetName = "Kob–Andersen";
        std::string v = core::plainPathVerdict(c, s);
        for (const char* words :
             {"γ_τ falls on cooling down to T_x ≈ 0.78, then rises smoothly",
              "liquid-like above, solid-like below", "path P_{IV}, as for all three systems",
              "T_g = 0.41 (given by you)", "T_m = 1 (Kob–Andersen preset, not from your data)"})
            QVERIFY2(v.find(words) != std::string::npos, v.c_str());
        c.path.path = core::CrossoverPath::II;
        c.tg.reset();
        c.tm.reset();
        v = core::plainPathVerdict(c, s);
        QVERIFY2(v.find("stays liquid-like") != std::string::npos &&
                     v.find("judged over all your temperatures") != std::string::npos,
                 v.c_str());
        c.path.path = core::CrossoverPath::Undetermined;
        c.path.reason = "fewer than 3 temperatures with γ_τ between T_g and T_m";
        v = core::plainPathVerdict(c, s);
        QVERIFY2(v.find("cannot be told yet: fewer than 3") != std::string::npos, v.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCharacteristicTemperatures)
#include "tst_characteristic_temperatures.moc"
