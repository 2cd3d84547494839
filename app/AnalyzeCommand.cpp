#include "app/AnalyzeCommand.h"

#include "app/AnalyzeOptions.h"
#include "app/ProgressTicker.h"
#include "app/ResultTable.h"
#include "core/EnsembleLayout.h"
#include "core/EnsembleStructure.h"
#include "core/EnsembleSums.h"
#include "core/InputError.h"
#include "core/ResultTables.h"
#include "core/SeriesTables.h"

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ostream>
#include <tbb/global_control.h>
#include <tbb/info.h>
#include <unistd.h>

namespace tx::app {

namespace {

// The one piece of process-wide state: where Ctrl-C asks the running analysis to stop.
std::atomic<core::Progress*> g_interruptTarget{nullptr};

void onInterrupt(int) {
    if (core::Progress* p = g_interruptTarget.load())
        p->cancel();
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

// q and r_c: the user's, or from S(q) and g(r) of the origin configurations.
struct StructuralChoice {
    double q = 0, rc = 0;
    std::string qSource = "user", rcSource = "user";
};

StructuralChoice chooseQAndCutoff(const AnalyzeOptions& o,
                                  const std::optional<core::EnsembleStructure>& s) {
    StructuralChoice c;
    if (o.q) {
        c.q = *o.q;
    } else if (s && s->qMax) {
        c.q = *s->qMax;
        c.qSource = "first peak of " + s->qBasis;
    } else {
        throw core::InputError(o.ensemble, 0, "no peak in S(q) below --sq-qmax: give --q");
    }
    if (o.rc) {
        c.rc = *o.rc;
    } else if (s && s->firstMinimum) {
        c.rc = *s->firstMinimum;
        c.rcSource = "first minimum of g(r)";
    } else {
        throw core::InputError(o.ensemble, 0, "no first minimum in g(r): give --rc");
    }
    return c;
}

int analyse(const AnalyzeOptions& o, const AnalyzeRole& role, std::ostream& out,
            std::ostream& err) {
    const core::EnsembleLayout layout = core::discoverEnsemble(o.ensemble, o.segmentSteps);
    if (!o.dt && !layout.dt) {
        err << "tx-analyze: --dt is required (the ensemble has no manifest giving dt)\n";
        return Usage;
    }
    const core::SeriesSettings series = seriesSettings(o);
    const core::AnalysisSettings analysis = analysisSettings(o, o.dt ? *o.dt : *layout.dt);
    const core::ReaderOptions readers = readerOptions(o);
    if (!o.quiet)
        err << "ensemble " << layout.root << ": " << layout.temperatures.size() << " temperatures, "
            << layout.segmentCountHint() << " trajectory files\n";
    core::Progress progress;
    g_interruptTarget.store(&progress);

    std::optional<core::EnsembleStructure> structure;
    if (o.needsStructure())
        structure = core::computeEnsembleStructure(layout, core::ensembleTypes(layout, readers),
                                                   structureSettings(o), readers, &progress);
    const StructuralChoice choice = chooseQAndCutoff(o, structure);
    if (!o.quiet)
        err << "q = " << number(choice.q) << " (" << choice.qSource
            << "), r_c = " << number(choice.rc) << " (" << choice.rcSource << ")\n";
    const core::CorrelatorSettings correlator = correlatorSettings(o, choice.q, choice.rc);

    core::EnsembleSums sums;
    {
        std::optional<ProgressTicker> ticker;
        if (!o.quiet)
            ticker.emplace(progress, err, ::isatty(STDERR_FILENO) != 0, "reading and correlating");
        sums = role.computeSums ? role.computeSums(layout, correlator, readers, &progress)
                                : core::computeEnsembleSums(layout, correlator, readers, &progress);
    }
    std::vector<core::TemperatureResult> results;
    for (const auto& t : sums.temperatures)
        results.push_back(core::analyseTemperature(t, analysis, &progress));
    g_interruptTarget.store(nullptr);
    const auto characteristic = core::analyseSeries(core::seriesData(results), series);

    core::RunDescription run;
    run.ensemble = layout.root;
    run.correlator = correlator;
    run.analysis = analysis;
    run.threads = o.threads > 0 ? o.threads : tbb::info::default_concurrency();
    run.processes = role.processes;
    run.warnings = sums.warnings;
    run.qSource = choice.qSource;
    run.cutoffSource = choice.rcSource;
    run.structure = std::move(structure);
    run.series = series;
    run.characteristic = characteristic;
    for (const auto& w : sums.warnings)
        err << "warning: " << w << "\n";
    if (!role.writesOutputs)
        return Ok;
    try {
        core::writeResults(o.outDir, results, run);
    } catch (const std::exception& e) {
        err << "tx-analyze: " << e.what() << "\n";
        return OutputFailed;
    }
    if (!o.quiet)
        out << formatResultTable(results) << "\n"
            << core::characteristicTemperaturesTable(characteristic) << "results written to "
            << o.outDir << "\n";
    return Ok;
}

} // namespace

int runAnalyze(int argc, char** argv, std::ostream& out, std::ostream& err,
               const AnalyzeRole& role) {
    CLI::App app{
        "tx-analyze: time correlators F_s, F_+, F_-, MSD; relaxation times tau_alpha, tau_+, "
        "tau_-, gamma_tau = tau_+/tau_-, D; and the characteristic temperatures T_x, T_c, T_b "
        "of an MD ensemble",
        "tx-analyze"};
    AnalyzeOptions o;
    addAnalyzeOptions(app, o);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e, out, err) == 0 ? Ok : Usage;
    }
    std::optional<tbb::global_control> threads;
    if (o.threads > 0)
        threads.emplace(tbb::global_control::max_allowed_parallelism,
                        static_cast<std::size_t>(o.threads));
    std::signal(SIGINT, onInterrupt);
    try {
        return analyse(o, role, out, err);
    } catch (const core::InputError& e) {
        err << "tx-analyze: error: " << e.what() << "\n";
        return BadInput;
    } catch (const core::Cancelled&) {
        err << "tx-analyze: interrupted; nothing was written\n";
        return Interrupted;
    } catch (const CLI::ValidationError& e) {
        err << "tx-analyze: " << e.what() << "\n";
        return Usage;
    } catch (const std::exception& e) {
        err << "tx-analyze: error: " << e.what() << "\n";
        return BadInput;
    }
}

} // namespace tx::app
