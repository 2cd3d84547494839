#include "app/workbench/MainWindow.h"

#include "app/workbench/DemoEnsembles.h"
#include "app/workbench/GuidedTour.h"
#include "app/workbench/ParameterChange.h"
#include "app/workbench/ReportExport.h"
#include "app/workbench/SessionFile.h"
#include "app/workbench/WorkbenchMenus.h"
#include "app/workbench/pages/Pages.h"
#include "app/workbench/pages/PairMobilityPage.h"
#include "app/workbench/pages/PlotPages.h"
#include "widgets/CoreText.h"
#include "widgets/EnsembleTree.h"
#include "widgets/FigureData.h"
#include "widgets/FitWindowSelector.h"
#include "widgets/LectureStyle.h"
#include "widgets/PairMobilityView.h"
#include "widgets/ParametersPanel.h"
#include "widgets/PlotExport.h"
#include "widgets/ResultsTable.h"
#include "widgets/TypesetText.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <tbb/info.h>

namespace tx::app {

QString MainWindow::demoEnsemblePath(const QString& key) {
    const DemoEnsemble* demo = findDemoEnsemble(key);
    return tx::app::demoEnsemblePath(demo ? *demo : demoEnsembles().front());
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Tx Workbench"));
    setAcceptDrops(true);
    buildPages();
    buildDocks();
    m_menus = new WorkbenchMenus(*this);
    connect(&m_runner, &AnalysisRunner::finished, this, &MainWindow::onFinished);
    connect(&m_runner, &AnalysisRunner::progressChanged, this, &MainWindow::onProgress);
    connect(&m_runner, &AnalysisRunner::layoutKnown, this, &MainWindow::showInterimLayout);
    connect(&m_runner, &AnalysisRunner::automaticKnown, this, [this] {
        const auto o = m_runner.interim();
        m_parameters->showAutomatic(o->correlator.q, o->correlator.cutoff,
                                    widgets::coreText(o->qSource), widgets::coreText(o->rcSource));
    });
    connect(&m_runner, &AnalysisRunner::interimResults, this, &MainWindow::drawInterimResults);
    connect(&m_runner, &AnalysisRunner::failed, this, [this](const QString& message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        showComputedParameters();
        redraw(); // the previous results, not the failed run's first temperatures
        m_status->setText(tr("Error: %1").arg(message));
        m_tree->showError(message);
    });
    connect(&m_runner, &AnalysisRunner::cancelled, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        showComputedParameters();
        redraw();
        m_status->setText(
            tr("Cancelled; the previous results are kept and the panel shows their parameters"));
    });
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(1400, 900);
    m_status->setText(tr("Open an ensemble folder (File → Open), drop one here, or open the demo "
                         "(Help → Demo ensemble)"));
}

MainWindow::~MainWindow() = default;

GuidedTour* MainWindow::startTour(int step) {
    if (!m_tour)
        m_tour = new GuidedTour(*this);
    m_tour->showStep(step);
    return m_tour;
}

void MainWindow::buildPages() {
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    // While a run still reads its files, a page coming into view shows what is known.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_runner.isRunning() && m_runner.interim())
            drawInterimResults();
    });
    for (WorkbenchPage* page : createPages()) {
        m_pages.push_back(page);
        // Each page scrolls where the window is smaller than the page's minimum (the teaching
        // page's four panels, the 3D page's controls): the window fits a 1280 x 720 screen.
        auto* scroll = new QScrollArea;
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        const int tab = m_tabs->addTab(scroll, page->tabTitle());
        m_tabs->setTabToolTip(tab, page->title());
        connect(page, &WorkbenchPage::temperatureSelected, this, &MainWindow::selectTemperature);
        for (const FitWindowHandle& window : page->fitWindows())
            connectSelector(window.selector, window.field);
        if (auto* mobility = qobject_cast<PairMobilityPage*>(page))
            connect(mobility, &PairMobilityPage::picked, this, [this](const QString& text) {
                if (!text.isEmpty())
                    m_status->setText(text);
            });
    }
}

