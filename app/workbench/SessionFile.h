#pragma once
// .txw session files: the WorkbenchState as JSON plus the view (current page). The
// ensemble path is stored absolute and relative to the session, so a project folder can move.
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

} // namespace tx::app
