// Relaxation times, the diffusion fit, averaging with weights and the bootstrap (science §3).
#include "core/analysis/TemperatureAnalysis.h"
#include "tests/support/Correlate.h"

#include <QtTest>
#include <cmath>

using namespace tx;

class TestAnalysis : public QObject {
    Q_OBJECT

    // One temperature: replicas x segments of Brownian walkers; replica r diffuses with
    // D * (1 + spread * r) so that the bootstrap has something to resample.
    static core::TemperatureSums brownianTemperature(int replicas, int segments, double spread) {
        core::TemperatureSums t{1.0, "1.0", {}};
        for (int r = 0; r < replicas; ++r) {
            core::ReplicaSums rep{"r" + std::to_string(r), {}};
            for (int s = 0; s < segments; ++s) {
                test::BrownianSpec spec;
                spec.atoms = 400;
                spec.diffusion = 0.01 * (1 + spread * r);
                spec.seed = std::uint64_t(100 * r + s + 1);
                spec.timesteps = test::logSpacedSteps(10, 20000, 30);
                test::FramesInMemory source(test::brownianFrames(spec));
                auto sums = core::correlateTrajectory(
                    source, core::TypeSet::fromTypes(std::vector<int>{1, 2}),
                    core::CorrelatorSettings{}, std::nullopt);
                rep.segments.push_back(std::move(sums.front()));
            }
            t.replicas.push_back(std::move(rep));
        }
        return t;
    }

private slots:
    void relaxationTimeInterpolatesInLogTime() {
        // F linear in ln t: the crossing is exact.
        const std::vector<double> t{0, 1, 2, 4, 8, 16};
        std::vector<double> f;
        for (double x : t)
            f.push_back(x > 0 ? 1.0 - 0.25 * std::log(x) : 1.0);
        const double level = std::exp(-1.0);
        const auto tau = core::relaxationTime(t, f);
        QVERIFY(tau.isNumber());
        QVERIFY(std::abs(tau.value - std::exp((1.0 - level) / 0.25)) < 1e-12);
    }

    void relaxationTimeOfAnExponential() {
        std::vector<double> t, f;
        for (int k = 0; k <= 40; ++k) {
            t.push_back(0.01 * std::pow(10.0, k / 10.0));
            f.push_back(std::exp(-t.back() / 3.0));
        }
        const auto tau = core::relaxationTime(t, f);
        QVERIFY(std::abs(tau.value - 3.0) / 3.0 < 2e-3);
    }

    void relaxationTimeNotReachedIsALowerBound() {
        const std::vector<double> t{0, 1, 10, 100};
        const std::vector<double> f{1, 0.9, 0.7, 0.5};
        const auto tau = core::relaxationTime(t, f);
        QCOMPARE(tau.kind, core::RelaxationTime::Kind::LowerBound);
        QCOMPARE(tau.value, 100.0);
        QCOMPARE(tau.text(), std::string("> 100"));
        const std::vector<double> fast{1, 0.1, 0.01, 0.0};
        QCOMPARE(core::relaxationTime(t, fast).kind, core::RelaxationTime::Kind::Undefined);
    }

    void diffusionFromTheLinearRegime() {
        // Ballistic at short times, then MSD = 6 D t + c: the slope rule finds the linear part.
        const double d = 0.037, c = 0.4;
        std::vector<double> t, msd;
        for (int k = 0; k <= 60; ++k) {
            t.push_back(0.01 * std::pow(10.0, k / 10.0));
            const double x = t.back();
            msd.push_back(x < 1 ? 3 * x * x * (6 * d + c) / 3 : 6 * d * x + c);
        }
        const auto fit = core::fitDiffusion(t, msd);
        QVERIFY2(fit.ok, fit.problem.c_str());
        QVERIFY(std::abs(fit.coefficient - d) < 1e-12);
        QVERIFY(std::abs(fit.intercept - c) < 1e-9);
        QVERIFY(fit.windowStart > 1.0);
        core::DiffusionSettings window;
        window.windowStart = 100.0;
        window.windowEnd = 1000.0;
        const auto user = core::fitDiffusion(t, msd, window);
        QVERIFY(user.ok);
        QCOMPARE(user.points, 11);
        QVERIFY(std::abs(user.coefficient - d) < 1e-12);
        window.windowStart = 3.0;
        window.windowEnd = 3.1;
        const auto empty = core::fitDiffusion(t, msd, window);
        QVERIFY(!empty.ok);
        QVERIFY(empty.problem.find("fewer than 2") != std::string::npos);
    }