void MainWindow::buildDocks() {
    auto* left = new QDockWidget(tr("Ensemble and parameters"), this);
    left->setObjectName("ensembleDock");
    auto* leftWidget = new QWidget;
    auto* leftLayout = new QVBoxLayout(leftWidget);
    m_tree = new widgets::EnsembleTree;
    m_parameters = new widgets::ParametersPanel;
    leftLayout->addWidget(m_tree, 2);
    leftLayout->addWidget(m_parameters, 1);
    left->setWidget(leftWidget);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    connect(
        m_tree, &widgets::EnsembleTree::exclusionsChanged, this,
        [this](const std::set<std::string>& temperatures, const std::set<std::string>& replicas) {
            core::AnalysisParameters s = m_state;
            s.averaging.excludedTemperatures = temperatures;
            s.averaging.excludedReplicas = replicas;
            changeState(s, tr("Exclude or include data"));
        });
    connect(m_parameters, &widgets::ParametersPanel::parametersEdited, this,
            [this] { changeState(m_parameters->parameters(), tr("Change parameters")); });

    auto* bottom = new QDockWidget(tr("Results"), this);
    bottom->setObjectName("resultsDock");
    m_results = new widgets::ResultsTable;
    connect(m_results, &widgets::ResultsTable::temperatureClicked, this,
            &MainWindow::selectTemperature);
    bottom->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, bottom);
    // Room for the plots at 1280 px, and the five rows of a typical grid in the results.
    resizeDocks({left}, {360}, Qt::Horizontal);
    resizeDocks({bottom}, {m_results->heightForRows(5) + bottom->fontMetrics().height() + 8},
                Qt::Vertical); // and the dock's title bar

    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, &m_runner, &AnalysisRunner::cancel);
}

void MainWindow::connectSelector(widgets::FitWindowSelector* selector,
                                 std::optional<core::FitWindow> core::FitParameters::*field) {
    // While dragging: refit live from the kept series (fast), redraw the fits only.
    connect(selector, &widgets::FitWindowSelector::windowChanged, this,
            [this, field](double lo, double hi) {
                if (!m_runner.outcome())
                    return;
                core::AnalysisParameters s = m_state;
                s.fits.*field = core::FitWindow{lo, hi};
                m_state = s;
                m_runner.refit(s);
                redrawFits();
            });
    // On release: one undo step from the state before the drag.
    connect(selector, &widgets::FitWindowSelector::windowEdited, this,
            [this, field](double lo, double hi) {
                core::AnalysisParameters after = m_state;
                after.fits.*field = core::FitWindow{lo, hi};
                m_undo.push(new ParameterChange(this, m_committed, after, tr("Move fit window")));
            });
}

void MainWindow::changeState(const core::AnalysisParameters& state, const QString& what) {
    if (state == m_committed)
        return;
    m_undo.push(new ParameterChange(this, m_committed, state, what));
}

void MainWindow::applyState(const core::AnalysisParameters& state, bool compute) {
    m_state = state;
    m_committed = state;
    m_parameters->setParameters(state);
    if (state.reading.ensemble.empty() || !compute)
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_runner.run(state);
}

// What is shown is what was computed: after a cancelled or failed run the panel (and the
// state that sessions and exports read) go back to the parameters of the results on screen.
void MainWindow::showComputedParameters() {
    if (const auto outcome = m_runner.outcome()) {
        m_state = m_committed = outcome->parameters;
        m_parameters->setParameters(m_state);
    }
}

WorkbenchPage* MainWindow::currentPage() const {
    const int k = m_tabs->currentIndex(); // tabs and pages in the same order
    return k >= 0 && std::size_t(k) < m_pages.size() ? m_pages[std::size_t(k)] : nullptr;
}

QString MainWindow::currentPageId() const {
    return currentPage() ? currentPage()->id() : QString();
}

bool MainWindow::showPage(const QString& id) {
    for (std::size_t k = 0; k < m_pages.size(); ++k)
        if (m_pages[k]->id() == id) {
            m_tabs->setCurrentIndex(int(k));
            return true;
        }
    return false;
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (const WorkbenchPage* page : m_pages)
        ids << page->id();
    return ids;
}

void MainWindow::openPath(const QString& path) {
    if (path.endsWith(".txw")) {
        QString error;
        if (!openSession(path, &error))
            QMessageBox::warning(this, tr("Open session"), error);
    } else {
        openEnsemble(path);
    }
}

void MainWindow::openEnsemble(const QString& path) {
    core::AnalysisParameters s;
    s.reading.ensemble = QFileInfo(path).absoluteFilePath().toStdString();
    s.averaging.dt = m_state.averaging.dt.value_or(0.005);
    m_menus->addRecent(path);
    m_undo.clear();
    m_committed = core::AnalysisParameters{};
    setWindowTitle(tr("Tx Workbench — %1").arg(QFileInfo(path).fileName()));
    applyState(s);
}

bool MainWindow::openDemo(const QString& key) {
    const DemoEnsemble* demo = findDemoEnsemble(key);
    if (!demo)
        return false;
    m_undo.clear();
    setWindowTitle(tr("Tx Workbench — demo: %1").arg(tr(demo->title)));
    applyState(demoParameters(*demo));
    return true;
}

