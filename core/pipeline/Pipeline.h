#pragma once
// The one analysis pipeline. Every front end (tx-analyze, tx-analyze-mpi, the workbench and
// its exports) hands it AnalysisParameters and gets a PipelineOutcome back; none sequences
// the core's stages itself. The stages:
//   layout -> S(q), g(r) (when q or r_c is automatic) -> q, r_c -> correlator sums of every
//   trajectory -> per-temperature averages, tau, D, bootstrap -> fits over T.
// Given the previous outcome, only what the parameter change requires is redone
// (recomputeNeeded): the trajectories are read again, the kept sums re-averaged, or only
// the fits redone.
#include "core/correlate/EnsembleSums.h"
#include "core/fit/SimulationAdvice.h"
#include "core/fit/TemperatureSeries.h"
#include "core/model/EnsembleLayout.h"
#include "core/model/Sentences.h"
#include "core/output/ResultFiles.h"
#include "core/pipeline/AnalysisParameters.h"
#include "core/structure/EnsembleStructure.h"

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace tx::core {

// A parameter that the run needs and nobody gave (for example dt without a manifest): the
// front end names it in its own words (the CLI's option, the panel's field).
class MissingParameter : public std::runtime_error {
public:
    MissingParameter(std::string key, const std::string& why)
        : std::runtime_error(why), m_key(std::move(key)) {}
    const std::string& key() const { return m_key; }

private:
    std::string m_key;
};

// A parameter value that cannot be used (NaN, a window with low >= high, ...).
class InvalidParameter : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class PipelineStage { Layout, Structure, Correlators, Averages, Fits, Done };
const char* stageName(PipelineStage stage); // English, for progress labels and logs

// What one run produced; immutable once handed out.
struct PipelineOutcome {
    AnalysisParameters parameters; // what every number below was computed with
    EnsembleLayout layout;
    std::optional<EnsembleStructure> structure;
    CorrelatorSettings correlator; // q, r_c (resolved), pair cutoffs, origins, overlap length
    std::string qSource = sentence::kUser, rcSource = sentence::kUser;
    double dt = 0.0; // resolved: the parameters' or the manifest's
    Units units;     // resolved: the files', else the parameters' or the manifest's
    std::shared_ptr<const EnsembleSums> sums; // shared between re-averagings
    std::vector<TemperatureResult> results;   // included temperatures, ascending
    SeriesData series;
    CharacteristicTemperatures characteristic;
    std::shared_ptr<const ThermoLog> thermoLog;    // as read for parameters.fits.thermoLog
    std::vector<SimulationSuggestion> suggestions; // where to simulate next (model-based)

    // What the user is warned of: the readers' and correlators' (sums), then the results'
    // (pairRelaxationWarnings).
    std::vector<std::string> warnings() const;

    // What the writers need: threads and processes are the front end's to fill in.
    RunDescription runDescription(int threads, int processes = 1) const;
};

// How a front end takes part in a run.
struct PipelineHooks {
    // Called as each stage starts, with what is known so far (the layout from Structure on,
    // q and r_c from Correlators on). Runs on the pipeline's thread.
    std::function<void(PipelineStage, const PipelineOutcome&)> onStage;
    // Called as each temperature's files are all correlated (in the order they finish),
    // with what is known so far: that temperature's results beside the earlier ones
    // (ascending in T) and, from three temperatures on, the fits over them. Runs on the
    // pipeline's thread; the final outcome holds the same results (they are not computed
    // twice). Not called where computeSums is set, nor when only averages or fits change.
    std::function<void(const PipelineOutcome&)> onResults;
    // The workbench lists unreadable files and goes on; the CLI stops at the first.
    bool skipBadFiles = false;
    // Where the correlator sums come from: empty means this process (tx-analyze-mpi shares
    // the files out over its ranks instead).
    std::function<EnsembleSums(const EnsembleLayout&, const CorrelatorSettings&,
                               const ReaderOptions&, Progress*)>
        computeSums;
};

// Runs what `parameters` need beyond `previous` (nullptr: everything). Throws InputError
// (file and line), MissingParameter, InvalidParameter or Cancelled.
std::shared_ptr<PipelineOutcome> runPipeline(const AnalysisParameters& parameters,
                                             const PipelineOutcome* previous, Progress& progress,
                                             const PipelineHooks& hooks = {});

// Averages and fits from sums kept earlier (a session's cache): `kept` holds the layout, the
// structure, q and r_c and the sums that were computed with parameters.reading.
std::shared_ptr<PipelineOutcome> analyseKeptSums(const AnalysisParameters& parameters,
                                                 PipelineOutcome kept, Progress& progress);

// The analysis settings of each stage, derived from the one parameter model (q and r_c as
// resolved: the user's, or from S(q) and g(r)).
CorrelatorSettings correlatorSettingsOf(const ReadingParameters& r, double q, double rc);
AnalysisSettings analysisSettingsOf(const AveragingParameters& a, double dt);
// T_g from a cooling log is not among these: the pipeline reads the log and fits it.
SeriesSettings seriesSettingsOf(const FitParameters& f);
GlassTransitionSettings glassTransitionSettingsOf(const FitParameters& f,
                                                  const AveragingParameters& a);

// Writes every output file of the outcome into outDir (see ResultFiles.h).
void writeOutcome(const std::string& outDir, const PipelineOutcome& outcome, int threads,
                  int processes = 1);

} // namespace tx::core