    void noDiffusiveRegimeIsReported() {
        const std::vector<double> t{0, 1, 2, 3}, msd{0, 0.1, 0.1, 0.1}; // caged
        const auto fit = core::fitDiffusion(t, msd);
        QVERIFY(!fit.ok);
        QVERIFY(fit.problem.find("no diffusive regime") != std::string::npos);
    }

    void excludingAReplicaEqualsLeavingItOut() {
        const auto all = brownianTemperature(3, 2, 0.5);
        std::vector<const core::SegmentSums*> segs, kept;
        std::vector<std::int64_t> weights;
        for (std::size_t r = 0; r < all.replicas.size(); ++r)
            for (const auto& s : all.replicas[r].segments) {
                segs.push_back(&s);
                weights.push_back(r == 1 ? 0 : 1);
                if (r != 1)
                    kept.push_back(&s);
            }
        const auto a = core::averageCorrelators(segs, weights, 0.005);
        const auto b =
            core::averageCorrelators(kept, std::vector<std::int64_t>(kept.size(), 1), 0.005);
        QVERIFY(a.curve(core::ChannelId::SelfScattering) ==
                b.curve(core::ChannelId::SelfScattering));
        QVERIFY(a.curve(core::ChannelId::PairMinus) == b.curve(core::ChannelId::PairMinus));
    }

    void bootstrapIsReproducibleAndMeasuresTheSpread() {
        core::AnalysisSettings settings;
        settings.bootstrapResamples = 100;
        const auto spread = brownianTemperature(4, 2, 0.6);
        const auto a = core::analyseTemperature(spread, settings);
        const auto b = core::analyseTemperature(spread, settings);
        QCOMPARE(a.bootstrapOver, std::string("replicas"));
        QCOMPARE(a.tauAlphaError.value, b.tauAlphaError.value); // same seed, same numbers
        QCOMPARE(a.gammaError.value, b.gammaError.value);
        QVERIFY(a.tauAlphaError.value > 0);
        QCOMPARE(a.tauAlphaError.resamplesUsed, 100);
        // A spread of replica D of +-60 % gives a tau error of the right order: between 3 %
        // and 40 % of tau with 4 replicas.
        const double rel = a.tauAlphaError.value / a.observables.tauAlpha.value;
        QVERIFY2(rel > 0.03 && rel < 0.4, qPrintable(QString::number(rel)));
        settings.bootstrapSeed = 99;
        const auto c = core::analyseTemperature(spread, settings);
        QVERIFY(c.tauAlphaError.value != a.tauAlphaError.value);

        const auto same = brownianTemperature(1, 4, 0.0); // one replica: resample segments
        const auto d = core::analyseTemperature(same, settings);
        QCOMPARE(d.bootstrapOver, std::string("segments"));
        QVERIFY(d.tauAlphaError.value > 0);
        QVERIFY(d.tauAlphaError.value < 0.05 * d.observables.tauAlpha.value);
        QVERIFY(d.diffusionError.value < 0.1 * d.observables.diffusion.coefficient);
        QVERIFY(std::abs(d.observables.diffusion.coefficient / 0.01 - 1) < 0.1);
    }