bool MainWindow::openSession(const QString& path, QString* error) {
    const auto session = readSession(path, error);
    if (!session)
        return false;
    m_undo.clear();
    m_menus->addRecent(path);
    setWindowTitle(tr("Tx Workbench — %1").arg(QFileInfo(path).fileName()));
    if (session->legacyPageIndex)
        m_tabs->setCurrentIndex(*session->legacyPageIndex);
    else
        showPage(session->page);
    QString note;
    if (auto cached = readResultsCache(path, session->parameters, &note)) {
        // Saved results, computed with these parameters, of unchanged trajectories: no file
        // is read.
        applyState(session->parameters, false);
        m_runner.adopt(std::move(cached));
        if (!note.isEmpty())
            m_status->setText(note);
        return true;
    }
    applyState(session->parameters);
    return true;
}

bool MainWindow::saveSession(const QString& path, QString* error) {
    // A session holds the parameters its results were computed with: while a run is still
    // going, or after one failed, those of the results on screen, not the panel's.
    const auto outcome = m_runner.outcome();
    const core::AnalysisParameters& saved = outcome ? outcome->parameters : m_state;
    if (!writeSession(path, {saved, currentPageId(), std::nullopt}, error))
        return false;
    if (outcome && outcome->sums && !writeResultsCache(path, *outcome, error))
        return false;
    m_menus->addRecent(path);
    return true;
}

void MainWindow::onProgress(double fraction, double secondsLeft, const QString& stage) {
    m_progress->setValue(int(1000 * fraction));
    m_status->setText(secondsLeft >= 0 ? tr("%1: %2 %, about %3 s left")
                                             .arg(stage)
                                             .arg(int(100 * fraction))
                                             .arg(int(secondsLeft + 0.5))
                                       : tr("%1…").arg(stage));
}

void MainWindow::onFinished() {
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return;
    QString atoms;
    if (outcome->sums && !outcome->sums->temperatures.empty() &&
        !outcome->sums->temperatures.front().replicas.empty() &&
        !outcome->sums->temperatures.front().replicas.front().segments.empty()) {
        const auto& seg = outcome->sums->temperatures.front().replicas.front().segments.front();
        const std::size_t common = outcome->sums->commonAtomCount();
        atoms = tr("%1 atoms, %2 species, %3 frames per segment; length %4, time %5")
                    .arg(common > 0 ? QString::number(common) : tr("varying numbers of"))
                    .arg(outcome->sums->types.count())
                    .arg(seg.frames)
                    .arg(QString::fromStdString(core::lengthUnitText(outcome->units)),
                         QString::fromStdString(core::timeUnitText(outcome->units)));
    }
    const std::vector<core::FileProblem> noProblems;
    const auto& badFiles = outcome->sums ? outcome->sums->badFiles : noProblems;
    m_tree->showEnsemble(outcome->layout, atoms, outcome->parameters.averaging.excludedTemperatures,
                         outcome->parameters.averaging.excludedReplicas, badFiles);
    m_parameters->showUnits(outcome->units);
    m_parameters->showAutomatic(outcome->correlator.q, outcome->correlator.cutoff,
                                widgets::coreText(outcome->qSource),
                                widgets::coreText(outcome->rcSource));
    QString status = tr("%n temperature(s) analysed", "", int(outcome->results.size()));
    if (!badFiles.empty())
        status += " — " + tr("%n file(s) could not be read and were left out (see the tree)", "",
                             int(badFiles.size()));
    if (const auto warnings = outcome->warnings(); !warnings.empty())
        status += " — " + tr("warning: %1").arg(widgets::coreText(warnings.front()));
    m_status->setText(status);
    if (outcome->sums) {
        m_parameters->setSpecies(outcome->sums->types.types());
        m_parameters->setParameters(m_state); // now that the choices exist
    }
    redraw();
}

void MainWindow::showInterimLayout() {
    // The tree at once, from the files found; atoms and species come with the results.
    const auto o = m_runner.interim();
    m_tree->showEnsemble(o->layout, tr("reading the files…"),
                         o->parameters.averaging.excludedTemperatures,
                         o->parameters.averaging.excludedReplicas, {});
}

void MainWindow::drawInterimResults() {
    // Each temperature as it is done, the fits once there are three, on the page in view
    // (another page shown meanwhile is drawn as it comes into view); the final outcome
    // replaces all of it (onFinished).
    const auto o = m_runner.interim();
    if (!o)
        return;
    const PageContext c{o.get(), m_selectedT};
    if (WorkbenchPage* page = currentPage())
        page->draw(c);
    showResultsOf(*o);
}

