#pragma once
// tx-analyze: command-line front end of the core pipeline (science §1-3).
#include "core/correlate/EnsembleSums.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace tx::app {

// How this process takes part: alone (the default), or as one MPI rank of several, where
// the sums come from all ranks and only one rank writes outputs (tx-analyze-mpi).
struct AnalyzeRole {
    using SumsFunction = std::function<core::EnsembleSums(
        const core::EnsembleLayout&, const core::CorrelatorSettings&, const core::ReaderOptions&,
        core::Progress*)>;
    SumsFunction computeSums; // empty: core::computeEnsembleSums in this process
    bool writesOutputs = true;
    int processes = 1; // recorded in summary.json
};

// Runs the command; returns the process exit code. Messages go to out/err.
int runAnalyze(int argc, char** argv, std::ostream& out, std::ostream& err,
               const AnalyzeRole& role = {});

enum ExitCode { Ok = 0, BadInput = 1, Usage = 2, OutputFailed = 3, Interrupted = 130 };

} // namespace tx::app
