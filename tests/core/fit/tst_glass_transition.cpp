// T_g from a LAMMPS cooling log (core/io/ThermoLog, core/fit/GlassTransitionFit): the log
// reader against logs written the way LAMMPS writes them (columns in any order, warnings,
// several runs, runs that continue one another), an exact two-slope oracle, the bootstrap
// error against the scatter of independent noisy logs, the flags, malformed logs (each with
// its line), and a real NPT cooling run of Kob-Andersen made by Debian's lmp with the input
// shipped in packaging/protocol.
#include "core/fit/GlassTransitionFit.h"
#include "core/io/InputError.h"
#include "core/pipeline/Pipeline.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstdlib>
#include <random>
#include <sstream>

using namespace tx::core;

namespace {

// Volume of a two-slope glass former: slope 20 below T_g = 0.45, 60 above, continuous.
double twoSlopeVolume(double t) {
    return t < 0.45 ? 300.0 + 20.0 * (t - 0.45) : 300.0 + 60.0 * (t - 0.45);
}

struct Row {
    double step, temp, volume, pe;
};

// A log as LAMMPS writes it: echoed input, a header of the chosen columns, the rows, "Loop
// time"; `order` is the column order (a permutation of Step Temp Volume PotEng).
std::string logText(const std::vector<std::vector<Row>>& runs,
                    const std::vector<std::string>& order = {"Step", "Temp", "Volume", "PotEng"}) {
    std::ostringstream s;
    s << "LAMMPS (29 Sep 2021 - Update 2)\nunits lj\nthermo_style custom step temp vol pe\n";
    for (const auto& run : runs) {
        s << "Per MPI rank memory allocation (min/avg/max) = 3.03 | 3.03 | 3.03 Mbytes\n";
        for (const auto& c : order)
            s << c << " ";
        s << "\n";
        for (const Row& r : run) {
            for (const auto& c : order)
                s << "   "
                  << (c == "Step"     ? r.step
                      : c == "Temp"   ? r.temp
                      : c == "Volume" ? r.volume
                                      : r.pe);
            s << "\n";
        }
        s << "Loop time of 0.1 on 1 procs for 100 steps with 400 atoms\n\n";
    }
    s << "Total wall time: 0:00:01\n";
    return s.str();
}

std::vector<Row> coolingRun(double from, double to, int rows, double noise = 0.0, unsigned seed = 1,
                            double firstStep = 0) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::vector<Row> out;
    for (int k = 0; k < rows; ++k) {
        const double t = from + (to - from) * k / (rows - 1);
        out.push_back({firstStep + 100.0 * k, t, twoSlopeVolume(t) + noise * gauss(rng), -6 + t});
    }
    return out;
}

std::string write(const QTemporaryDir& dir, const char* name, const std::string& text) {
    const std::string path = dir.filePath(name).toStdString();
    tx::test::writeText(path, text);
    return path;
}

} // namespace

