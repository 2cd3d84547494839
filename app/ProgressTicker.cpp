#include "app/ProgressTicker.h"

#include <cstdio>
#include <ostream>

namespace tx::app {

ProgressTicker::ProgressTicker(const core::Progress& progress, std::ostream& err, bool terminal,
                               std::string what)
    : m_progress(progress), m_err(err), m_terminal(terminal), m_what(std::move(what)),
      m_start(std::chrono::steady_clock::now()),
      m_thread([this](std::stop_token stop) { run(stop); }) {}

ProgressTicker::~ProgressTicker() {
    m_thread.request_stop();
    m_thread.join();
    print(true);
}

void ProgressTicker::run(std::stop_token stop) {
    while (!stop.stop_requested()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (!stop.stop_requested())
            print(false);
    }
}

void ProgressTicker::print(bool final) {
    const double total = static_cast<double>(m_progress.total());
    const double done = static_cast<double>(m_progress.done());
    const double fraction = total > 0 ? std::min(1.0, done / total) : 0.0;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    char eta[48] = "";
    if (fraction > 0.02 && !final)
        std::snprintf(eta, sizeof eta, ", about %.0f s left", elapsed * (1 - fraction) / fraction);
    char line[160];
    std::snprintf(line, sizeof line, "%s %3.0f%% (%.1f of %.1f MB, %.1f s%s)", m_what.c_str(),
                  100 * fraction, done / 1e6, total / 1e6, elapsed, eta);
    if (m_terminal) {
        m_err << "\r" << line << "   " << (final ? "\n" : "") << std::flush;
        return;
    }
    const int decile = static_cast<int>(fraction * 10);
    if (decile > m_lastDecile || final) {
        if (!(final && decile == m_lastDecile))
            m_err << line << "\n" << std::flush;
        m_lastDecile = decile;
    }
}

} // namespace tx::app
