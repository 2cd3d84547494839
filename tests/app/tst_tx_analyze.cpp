// End-to-end runs of tx-analyze: a synthetic ensemble with known answers, the bundled KA
// demo ensemble, long trajectories cut into segments, and bad input.
#include "app/AnalyzeCommand.h"
#include "core/correlate/EnsembleSums.h"
#include "core/model/PairCutoffText.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace tx;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run analyze(std::vector<std::string> args) {
    args.insert(args.begin(), "tx-analyze");
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    std::ostringstream out, err;
    const int code = app::runAnalyze(int(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Temperature T -> D = 0.01 T: tau_alpha = 1 / (q^2 D).
std::vector<core::Frame> brownianAt(double temperature, int replica, int segment,
                                    std::vector<std::int64_t> steps) {
    test::BrownianSpec spec;
    spec.atoms = 800;
    spec.diffusion = 0.01 * temperature;
    spec.seed = std::uint64_t(1000 * temperature + 10 * replica + segment);
    spec.timesteps = std::move(steps);
    return test::brownianFrames(spec);
}

} // namespace

class TestTxAnalyze : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path root() const { return fs::path(m_dir.path().toStdString()); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (double t : {1.0, 2.0})
            for (int r = 0; r < 2; ++r) {
                const fs::path dir = root() / "ens" / ("T" + std::to_string(int(t)) + ".0") /
                                     ("r" + std::to_string(r));
                fs::create_directories(dir);
                for (int s = 0; s < 2; ++s)
                    test::writeLammpsDump(
                        (dir / ("seg" + std::to_string(s) + ".lammpstrj.gz")).string(),
                        brownianAt(t, r, s, test::logSpacedSteps(10, 8000, 30)), {});
            }
    }

    void helpListsExamples() {
        const auto run = analyze({"--help"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.find("Examples:") != std::string::npos);
        QVERIFY(run.out.find("--rc-pair") != std::string::npos);
    }

    void pairCutoffTextIsReadTheSameEverywhere() {
        // The CLI's --rc-pair and the workbench's field share one parser.
        const auto both = core::parsePairCutoffs(" 2-1=1.3, 2-2=1.2;1-1=1.5 ");
        QVERIFY(both.error.empty());
        QCOMPARE(both.cutoffs,
                 (core::TypePairCutoffs{{{1, 1}, 1.5}, {{1, 2}, 1.3}, {{2, 2}, 1.2}}));
        QCOMPARE(core::parsePairCutoffs(core::formatPairCutoffs(both.cutoffs)).cutoffs,
                 both.cutoffs);
        QVERIFY(core::parsePairCutoffs("").cutoffs.empty());
        for (const char* bad : {"1-2", "1-2=", "a-2=1", "1-2=-1", "0-1=1.2", "1-2=1.2x", "12=3"})
            QVERIFY2(!core::parsePairCutoffs(bad).error.empty(), bad);
        const auto run =
            analyze({(root() / "ens").string(), "--q", "7.25", "--rc", "1.4", "--rc-pair",
                     "1-x=1.3", "--dt", "0.005", "--out", (root() / "bad-pair").string()});
        QCOMPARE(run.code, int(app::Usage));
        QVERIFY2(run.err.find("1-x=1.3") != std::string::npos, run.err.c_str());
        QVERIFY(!fs::exists(root() / "bad-pair" / "summary.json"));
    }

    void badNumbersGetPlainMessagesAndExit2() {
        // NaN, infinity, negative values and non-numbers never reach a fit; the message says
        // the option and the value (no CLI11 range text with a 300-digit bound).
        struct Case {
            std::vector<std::string> args;
            const char* message;
        };
        const std::vector<Case> cases = {
            {{"--q", "nan"}, "--q: must be a positive number, got 'nan'"},
            {{"--rc", "inf"}, "--rc: must be a positive number, got 'inf'"},
            {{"--q", "-1"}, "--q: must be a positive number, got '-1'"},
            {{"--q", "7.25,5,-2"}, "--q: must be a positive number, got '-2'"},
            {{"--overlap-a", "0"}, "--overlap-a: must be a positive number, got '0'"},
            {{"--tb-delta", "1e400"}, "--tb-delta: must be a positive number, got '1e400'"},
            {{"--origin-every", "-3"}, "--origin-every: must be a whole number of at least 0"},
            {{"--bootstrap", "many"}, "--bootstrap: must be a whole number of at least 0"},
            {{"--tx-window", "0.6,inf"}, "--tx-window: expected LOW,HIGH with LOW < HIGH"},
            {{"--tc-sliding-width", "0.9"}, "--tc-sliding-width: must be greater than 1"},
        };
        for (const auto& c : cases) {
            std::vector<std::string> args = {(root() / "ens").string(), "--out",
                                             (root() / "bad-number").string()};
            if (c.args.front() != "--dt")
                args.insert(args.end(), {"--dt", "0.005"});
            args.insert(args.end(), c.args.begin(), c.args.end());
            const auto run = analyze(args);
            QCOMPARE(run.code, int(app::Usage));
            QVERIFY2(run.err.find(c.message) != std::string::npos, run.err.c_str());
            QVERIFY2(run.err.find("179769") == std::string::npos, run.err.c_str());
            QVERIFY(!fs::exists(root() / "bad-number"));
        }
        const auto dt = analyze(
            {(root() / "ens").string(), "--out", (root() / "bad-number").string(), "--dt", "nan"});
        QCOMPARE(dt.code, int(app::Usage));
        QVERIFY2(dt.err.find("--dt: must be a positive number, got 'nan'") != std::string::npos,
                 dt.err.c_str());
    }

    void missingOptionIsAUsageError() {
        const auto run = analyze({(root() / "ens").string(), "--rc", "1.4", "--dt", "0.005"});
        QCOMPARE(run.code, int(app::Usage));
        QVERIFY2(run.err.find("--out") != std::string::npos, run.err.c_str());
        const auto noDt = analyze({(root() / "ens").string(), "--out", (root() / "x").string()});
        QCOMPARE(noDt.code, int(app::Usage));
        QVERIFY(noDt.err.find("--dt is required") != std::string::npos);
        QVERIFY(!fs::exists(root() / "x"));
    }

    void syntheticEnsembleGivesTheKnownTimes() {
        const fs::path out = root() / "out";
        const auto run =
            analyze({(root() / "ens").string(), "--q", "7.25", "--rc", "1.4", "--dt", "0.005",
                     "--out", out.string(), "--bootstrap", "50", "--threads", "2"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.find("tau_alpha") != std::string::npos, run.out.c_str());
        QVERIFY(fs::exists(out / "per_temperature.csv"));
        QVERIFY(fs::exists(out / "correlators" / "T1.0.csv"));
        QVERIFY(fs::exists(out / "correlators" / "T2.0.csv"));
        for (const auto& e : fs::recursive_directory_iterator(out))
            QVERIFY2(e.path().string().find(".tmp-") == std::string::npos,
                     "temporary file left behind");

        const auto summary = nlohmann::json::parse(readFile(out / "summary.json"));
        QCOMPARE(summary["temperatures"].size(), std::size_t(2));
        QCOMPARE(summary["parameters"]["q"].get<double>(), 7.25);
        QCOMPARE(summary["parameters"]["threads"].get<int>(), 2);
        for (const auto& t : summary["temperatures"]) {
            const double temperature = t["T"].get<double>();
            const double d = 0.01 * temperature, q = 7.25;
            QCOMPARE(t["tau_alpha"]["status"].get<std::string>(), std::string("crossed"));
            const double tau = t["tau_alpha"]["value"].get<double>();
            QVERIFY2(std::abs(tau * q * q * d - 1) < 0.05, qPrintable(QString::number(tau)));
            QVERIFY(t["tau_alpha"]["error"].get<double>() > 0);
            QVERIFY(std::abs(t["gamma_tau"]["value"].get<double>() - 1) < 0.1);
            QVERIFY(std::abs(t["D"]["value"].get<double>() / d - 1) < 0.1);
            QCOMPARE(t["replicas"].get<int>(), 2);
            QCOMPARE(t["segments"].get<int>(), 4);
            QCOMPARE(t["atoms"].get<int>(), 800);
        }
        // The files say no units: nothing is guessed.
        QCOMPARE(summary["atoms"].get<int>(), 800);
        QCOMPARE(summary["length_unit"].get<std::string>(), std::string("unspecified (LJ?)"));
        QCOMPARE(summary["time_unit"].get<std::string>(), std::string("unspecified (LJ?)"));
        QVERIFY2(run.err.find("800 atoms, 2 species; units in the files: none") !=
                     std::string::npos,
                 run.err.c_str());
        QVERIFY2(run.out.starts_with("units: length unspecified (LJ?), time unspecified (LJ?)"),
                 run.out.c_str());
        const std::string csv = readFile(out / "per_temperature.csv");
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 3L);
        QVERIFY(csv.starts_with("T,tau_alpha,tau_alpha_err,tau_alpha_status,tau_plus"));
        const std::string corr = readFile(out / "correlators" / "T1.0.csv");
        QVERIFY(corr.starts_with(
            "t,Fs,Fs_type1,Fs_type2,Fplus,Fminus,Fplus_1-1,Fminus_1-1,Fplus_1-2,"));
        QCOMPARE(std::count(corr.begin(), corr.end(), '\n'), 1L + 31L); // header + lag 0 + 30 lags
    }

    void severalQGiveTheDispersionFromOnePass() {
        // --q 7.25,5.0: the first q's columns are those of --q 7.25 alone, and the q2 block
        // holds exactly the columns of a run at --q 5.0 alone (bootstrap errors included),
        // from one reading of the trajectories. Brownian walkers: tau_alpha(q) = 1/(q^2 D).
        auto run = [&](const std::string& q, const std::string& dir) -> std::string {
            // --q before the ensemble: the list is one argument, the ensemble stays positional.
            const auto r =
                analyze({"--q", q, (root() / "ens").string(), "--rc", "1.4", "--dt", "0.005",
                         "--bootstrap", "30", "--quiet", "--out", (root() / dir).string()});
            if (r.code != 0) {
                qWarning("--q %s: %s", q.c_str(), r.err.c_str());
                return {}; // the comparisons below fail
            }
            return readFile(root() / dir / "per_temperature.csv");
        };
        auto rows = [](const std::string& csv) {
            std::vector<std::vector<std::string>> out;
            std::istringstream in(csv);
            for (std::string line; std::getline(in, line);) {
                std::vector<std::string> fields;
                std::istringstream cells(line);
                for (std::string f; std::getline(cells, f, ',');)
                    fields.push_back(f);
                if (line.ends_with(','))
                    fields.emplace_back();
                out.push_back(fields);
            }
            return out;
        };
        const auto both = rows(run("7.25,5.0", "disp"));
        const auto first = rows(run("7.25", "disp-first"));
        const auto second = rows(run("5.0", "disp-second"));
        const std::size_t base = first.front().size(); // the columns without extra q
        const std::vector<std::string> block = {"q2",
                                                "tau_alpha_q2",
                                                "tau_alpha_err_q2",
                                                "tau_alpha_status_q2",
                                                "tau_plus_q2",
                                                "tau_plus_err_q2",
                                                "tau_plus_status_q2",
                                                "tau_minus_q2",
                                                "tau_minus_err_q2",
                                                "tau_minus_status_q2",
                                                "gamma_tau_q2",
                                                "gamma_tau_err_q2"};
        QCOMPARE(both.front().size(), base + block.size());
        QCOMPARE(std::vector<std::string>(both.front().begin() + long(base), both.front().end()),
                 block);
        QCOMPARE(both.size(), std::size_t(3));
        for (std::size_t row = 1; row < both.size(); ++row) {
            const auto& b = both[row];
            QCOMPARE(std::vector<std::string>(b.begin(), b.begin() + long(base)), first[row]);
            QCOMPARE(b[base], std::string("5"));
            // tau_alpha .. gamma_tau_err of the run at 5.0 alone: columns 1..11.
            QCOMPARE(std::vector<std::string>(b.begin() + long(base) + 1, b.end()),
                     std::vector<std::string>(second[row].begin() + 1, second[row].begin() + 12));
            const double d = 0.01 * std::stod(b[0]), tau = std::stod(b[base + 1]);
            QVERIFY2(std::abs(tau * 25.0 * d - 1) < 0.05, b[base + 1].c_str());
        }
        // The correlators at 5.0 close each correlator table, the same as the run at 5.0 alone.
        const auto table = rows(readFile(root() / "disp" / "correlators" / "T1.0.csv"));
        const auto tableAt5 = rows(readFile(root() / "disp-second" / "correlators" / "T1.0.csv"));
        const std::vector<std::string> lastSix = {"Fs_q2",     "Fplus_q2",     "Fminus_q2",
                                                  "Fs_q2_err", "Fplus_q2_err", "Fminus_q2_err"};
        const std::vector<std::string> atFive = {"Fs",     "Fplus",     "Fminus",
                                                 "Fs_err", "Fplus_err", "Fminus_err"};
        QCOMPARE(std::vector<std::string>(table.front().end() - 6, table.front().end()), lastSix);
        for (std::size_t row = 1; row < table.size(); ++row)
            for (std::size_t k = 0; k < 6; ++k) {
                const auto& header = tableAt5.front();
                const auto at = std::find(header.begin(), header.end(), atFive[k]);
                QCOMPARE(table[row][table[row].size() - 6 + k],
                         tableAt5[row][std::size_t(at - header.begin())]);
            }
        const auto summary = nlohmann::json::parse(readFile(root() / "disp" / "summary.json"));
        QCOMPARE(summary["parameters"]["q_extra"], nlohmann::json::array({5.0}));
        for (const auto& t : summary["temperatures"]) {
            QCOMPARE(t["dispersion"].size(), std::size_t(1));
            QCOMPARE(t["dispersion"][0]["q"].get<double>(), 5.0);
            QCOMPARE(t["dispersion"][0]["tau_alpha"]["status"].get<std::string>(),
                     std::string("crossed"));
            QVERIFY(t["dispersion"][0]["gamma_tau"]["error"].get<double>() > 0);
        }
        // Too many for one pass.
        std::string many = "1";
        for (int k = 2; k <= 17; ++k)
            many += "," + std::to_string(k);
        const auto tooMany = analyze({(root() / "ens").string(), "--q", many, "--dt", "0.005",
                                      "--out", (root() / "many").string()});
        QCOMPARE(tooMany.code, int(app::Usage));
        QVERIFY2(tooMany.err.find("at most 16 wave numbers") != std::string::npos,
                 tooMany.err.c_str());
    }

    // Units: from the files (LAMMPS ITEM: UNITS), else --units; files that disagree with each
    // other or with --units are refused with the file named; nothing is converted.
    void unitsComeFromTheFilesAndMustAgree() {
        auto ensemble = [&](const std::string& name, const char* styleT1, const char* styleT2) {
            for (const auto& [t, style] : {std::pair{1.0, styleT1}, std::pair{2.0, styleT2}}) {
                const fs::path dir = root() / name / ("T" + std::to_string(int(t)) + ".0");
                fs::create_directories(dir);
                const std::string file = (dir / "seg0.lammpstrj").string();
                test::writeLammpsDump(file, brownianAt(t, 0, 0, test::logSpacedSteps(10, 800, 8)),
                                      {});
                if (style)
                    test::writeText(file,
                                    "ITEM: UNITS\n" + std::string(style) + "\n" + readFile(file));
            }
            return (root() / name).string();
        };
        auto summaryOf = [&](const std::vector<std::string>& extra) {
            std::vector<std::string> args = {"--q",   "7.25",        "--rc", "1.4",    "--dt",
                                             "0.005", "--bootstrap", "0",    "--quiet"};
            args.insert(args.end(), extra.begin(), extra.end());
            return args;
        };
        const fs::path out = root() / "units-out";
        auto args = summaryOf({ensemble("metal", "metal", "metal"), "--out", out.string()});
        Run run = analyze(args);
        QCOMPARE(run.code, 0);
        auto summary = nlohmann::json::parse(readFile(out / "summary.json"));
        QCOMPARE(summary["length_unit"].get<std::string>(), std::string("Å"));
        QCOMPARE(summary["time_unit"].get<std::string>(), std::string("ps"));
        // --units fills in what files do not say ...
        args = summaryOf(
            {ensemble("silent", nullptr, nullptr), "--units", "nm,ps", "--out", out.string()});
        QCOMPARE(analyze(args).code, 0);
        summary = nlohmann::json::parse(readFile(out / "summary.json"));
        QCOMPARE(summary["length_unit"].get<std::string>(), std::string("nm"));
        QCOMPARE(summary["settings"]["units"].get<std::string>(), std::string("nm,ps"));
        // ... but never overrides what they say.
        args = summaryOf({(root() / "metal").string(), "--units", "nano", "--out", out.string()});
        run = analyze(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find("T1.0/seg0.lammpstrj: the file says length Å, time ps, but the "
                              "units parameter 'nano' says length nm, time ns") !=
                     std::string::npos,
                 run.err.c_str());
        // Files that disagree: the second is named with the first.
        args = summaryOf({ensemble("mixed", "metal", "real"), "--out", out.string()});
        run = analyze(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find("T2.0/seg0.lammpstrj: its units (length Å, time fs) differ from "
                              "those of ") != std::string::npos &&
                     run.err.find("T1.0/seg0.lammpstrj (length Å, time ps)") != std::string::npos,
                 run.err.c_str());
        // Text that is no unit is a usage error.
        run = analyze(
            summaryOf({(root() / "silent").string(), "--units", "parsecs", "--out", out.string()}));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.find("--units: units must be a LAMMPS unit style") != std::string::npos,
                 run.err.c_str());
    }

    void outputsAreByteIdenticalForOneAndTwoThreads() {
        // The whole pipeline, bootstrap included, does not depend on the thread count.
        std::vector<std::string> args{(root() / "ens").string(),
                                      "--q",
                                      "7.25",
                                      "--rc",
                                      "1.4",
                                      "--dt",
                                      "0.005",
                                      "--quiet",
                                      "--out"};
        auto one = args, two = args;
        one.insert(one.end(), {(root() / "t1").string(), "--threads", "1"});
        two.insert(two.end(), {(root() / "t2").string(), "--threads", "2"});
        QCOMPARE(analyze(one).code, 0);
        QCOMPARE(analyze(two).code, 0);
        for (const char* file :
             {"per_temperature.csv", "correlators/T1.0.csv", "correlators/T2.0.csv"})
            QCOMPARE(readFile(root() / "t1" / file), readFile(root() / "t2" / file));
    }

    void cancellingStopsTheComputation() {
        core::Progress progress;
        progress.cancel();
        const auto layout = core::discoverEnsemble((root() / "ens").string());
        QVERIFY_THROWS_EXCEPTION(
            core::Cancelled,
            core::computeEnsembleSums(layout, core::CorrelatorSettings{}, {}, &progress));
    }

    void longTrajectoriesCutIntoSegmentsMatchSegmentFiles() {
        // One file per replica holding two segments of 8000 steps each.
        for (int r = 0; r < 2; ++r) {
            std::vector<core::Frame> frames;
            for (int s = 0; s < 2; ++s)
                for (auto f : brownianAt(1.0, r, s, test::logSpacedSteps(10, 7999, 20))) {
                    f.timestep += 8000 * s;
                    frames.push_back(std::move(f));
                }
            const fs::path dir = root() / "long" / "T1.0" / ("r" + std::to_string(r));
            fs::create_directories(dir);
            test::writeLammpsDump((dir / "run.dump").string(), frames, {});
            for (int s = 0; s < 2; ++s) {
                const fs::path cut = root() / "cut" / "T1.0" / ("r" + std::to_string(r));
                fs::create_directories(cut);
                test::writeLammpsDump((cut / ("seg" + std::to_string(s) + ".dump")).string(),
                                      brownianAt(1.0, r, s, test::logSpacedSteps(10, 7999, 20)),
                                      {});
            }
        }
        const auto a = analyze({(root() / "long").string(), "--q", "7.25", "--rc", "1.4", "--dt",
                                "0.005", "--segment-steps", "8000", "--out",
                                (root() / "long-out").string(), "--quiet"});
        const auto b = analyze({(root() / "cut").string(), "--q", "7.25", "--rc", "1.4", "--dt",
                                "0.005", "--out", (root() / "cut-out").string(), "--quiet"});
        QCOMPARE(a.code, 0);
        QCOMPARE(b.code, 0);
        QCOMPARE(readFile(root() / "long-out" / "correlators" / "T1.0.csv"),
                 readFile(root() / "cut-out" / "correlators" / "T1.0.csv"));
        QCOMPARE(readFile(root() / "long-out" / "per_temperature.csv"),
                 readFile(root() / "cut-out" / "per_temperature.csv"));
    }

    void badInputNamesFileAndLineAndWritesNothing() {
        const fs::path bad = root() / "bad" / "T1.0" / "r0";
        fs::create_directories(bad);
        test::writeLammpsDump((bad / "seg0.lammpstrj").string(), brownianAt(1.0, 0, 0, {0, 10, 20}),
                              {});
        std::string text = readFile(bad / "seg0.lammpstrj");
        text.resize(text.size() / 2); // truncated in the middle of a frame
        test::writeText((bad / "seg1.lammpstrj").string(), text);
        const fs::path out = root() / "bad-out";
        const auto run = analyze({(root() / "bad").string(), "--q", "7.25", "--rc", "1.4", "--dt",
                                  "0.005", "--out", out.string()});
        QCOMPARE(run.code, int(app::BadInput));
        QVERIFY2(run.err.find((bad / "seg1.lammpstrj").string() + ":") != std::string::npos,
                 run.err.c_str());
        QVERIFY2(run.err.find("truncated") != std::string::npos, run.err.c_str());
        QVERIFY(!fs::exists(out / "per_temperature.csv"));
        QVERIFY(!fs::exists(out / "summary.json"));

        const auto empty = analyze({(root() / "nothing-here").string(), "--q", "7", "--rc", "1",
                                    "--dt", "1", "--out", out.string()});
        QCOMPARE(empty.code, int(app::BadInput));
        QVERIFY(empty.err.find("no such file or folder") != std::string::npos);
    }

    void aCoolingLogGivesTgOrAnErrorWithItsLine() {
        // The demo with its cooling log: T_g with its error, windows and source in
        // summary.json, in place of the preset's; a malformed log exits 1 naming file:line and
        // writes nothing; --tg beside --thermo-log is a usage error.
        const std::string demo = TX_SOURCE_DIR "/data/demo-ka";
        const fs::path out = root() / "tg-out";
        const auto run = analyze({demo, "--dt", "0.005", "--system", "ka", "--tc-window", "0.6,1.5",
                                  "--thermo-log", demo + "/cooling.log", "--bootstrap", "50",
                                  "--out", out.string(), "--quiet"});
        QCOMPARE(run.code, 0);
        const auto summary = nlohmann::json::parse(readFile(out / "summary.json"));
        const auto& tg = summary["characteristic_temperatures"]["T_g"];
        QCOMPARE(tg["source"].get<std::string>(), std::string("thermo-log"));
        QVERIFY(tg["value"].get<double>() > 0.3 && tg["value"].get<double>() < 0.55);
        QVERIFY(tg["error"].get<double>() > 0);
        QCOMPARE(tg["log"]["column"].get<std::string>(), std::string("Volume"));
        QCOMPARE(tg["replaces_preset_value"].get<double>(), 0.4);
        QVERIFY(tg["windows"]["glass"][1].get<double>() < tg["windows"]["liquid"][0].get<double>());
        QCOMPARE(summary["settings"]["thermo_log"].get<std::string>(), demo + "/cooling.log");

        const fs::path bad = root() / "bad.log";
        test::writeText(bad.string(), "units lj\nStep Temp Volume\n0 1.0 300\n100 0.9 x\n");
        const fs::path badOut = root() / "tg-bad-out";
        const auto refused = analyze({demo, "--dt", "0.005", "--thermo-log", bad.string(), "--out",
                                      badOut.string(), "--quiet"});
        QCOMPARE(refused.code, int(app::BadInput));
        QVERIFY2(refused.err.find(bad.string() + ":4:") != std::string::npos, refused.err.c_str());
        QVERIFY(!fs::exists(badOut / "summary.json"));
        const auto both = analyze({demo, "--dt", "0.005", "--tg", "0.4", "--thermo-log",
                                   bad.string(), "--out", badOut.string()});
        QCOMPARE(both.code, int(app::Usage));
    }

    void structureSetsQAndCutoffAndTheSeriesIsFitted() {
        // No --q/--rc: both come from S(q) and g(r) of the origin configurations (science §2),
        // the values are reported, and the characteristic temperatures land in summary.json.
        const fs::path out = root() / "auto-out";
        const auto run =
            analyze({std::string(TX_SOURCE_DIR) + "/data/demo-ka", "--dt", "0.005", "--system",
                     "ka", "--tc-window", "0.6,1.5", "--bootstrap", "50", "--out", out.string()});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.find("first peak of S_{1-1}(q)") != std::string::npos, run.err.c_str());
        QVERIFY(run.out.find("Characteristic temperatures") != std::string::npos);
        QVERIFY(fs::exists(out / "structure" / "sq.csv"));
        QVERIFY(fs::exists(out / "structure" / "gr.csv"));
        const auto summary = nlohmann::json::parse(readFile(out / "summary.json"));
        const double q = summary["parameters"]["q"].get<double>();
        const double rc = summary["parameters"]["rc"].get<double>();
        QVERIFY2(std::abs(q - 7.25) < 0.35, qPrintable(QString::number(q)));
        QVERIFY2(std::abs(rc - 1.39) < 0.1, qPrintable(QString::number(rc)));
        QCOMPARE(summary["parameters"]["q_source"].get<std::string>(),
                 std::string("first peak of S_{1-1}(q)"));
        const auto& ct = summary["characteristic_temperatures"];
        QVERIFY(ct["T_x"]["ok"].get<bool>());
        const double tx = ct["T_x"]["value"].get<double>();
        QVERIFY(tx > 0.6 && tx < 1.5);
        QVERIFY(ct["T_x"]["error"].get<double>() > 0);
        for (const char* key : {"T_x", "T_c", "T_b"}) { // the central 95 % of the bootstrap
            const auto& i = ct[key]["interval_95"];
            QVERIFY(i[0].get<double>() < i[1].get<double>());
        }
        QVERIFY(ct["T_x"]["interval_95"][0].get<double>() <= tx &&
                tx <= ct["T_x"]["interval_95"][1].get<double>());
        QVERIFY(ct["T_c"]["ok"].get<bool>());
        QCOMPARE(ct["T_c"]["window"][0].get<double>(), 0.6);
        QVERIFY(ct["T_c"]["T_c"].get<double>() < 0.6);
        QVERIFY(ct["T_b"]["ok"].get<bool>());
        QCOMPARE(ct["T_g"]["value"].get<double>(), 0.40);
        QCOMPARE(ct["T_g"]["source"].get<std::string>(), std::string("preset"));
        QCOMPARE(ct["T_g"]["flags"][0]["code"].get<std::string>(), std::string("preset"));
        QCOMPARE(ct["path"]["path"].get<std::string>(), std::string("P_IV"));
        QVERIFY(summary["temperatures"][0]["kww_alpha"]["ok"].get<bool>());
        // Every characteristic temperature carries its quality flags, {code, message} each;
        // on this five-temperature demo the SE line has the fewest points it can have and the
        // path rests on the KA preset, and the terminal says so.
        for (const char* key : {"T_x", "T_c", "T_b", "T_g", "path"})
            for (const auto& f : ct[key]["flags"]) {
                QVERIFY(!f["code"].get<std::string>().empty());
                QVERIFY(!f["message"].get<std::string>().empty());
            }
        auto codesOf = [&](const char* key) {
            std::string codes;
            for (const auto& f : ct[key]["flags"])
                codes += f["code"].get<std::string>() + " ";
            return codes;
        };
        QVERIFY2(codesOf("T_b").find("few_points") != std::string::npos, codesOf("T_b").c_str());
        // Where to simulate next: temperatures off the grid, each with its model and length.
        QVERIFY(!summary["suggestions"].empty());
        for (const auto& s : summary["suggestions"]) {
            const double t = s["T"].get<double>();
            QVERIFY(t > 0.6 && t < 1.5 && std::abs(t - 0.7) > 1e-9 && std::abs(t - 0.8) > 1e-9);
            QVERIFY(!s["tau_model"].get<std::string>().empty());
            QVERIFY(s["segment_timesteps"].get<std::int64_t>() > 0);
        }
        QVERIFY(run.out.find("Simulate next at") != std::string::npos);
        QVERIFY2(codesOf("path").find("preset") != std::string::npos, codesOf("path").c_str());
        QVERIFY2(run.out.find("(!) Quality flags") != std::string::npos &&
                     run.out.find("T_b [few_points]") != std::string::npos,
                 run.out.c_str());
    }

    void badWindowIsAUsageError() {
        const auto run =
            analyze({(root() / "ens").string(), "--q", "7", "--rc", "1.4", "--dt", "0.005",
                     "--tc-window", "1.0,0.5", "--out", (root() / "w").string()});
        QCOMPARE(run.code, int(app::Usage));
        QVERIFY(run.err.find("--tc-window") != std::string::npos);
    }

    void bundledKobAndersenDemo() {
        // Real MD data: tau_+ and tau_- are never shorter than tau_alpha (paper Eq. 3),
        // tau_+ < tau_- in the supercooled liquid, and tau_alpha grows on cooling.
        const fs::path out = root() / "demo-out";
        const auto run =
            analyze({std::string(TX_SOURCE_DIR) + "/data/demo-ka", "--q", "7.25", "--rc", "1.4",
                     "--dt", "0.005", "--out", out.string(), "--quiet"});
        QCOMPARE(run.code, 0);
        const auto summary = nlohmann::json::parse(readFile(out / "summary.json"));
        QCOMPARE(summary["temperatures"].size(), std::size_t(5));
        double previousTau = 1e300;
        for (const auto& t : summary["temperatures"]) {
            QCOMPARE(t["tau_alpha"]["status"].get<std::string>(), std::string("crossed"));
            const double ta = t["tau_alpha"]["value"].get<double>();
            const double tp = t["tau_plus"]["value"].get<double>();
            const double tm = t["tau_minus"]["value"].get<double>();
            QVERIFY(tp >= ta);
            QVERIFY(tm >= ta);
            QVERIFY(tp < tm);
            QVERIFY(ta < previousTau);
            previousTau = ta;
            QVERIFY(t["pairs_per_origin"].get<double>() > 400 * 5); // ~6.5 neighbours per atom
        }
    }
};

QTEST_APPLESS_MAIN(TestTxAnalyze)
#include "tst_tx_analyze.moc"
