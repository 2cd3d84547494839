#include "app/AnalyzeCommand.h"

#include "app/AnalyzeOptions.h"
#include "app/ProgressTicker.h"
#include "app/TerminalTable.h"
#include "core/io/InputError.h"
#include "core/output/SeriesTables.h"
#include "core/pipeline/Pipeline.h"

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

int analyse(const AnalyzeOptions& o, const AnalyzeRole& role, std::ostream& out,
            std::ostream& err) {
    core::Progress progress;
    g_interruptTarget.store(&progress);
    // The pipeline runs the stages; the CLI only says what happens as each one starts.
    std::optional<ProgressTicker> ticker;
    core::PipelineHooks hooks;
    hooks.computeSums = role.computeSums;
    hooks.onStage = [&](core::PipelineStage stage, const core::PipelineOutcome& so_far) {
        if (o.quiet)
            return;
        if (stage == core::PipelineStage::Structure)
            err << "ensemble " << so_far.layout.root << ": " << so_far.layout.temperatures.size()
                << " temperatures, " << so_far.layout.segmentCountHint() << " trajectory files\n";
        if (stage == core::PipelineStage::Correlators) {
            err << "q = " << number(so_far.correlator.q) << " (" << so_far.qSource
                << "), r_c = " << number(so_far.correlator.cutoff) << " (" << so_far.rcSource
                << ")\n";
            ticker.emplace(progress, err, ::isatty(STDERR_FILENO) != 0, "reading and correlating");
        }
        if (stage == core::PipelineStage::Averages) {
            ticker.reset();
            const std::size_t atoms = so_far.sums->commonAtomCount();
            const core::Units& said = so_far.sums->units;
            err << (atoms > 0 ? std::to_string(atoms) : std::string("varying numbers of"))
                << " atoms, " << so_far.sums->types.count() << " species; units in the files: "
                << (said.empty() ? std::string("none") : core::describeUnits(said)) << "\n";
        }
    };
    std::shared_ptr<const core::PipelineOutcome> outcome;
    try {
        outcome = core::runPipeline(o.parameters, nullptr, progress, hooks);
    } catch (...) {
        ticker.reset();
        g_interruptTarget.store(nullptr);
        throw;
    }
    g_interruptTarget.store(nullptr);
    for (const auto& w : outcome->warnings())
        err << "warning: " << w << "\n";
    if (!role.writesOutputs)
        return Ok;
    try {
        core::writeOutcome(o.outDir, *outcome,
                           o.threads > 0 ? o.threads : tbb::info::default_concurrency(),
                           role.processes);
    } catch (const std::exception& e) {
        err << "tx-analyze: " << e.what() << "\n";
        return OutputFailed;
    }
    if (!o.quiet)
        out << "units: " << core::describeUnits(outcome->units)
            << " (q in inverse length, tau and t in time)\n"
            << formatResultTable(outcome->results) << "\n"
            << core::characteristicTemperaturesTable(outcome->characteristic)
            << core::simulationSuggestionsText(outcome->suggestions) << "results written to "
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
    } catch (const core::MissingParameter& e) {
        err << "tx-analyze: " << optionOfParameter(e.key()) << " is required ("
            << (e.key() == "dt" ? "the ensemble has no manifest giving dt" : e.what()) << ")\n";
        return Usage;
    } catch (const core::InvalidParameter& e) {
        // "overlap_a: must be ..." names the model's field; say the option instead.
        const std::string text = e.what();
        const auto colon = text.find(':');
        err << "tx-analyze: "
            << (colon == std::string::npos
                    ? text
                    : optionOfParameter(text.substr(0, colon)) + text.substr(colon))
            << "\n";
        return Usage;
    } catch (const std::exception& e) {
        err << "tx-analyze: error: " << e.what() << "\n";
        return BadInput;
    }
}

} // namespace tx::app
