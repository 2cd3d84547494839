#pragma once
// .txw session files: the WorkbenchState as JSON plus the view (current page). The
// ensemble path is stored absolute and relative to the session, so a project folder can move.
#include "app/workbench/AnalysisRunner.h"
#include "app/workbench/WorkbenchState.h"

#include <QString>
#include <optional>

namespace tx::app {

struct Session {
    WorkbenchState state;
    int currentPage = 0;
};

bool writeSession(const QString& path, const Session& session, QString* error);
std::optional<Session> readSession(const QString& path, QString* error);

// The results beside a session (<session>.cache): the kept sums and structure, so that
// reopening needs no trajectory. Written atomically; read back only while the trajectories
// are unchanged (or gone: then the cached results are all there is, and note says so).
bool writeResultsCache(const QString& sessionPath, const AnalysisOutcome& outcome, QString* error);
std::shared_ptr<AnalysisOutcome> readResultsCache(const QString& sessionPath,
                                                  const WorkbenchState& state, QString* note);

} // namespace tx::app
