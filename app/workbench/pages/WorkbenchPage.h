#pragma once
// One page of the workbench: a stable id (sessions and --page store it, never the tab's
// position), a title, its plots, the figures it gives the report, and how it draws an
// analysis outcome. MainWindow only wires pages; it draws nothing itself.
#include "app/workbench/pages/PageIds.h"
#include "core/pipeline/Pipeline.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QCustomPlot;

namespace tx::widgets {
class FitWindowSelector;
}

namespace tx::app {

// A window the user drags on a plot, and the parameter it edits (by its JSON key too).
struct FitWindowHandle {
    widgets::FitWindowSelector* selector = nullptr;
    std::optional<core::FitWindow> core::FitParameters::*field = nullptr;
    const char* key = "";
};

struct PageContext {
    const core::PipelineOutcome* outcome = nullptr;
    std::optional<double> selectedTemperature;
};

// A figure of the report: its caption (typeset markup) and its panels.
struct ReportFigure {
    QString caption;
    QList<QCustomPlot*> panels;
};

class WorkbenchPage : public QWidget {
    Q_OBJECT
public:
    WorkbenchPage(const char* id, QString title, QWidget* parent = nullptr);
    QString id() const { return objectName(); }
    const QString& title() const { return m_title; }
    // The tab's label: short, so that every tab fits at 1280 px (the title is its tooltip).
    QString tabTitle() const { return m_tabTitle.isEmpty() ? m_title : m_tabTitle; }
    void setTabTitle(QString text) { m_tabTitle = std::move(text); }

    // Everything on the page, from a new outcome or a new selection.
    virtual void draw(const PageContext& c) = 0;
    // Only what depends on the fits over T (while a fit window is dragged).
    virtual void drawFits(const PageContext&) {}
    // The page's figure: the plots that File → Export figure writes as panels (a), (b), ….
    const QList<QCustomPlot*>& plots() const { return m_plots; }
    virtual QList<ReportFigure> reportFigures() const { return {}; }
    // The fit windows on the page's plots; MainWindow turns their drags into parameter edits.
    virtual QList<FitWindowHandle> fitWindows() const { return {}; }

signals:
    void temperatureSelected(double t); // a curve or point of one temperature was clicked

protected:
    // A plot with the workbench's interactions, added to layout; clicks select temperatures.
    QCustomPlot* addPlot(QLayout* layout);

private:
    QString m_title;
    QString m_tabTitle;
    QList<QCustomPlot*> m_plots;
};

} // namespace tx::app
