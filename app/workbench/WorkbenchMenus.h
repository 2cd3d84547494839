#pragma once
// The workbench's menus (File, Edit, Settings, Help) and the recent-files list: each action
// asks a file or a size of the user and calls the window's public API.
#include "widgets/PlotExport.h"

#include <QObject>

class QMenu;

namespace tx::app {

class MainWindow;

class WorkbenchMenus : public QObject {
    Q_OBJECT
public:
    explicit WorkbenchMenus(MainWindow& window); // builds the window's menu bar
    void addRecent(const QString& path);

private:
    void build();
    void updateRecentMenu();

    MainWindow& m_window;
    QMenu* m_recentMenu = nullptr;
    widgets::FigureOptions m_figureOptions; // the last figure export's choices
};

} // namespace tx::app
