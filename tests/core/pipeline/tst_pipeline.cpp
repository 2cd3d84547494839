// The pipeline's interim results: each temperature handed out as its files finish, the fits
// from three temperatures on, and a final outcome identical to a run that asked for none.
#include "core/pipeline/Pipeline.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <mutex>
#include <thread>

using namespace tx;
namespace fs = std::filesystem;

class TestPipeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const std::vector<double> m_temperatures{0.5, 0.7, 1.0, 1.5, 2.0};
    fs::path ensemble() const { return fs::path(m_dir.path().toStdString()) / "ens"; }

    core::AnalysisParameters parameters() const {
        core::AnalysisParameters p;
        p.reading.ensemble = ensemble().string();
        p.reading.q = 7.0;
        p.reading.rc = 1.4;
        p.averaging.dt = 0.005;
        p.averaging.bootstrap = 50;
        return p;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // D = 0.02 T: tau_alpha grows on cooling; two replicas of two segments each.
        for (double t : m_temperatures)
            for (int r = 0; r < 2; ++r) {
                const fs::path dir = ensemble() / ("T" + QString::number(t).toStdString()) /
                                     ("r" + std::to_string(r));
                fs::create_directories(dir);
                for (int s = 0; s < 2; ++s) {
                    test::BrownianSpec spec;
                    spec.atoms = 300;
                    spec.diffusion = 0.02 * t;
                    spec.seed = std::uint64_t(100 * t + 10 * r + s);
                    spec.timesteps = test::logSpacedSteps(10, 20000, 24);
                    test::writeLammpsDump(
                        (dir / ("seg" + std::to_string(s) + ".lammpstrj")).string(),
                        test::brownianFrames(spec), {});
                }
            }
    }

    void interimResultsComeAsTemperaturesFinish() {
        core::Progress quiet;
        const auto plain = core::runPipeline(parameters(), nullptr, quiet);
        QCOMPARE(plain->results.size(), m_temperatures.size());

        std::vector<std::shared_ptr<const core::PipelineOutcome>> interims;
        std::thread::id pipelineThread;
        core::PipelineHooks hooks;
        hooks.onResults = [&](const core::PipelineOutcome& o) {
            QCOMPARE(std::this_thread::get_id(), pipelineThread); // the front end's thread
            interims.push_back(std::make_shared<core::PipelineOutcome>(o));
        };
        core::Progress progress;
        pipelineThread = std::this_thread::get_id();
        const auto final = core::runPipeline(parameters(), nullptr, progress, hooks);
        // One interim per temperature, each with one more, ascending in T, q and r_c known.
        QCOMPARE(interims.size(), m_temperatures.size());
        for (std::size_t k = 0; k < interims.size(); ++k) {
            const auto& o = *interims[k];
            QCOMPARE(o.results.size(), k + 1);
            QCOMPARE(o.correlator.q, 7.0);
            QCOMPARE(o.layout.temperatures.size(), m_temperatures.size());
            QVERIFY(std::is_sorted(
                o.results.begin(), o.results.end(),
                [](const auto& a, const auto& b) { return a.temperature < b.temperature; }));
            // Fits from three temperatures on (before: not tried, so no fit and no reason).
            const auto& tc = o.characteristic.tc.fit.best;
            QCOMPARE(tc.ok || !tc.problem.empty(), k + 1 >= 3);
            // Each temperature's numbers are already the final ones.
            for (const auto& r : o.results) {
                const auto same = std::find_if(final->results.begin(), final->results.end(),
                                               [&](const auto& f) { return f.label == r.label; });
                QVERIFY(same != final->results.end());
                QCOMPARE(r.observables.tauAlpha.value, same->observables.tauAlpha.value);
                QCOMPARE(r.tauAlphaError.value, same->tauAlphaError.value);
            }
        }
        // The final outcome is the one a run without interim results gives, bit for bit.
        QCOMPARE(final->results.size(), plain->results.size());
        for (std::size_t k = 0; k < plain->results.size(); ++k) {
            const auto &a = plain->results[k], &b = final->results[k];
            QCOMPARE(a.label, b.label);
            QCOMPARE(a.observables.tauAlpha.value, b.observables.tauAlpha.value);
            QCOMPARE(a.observables.tauPlus.value, b.observables.tauPlus.value);
            QCOMPARE(a.observables.tauMinus.value, b.observables.tauMinus.value);
            QCOMPARE(a.tauAlphaError.value, b.tauAlphaError.value);
            QCOMPARE(a.gammaError.value, b.gammaError.value);
            QVERIFY(a.correlators.curves == b.correlators.curves);
        }
        QCOMPARE(final->characteristic.tc.fit.best.tc, plain->characteristic.tc.fit.best.tc);
        QCOMPARE(final->characteristic.tx.fit.tx, plain->characteristic.tx.fit.tx);
    }

    void anExcludedTemperatureIsNeverHandedOut() {
        auto p = parameters();
        p.averaging.excludedTemperatures = {"1"};
        std::size_t calls = 0, largest = 0;
        core::PipelineHooks hooks;
        hooks.onResults = [&](const core::PipelineOutcome& o) {
            ++calls;
            largest = std::max(largest, o.results.size());
            for (const auto& r : o.results)
                QVERIFY(r.label != "1");
        };
        core::Progress progress;
        const auto out = core::runPipeline(p, nullptr, progress, hooks);
        QCOMPARE(out->results.size(), m_temperatures.size() - 1);
        QCOMPARE(largest, m_temperatures.size() - 1);
        QCOMPARE(calls, m_temperatures.size() - 1);
    }

    void anErrorInTheFrontEndStopsTheRun() {
        core::PipelineHooks hooks;
        hooks.onResults = [](const core::PipelineOutcome&) { throw std::runtime_error("stop"); };
        core::Progress progress;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 core::runPipeline(parameters(), nullptr, progress, hooks));
        QVERIFY(progress.isCancelled()); // the files still being read were told to stop
    }

    // Found by fuzz_pipeline: a species or type pair that is not in the files escaped as a
    // bare std::invalid_argument from the averaging; it is a parameter error naming its key.
    void aSpeciesNotInTheFilesIsAParameterError() {
        for (const bool interim : {false, true}) {
            auto p = parameters();
            p.averaging.species = 7;
            core::PipelineHooks hooks;
            if (interim)
                hooks.onResults = [](const core::PipelineOutcome&) {};
            core::Progress progress;
            try {
                core::runPipeline(p, nullptr, progress, hooks);
                QFAIL("species 7 was accepted");
            } catch (const core::InvalidParameter& e) {
                QVERIFY2(std::string(e.what()).starts_with("species: species 7 does not occur"),
                         e.what());
                QVERIFY2(std::string(e.what()).find("the files have 1, 2") != std::string::npos,
                         e.what());
            }
            p.averaging.species.reset();
            p.averaging.typePair = std::pair{1, 3};
            core::Progress again; // a failed run leaves its progress cancelled
            QVERIFY_THROWS_EXCEPTION(core::InvalidParameter,
                                     core::runPipeline(p, nullptr, again, hooks));
        }
    }

    // The paper's inequality tau_+/- >= tau_alpha: a temperature that breaks it is warned of
    // (in the outcome, so in summary.json, the CLI and the status bar), equal times are not.
    void pairsRelaxingFasterThanAtomsAreWarnedOf() {
        core::TemperatureResult t;
        t.label = "0.45";
        using Kind = core::RelaxationTime::Kind;
        t.observables.tauAlpha = {Kind::Crossed, 10.0};
        t.observables.tauPlus = {Kind::Crossed, 10.0}; // rigid pairs: equal, fine
        t.observables.tauMinus = {Kind::LowerBound, 2.0};
        QVERIFY(core::pairRelaxationWarnings({t}).empty());
        t.observables.tauMinus = {Kind::Crossed, 4.0};
        auto warnings = core::pairRelaxationWarnings({t});
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY2(warnings.front().starts_with("T = 0.45: τ_− = 4 below τ_α = 10"),
                 warnings.front().c_str());
        t.observables.tauAlpha = {Kind::LowerBound, 10.0}; // tau_alpha not reached: no claim
        QVERIFY(core::pairRelaxationWarnings({t}).empty());

        core::PipelineOutcome o;
        t.observables.tauAlpha = {Kind::Crossed, 10.0};
        o.results = {t};
        warnings = o.warnings();
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(o.runDescription(1).warnings, warnings);
        // Brownian walkers relax as pairs twice as slowly as alone: no warning on real data.
        core::Progress progress;
        const auto plain = core::runPipeline(parameters(), nullptr, progress);
        QVERIFY(core::pairRelaxationWarnings(plain->results).empty());
    }

    // Resource limits (issue 16): a cell so large that S(q) would enumerate 10^20 wave vectors
    // or g(r) need 10^9 bins fails at once, naming the file; one given q and r_c needs neither
    // and is analysed (its neighbour grid capped at one cell per atom).
    void aHugeCellFailsFastOrIsAnalysedWithGivenQAndCutoff() {
        const fs::path root = fs::path(m_dir.path().toStdString()) / "huge";
        const fs::path dir = root / "T0.5" / "r0";
        fs::create_directories(dir);
        test::BrownianSpec spec;
        spec.atoms = 200;
        spec.timesteps = test::logSpacedSteps(10, 2000, 10);
        auto frames = test::brownianFrames(spec);
        for (auto& f : frames)
            f.box = core::Box::orthogonal({0, 0, 0}, {1e7, 1e7, 1e7});
        const std::string file = (dir / "seg0.lammpstrj").string();
        test::writeLammpsDump(file, frames, {});
        auto p = parameters();
        p.reading.ensemble = root.string();
        p.reading.q.reset();
        core::Progress progress;
        QElapsedTimer clock;
        clock.start();
        try {
            core::runPipeline(p, nullptr, progress);
            QFAIL("S(q) of a cell of 1e7 was attempted");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), file);
            QVERIFY2(std::string(e.what()).find("wave vectors") != std::string::npos, e.what());
        }
        QVERIFY2(clock.elapsed() < 60000, "it must fail at once, not after enumerating");
        p.reading.q = 7.0;
        core::Progress again;
        const auto out = core::runPipeline(p, nullptr, again);
        QCOMPARE(out->results.size(), std::size_t(1));
        // The atoms fill a corner of 5.5 length units of the cell: they keep their neighbours.
        QVERIFY(out->results.front().pairsPerOrigin > 500);
        QCOMPARE(out->results.front().observables.tauAlpha.kind,
                 core::RelaxationTime::Kind::Crossed);
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
