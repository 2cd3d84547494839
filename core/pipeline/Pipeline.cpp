#include "core/pipeline/Pipeline.h"

#include "core/fit/SystemPresets.h"
#include "core/io/InputError.h"
#include "core/model/Sentences.h"

#include <algorithm>

namespace tx::core {

const char* stageName(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Layout:
        return "Finding the trajectory files";
    case PipelineStage::Structure:
        return "Structure S(q), g(r)";
    case PipelineStage::Correlators:
        return "Reading and correlating";
    case PipelineStage::Averages:
        return "Averaging and bootstrap";
    case PipelineStage::Fits:
        return "Fitting";
    case PipelineStage::Done:
        break;
    }
    return "Done";
}

AnalysisSettings analysisSettingsOf(const AveragingParameters& a, double dt) {
    AnalysisSettings s;
    s.dt = dt;
    s.bootstrapResamples = a.bootstrap;
    s.bootstrapSeed = a.seed;
    s.diffusion.minMsd = a.minMsd;
    if (a.msdWindow) {
        s.diffusion.windowStart = a.msdWindow->low;
        s.diffusion.windowEnd = a.msdWindow->high;
    }
    s.extrapolateWithKww = a.kww;
    s.species = a.species;
    s.typePair = a.typePair;
    return s;
}

CorrelatorSettings correlatorSettingsOf(const ReadingParameters& r, double q, double rc) {
    CorrelatorSettings s;
    s.q = q;
    s.extraQ = r.extraQ;
    s.cutoff = rc;
    s.typePairCutoffs = r.pairCutoffs;
    s.originEverySteps = r.originEvery;
    s.overlapLength = r.overlapA;
    return s;
}

SeriesSettings seriesSettingsOf(const FitParameters& f) {
    SeriesSettings s;
    s.txWindow = f.txWindow;
    s.tc.window = f.tcWindow;
    s.tc.slidingWidth = f.tcSlidingWidth;
    s.tc.maxRmsLnTau = f.tcMaxRms;
    s.tb.lineWindow = f.tbWindow;
    s.tb.delta = f.tbDelta;
    const auto temperatures = glassAndMelting(f.system, f.tg, f.tm);
    s.tg = temperatures.tg;
    s.tm = temperatures.tm;
    s.tgFromPreset = s.tg && !f.tg;
    if (!f.thermoLog.empty()) { // the log's T_g replaces the preset's (tg and a log: invalid)
        if (s.tgFromPreset)
            s.replacedPresetTg = s.tg;
        s.tg.reset();
        s.tgFromPreset = false;
    }
    s.tmFromPreset = s.tm && !f.tm;
    if (const auto preset = findSystemPreset(f.system))
        s.presetName = preset->name;
    return s;
}

GlassTransitionSettings glassTransitionSettingsOf(const FitParameters& f,
                                                  const AveragingParameters& a) {
    GlassTransitionSettings s;
    s.quantity = f.tgQuantity;
    s.run = f.thermoRun;
    s.glassWindow = f.tgGlassWindow;
    s.liquidWindow = f.tgLiquidWindow;
    s.bootstrap = a.bootstrap;
    s.seed = a.seed;
    return s;
}

namespace {

void announce(const PipelineHooks& hooks, PipelineStage stage, const PipelineOutcome& out) {
    if (hooks.onStage)
        hooks.onStage(stage, out);
}

// q and r_c: the user's, or from S(q) and g(r) of the origin configurations.
void chooseQAndCutoff(PipelineOutcome& out) {
    const ReadingParameters& r = out.parameters.reading;
    const auto& s = out.structure;
    if (r.q) {
        out.correlator.q = *r.q;
    } else if (s && s->qMax) {
        out.correlator.q = *s->qMax;
        out.qSource = say(sentence::kFirstPeak, {s->qBasis});
    } else {
        throw InputError(r.ensemble, 0, say(sentence::kNoPeak));
    }
    if (r.rc) {
        out.correlator.cutoff = *r.rc;
    } else if (s && s->firstMinimum) {
        out.correlator.cutoff = *s->firstMinimum;
        out.rcSource = say(sentence::kFirstMinimum);
    } else {
        throw InputError(r.ensemble, 0, say(sentence::kNoFirstMinimum));
    }
}

double resolveDt(const PipelineOutcome& out) {
    if (out.parameters.averaging.dt)
        return *out.parameters.averaging.dt;
    if (out.layout.dt)
        return *out.layout.dt;
    throw MissingParameter("dt", sentence::kDtRequired);
}

std::optional<TemperatureSums> included(const TemperatureSums& t, const AveragingParameters& a);
void readThermoLogOnce(PipelineOutcome& out);
void fitSeries(PipelineOutcome& out);

// The species and type pair chosen for tau_alpha, D and tau_+/- must occur in the files: an
// InvalidParameter naming the parameter's key (the CLI says its option, the panel its field).
void checkSpeciesChoice(const AveragingParameters& a, const TypeSet& types) {
    std::string present;
    for (const int t : types.types())
        present += (present.empty() ? "" : ", ") + std::to_string(t);
    if (a.species && types.indexOf(*a.species) < 0)
        throw InvalidParameter(
            say(sentence::kSpeciesAbsent, {std::to_string(*a.species), present}));
    if (a.typePair &&
        (types.indexOf(a.typePair->first) < 0 || types.indexOf(a.typePair->second) < 0))
        throw InvalidParameter(
            say(sentence::kTypePairAbsent,
                {std::to_string(a.typePair->first), std::to_string(a.typePair->second), present}));
}

// What the workbench draws while the other temperatures are still being read: this
// temperature's results beside those before, and the fits once there are three. The
// results are kept in `analysed` for average().
class InterimResults {
public:
    InterimResults(const PipelineOutcome& out, const PipelineHooks& hooks,
                   std::vector<TemperatureResult>& analysed)
        : m_out(out), m_hooks(hooks), m_analysed(analysed),
          m_settings(analysisSettingsOf(out.parameters.averaging, out.dt)) {}

