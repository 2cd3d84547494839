#pragma once
// The workbench window: wires the ensemble tree, parameters, plots, fit-window handles,
// results tables, exports, sessions and undo to one core::AnalysisParameters and the
// AnalysisRunner.
#include "app/workbench/AnalysisRunner.h"
#include "app/workbench/pages/WorkbenchPage.h"
#include "widgets/PlotExport.h"

#include <QMainWindow>
#include <QPageSize>
#include <QUndoStack>
#include <optional>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace tx::widgets {
class EnsembleTree;
class FitWindowSelector;
class PairMobilityView;
class ParametersPanel;
class ResultsTable;
} // namespace tx::widgets

class QDockWidget;

namespace tx::app {

class WorkbenchMenus;

class GuidedTour;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPath(const QString& path); // ensemble folder, manifest or .txw session
    void openEnsemble(const QString& path);
    // One of the bundled demos (DemoEnsembles.h) by its key; false for an unknown key.
    bool openDemo(const QString& key = QStringLiteral("ka"));
    bool openSession(const QString& path, QString* error = nullptr);
    bool saveSession(const QString& path, QString* error = nullptr);
    // Applies a new state (recomputing only what depends on the change); undoable.
    void changeState(const core::AnalysisParameters& state, const QString& what);
    // Pages by their stable ids ("structure", "gamma-tau", ..., "teaching").
    bool showPage(const QString& id);
    // Lecture mode (View → Lecture mode): large type, thick lines, no hatching, the docks
    // hidden (and back as they were when it ends). widgets/LectureStyle.h.
    void setLectureMode(bool on);
    bool lectureMode() const { return m_lecture; }
    QString currentPageId() const;
    QStringList pageIds() const;

    // A page's figure (the current page's when pageId is empty) into one file; the 3D page
    // writes its view as PNG. Returns an error message, empty on success.
    QString exportFigure(const QString& path, const widgets::FigureOptions& options = {},
                         const QString& pageId = {}, widgets::FigureTexts* texts = nullptr);
    // Every listed figure (all pages with a figure when empty) into directory as
    // <page id>.<format> for each format; the files written go to *written. An entry is a
    // page id, or a page id and the letters of the panels to draw ("structure:b" writes
    // structure-b.<format>).
    QString exportFigures(const QString& directory, const QStringList& formats,
                          const widgets::FigureOptions& options, const QStringList& figures,
                          QStringList* written);
    // The title (markup) of each panel of a page's figure (the current page's when empty).
    QStringList panelTitles(const QString& pageId = {}) const;
    // What is wrong with such a list of figures, or empty (checked before computing).
    QString figureListProblem(const QStringList& figures) const;
    QString exportData(const QString& directory);
    QString exportReport(const QString& path, QPageSize::PageSizeId paper = QPageSize::A4);

    const core::AnalysisParameters& state() const { return m_state; }
    AnalysisRunner& runner() { return m_runner; }
    widgets::ResultsTable* resultsTable() const { return m_results; }
    // The handles of a fit window, by its parameter's JSON key ("tx_window", ...).
    widgets::FitWindowSelector* fitWindowSelector(const std::string& key) const;
    QTabWidget* pages() const { return m_tabs; }
    QUndoStack& undoStack() { return m_undo; }
    widgets::PairMobilityView* mobilityView() const; // null where OpenGL is unsupported
    // The guided tour from step `step` (0-based; Help → Tour, and the first start); it opens
    // the demo when nothing is open.
    GuidedTour* startTour(int step = 0);
    static QString demoEnsemblePath(const QString& key = QStringLiteral("ka"));

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    friend class ParameterChange;
    void applyState(const core::AnalysisParameters& state, bool compute = true); // no undo entry
    void showComputedParameters();
    void buildDocks();
    void buildPages();
    void connectSelector(widgets::FitWindowSelector* selector,
                         std::optional<core::FitWindow> core::FitParameters::*field);
    void onFinished();
    void onProgress(double fraction, double secondsLeft, const QString& stage);
    void redraw();
    void showInterimLayout();
    void drawInterimResults();
    // After drawing: the results table, the selected temperature marked, lecture style.
    void showResultsOf(const core::PipelineOutcome& o);
    void styleForLecture(); // every plot of every page, in or out of lecture mode
    void redrawFits();
    void selectTemperature(double t);
    WorkbenchPage* page(const QString& id) const;
    WorkbenchPage* currentPage() const; // the page of the current tab

    core::AnalysisParameters m_state;     // what is shown (changes live while a window is dragged)
    core::AnalysisParameters m_committed; // the state of the last undo step
    AnalysisRunner m_runner;
    QUndoStack m_undo;
    std::optional<double> m_selectedT;
    bool m_lecture = false;
    QList<QDockWidget*> m_docksBeforeLecture; // the docks that were visible

    QTabWidget* m_tabs = nullptr;
    widgets::EnsembleTree* m_tree = nullptr;
    widgets::ParametersPanel* m_parameters = nullptr;
    widgets::ResultsTable* m_results = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    WorkbenchMenus* m_menus = nullptr;
    GuidedTour* m_tour = nullptr; // made when first started

    std::vector<WorkbenchPage*> m_pages; // owned by m_tabs, in tab order
};

} // namespace tx::app