void MainWindow::showResultsOf(const core::PipelineOutcome& o) {
    m_results->showResults(o.results, o.characteristic);
    m_results->showSuggestions(o.suggestions);
    m_results->markTemperature(m_selectedT);
    if (m_lecture)
        styleForLecture(); // the plottables just drawn
}

void MainWindow::setLectureMode(bool on) {
    if (on == m_lecture)
        return;
    m_lecture = on;
    if (on) {
        m_docksBeforeLecture.clear();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            if (dock->isVisible()) {
                m_docksBeforeLecture.append(dock);
                dock->hide();
            }
    } else {
        for (QDockWidget* dock : m_docksBeforeLecture)
            dock->show();
    }
    if (m_runner.outcome())
        redraw(); // lines drawn anew at their normal width (and styled, when on)
    if (!on || !m_runner.outcome())
        styleForLecture(); // on: fonts, fills and grid; off: all of them put back
}

void MainWindow::styleForLecture() {
    for (WorkbenchPage* page : m_pages)
        for (QCustomPlot* plot : page->plots()) {
            widgets::applyLectureStyle(plot, m_lecture);
            plot->replot();
        }
}

void MainWindow::redraw() {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return;
    const PageContext c{outcome.get(), m_selectedT};
    for (WorkbenchPage* page : m_pages)
        page->draw(c);
    showResultsOf(*outcome);
}

void MainWindow::redrawFits() {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return;
    const PageContext c{outcome.get(), m_selectedT};
    for (WorkbenchPage* page : m_pages)
        page->drawFits(c);
    showResultsOf(*outcome);
}

void MainWindow::selectTemperature(double t) {
    m_selectedT = t;
    m_status->setText(tr("Selected T = %1").arg(t));
    redraw();
}

WorkbenchPage* MainWindow::page(const QString& id) const {
    for (WorkbenchPage* p : m_pages)
        if (p->id() == id)
            return p;
    return nullptr;
}

widgets::PairMobilityView* MainWindow::mobilityView() const {
    for (WorkbenchPage* page : m_pages)
        if (auto* mobility = qobject_cast<PairMobilityPage*>(page))
            return mobility->view();
    return nullptr;
}

widgets::FitWindowSelector* MainWindow::fitWindowSelector(const std::string& key) const {
    for (WorkbenchPage* page : m_pages)
        for (const FitWindowHandle& window : page->fitWindows())
            if (key == window.key)
                return window.selector;
    return nullptr;
}

QString MainWindow::exportFigure(const QString& path, const widgets::FigureOptions& options,
                                 const QString& pageId, widgets::FigureTexts* texts) {
    WorkbenchPage* p = page(pageId.isEmpty() ? currentPageId() : pageId);
    if (!p)
        return tr("No page '%1'; the pages are %2").arg(pageId, pageIds().join(", "));
    if (auto* mobility = qobject_cast<PairMobilityPage*>(p)) {
        if (QFileInfo(path).suffix().toLower() != "png")
            return tr("The 3D view exports PNG pictures only");
        if (!mobility->view())
            return tr("The 3D view needs OpenGL, which the platform '%1' does not offer: export "
                      "it with a display or under Xvfb (xvfb-run -a tx-workbench …)")
                .arg(QGuiApplication::platformName());
        // Its GL surface exists once the page is shown; the segment may still be read.
        const QString shown = currentPageId();
        showPage(p->id());
        redraw();
        QString error = mobility->view()->waitUntilDrawn(120000);
        if (error.isEmpty())
            error = mobility->view()->exportPng(path, 2);
        showPage(shown);
        return error;
    }
    if (p->plots().isEmpty())
        return tr("The page '%1' has no figure").arg(p->title());
    const QList<QCustomPlot*> panels = widgets::chosenPanels(p->plots(), options);
    if (panels.size() != options.panels.size() && !options.panels.isEmpty())
        return tr("The page '%1' has panels a to %2")
            .arg(p->id(), widgets::panelLetter(int(p->plots().size()) - 1));
    // A figure is for a paper: in the normal style even while lecture mode is on, which is
    // put back afterwards (its fonts, fills and grid, and its thick lines with a redraw).
    const bool lecture = m_lecture;
    const auto backToLecture = qScopeGuard([this, lecture] {
        if (lecture) {
            m_lecture = true;
            redraw();
        }
    });
    if (lecture) {
        m_lecture = false;
        styleForLecture();
    }
    redraw(); // drawn with the current results, even if the page was never shown
    if (const QString error = widgets::exportFigure(panels, path, options, texts); !error.isEmpty())
        return error;
    // Its data and a matplotlib script beside it (figure.pdf: figure.csv, figure.py).
    const QFileInfo file(path);
    return widgets::writeFigureData(panels, file.dir().filePath(file.completeBaseName()), options);
}