    void speciesAndTypePairResolution() {
        // Species 2 frozen, species 1 Brownian: tau_alpha of species 1 is 1/(q^2 D), that of
        // species 2 never comes; pairs 2-2 never relax; all atoms lie in between.
        test::BrownianSpec spec;
        spec.atoms = 1500;
        spec.diffusion = 0.01;
        spec.timesteps = test::logSpacedSteps(10, 20000, 30);
        auto frames = test::brownianFrames(spec);
        for (auto& f : frames)
            for (std::size_t a = 0; a < f.atomCount(); ++a)
                if (f.types[a] == 2)
                    f.positions[a] = frames.front().positions[a];
        const auto c = test::correlate(frames, core::CorrelatorSettings{}, 0.005);
        core::AnalysisSettings one, two, frozenPairs, all;
        one.species = 1;
        two.species = 2;
        frozenPairs.typePair = std::pair{2, 2};
        const double q = 7.25;
        const auto o1 = core::extractObservables(c, one);
        QVERIFY(std::abs(o1.tauAlpha.value * q * q * spec.diffusion - 1) < 0.05);
        QVERIFY(std::abs(o1.diffusion.coefficient / spec.diffusion - 1) < 0.1);
        QCOMPARE(core::extractObservables(c, two).tauAlpha.kind,
                 core::RelaxationTime::Kind::LowerBound);
        const auto o22 = core::extractObservables(c, frozenPairs);
        QCOMPARE(o22.tauPlus.kind, core::RelaxationTime::Kind::LowerBound);
        QCOMPARE(o22.tauMinus.kind, core::RelaxationTime::Kind::LowerBound);
        QVERIFY(core::extractObservables(c, all).tauAlpha.value > o1.tauAlpha.value);
        core::AnalysisSettings missing;
        missing.species = 7;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::extractObservables(c, missing));
    }

    void identicalReplicasGiveZeroError() {
        core::TemperatureSums t = brownianTemperature(1, 1, 0.0);
        t.replicas.push_back(t.replicas.front());
        t.replicas.push_back(t.replicas.front());
        const auto r = core::analyseTemperature(t, {});
        // Zero up to rounding: 3*s and s+s+s may differ in the last bit.
        QVERIFY(r.tauAlphaError.value <= 1e-12 * r.observables.tauAlpha.value);
        QVERIFY(r.gammaError.value <= 1e-12);
        for (const double e : r.correlatorErrors.curve(core::ChannelId::SelfScattering))
            QVERIFY(e <= 1e-12);
    }

    // The error bands of the correlators, lag by lag. Two replicas A and B (same origins):
    // a resample's mean is A, B or (A + B)/2 with probabilities 1/4, 1/4, 1/2, so its standard
    // deviation is |A - B| / (2 sqrt 2); 4000 resamples find it to a few per cent.
    void correlatorErrorsAreTheBootstrapSpreadOfEachLag() {
        const core::TemperatureSums t = brownianTemperature(2, 1, 0.8);
        core::AnalysisSettings settings;
        settings.bootstrapResamples = 4000;
        const auto r = core::analyseTemperature(t, settings);
        auto alone = [&](std::size_t replica) {
            core::TemperatureSums one{t.temperature, t.label, {t.replicas[replica]}};
            core::AnalysisSettings none;
            none.bootstrapResamples = 0;
            return core::analyseTemperature(one, none).correlators;
        };
        const auto a = alone(0), b = alone(1);
        QVERIFY(core::analyseTemperature({t.temperature, t.label, {t.replicas[0]}}, settings)
                    .correlatorErrors.time.empty()); // one replica of one segment: no bootstrap
        using core::ChannelId;
        for (const ChannelId c : {ChannelId::SelfScattering, ChannelId::SquaredDisplacement,
                                  ChannelId::PairPlus, ChannelId::PairMinus}) {
            const auto& e = r.correlatorErrors.curve(c);
            QCOMPARE(e.size(), r.correlators.curve(c).size());
            int compared = 0;
            for (std::size_t k = 1; k < e.size(); ++k) {
                const double expected =
                    std::abs(a.curve(c)[k] - b.curve(c)[k]) / (2 * std::sqrt(2.0));
                if (expected < 1e-6)
                    continue;
                QVERIFY2(
                    std::abs(e[k] / expected - 1) < 0.06,
                    qPrintable(
                        QString("%1 lag %2: %3 vs %4").arg(int(c)).arg(k).arg(e[k]).arg(expected)));
                ++compared;
            }
            QVERIFY(compared > 20);
        }
        // The parts (per species) have their errors too, the same layout as the curves.
        QCOMPARE(r.correlatorErrors.parts[core::indexOf(ChannelId::SelfScattering)].size(),
                 r.correlators.parts[core::indexOf(ChannelId::SelfScattering)].size());
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
