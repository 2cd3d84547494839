#pragma once
// The options of tx-analyze: each one writes straight into the one parameter model
// (core::AnalysisParameters); only the run's own options (--out, --threads, --quiet) are kept
// beside it.
#include "core/pipeline/AnalysisParameters.h"

#include <string>

namespace CLI {
class App;
}

namespace tx::app {

struct AnalyzeOptions {
    core::AnalysisParameters parameters;
    std::string outDir;
    int threads = 0; // 0: all cores; results are bit-identical for any number
    bool quiet = false;
};

// Adds every option to app. Values that cannot be used throw CLI::ValidationError while parsing.
void addAnalyzeOptions(CLI::App& app, AnalyzeOptions& o);
extern const char* const kAnalyzeExamples;
// The options that belong to one run, not to the analysis: they have no session field.
extern const char* const kRunOnlyOptions[3];
// The option that sets a field of the parameter model, by the field's JSON key.
std::string optionOfParameter(const std::string& key);

} // namespace tx::app