namespace {
// One entry of a figure list: "structure" or "structure:ab".
struct FigureChoice {
    QString pageId;
    QList<int> panels;
    QString fileBase; // structure, structure-ab
};
FigureChoice parseFigureChoice(const QString& entry) {
    FigureChoice c;
    c.pageId = entry.section(':', 0, 0);
    const QString letters = entry.section(':', 1);
    for (QChar letter : letters)
        c.panels << widgets::panelIndex(letter);
    c.fileBase = letters.isEmpty() ? c.pageId : c.pageId + "-" + letters.toLower();
    return c;
}
} // namespace

QStringList MainWindow::panelTitles(const QString& pageId) const {
    QStringList titles;
    if (WorkbenchPage* p = page(pageId.isEmpty() ? currentPageId() : pageId))
        for (QCustomPlot* plot : p->plots())
            titles << widgets::axisTitle(plot->yAxis);
    return titles;
}

QString MainWindow::figureListProblem(const QStringList& figures) const {
    for (const QString& entry : figures) {
        const FigureChoice c = parseFigureChoice(entry);
        WorkbenchPage* p = page(c.pageId);
        if (!p)
            return tr("No page '%1'; the pages are %2").arg(c.pageId, pageIds().join(", "));
        if (entry.contains(':') && c.panels.isEmpty())
            return tr("'%1': no panel letters after the colon").arg(entry);
        for (int index : c.panels)
            if (index < 0 || index >= p->plots().size())
                return p->plots().size() <= 1
                           ? tr("'%1': the page '%2' has one panel; name it without letters")
                                 .arg(entry, c.pageId)
                           : tr("'%1': the page '%2' has panels a to %3")
                                 .arg(entry, c.pageId,
                                      widgets::panelLetter(int(p->plots().size()) - 1));
    }
    return {};
}

QString MainWindow::exportFigures(const QString& directory, const QStringList& formats,
                                  const widgets::FigureOptions& options, const QStringList& figures,
                                  QStringList* written) {
    if (!m_runner.outcome())
        return tr("No results to export yet");
    if (const QString problem = figureListProblem(figures); !problem.isEmpty())
        return problem;
    const QStringList entries = figures.isEmpty() ? pageIds() : figures;
    for (const QString& entry : entries) {
        const FigureChoice choice = parseFigureChoice(entry);
        WorkbenchPage* p = page(choice.pageId);
        const bool is3d = qobject_cast<PairMobilityPage*>(p) != nullptr;
        // The 3D view's picture only when asked for by name: it shows a segment the user
        // chose, and needs OpenGL (a display, or xvfb-run).
        if ((is3d && figures.isEmpty()) || (!is3d && p->plots().isEmpty()))
            continue;
        widgets::FigureOptions chosen = options;
        chosen.panels = choice.panels;
        for (const QString& format : formats) {
            if (is3d && format != "png")
                continue; // the 3D view is a picture
            const QString path = QDir(directory).filePath(choice.fileBase + "." + format);
            if (const QString error = exportFigure(path, chosen, choice.pageId); !error.isEmpty())
                return error;
            if (written)
                written->append(path);
        }
    }
    return {};
}

QString MainWindow::exportData(const QString& directory) {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return tr("No results to export yet");
    try {
        core::writeOutcome(directory.toStdString(), *outcome, tbb::info::default_concurrency());
    } catch (const std::exception& e) {
        return widgets::coreText(std::string(e.what()));
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile())
        openPath(urls.front().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_runner.cancel();
    QSettings().setValue("window/geometry", saveGeometry());
    event->accept();
}

QString MainWindow::exportReport(const QString& path, QPageSize::PageSizeId paper) {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return tr("No results to export yet");
    redraw(); // every page drawn with the current results, even those never shown
    QList<ReportFigure> figures;
    using namespace pageid; // the report's order; the dispersion only with a q list
    for (const char* id : {kGammaTau, kRelaxationTimes, kStokesEinstein, kModeCoupling,
                           kGlassTransition, kCorrelators, kMsd, kDispersion, kStructure})
        if (WorkbenchPage* p = page(id))
            figures.append(p->reportFigures());
    return writeReport(path, *outcome, figures, paper);
}

} // namespace tx::app
