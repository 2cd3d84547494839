#pragma once
// .txw session files: the analysis parameters (core::AnalysisParameters as JSON) that the
// session's results were computed with, plus the view (the current page's id). The ensemble
// path is stored absolute and relative to the session, so a project folder can move.
#include "app/workbench/AnalysisRunner.h"

#include <QString>
#include <optional>

namespace tx::app {

struct Session {
    core::AnalysisParameters parameters;
    QString page; // a page id ("gamma-tau", ...); sessions of version 1 stored an index
    std::optional<int> legacyPageIndex;
};

bool writeSession(const QString& path, const Session& session, QString* error);
std::optional<Session> readSession(const QString& path, QString* error);

// The results beside a session (<session>.cache): the kept sums and structure, so that
// reopening needs no trajectory. Written atomically; adopted only while the trajectories are
// unchanged (or gone: then the cached results are all there is, and note says so) and only
// when every reading parameter it was computed with equals the session's; otherwise the
// ensemble is read again.
bool writeResultsCache(const QString& sessionPath, const AnalysisOutcome& outcome, QString* error);
std::shared_ptr<AnalysisOutcome> readResultsCache(const QString& sessionPath,
                                                  const core::AnalysisParameters& parameters,
                                                  QString* note);

} // namespace tx::app
