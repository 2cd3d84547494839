#pragma once
// Prints the progress of a long computation to a stream from a background thread: a line
// rewritten in place on a terminal, a line per 10 % otherwise (logs, CI).
#include "core/model/Progress.h"

#include <chrono>
#include <iosfwd>
#include <string>
#include <thread>

namespace tx::app {

class ProgressTicker {
public:
    ProgressTicker(const core::Progress& progress, std::ostream& err, bool terminal,
                   std::string what);
    ~ProgressTicker(); // stops and finishes the line

private:
    void run(std::stop_token stop);
    void print(bool final);

    const core::Progress& m_progress;
    std::ostream& m_err;
    bool m_terminal;
    std::string m_what;
    std::chrono::steady_clock::time_point m_start;
    int m_lastDecile = -1;
    std::jthread m_thread;
};

} // namespace tx::app
