#include "app/AnalyzeOptions.h"

#include "core/fit/GlassTransitionFit.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/PairCutoffText.h"
#include "core/model/Units.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
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
  # T_g from the volume of a LAMMPS cooling run instead of the preset
  tx-analyze data/demo-ka --dt 0.005 --system ka --thermo-log data/demo-ka/cooling.log --out res/

Layout: ENSEMBLE/T<temp>/r<replica>/seg<k>.lammpstrj[.gz] (or any format below),
or a manifest.json in ENSEMBLE (see README). Outputs in --out, each written atomically:
per_temperature.csv, correlators/T<temp>.csv, structure/sq.csv and gr.csv (when computed),
summary.json (every parameter, every fit window, the characteristic temperatures).
Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 cannot write output, 130 interrupted.)";

const char* const kRunOnlyOptions[3] = {"--out", "--threads", "--quiet"};

std::string optionOfParameter(const std::string& key) {
    if (key == "rc_type_pairs")
        return "--rc-pair";
    if (key == "type_pair")
        return "--pair";
    if (key == "q_extra") // the q after the first in --q Q1,Q2,...
        return "--q";
    std::string option = "--" + key;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

namespace {

// Plain messages ("--q: must be a positive number, got 'nan'") instead of CLI11's range text,
// whose bound is a 300-digit number, and NaN or infinity refused before they reach a fit.
const CLI::Validator kPositive(
    [](std::string& text) -> std::string {
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == text.size() && std::isfinite(value) && value > 0)
            return {};
        return "must be a positive number, got '" + text + "'";
    },
    "POSITIVE");
const CLI::Validator kNonNegativeInteger(
    [](std::string& text) -> std::string {
        std::size_t used = 0;
        long long value = -1;
        try {
            value = std::stoll(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == text.size() && value >= 0)
            return {};
        return "must be a whole number of at least 0, got '" + text + "'";
    },
    "INTEGER>=0");

// A temperature or time window LOW,HIGH, checked as it is parsed.
void addWindow(CLI::App& app, const std::string& name, std::optional<core::FitWindow>& into,
               const char* help) {
    app.add_option_function<std::vector<double>>(
           name,
           [&into, name](const std::vector<double>& v) {
               if (v.size() != 2 || !(v[0] < v[1]))
                   throw CLI::ValidationError(name, "expected LOW,HIGH with LOW < HIGH");
               into = core::FitWindow{v[0], v[1]};
           },
           help)
        ->delimiter(',')
        ->expected(2);
}

} // namespace

void addAnalyzeOptions(CLI::App& app, AnalyzeOptions& o) {
    core::ReadingParameters& r = o.parameters.reading;
    core::AveragingParameters& a = o.parameters.averaging;
    core::FitParameters& f = o.parameters.fits;
    app.add_option("ensemble", r.ensemble, "ensemble folder or manifest.json")->required();
    app.add_option("--out,-o", o.outDir, "output folder")->required();
    app.add_option_function<std::string>(
        "--q",
        [&r](const std::string& list) {
            // One argument, split here: an option taking several would also take the ensemble
            // after it (tx-analyze --q 7.25 runs/). The first q sets tau, gamma_tau and the fits
            // ("auto": the first peak of S(q)); the others add the dispersion. How many one
            // pass takes is checked with the other parameters (invalidParameter).
            std::vector<double> qs;
            bool automatic = false;
            std::size_t from = 0;
            for (bool first = true; from <= list.size(); first = false) {
                const std::size_t comma = std::min(list.find(',', from), list.size());
                std::string v = list.substr(from, comma - from);
                from = comma + 1;
                if (first && v == "auto") {
                    automatic = true;
                    continue;
                }
                if (const std::string problem = kPositive(v); !problem.empty())
                    throw CLI::ValidationError("--q", problem);
                qs.push_back(std::stod(v));
            }
            r.q = automatic ? std::nullopt : std::optional(qs.front());
            r.extraQ.assign(qs.begin() + (automatic ? 0 : 1), qs.end());
        },
        "wave number q of the SISFs (default: first peak of S(q)); Q1,Q2,... (or "
        "auto,Q2,...) adds tau and gamma_tau at each further q from the same pass (the "
        "dispersion)");
    app.add_option("--rc", r.rc, "nearest-neighbour cutoff r_c (default: first minimum of g(r))")
        ->check(kPositive);
    app.add_option_function<std::vector<std::string>>(
        "--rc-pair",
        [&r](const std::vector<std::string>& specs) {
            for (const auto& spec : specs) {
                const auto parsed = core::parsePairCutoffs(spec);
                if (!parsed.error.empty())
                    throw CLI::ValidationError("--rc-pair", parsed.error);
                for (const auto& [pair, value] : parsed.cutoffs)
                    r.pairCutoffs[pair] = value;
            }
        },
        "cutoff for one type pair, e.g. 1-2=1.3 (repeatable)");
    app.add_option("--overlap-a", r.overlapA,
                   "length a of the overlap function Q(t) = <Theta(a - |dr_i|)> (default 0.3)")
        ->check(kPositive);
    app.add_option("--species", a.species, "tau_alpha and D of this species (LAMMPS type) only")
        ->check(kPositive);
    app.add_option_function<std::string>(
        "--pair",
        [&a](const std::string& text) {
            static const std::regex pair(R"(^(\d+)-(\d+)$)");
            std::smatch m;
            if (!std::regex_match(text, m, pair))
                throw CLI::ValidationError("--pair", "expected A-B, e.g. 1-2, got '" + text + "'");
            a.typePair = std::pair{std::stoi(m[1]), std::stoi(m[2])};
        },
        "tau_+ and tau_- of this type pair only, e.g. 1-1");
    app.add_option_function<std::string>(
        "--units",
        [&a](const std::string& text) {
            if (const std::string problem = core::unitsProblem(text); !problem.empty())
                throw CLI::ValidationError("--units", problem);
            a.units = text;
        },
        "length and time units where the files say none: a LAMMPS unit style (lj, real, "
        "metal, ...) or LENGTH,TIME such as nm,ps; a file that says otherwise is an error");
    app.add_option("--dt", a.dt, "MD timestep in time units (required unless the manifest has dt)")
        ->check(kPositive);
    app.add_option("--segment-steps", r.segmentSteps,
                   "cut a replica's single long trajectory into segments of this many timesteps")
        ->check(kPositive);
    app.add_option("--origin-every", r.originEvery,
                   "extra time origins every this many timesteps inside a segment (linear frames)")
        ->check(kNonNegativeInteger);
    app.add_option("--threads", o.threads, "worker threads (default: all cores)")
        ->check(kNonNegativeInteger);
    app.add_option("--bootstrap", a.bootstrap, "bootstrap resamples for the errors")
        ->check(kNonNegativeInteger);
    app.add_option("--seed", a.seed, "bootstrap random seed (results are reproducible)");
    addWindow(app, "--msd-window", a.msdWindow, "fixed time window START,END for D from the MSD");
    app.add_option("--min-msd", a.minMsd, "smallest MSD of the automatic diffusive window");
    app.add_flag("--kww", a.kww,
                 "where F never reaches 1/e, take tau from a KWW fit (flagged extrapolated)");
    app.add_flag("--structure", r.structure,
                 "the whole S(q) (to --sq-qmax) and g(r) (to half the box), also when --q "
                 "and --rc are given (automatic q and r_c alone sum only what they need)");
    app.add_option("--sq-qmax", r.structureQMax, "largest |q| of S(q)")->check(kPositive);
    addWindow(app, "--tx-window", f.txWindow,
              "temperature window LOW,HIGH for T_x (minimum of gamma_tau)");
    addWindow(app, "--tc-window", f.tcWindow,
              "temperature window LOW,HIGH for the MCT fit (default: sliding)");
    app.add_option("--tc-sliding-width", f.tcSlidingWidth, "sliding MCT windows are [T_i, w T_i]");
    app.add_option("--tc-max-rms", f.tcMaxRms,
                   "largest rms of ln tau for a sliding MCT window to count")
        ->check(kPositive);
    addWindow(app, "--tb-window", f.tbWindow, "high-T window LOW,HIGH of the Stokes-Einstein line");
    app.add_option("--tb-delta", f.tbDelta, "relative deviation from the SE line that defines T_b")
        ->check(kPositive);
    app.add_option("--tg", f.tg, "glass transition temperature T_g")->check(kPositive);
    app.add_option("--tm", f.tm, "melting temperature T_m")->check(kPositive);
    app.add_option("--system", f.system, "T_g/T_m presets: ka, cuzr or al")
        ->check(CLI::IsMember({"ka", "cuzr", "al"}));
    auto* thermoLog =
        app.add_option("--thermo-log", f.thermoLog,
                       "LAMMPS log of a cooling run: T_g where straight lines through the liquid "
                       "and glass branches cross (replaces the preset's T_g)");
    app.get_option("--tg")->excludes(thermoLog);
    std::vector<std::string> quantities;
    for (const core::ThermoQuantity& q : core::thermoQuantities())
        quantities.emplace_back(q.key);
    app.add_option("--tg-quantity", f.tgQuantity,
                   "what the T_g fit reads from the log (default: the first the log has)")
        ->check(CLI::IsMember(quantities));
    app.add_option("--thermo-run", f.thermoRun,
                   "which run of the log (1 = the first with thermo output; default: the run "
                   "in which the temperature changes most)")
        ->check(CLI::PositiveNumber);
    addWindow(app, "--tg-glass-window", f.tgGlassWindow,
              "temperature window LOW,HIGH of the glass line (default: automatic)");
    addWindow(app, "--tg-liquid-window", f.tgLiquidWindow,
              "temperature window LOW,HIGH of the liquid line (default: automatic)");
    app.add_flag("--xyz-wrapped", r.readers.xyzPositionsWrapped,
                 "extended XYZ positions are wrapped: unwrap them by minimum-image jumps");
    app.add_flag_callback(
        "--dcd-unwrapped", [&r] { r.readers.dcdPositionsWrapped = false; },
        "DCD positions are unwrapped (LAMMPS dump_modify unwrap yes); default: wrapped");
    app.add_flag("--quiet", o.quiet, "no progress and no tables");
    app.footer(std::string(kAnalyzeExamples) + "\n\nTrajectory formats (by file name):\n" +
               core::trajectoryFormatsHelp());
}

} // namespace tx::app