    void operator()(const TemperatureSums& sums) {
        const auto kept = included(sums, m_out.parameters.averaging);
        if (!kept)
            return;
        for (const auto& replica : kept->replicas)
            for (const auto& segment : replica.segments)
                checkSpeciesChoice(m_out.parameters.averaging, segment.types);
        m_analysed.push_back(analyseTemperature(*kept, m_settings, nullptr));
        PipelineOutcome interim = m_out; // the layout, structure, q and r_c; no sums yet
        interim.results = m_analysed;
        std::sort(interim.results.begin(), interim.results.end(),
                  [](const auto& a, const auto& b) { return a.temperature < b.temperature; });
        interim.series = seriesData(interim.results);
        for (const auto& replica : sums.replicas)
            mergeUnits(interim.units, replica.segments.front().units);
        if (interim.results.size() >= 3) {
            try {
                fitSeries(interim);
            } catch (const std::exception&) {
                // the final outcome reports it
            }
        }
        m_hooks.onResults(interim);
    }

private:
    const PipelineOutcome& m_out;
    const PipelineHooks& m_hooks;
    std::vector<TemperatureResult>& m_analysed;
    AnalysisSettings m_settings;
};

void readTrajectories(PipelineOutcome& out, Progress& progress, const PipelineHooks& hooks,
                      std::vector<TemperatureResult>& analysed) {
    const ReadingParameters& r = out.parameters.reading;
    out.layout = discoverEnsemble(r.ensemble, r.segmentSteps);
    out.dt = resolveDt(out); // a missing dt is found before any trajectory is read
    announce(hooks, PipelineStage::Structure, out);
    if (r.needsStructure()) {
        StructureSettings structure;
        structure.qMax = r.structureQMax;
        const TypeSet types = ensembleTypes(out.layout, r.readers, hooks.skipBadFiles);
        // Only what q and r_c need, unless the whole S(q) and g(r) were asked for.
        out.structure = r.structure
                            ? computeEnsembleStructure(out.layout, types, structure, r.readers,
                                                       &progress, hooks.skipBadFiles)
                            : computeStructureForQAndCutoff(out.layout, types, structure, r.readers,
                                                            &progress, hooks.skipBadFiles);
    }
    chooseQAndCutoff(out);
    out.correlator = correlatorSettingsOf(r, out.correlator.q, out.correlator.cutoff);
    announce(hooks, PipelineStage::Correlators, out);
    TemperatureDone onTemperature;
    if (hooks.onResults) {
        readThermoLogOnce(out); // once, for every interim fit
        onTemperature = InterimResults(out, hooks, analysed);
    }
    EnsembleSums sums = hooks.computeSums
                            ? hooks.computeSums(out.layout, out.correlator, r.readers, &progress)
                            : computeEnsembleSums(out.layout, out.correlator, r.readers, &progress,
                                                  hooks.skipBadFiles, onTemperature);
    out.sums = std::make_shared<const EnsembleSums>(std::move(sums));
}

// The temperature's sums without the excluded replicas (copies sums, never reads files).
std::optional<TemperatureSums> included(const TemperatureSums& t, const AveragingParameters& a) {
    if (a.excludedTemperatures.count(t.label))
        return std::nullopt;
    TemperatureSums out{t.temperature, t.label, {}};
    for (const auto& r : t.replicas)
        if (!a.excludedReplicas.count(t.label + "/" + r.label))
            out.replicas.push_back(r);
    if (out.replicas.empty())
        return std::nullopt;
    return out;
}

// The files' units, completed by the parameters' or the manifest's where the files say
// nothing; a file that says otherwise than the user is refused, naming the file.
Units resolveUnits(const PipelineOutcome& out) {
    Units units = out.sums->units;
    const bool fromParameters = !out.parameters.averaging.units.empty();
    const std::string& text = fromParameters ? out.parameters.averaging.units : out.layout.units;
    if (text.empty())
        return units;
    const Units declared = parseUnits(text); // checked by invalidParameter / the manifest
    if (!mergeUnits(units, declared))
        throw InputError(
            out.sums->unitsFile, 0,
            say(fromParameters ? sentence::kUnitsParameterDiffers : sentence::kManifestUnitsDiffer,
                {describeUnits(out.sums->units), text, describeUnits(declared)}));
    return units;
}

// Each included temperature's results; those already analysed while the files were read
// (the same sums, the same settings) are taken as they are.
void average(PipelineOutcome& out, Progress& progress,
             std::vector<TemperatureResult> analysed = {}) {
    out.dt = resolveDt(out);
    out.units = resolveUnits(out);
    const AnalysisSettings analysis = analysisSettingsOf(out.parameters.averaging, out.dt);
    checkSpeciesChoice(out.parameters.averaging, out.sums->types);
    out.results.clear();
    for (const auto& t : out.sums->temperatures) {
        const auto kept = included(t, out.parameters.averaging);
        if (!kept)
            continue;
        const auto earlier = std::find_if(analysed.begin(), analysed.end(),
                                          [&](const auto& r) { return r.label == t.label; });
        out.results.push_back(earlier != analysed.end()
                                  ? std::move(*earlier)
                                  : analyseTemperature(*kept, analysis, &progress));
    }
    out.series = seriesData(out.results);
}

// The log is read once and kept while its path stays the same (window drags refit only).
void readThermoLogOnce(PipelineOutcome& out) {
    const std::string& path = out.parameters.fits.thermoLog;
    if (path.empty())
        out.thermoLog.reset();
    else if (!out.thermoLog || out.thermoLog->path != path)
        out.thermoLog = std::make_shared<const ThermoLog>(readThermoLog(path));
}

// The fits over T, their flags, and where to simulate next; T_g from the cooling log first,
// since the path classification uses it.
void fitSeries(PipelineOutcome& out) {
    SeriesSettings settings = seriesSettingsOf(out.parameters.fits);
    readThermoLogOnce(out);
    if (out.thermoLog) {
        settings.glassTransition = estimateGlassTransition(
            *out.thermoLog,
            glassTransitionSettingsOf(out.parameters.fits, out.parameters.averaging));
        if (settings.glassTransition->fit.ok)
            settings.tg = settings.glassTransition->fit.tg;
    }
    out.characteristic = analyseSeries(out.series, settings);
    out.suggestions = suggestSimulations(out.series, out.characteristic, out.dt);
}

} // namespace

