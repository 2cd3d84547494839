#include "app/AnalyzeOptions.h"

#include "core/PairCutoffText.h"
#include "core/SystemPresets.h"

#include <CLI/CLI.hpp>
#include <regex>

namespace tx::app {

const char* const kAnalyzeExamples = R"(Examples:
  # the bundled Kob-Andersen demo: q and r_c from S(q) and g(r), T_g/T_m presets for KA
  tx-analyze data/demo-ka --dt 0.005 --system ka --out results/
  # fixed q and r_c, T_c fitted over a chosen window, T_b with a 10 % threshold
  tx-analyze runs/ --q 7.25 --rc 1.4 --dt 0.005 --tc-window 0.6,1.0 --tb-delta 0.1 --out res/
  # one long trajectory per replica, cut into segments of 20000 timesteps, 2 threads
  tx-analyze runs/ --dt 0.005 --segment-steps 20000 --threads 2 --out res/
  # per type-pair cutoffs (LAMMPS types), a fixed MSD window, KWW-extrapolated tau
  tx-analyze runs/ --q 7.25 --rc 1.4 --rc-pair 1-2=1.3 --msd-window 50,400 --kww --out res/

Layout: ENSEMBLE/T<temp>/r<replica>/seg<k>.lammpstrj[.gz] (also .dump, .xyz, .extxyz),
or a manifest.json in ENSEMBLE (see README). Outputs in --out, each written atomically:
per_temperature.csv, correlators/T<temp>.csv, structure/sq.csv and gr.csv (when computed),
summary.json (every parameter, every fit window, the characteristic temperatures).
Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 cannot write output, 130 interrupted.)";

namespace {

std::optional<core::FitWindow> window(const std::vector<double>& v, const char* option) {
    if (v.empty())
        return std::nullopt;
    if (v.size() != 2 || !(v[0] < v[1]))
        throw CLI::ValidationError(option, "expected LOW,HIGH with LOW < HIGH");
    return core::FitWindow{v[0], v[1]};
}

void addWindow(CLI::App& app, const char* name, std::vector<double>& v, const char* help) {
    app.add_option(name, v, help)->delimiter(',')->expected(2);
}

} // namespace

void addAnalyzeOptions(CLI::App& app, AnalyzeOptions& o) {
    app.add_option("ensemble", o.ensemble, "ensemble folder or manifest.json")->required();
    app.add_option("--out,-o", o.outDir, "output folder")->required();
    app.add_option("--q", o.q, "wave number q of the SISFs (default: first peak of S(q))")
        ->check(CLI::PositiveNumber);
    app.add_option("--rc", o.rc, "nearest-neighbour cutoff r_c (default: first minimum of g(r))")
        ->check(CLI::PositiveNumber);
    app.add_option("--rc-pair", o.pairCutoffs,
                   "cutoff for one type pair, e.g. 1-2=1.3 (repeatable)");
    app.add_option("--species", o.species, "tau_alpha and D of this species (LAMMPS type) only")
        ->check(CLI::PositiveNumber);
    app.add_option("--pair", o.typePair, "tau_+ and tau_- of this type pair only, e.g. 1-1");
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
    addWindow(app, "--msd-window", o.msdWindow, "fixed time window START,END for D from the MSD");
    app.add_option("--min-msd", o.minMsd, "smallest MSD of the automatic diffusive window");
    app.add_flag("--kww", o.kww,
                 "where F never reaches 1/e, take tau from a KWW fit (flagged extrapolated)");
    app.add_flag("--structure", o.structure,
                 "compute S(q) and g(r) even when --q and --rc are given");
    app.add_option("--sq-qmax", o.structureQMax, "largest |q| of S(q)")->check(CLI::PositiveNumber);
    addWindow(app, "--tx-window", o.txWindow,
              "temperature window LOW,HIGH for T_x (minimum of gamma_tau)");
    addWindow(app, "--tc-window", o.tcWindow,
              "temperature window LOW,HIGH for the MCT fit (default: sliding)");
    app.add_option("--tc-sliding-width", o.tcSlidingWidth, "sliding MCT windows are [T_i, w T_i]");
    app.add_option("--tc-max-rms", o.tcMaxRms,
                   "largest rms of ln tau for a sliding MCT window to count");
    addWindow(app, "--tb-window", o.tbWindow, "high-T window LOW,HIGH of the Stokes-Einstein line");
    app.add_option("--tb-delta", o.tbDelta, "relative deviation from the SE line that defines T_b")
        ->check(CLI::PositiveNumber);
    app.add_option("--tg", o.tg, "glass transition temperature T_g");
    app.add_option("--tm", o.tm, "melting temperature T_m");
    app.add_option("--system", o.system, "T_g/T_m presets: ka, cuzr or al")
        ->check(CLI::IsMember({"ka", "cuzr", "al"}));
    app.add_flag("--xyz-wrapped", o.xyzWrapped,
                 "extended XYZ positions are wrapped: unwrap them by minimum-image jumps");
    app.add_flag("--dcd-unwrapped", o.dcdUnwrapped,
                 "DCD positions are unwrapped (LAMMPS dump_modify unwrap yes); default: wrapped");
    app.add_flag("--quiet", o.quiet, "no progress and no tables");
    app.footer(kAnalyzeExamples);
}

