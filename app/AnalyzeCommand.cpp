#include "app/AnalyzeCommand.h"

#include "app/ProgressTicker.h"
#include "app/ResultTable.h"
#include "core/EnsembleLayout.h"
#include "core/EnsembleSums.h"
#include "core/InputError.h"
#include "core/ResultTables.h"

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <ostream>
#include <regex>
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

struct Options {
    std::string ensemble;
    std::string outDir;
    double q = 0.0;
    double rc = 0.0;
    std::vector<std::string> pairCutoffs;
    std::optional<double> dt;
    std::optional<std::int64_t> segmentSteps;
    std::int64_t originEvery = 0;
    int threads = 0;
    int bootstrap = 200;
    std::uint64_t seed = 12345;
    std::vector<double> msdWindow;
    double minMsd = 1.0;
    bool xyzWrapped = false;
    bool quiet = false;
};

const char* kExamples = R"(Examples:
  # the bundled Kob-Andersen demo ensemble (LJ units, dt = 0.005)
  tx-analyze data/demo-ka --q 7.25 --rc 1.4 --dt 0.005 --out results/
  # one long trajectory per replica, cut into segments of 20000 timesteps, 2 threads
  tx-analyze runs/ --q 7.25 --rc 1.4 --dt 0.005 --segment-steps 20000 --threads 2 --out res/
  # per type-pair cutoffs (LAMMPS types) and a fixed MSD window for D
  tx-analyze runs/ --q 7.25 --rc 1.4 --rc-pair 1-2=1.3 --rc-pair 2-2=1.1 --msd-window 50,400 --out res/

Layout: ENSEMBLE/T<temp>/r<replica>/seg<k>.lammpstrj[.gz] (also .dump, .xyz, .extxyz),
or a manifest.json in ENSEMBLE (see README). Outputs: per_temperature.csv,
correlators/T<temp>.csv and summary.json in --out, each written atomically.
Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 cannot write output, 130 interrupted.)";

void addOptions(CLI::App& app, Options& o) {
    app.add_option("ensemble", o.ensemble, "ensemble folder or manifest.json")->required();
    app.add_option("--out,-o", o.outDir, "output folder")->required();
    app.add_option("--q", o.q, "wave number q of the SISFs (e.g. 7.25 for KA in sigma^-1)")
        ->required()
        ->check(CLI::PositiveNumber);
    app.add_option("--rc", o.rc, "nearest-neighbour cutoff r_c (first minimum of g(r))")
        ->required()
        ->check(CLI::PositiveNumber);
    app.add_option("--rc-pair", o.pairCutoffs,
                   "cutoff for one type pair, e.g. 1-2=1.3 (repeatable)");
    app.add_option("--dt", o.dt, "MD timestep in time units (required unless the manifest has dt)")
        ->check(CLI::PositiveNumber);
    app.add_option("--segment-steps", o.segmentSteps,
                   "cut a replica's single long trajectory into segments of this many timesteps")
        ->check(CLI::PositiveNumber);
    app.add_option("--origin-every", o.originEvery,
                   "extra time origins every this many timesteps inside a segment (linear frames)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--threads", o.threads, "worker threads (default: all cores)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--bootstrap", o.bootstrap, "bootstrap resamples for the errors")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--seed", o.seed, "bootstrap random seed (results are reproducible)");
    app.add_option("--msd-window", o.msdWindow, "fixed time window START,END for D from the MSD")
        ->delimiter(',')
        ->expected(2);
    app.add_option("--min-msd", o.minMsd, "smallest MSD of the automatic diffusive window");
    app.add_flag("--xyz-wrapped", o.xyzWrapped,
                 "extended XYZ positions are wrapped: unwrap them by minimum-image jumps");
    app.add_flag("--quiet", o.quiet, "no progress and no table");
    app.footer(kExamples);
}

std::map<std::pair<int, int>, double> parsePairCutoffs(const std::vector<std::string>& specs) {
    static const std::regex pattern(R"(^(\d+)-(\d+)=([0-9.eE+-]+)$)");
    std::map<std::pair<int, int>, double> out;
    for (const auto& s : specs) {
        std::smatch m;
        if (!std::regex_match(s, m, pattern))
            throw CLI::ValidationError("--rc-pair", "expected A-B=VALUE, got '" + s + "'");
        int a = std::stoi(m[1]), b = std::stoi(m[2]);
        if (a > b)
            std::swap(a, b);
        out[{a, b}] = std::stod(m[3]);
    }
    return out;
}

int analyse(const Options& o, std::ostream& out, std::ostream& err) {
    core::EnsembleLayout layout = core::discoverEnsemble(o.ensemble, o.segmentSteps);
    core::CorrelatorSettings correlator;
    correlator.q = o.q;
    correlator.cutoff = o.rc;
    correlator.typePairCutoffs = parsePairCutoffs(o.pairCutoffs);
    correlator.originEverySteps = o.originEvery;
    core::AnalysisSettings analysis;
    if (!o.dt && !layout.dt) {
        err << "tx-analyze: --dt is required (the ensemble has no manifest giving dt)\n";
        return Usage;
    }
    analysis.dt = o.dt ? *o.dt : *layout.dt;
    analysis.bootstrapResamples = o.bootstrap;
    analysis.bootstrapSeed = o.seed;
    analysis.diffusion.minMsd = o.minMsd;
    if (o.msdWindow.size() == 2) {
        analysis.diffusion.windowStart = o.msdWindow[0];
        analysis.diffusion.windowEnd = o.msdWindow[1];
    }
    core::ReaderOptions readers;
    readers.xyzPositionsWrapped = o.xyzWrapped;

    if (!o.quiet)
        err << "ensemble " << layout.root << ": " << layout.temperatures.size() << " temperatures, "
            << layout.segmentCountHint() << " trajectory files\n";
    core::Progress progress;
    g_interruptTarget.store(&progress);
    core::EnsembleSums sums;
    {
        std::optional<ProgressTicker> ticker;
        if (!o.quiet)
            ticker.emplace(progress, err, ::isatty(STDERR_FILENO) != 0, "reading and correlating");
        sums = core::computeEnsembleSums(layout, correlator, readers, &progress);
    }
    std::vector<core::TemperatureResult> results;
    for (const auto& t : sums.temperatures)
        results.push_back(core::analyseTemperature(t, analysis, &progress));
    g_interruptTarget.store(nullptr);

    core::RunDescription run{layout.root, correlator, analysis,
                             o.threads > 0 ? o.threads : tbb::info::default_concurrency(),
                             sums.warnings};
    for (const auto& w : sums.warnings)
        err << "warning: " << w << "\n";
    try {
        core::writeResults(o.outDir, results, run);
    } catch (const std::exception& e) {
        err << "tx-analyze: " << e.what() << "\n";
        return OutputFailed;
    }
    if (!o.quiet)
        out << formatResultTable(results) << "results written to " << o.outDir << "\n";
    return Ok;
}

} // namespace

int runAnalyze(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"tx-analyze: time correlators F_s, F_+, F_-, MSD and relaxation times "
                 "tau_alpha, tau_+, tau_-, gamma_tau = tau_+/tau_- and D of an MD ensemble",
                 "tx-analyze"};
    Options o;
    addOptions(app, o);
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
        return analyse(o, out, err);
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