std::shared_ptr<PipelineOutcome> runPipeline(const AnalysisParameters& parameters,
                                             const PipelineOutcome* previous, Progress& progress,
                                             const PipelineHooks& hooks) {
    if (const std::string problem = invalidParameter(parameters); !problem.empty())
        throw InvalidParameter(problem);
    const Recompute what = previous && previous->sums
                               ? recomputeNeeded(previous->parameters, parameters)
                               : Recompute::Trajectories;
    const bool fromFiles = what == Recompute::Trajectories;
    auto out = fromFiles ? std::make_shared<PipelineOutcome>()
                         : std::make_shared<PipelineOutcome>(*previous);
    out->parameters = parameters;
    std::vector<TemperatureResult> analysed; // while reading, for hooks.onResults
    if (fromFiles) {
        announce(hooks, PipelineStage::Layout, *out);
        readTrajectories(*out, progress, hooks, analysed);
    }
    if (fromFiles || what == Recompute::Averages) {
        announce(hooks, PipelineStage::Averages, *out);
        average(*out, progress, std::move(analysed));
    }
    announce(hooks, PipelineStage::Fits, *out);
    fitSeries(*out);
    announce(hooks, PipelineStage::Done, *out);
    return out;
}

std::shared_ptr<PipelineOutcome> analyseKeptSums(const AnalysisParameters& parameters,
                                                 PipelineOutcome kept, Progress& progress) {
    if (const std::string problem = invalidParameter(parameters); !problem.empty())
        throw InvalidParameter(problem);
    auto out = std::make_shared<PipelineOutcome>(std::move(kept));
    out->parameters = parameters;
    average(*out, progress);
    fitSeries(*out);
    return out;
}

std::vector<std::string> PipelineOutcome::warnings() const {
    std::vector<std::string> out;
    if (sums)
        out = sums->warnings;
    for (std::string& w : pairRelaxationWarnings(results))
        out.push_back(std::move(w));
    return out;
}

RunDescription PipelineOutcome::runDescription(int threads, int processes) const {
    RunDescription run;
    run.ensemble = layout.root;
    run.parameters = parameters;
    run.correlator = correlator;
    run.analysis = analysisSettingsOf(parameters.averaging, dt);
    run.threads = threads;
    run.processes = processes;
    run.warnings = warnings();
    run.qSource = qSource;
    run.cutoffSource = rcSource;
    run.structure = structure;
    run.series = seriesSettingsOf(parameters.fits);
    run.characteristic = characteristic;
    run.units = units;
    run.suggestions = suggestions;
    if (sums)
        run.atoms = sums->commonAtomCount();
    return run;
}

void writeOutcome(const std::string& outDir, const PipelineOutcome& outcome, int threads,
                  int processes) {
    writeResults(outDir, outcome.results, outcome.runDescription(threads, processes));
}

} // namespace tx::core
