#pragma once
// tx-analyze: command-line front end of the core pipeline (SPEC §1-3).
#include <iosfwd>
#include <string>
#include <vector>

namespace tx::app {

// Runs the command; returns the process exit code. Messages go to out/err.
int runAnalyze(int argc, char** argv, std::ostream& out, std::ostream& err);

enum ExitCode { Ok = 0, BadInput = 1, Usage = 2, OutputFailed = 3, Interrupted = 130 };

} // namespace tx::app
