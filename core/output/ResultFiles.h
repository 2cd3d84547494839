#pragma once
// The analysis results as text: per_temperature.csv, correlators/T<label>.csv and
// summary.json (science §3 quantities with their bootstrap errors and every setting used).
#include "core/analysis/TemperatureAnalysis.h"
#include "core/correlate/SegmentCorrelator.h"
#include "core/fit/SimulationAdvice.h"
#include "core/fit/TemperatureSeries.h"
#include "core/model/Units.h"
#include "core/pipeline/AnalysisParameters.h"
#include "core/structure/EnsembleStructure.h"

#include <optional>

#include <string>
#include <vector>

namespace tx::core {

struct RunDescription {
    std::string ensemble;
    AnalysisParameters parameters; // as the user gave them (summary.json "settings")
    CorrelatorSettings correlator;
    AnalysisSettings analysis;
    int threads = 0;
    int processes = 1; // MPI ranks (tx-analyze-mpi)
    std::vector<std::string> warnings;
    std::string qSource = "user", cutoffSource = "user"; // or what they were derived from
    std::optional<EnsembleStructure> structure;
    SeriesSettings series;
    std::optional<CharacteristicTemperatures> characteristic;
    Units units;                                   // summary.json "length_unit", "time_unit"
    std::vector<SimulationSuggestion> suggestions; // summary.json "suggestions"
    std::size_t atoms = 0; // atoms per configuration when the same everywhere, else 0
};

std::string perTemperatureCsv(const std::vector<TemperatureResult>& results);
std::string correlatorCsv(const TemperatureResult& result);
std::string structureFactorCsv(const Structure& s);
std::string radialDistributionCsv(const Structure& s);
std::string summaryJson(const std::vector<TemperatureResult>& results, const RunDescription& run);

// Writes the outputs (plus structure/sq.csv and structure/gr.csv when computed) into outDir
// (created if needed), each file atomically, all text rendered before the first file is touched.
void writeResults(const std::string& outDir, const std::vector<TemperatureResult>& results,
                  const RunDescription& run);

} // namespace tx::core
