#pragma once
// The workbench tests' wait for a run: the next outcome of the runner.
#include "app/workbench/MainWindow.h"
#include "tests/support/Waiting.h"

#include <QSignalSpy>
#include <QtGlobal>

namespace tx::test {

// Finished (true) or failed (false, with the message as a warning).
inline bool waitForResults(app::MainWindow& w) {
    QSignalSpy done(&w.runner(), &app::AnalysisRunner::finished);
    QSignalSpy failed(&w.runner(), &app::AnalysisRunner::failed);
    waitForAny({&done, &failed});
    if (!failed.isEmpty())
        qWarning("analysis failed: %s", qPrintable(failed.front().front().toString()));
    return !done.isEmpty();
}

} // namespace tx::test
