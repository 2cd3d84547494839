// The one parameter model (core::AnalysisParameters) seen from every side: each tx-analyze
// option reaches the model, has a control in the workbench's panel (or a fit-window handle),
// survives a session round trip and is reported in summary.json; and the CLI and the
// workbench, given the same parameters, run the same pipeline and write identical files.
#include "app/AnalyzeCommand.h"
#include "app/AnalyzeOptions.h"
#include "app/workbench/MainWindow.h"
#include "app/workbench/SessionFile.h"
#include "core/output/ResultFiles.h"
#include "tests/support/Waiting.h"
#include "widgets/FitWindowSelector.h"
#include "widgets/ParametersPanel.h"

#include <CLI/CLI.hpp>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tbb/info.h>

using namespace tx;
namespace fs = std::filesystem;

namespace {

struct OptionCase {
    std::vector<std::string> args; // the option and its value(s)
    const char* key;               // its field in the parameter model's JSON
};

// One row per option of tx-analyze, with a value other than the default. A new option
// without a row here fails optionsAreAllCovered().
const std::vector<OptionCase>& optionCases() {
    static const std::vector<OptionCase> cases = {
        {{"--q", "6.5"}, "q"},
        {{"--rc", "1.35"}, "rc"},
        {{"--rc-pair", "1-2=1.3"}, "rc_type_pairs"},
        {{"--overlap-a", "0.45"}, "overlap_a"},
        {{"--species", "2"}, "species"},
        {{"--pair", "1-2"}, "type_pair"},
        {{"--dt", "0.002"}, "dt"},
        {{"--units", "metal"}, "units"},
        {{"--segment-steps", "20000"}, "segment_steps"},
        {{"--origin-every", "400"}, "origin_every"},
        {{"--bootstrap", "50"}, "bootstrap"},
        {{"--seed", "777"}, "seed"},
        {{"--msd-window", "5,50"}, "msd_window"},
        {{"--min-msd", "0.5"}, "min_msd"},
        {{"--kww"}, "kww"},
        {{"--structure"}, "structure"},
        {{"--sq-qmax", "9"}, "sq_qmax"},
        {{"--tx-window", "0.6,1.2"}, "tx_window"},
        {{"--tc-window", "0.55,1.1"}, "tc_window"},
        {{"--tc-sliding-width", "1.2"}, "tc_sliding_width"},
        {{"--tc-max-rms", "0.05"}, "tc_max_rms"},
        {{"--tb-window", "0.9,2"}, "tb_window"},
        {{"--tb-delta", "0.08"}, "tb_delta"},
        {{"--tg", "0.42"}, "tg"},
        {{"--tm", "1.1"}, "tm"},
        {{"--system", "cuzr"}, "system"},
        {{"--thermo-log", "/data/cooling.log"}, "thermo_log"},
        {{"--tg-quantity", "enthalpy"}, "tg_quantity"},
        {{"--thermo-run", "2"}, "thermo_run"},
        {{"--tg-glass-window", "0.2,0.35"}, "tg_glass_window"},
        {{"--tg-liquid-window", "0.5,1"}, "tg_liquid_window"},
        {{"--xyz-wrapped"}, "xyz_wrapped"},
        {{"--dcd-unwrapped"}, "dcd_unwrapped"},
    };
    return cases;
}

// Fit windows are edited by dragging their handles on the plots, not in the panel.
bool editedOnThePlots(const std::string& key) {
    return key == "tx_window" || key == "tc_window" || key == "tb_window" ||
           key == "tg_glass_window" || key == "tg_liquid_window";
}

core::AnalysisParameters parse(const std::vector<std::string>& extra) {
    CLI::App app;
    app::AnalyzeOptions o;
    app::addAnalyzeOptions(app, o);
    std::vector<std::string> args = {"tx-analyze", "/data/ka", "--out", "/tmp/x"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    app.parse(int(argv.size()), argv.data());
    return o.parameters;
}

// What a control shows, as text, to see that setting a parameter changes it.
QString shown(QWidget* w) {
    if (auto* s = qobject_cast<QDoubleSpinBox*>(w))
        return QString::number(s->value());
    if (auto* s = qobject_cast<QSpinBox*>(w))
        return QString::number(s->value());
    if (auto* c = qobject_cast<QCheckBox*>(w))
        return c->isChecked() ? "on" : "off";
    if (auto* e = qobject_cast<QLineEdit*>(w))
        return e->text();
    if (auto* c = qobject_cast<QComboBox*>(w))
        return c->currentData().toString();
    return "?";
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

class TestParameters : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName("TxWorkbenchTests");
    }

    void optionsAreAllCovered() {
        CLI::App app;
        app::AnalyzeOptions o;
        app::addAnalyzeOptions(app, o);
        std::set<std::string> options, covered;
        for (const CLI::Option* opt : app.get_options()) {
            if (opt->get_positional() || opt->get_lnames().empty())
                continue;
            options.insert("--" + opt->get_lnames().front());
        }
        options.erase("--help");
        for (const char* runOnly : app::kRunOnlyOptions)
            QVERIFY2(options.erase(runOnly) == 1, runOnly);
        for (const auto& c : optionCases())
            covered.insert(c.args.front());
        for (const auto& name : options)
            QVERIFY2(covered.count(name), ("no test row for " + name).c_str());
        QCOMPARE(covered.size(), options.size());
    }

    void everyOptionReachesTheModelThePanelTheSessionAndTheSummary() {
        const core::AnalysisParameters defaults = parse({});
        const nlohmann::json defaultJson = core::toJson(defaults);
        app::MainWindow window; // the handles of the fit windows live on its plots
        for (const auto& c : optionCases()) {
            const std::string what = c.args.front() + " -> " + c.key;
            const core::AnalysisParameters p = parse(c.args);
            const nlohmann::json j = core::toJson(p);
            // The model: exactly this one field differs from the defaults.
            QVERIFY2(j.contains(c.key), what.c_str());
            QVERIFY2(j[c.key] != defaultJson[c.key], what.c_str());
            for (const auto& [key, value] : j.items())
                QVERIFY2(key == c.key || value == defaultJson[key], (what + ": " + key).c_str());
            // The panel: a control named after the field shows the new value and reads it back.
            widgets::ParametersPanel panel;
            panel.setSpecies({1, 2});
            panel.setParameters(defaults);
            if (editedOnThePlots(c.key)) {
                QVERIFY2(window.fitWindowSelector(c.key),
                         ("no fit-window handles for " + what).c_str());
            } else {
                auto* control = panel.findChild<QWidget*>(QString::fromUtf8(c.key));
                QVERIFY2(control, ("no panel control for " + what).c_str());
                const QString before = shown(control);
                panel.setParameters(p);
                QVERIFY2(shown(control) != before, what.c_str());
            }
            panel.setParameters(p);
            QVERIFY2(panel.parameters() == p, what.c_str());
            // The session.
            const QString session = m_dir.filePath("options.txw");
            QString error;
            QVERIFY2(app::writeSession(session, {p, "gamma-tau", std::nullopt}, &error),
                     qPrintable(error));
            const auto back = app::readSession(session, &error);
            QVERIFY2(back && back->parameters == p, what.c_str());
            QCOMPARE(back->page, QString("gamma-tau"));
            // summary.json.
            core::RunDescription run;
            run.parameters = p;
            const auto summary = nlohmann::json::parse(core::summaryJson({}, run));
            QVERIFY2(summary["settings"][c.key] == j[c.key], what.c_str());
        }
    }

    void badValuesAreRefusedEverywhere() {
        core::AnalysisParameters p;
        p.reading.ensemble = "/data/ka";
        p.reading.overlapA = std::nan("");
        QVERIFY(core::invalidParameter(p).starts_with("overlap_a"));
        core::Progress progress;
        QVERIFY_THROWS_EXCEPTION(core::InvalidParameter, core::runPipeline(p, nullptr, progress));
        p = {};
        p.fits.txWindow = core::FitWindow{1.0, 0.5};
        QVERIFY(core::invalidParameter(p).starts_with("tx_window"));
        p = {};
        p.reading.rc = -1.0;
        QVERIFY(core::invalidParameter(p).starts_with("rc"));
    }

    void sessionsWithOddValuesAreRefusedOrReadWhole() {
        // Found by fuzz_session. A whole-number parameter written as a float too large for
        // it was cast (undefined behaviour); now it is refused, naming the session and key.
        QTemporaryDir dir;
        const QString path = dir.filePath("odd.txw");
        auto write = [&](const std::string& text) { std::ofstream(path.toStdString()) << text; };
        for (const char* value : {"\"bootstrap\": 1e300", "\"origin_every\": 2.5", "\"seed\": -1",
                                  "\"species\": 4294967296", "\"type_pair\": [1, 1e20]",
                                  "\"view\": {\"page\": 1e300}"}) {
            write(std::string("{\"format\": \"tx-workbench-session\", \"ensemble\": \"x\", ") +
                  value + "}");
            QString error;
            QVERIFY2(!app::readSession(path, &error), value);
            QVERIFY2(error.contains(path), qPrintable(error));
        }
        // A relative ensemble path is relative to the session's folder, and stays the same
        // through a save and a reopen (it used to move to the saved session's folder).
        write(R"({"format": "tx-workbench-session", "ensemble": "runs/../ka", "bootstrap": 7})");
        QString error;
        const auto session = app::readSession(path, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(QString::fromStdString(session->parameters.reading.ensemble), dir.filePath("ka"));
        QCOMPARE(session->parameters.averaging.bootstrap, 7);
        QDir(dir.path()).mkpath("elsewhere");
        const QString saved = dir.filePath("elsewhere/saved.txw");
        QVERIFY(app::writeSession(saved, *session, &error));
        const auto reopened = app::readSession(saved, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->parameters == session->parameters);
    }

    void cliAndWorkbenchWriteIdenticalFiles() {
        // The same parameters through tx-analyze and through the workbench (open the demo,
        // compute in the background, Export data) give the same files, byte for byte, but
        // for the thread count in summary.json.
        app::MainWindow w;
        QSignalSpy done(&w.runner(), &app::AnalysisRunner::finished);
        w.openDemo();
        QVERIFY(test::waitForAny({&done}));
        const fs::path gui = m_dir.filePath("gui").toStdString();
        fs::create_directories(gui);
        QCOMPARE(w.exportData(QString::fromStdString(gui.string())), QString());

        const fs::path cli = m_dir.filePath("cli").toStdString();
        const std::string demo = app::MainWindow::demoEnsemblePath().toStdString();
        const std::vector<std::string> args = {
            "tx-analyze", demo,          "--dt",    "0.005",        "--system",
            "ka",         "--tc-window", "0.6,1.5", "--thermo-log", demo + "/cooling.log",
            "--units",    "lj",          "--q",     "auto,4,5.5,9", "--out",
            cli.string(), "--quiet"};
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        std::ostringstream out, err;
        QCOMPARE(app::runAnalyze(int(argv.size()), argv.data(), out, err), 0);

        int files = 0;
        for (const auto& entry : fs::recursive_directory_iterator(cli)) {
            if (!entry.is_regular_file())
                continue;
            const fs::path rel = fs::relative(entry.path(), cli);
            QVERIFY2(fs::exists(gui / rel), rel.c_str());
            if (rel == "summary.json") {
                auto a = nlohmann::json::parse(readFile(entry.path()));
                auto b = nlohmann::json::parse(readFile(gui / rel));
                a["parameters"].erase("threads");
                b["parameters"].erase("threads");
                QVERIFY2(a == b, (a.dump() + "\n" + b.dump()).c_str());
            } else {
                QVERIFY2(readFile(entry.path()) == readFile(gui / rel), rel.c_str());
            }
            ++files;
        }
        QCOMPARE(files, 9); // per_temperature, summary, 5 correlators, S(q), g(r)
    }
};

QTEST_MAIN(TestParameters)
#include "tst_parameters.moc"