core::CorrelatorSettings correlatorSettings(const AnalyzeOptions& o, double q, double rc) {
    core::CorrelatorSettings s;
    s.q = q;
    s.cutoff = rc;
    s.originEverySteps = o.originEvery;
    for (const auto& spec : o.pairCutoffs) {
        const auto parsed = core::parsePairCutoffs(spec);
        if (!parsed.error.empty())
            throw CLI::ValidationError("--rc-pair", parsed.error);
        for (const auto& [pair, value] : parsed.cutoffs)
            s.typePairCutoffs[pair] = value;
    }
    return s;
}

core::AnalysisSettings analysisSettings(const AnalyzeOptions& o, double dt) {
    core::AnalysisSettings s;
    s.dt = dt;
    s.bootstrapResamples = o.bootstrap;
    s.bootstrapSeed = o.seed;
    s.diffusion.minMsd = o.minMsd;
    if (const auto w = window(o.msdWindow, "--msd-window")) {
        s.diffusion.windowStart = w->low;
        s.diffusion.windowEnd = w->high;
    }
    s.extrapolateWithKww = o.kww;
    s.species = o.species;
    if (!o.typePair.empty()) {
        static const std::regex pair(R"(^(\d+)-(\d+)$)");
        std::smatch m;
        if (!std::regex_match(o.typePair, m, pair))
            throw CLI::ValidationError("--pair",
                                       "expected A-B, e.g. 1-2, got '" + o.typePair + "'");
        s.typePair = std::pair{std::stoi(m[1]), std::stoi(m[2])};
    }
    return s;
}

core::SeriesSettings seriesSettings(const AnalyzeOptions& o) {
    core::SeriesSettings s;
    s.txWindow = window(o.txWindow, "--tx-window");
    s.tc.window = window(o.tcWindow, "--tc-window");
    s.tc.slidingWidth = o.tcSlidingWidth;
    s.tc.maxRmsLnTau = o.tcMaxRms;
    s.tb.lineWindow = window(o.tbWindow, "--tb-window");
    s.tb.delta = o.tbDelta;
    const auto temperatures = core::glassAndMelting(o.system, o.tg, o.tm);
    s.tg = temperatures.tg;
    s.tm = temperatures.tm;
    return s;
}

core::StructureSettings structureSettings(const AnalyzeOptions& o) {
    core::StructureSettings s;
    s.qMax = o.structureQMax;
    return s;
}

core::ReaderOptions readerOptions(const AnalyzeOptions& o) {
    core::ReaderOptions r;
    r.xyzPositionsWrapped = o.xyzWrapped;
    r.dcdPositionsWrapped = !o.dcdUnwrapped;
    return r;
}

} // namespace tx::app