class TestGlassTransition : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void twoStraightBranchesGiveTheirKinkExactly() {
        const std::string path = write(m_dir, "exact.log", logText({coolingRun(1.0, 0.2, 161)}));
        const ThermoLog log = readThermoLog(path);
        QCOMPARE(log.runs.size(), std::size_t(1));
        QCOMPARE(log.runs[0].rows(), std::size_t(161));
        GlassTransitionSettings s;
        s.bootstrap = 50;
        const GlassTransitionEstimate e = estimateGlassTransition(log, s);
        QVERIFY2(e.fit.ok, e.fit.problem.c_str());
        QCOMPARE(std::string(e.quantity.key), std::string("volume")); // the first the log has
        QVERIFY(std::abs(e.fit.tg - 0.45) < 1e-9);
        QVERIFY(std::abs(e.fit.glass.slope - 20) < 1e-9);
        QVERIFY(std::abs(e.fit.liquid.slope - 60) < 1e-9);
        // The automatic windows keep the bend out of both lines.
        QVERIFY(e.fit.glass.window.high < 0.45 && e.fit.liquid.window.low > 0.45);
        QVERIFY(e.error < 1e-9);
        QVERIFY(e.flags.empty());
        // The potential energy is a straight line through T: no bend, flagged, never trusted.
        s.quantity = "pe";
        const GlassTransitionEstimate pe = estimateGlassTransition(log, s);
        QVERIFY(!pe.fit.ok || hasFlag(pe.flags, "unstable"));
    }

    void columnsInAnyOrderReadTheSame() {
        const auto run = coolingRun(1.0, 0.2, 81);
        const ThermoLog a = readThermoLog(write(m_dir, "a.log", logText({run})));
        const ThermoLog b = readThermoLog(
            write(m_dir, "b.log", logText({run}, {"PotEng", "Volume", "Step", "Temp"})));
        GlassTransitionSettings s;
        s.bootstrap = 20;
        QCOMPARE(estimateGlassTransition(a, s).fit.tg, estimateGlassTransition(b, s).fit.tg);
    }

    void theCoolingRunIsFoundAmongSeveralAndContinuationsJoin() {
        // An NVT run at one temperature, the cooling ramp cut into two runs that continue one
        // another, then a short reheating: the ramp is the run.
        std::vector<Row> hold = coolingRun(1.0, 1.0, 30);
        const auto upper = coolingRun(1.0, 0.6, 41, 0.0, 1, 5000);
        const auto lower = coolingRun(0.6, 0.2, 41, 0.0, 1, upper.back().step);
        const auto reheat = coolingRun(0.2, 0.3, 10, 0.0, 1, 90000);
        const ThermoLog log =
            readThermoLog(write(m_dir, "runs.log", logText({hold, upper, lower, reheat})));
        QCOMPARE(log.runs.size(), std::size_t(3));
        QCOMPARE(log.runs[1].pieces, 2);
        QCOMPARE(log.runs[1].rows(), std::size_t(81)); // the shared row once
        GlassTransitionSettings s;
        s.bootstrap = 0;
        const GlassTransitionEstimate e = estimateGlassTransition(log, s);
        QCOMPARE(e.run, 2);
        QCOMPARE(e.runs, 3);
        QVERIFY(std::abs(e.fit.tg - 0.45) < 1e-9);
        s.run = 1; // the user's pick: a run at one temperature has no branches
        const GlassTransitionEstimate held = estimateGlassTransition(log, s);
        QVERIFY(!held.fit.ok);
        QVERIFY(!held.fit.problem.empty());
        s.run = 4;
        QVERIFY_THROWS_EXCEPTION(InputError, estimateGlassTransition(log, s));
    }

    void theBootstrapErrorMatchesTheScatterOfIndependentLogs() {
        // 40 logs with independent noise: the spread of their T_g is what each log's
        // bootstrap error should say (within a factor of 1.6 on average).
        GlassTransitionSettings s;
        s.bootstrap = 100;
        s.glassWindow = FitWindow{0.2, 0.38};
        s.liquidWindow = FitWindow{0.52, 0.9};
        std::vector<double> tg, errors;
        for (unsigned seed = 1; seed <= 40; ++seed) {
            const std::string path =
                write(m_dir, "noisy.log", logText({coolingRun(0.9, 0.2, 141, 0.8, seed)}));
            const GlassTransitionEstimate e = estimateGlassTransition(readThermoLog(path), s);
            QVERIFY(e.fit.ok);
            QVERIFY(!e.automaticGlassWindow && !e.automaticLiquidWindow);
            tg.push_back(e.fit.tg);
            errors.push_back(e.error);
        }
        const double scatter = standardDeviation(tg);
        double meanError = 0;
        for (double e : errors)
            meanError += e / double(errors.size());
        double mean = 0;
        for (double t : tg)
            mean += t / double(tg.size());
        QVERIFY2(std::abs(mean - 0.45) < 3 * scatter / std::sqrt(40.0) + 1e-3,
                 qPrintable(QString::number(mean)));
        QVERIFY2(meanError > scatter / 1.6 && meanError < scatter * 1.6,
                 qPrintable(QString("bootstrap %1, scatter %2").arg(meanError).arg(scatter)));
    }

    void flagsSayWhatTheValueRestsOn() {
        const ThermoLog log =
            readThermoLog(write(m_dir, "f.log", logText({coolingRun(1.0, 0.2, 161)})));
        GlassTransitionSettings s;
        s.bootstrap = 0;
        s.glassWindow = FitWindow{0.2, 0.5}; // reaches over T_g = 0.45
        s.liquidWindow = FitWindow{0.6, 1.0};
        QVERIFY(hasFlag(estimateGlassTransition(log, s).flags, "inside_window"));
        s.glassWindow = FitWindow{0.2, 0.22}; // 5 rows
        s.liquidWindow = FitWindow{0.6, 1.0};
        QVERIFY(hasFlag(estimateGlassTransition(log, s).flags, "few_points"));
        // Both lines on the glass branch: parallel within errors, crossing anywhere.
        const std::string noisy = write(m_dir, "g.log", logText({coolingRun(1.0, 0.2, 161, 0.5)}));
        s.glassWindow = FitWindow{0.2, 0.3};
        s.liquidWindow = FitWindow{0.32, 0.42};
        QVERIFY(hasFlag(estimateGlassTransition(readThermoLog(noisy), s).flags, "unstable"));
    }

    void malformedLogsNameTheirLine() {
        struct Case {
            const char* name;
            std::string text;
            std::int64_t line;
            const char* says;
        };
        const std::string good = logText({coolingRun(1.0, 0.2, 20)});
        const std::string head = "units lj\nStep Temp Volume\n";
        const std::vector<Case> cases = {
            {"short.log", head + "0 1.0 300\n100 0.9\n", 4, "2 values"},
            {"word.log", head + "0 1.0 300\n100 0.9 abc\n", 4, "'abc' in column Volume"},
            {"nan.log", head + "0 1.0 300\n100 -nan 299\n", 4, "not a finite number"},
            // A damaged row is refused, not taken for the end of the run (found by fuzzing:
            // the rows after it had been left out of T_g without a word).
            {"damaged.log",
             head + "0 1.0 300\n39\x01"
                    "00 0.9 299\n4000 0.8 298\n",
             4, "in column Step is not a finite number"},
            {"nanstep.log", head + "0 1.0 300\nnan 0.9 299\n", 4, "'nan' in column Step"},
            {"glued.log", head + "0 1.0 300\n100x 0.9\n", 4, "2 values"},
            {"multi.log", "---------------- Step        0 ----- CPU =      0.0000 (sec)\n", 1,
             "thermo_style multi"},
            {"none.log", "units lj\nrun 100\n", 0, "no thermo output with a Temp column"},
            {"cut.log", head + "0 1.0 300\n100 0.9 29", 4, "ends inside a thermo row"},
        };
        for (const Case& c : cases) {
            const std::string path = write(m_dir, c.name, c.text);
            try {
                readThermoLog(path);
                QFAIL(c.name);
            } catch (const InputError& e) {
                QCOMPARE(e.file(), path);
                QVERIFY2(e.line() == c.line, (std::string(c.name) + ": " + e.what()).c_str());
                QVERIFY2(std::string(e.what()).find(c.says) != std::string::npos, e.what());
            }
        }
        // A log without the asked quantity names the run's header line.
        const std::string path = write(m_dir, "novolume.log", head + "0 1.0 300\n100 0.9 299\n");
        GlassTransitionSettings s;
        s.quantity = "enthalpy";
        try {
            estimateGlassTransition(readThermoLog(path), s);
            QFAIL("no Enthalpy column");
        } catch (const InputError& e) {
            QCOMPARE(e.line(), std::int64_t(2));
            QVERIFY(std::string(e.what()).find("Enthalpy") != std::string::npos);
        }
        // WARNING lines inside a run are skipped, as LAMMPS interleaves them.
        std::string warned = good;
        warned.insert(warned.find("   100"), "WARNING: Lost atoms? no, just a warning\n");
        QCOMPARE(readThermoLog(write(m_dir, "warned.log", warned)).runs[0].rows(), std::size_t(20));
    }

    void theLogReplacesThePresetInThePipelineAndSaysSo() {
        // Fits only: T_g from the log goes into the path classification in place of the KA
        // preset's, and a T_g given beside a log is refused.
        AnalysisParameters p;
        p.fits.system = "ka";
        p.fits.thermoLog = write(m_dir, "pipeline.log", logText({coolingRun(1.0, 0.2, 161)}));
        const SeriesSettings settings = seriesSettingsOf(p.fits);
        QVERIFY(!settings.tg);
        QVERIFY(!settings.tgFromPreset);
        QVERIFY(settings.replacedPresetTg.has_value());
        p.fits.tg = 0.4;
        QVERIFY(invalidParameter(p).starts_with("tg:"));
    }

    void aKobAndersenCoolingRunOfLammpsGivesItsTg() {
        if (std::system("command -v lmp > /dev/null") != 0)
            QSKIP("LAMMPS (lmp) is not installed");
        // 500 atoms cooled at 0.005 per tau from T = 1.2 to 0.2 at P = 3 (about 10 s on one
        // core): at so fast a rate T_g lies at or above the slow-cooling value of about 0.43;
        // volume and potential energy bend at about the same temperature.
        const std::string protocol = TX_SOURCE_DIR "/packaging/protocol";
        const std::string log = m_dir.filePath("ka-cooling.log").toStdString();
        const std::string out = m_dir.filePath("ka-states").toStdString();
        const std::string command =
            "mkdir -p " + out + " && cd " + protocol + " && lmp -nocite -screen none -log " + log +
            " -in cool.in -var sysdir ka -var natoms 500 -var seed 3 -var tmelt 1.2"
            " -var meltsteps 2000 -var temps 0.6 -var tend 0.2 -var rate 0.005"
            " -var thermoevery 50 -var outdir " +
            out;
        // std::system, not QProcess: ThreadSanitizer's runtime cannot follow QProcess's clone.
        QCOMPARE(std::system(command.c_str()), 0);
        const ThermoLog parsed = readThermoLog(log);
        GlassTransitionSettings s;
        s.bootstrap = 100;
        const GlassTransitionEstimate volume = estimateGlassTransition(parsed, s);
        QVERIFY2(volume.fit.ok, volume.fit.problem.c_str());
        QCOMPARE(std::string(volume.quantity.column), std::string("Volume"));
        QVERIFY(volume.runs >= 2); // the minimisation's thermo output is a run of its own
        QVERIFY2(volume.fit.tg > 0.38 && volume.fit.tg < 0.62,
                 qPrintable(QString("T_g = %1").arg(volume.fit.tg)));
        QVERIFY(volume.error > 0 && volume.error < 0.1);
        s.quantity = "pe";
        const GlassTransitionEstimate pe = estimateGlassTransition(parsed, s);
        QVERIFY(pe.fit.ok);
        QVERIFY2(std::abs(pe.fit.tg - volume.fit.tg) < 0.15,
                 qPrintable(QString("%1 %2").arg(pe.fit.tg).arg(volume.fit.tg)));
        // The melt and the cooling ramp, cut at T = 0.6, are three LAMMPS runs read as one.
        QCOMPARE(parsed.runs[std::size_t(volume.run - 1)].pieces, 3);
    }

    void theProtocolScriptMakesAnEnsembleThatReadsAsItIs() {
        if (std::system("command -v lmp > /dev/null") != 0)
            QSKIP("LAMMPS (lmp) is not installed");
        // packaging/protocol/run_protocol.sh at toy size (a few seconds): NPT cooling, NVT
        // segments at two temperatures; the pipeline reads it with automatic q and r_c (the
        // boxes differ between temperatures), the units from the dumps, T_g from its log.
        const std::string out = m_dir.filePath("protocol").toStdString();
        const std::string command =
            "SYSTEM=ka NATOMS=100 REPLICAS=1 TEMPS='1.0 0.8' MELTSTEPS=500 RATE=0.05 "
            "EQUILSTEPS=500 SEGSTEPS=1000 SEGMENTS=2 NLOG=5 JOBS=1 " TX_SOURCE_DIR
            "/packaging/protocol/run_protocol.sh " +
            out + " > /dev/null";
        QCOMPARE(std::system(command.c_str()), 0);
        AnalysisParameters p;
        p.reading.ensemble = out;
        p.averaging.dt = 0.005;
        p.averaging.bootstrap = 10;
        p.fits.thermoLog = out + "/cooling/r0.log";
        Progress progress;
        const auto outcome = runPipeline(p, nullptr, progress);
        QCOMPARE(outcome->layout.temperatures.size(), std::size_t(2));
        QCOMPARE(outcome->results.size(), std::size_t(2));
        QVERIFY(outcome->structure && outcome->structure->qMax);
        QCOMPARE(outcome->units.length, std::string("σ"));
        QVERIFY(outcome->characteristic.glassTransition.has_value());
        QVERIFY(outcome->characteristic.glassTransition->temperature.size() > 10);
    }
};

QTEST_MAIN(TestGlassTransition)
#include "tst_glass_transition.moc"
