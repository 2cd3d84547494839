#pragma once
// The analysis results as text: per_temperature.csv, correlators/T<label>.csv and
// summary.json (SPEC §3 quantities with their bootstrap errors and every setting used).
#include "core/SegmentCorrelator.h"
#include "core/TemperatureAnalysis.h"

#include <string>
#include <vector>

namespace tx::core {

struct RunDescription {
    std::string ensemble;
    CorrelatorSettings correlator;
    AnalysisSettings analysis;
    int threads = 0;
    std::vector<std::string> warnings;
};

std::string perTemperatureCsv(const std::vector<TemperatureResult>& results);
std::string correlatorCsv(const TemperatureResult& result);
std::string summaryJson(const std::vector<TemperatureResult>& results, const RunDescription& run);

// Writes the three kinds of output into outDir (created if needed), each file atomically, all
// text rendered before the first file is touched.
void writeResults(const std::string& outDir, const std::vector<TemperatureResult>& results,
                  const RunDescription& run);

} // namespace tx::core
