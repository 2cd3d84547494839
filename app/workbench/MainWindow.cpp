#include "app/workbench/MainWindow.h"

#include "app/workbench/SessionFile.h"
#include "core/output/ResultFiles.h"
#include "widgets/AnalysisPlots.h"
#include "widgets/EnsembleTree.h"
#include "widgets/FitWindowSelector.h"
#include "widgets/PairMobilityView.h"
#include "widgets/ParametersPanel.h"
#include "widgets/PlotExport.h"
#include "widgets/ResultsTable.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoCommand>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tx::app {

// One undoable change of the state (a parameter, an exclusion or a dragged fit window).
class StateCommand : public QUndoCommand {
public:
    StateCommand(MainWindow* w, core::AnalysisParameters before, core::AnalysisParameters after,
                 const QString& text)
        : QUndoCommand(text), m_window(w), m_before(std::move(before)), m_after(std::move(after)) {}
    void undo() override { m_window->applyState(m_before); }
    void redo() override { m_window->applyState(m_after); }

private:
    MainWindow* m_window;
    core::AnalysisParameters m_before, m_after;
};

namespace {
// The channel table's plot titles (core/correlate/Channels.cpp), for lupdate.
[[maybe_unused]] const char* const kChannelTitles[] = {
    QT_TRANSLATE_NOOP("tx::app::MainWindow", "F_s(q,t): self"),
    QT_TRANSLATE_NOOP("tx::app::MainWindow", "Q(t): overlap, Θ(a − |Δr|)"),
    QT_TRANSLATE_NOOP("tx::app::MainWindow", "F_+(q,t): pair centre of mass"),
    QT_TRANSLATE_NOOP("tx::app::MainWindow", "F_−(q,t): pair relative"),
};
} // namespace

QString MainWindow::demoEnsemblePath() {
    for (const QString& candidate :
         {QCoreApplication::applicationDirPath() + "/../share/tx-workbench/demo-ka",
          QStringLiteral(TX_DEMO_DIR)})
        if (QFileInfo(candidate).isDir())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral(TX_DEMO_DIR);
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Tx Workbench"));
    setAcceptDrops(true);
    buildPages();
    buildDocks();
    buildMenus();
    connect(&m_runner, &AnalysisRunner::finished, this, &MainWindow::onFinished);
    connect(&m_runner, &AnalysisRunner::progressChanged, this, &MainWindow::onProgress);
    connect(&m_runner, &AnalysisRunner::failed, this, [this](const QString& message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        showComputedParameters();
        m_status->setText(tr("Error: %1").arg(message));
        m_tree->showError(message);
    });
    connect(&m_runner, &AnalysisRunner::cancelled, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        showComputedParameters();
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

QCustomPlot* MainWindow::addPlot(QWidget* page) {
    auto* plot = new QCustomPlot(page);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    plot->setMinimumSize(300, 220);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    connect(plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* p, int index, QMouseEvent*) {
                if (const QVariant t = p->property("temperature"); t.isValid())
                    return selectTemperature(t.toDouble()); // a curve of one temperature
                // A point of a quantity plotted against T (or 1/T).
                auto* graph = qobject_cast<QCPGraph*>(p);
                const QVariant axis = p->property("xAxisIs");
                if (!graph || !axis.isValid() || index < 0 || index >= graph->data()->size())
                    return;
                const double x = graph->data()->at(index)->key;
                selectTemperature(axis.toString() == "inverseT" ? 1.0 / x : x);
            });
    page->layout()->addWidget(plot);
    return plot;
}

void MainWindow::buildPages() {
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    // Each page has a stable id (sessions and --page use it, never the tab's position).
    auto page = [this](const char* id, const QString& title, bool horizontal = false) {
        auto* w = new QWidget;
        w->setObjectName(id);
        if (horizontal)
            new QHBoxLayout(w);
        else
            new QVBoxLayout(w);
        m_tabs->addTab(w, title);
        return w;
    };
    QWidget* structure = page("structure", tr("Structure"), true);
    m_sq = addPlot(structure);
    m_gr = addPlot(structure);

    QWidget* correlators = page("correlators", tr("Correlators"));
    m_correlatorChoice = new QComboBox;
    for (const core::Channel& channel : core::channels()) // the plotted ones, from the table
        if (!channel.plotTitle.empty())
            m_correlatorChoice->addItem(
                QCoreApplication::translate("tx::app::MainWindow",
                                            std::string(channel.plotTitle).c_str()),
                int(core::indexOf(channel.id)));
    m_resolutionChoice = new QComboBox;
    auto* choices = new QWidget;
    auto* choiceLayout = new QHBoxLayout(choices);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_correlatorChoice, 1);
    choiceLayout->addWidget(m_resolutionChoice, 1);
    correlators->layout()->addWidget(choices);
    connect(m_resolutionChoice, &QComboBox::activated, this, [this] { redraw(); });
    m_correlators = addPlot(correlators);
    connect(m_correlatorChoice, &QComboBox::currentIndexChanged, this, [this] {
        fillResolutionChoice();
        redraw();
    });

    QWidget* taus = page("relaxation-times", tr("Relaxation times"));
    m_inverseT = new QCheckBox(tr("against 1/T"));
    taus->layout()->addWidget(m_inverseT);
    m_taus = addPlot(taus);
    connect(m_inverseT, &QCheckBox::toggled, this, [this] { redraw(); });

    QWidget* gamma = page("gamma-tau", tr("γ_τ(T) and T_x"));
    m_gamma = addPlot(gamma);
    m_txSelector = new widgets::FitWindowSelector(m_gamma, "T_x", QColor(200, 40, 40));
    connectSelector(m_txSelector, &core::FitParameters::txWindow);

    QWidget* stokes = page("stokes-einstein", tr("Stokes–Einstein and T_b"));
    m_stokes = addPlot(stokes);
    m_tbSelector = new widgets::FitWindowSelector(m_stokes, "SE line", QColor(20, 120, 160));
    connectSelector(m_tbSelector, &core::FitParameters::tbWindow);

    QWidget* mct = page("mode-coupling", tr("Mode coupling and T_c"));
    m_mct = addPlot(mct);
    m_tcSelector = new widgets::FitWindowSelector(m_mct, "MCT", QColor(120, 60, 160));
    connectSelector(m_tcSelector, &core::FitParameters::tcWindow);

    QWidget* msd = page("msd", tr("MSD and α₂"), true);
    m_msd = addPlot(msd);
    m_alpha2 = addPlot(msd);

    QWidget* mobility = page("pair-mobility-3d", tr("3D pair mobility"));
    if (widgets::VtkOpenGLWidget::isSupported()) {
        m_mobility = new widgets::PairMobilityView;
        mobility->layout()->addWidget(m_mobility);
        connect(m_mobility, &widgets::PairMobilityView::temperatureSelected, this,
                &MainWindow::selectTemperature);
        connect(m_mobility, &widgets::PairMobilityView::picked, this, [this](const QString& text) {
            if (!text.isEmpty())
                m_status->setText(text);
        });
    } else {
        auto* note =
            new QLabel(tr("The 3D view needs OpenGL, which this platform (%1) does not offer.")
                           .arg(QGuiApplication::platformName()));
        note->setAlignment(Qt::AlignCenter);
        mobility->layout()->addWidget(note);
    }

    QWidget* teaching = page("teaching", tr("Teaching: four paths"));
    auto* explanation =
        new QLabel(tr("<b>Four possible paths from the liquid to the glass</b> (paper, Fig. 1). "
                      "γ_τ = τ_+/τ_− falls on cooling "
                      "in a <span style='color:#dc3232'>liquid-like supercooled liquid "
                      "(LLL)</span>, where neighbours bind more "
                      "strongly, and rises on cooling in a <span style='color:#28a046'>solid-like "
                      "one (SLL)</span>, where one atom "
                      "of a pair is often caged. P_I: a jump at T_m straight into SLL. P_II: LLL "
                      "all the way down to T_g. "
                      "P_III: a jump from LLL to SLL at T_x. P_IV: a smooth crossover at T_x, the "
                      "minimum of γ_τ — what the "
                      "paper finds for Al, Cu50Zr50 and KA. Your γ_τ(T) is drawn in black over "
                      "each schematic, in units of "
                      "(T − T_g)/(T_m − T_g), when T_g and T_m are set (system preset)."));
    explanation->setWordWrap(true);
    teaching->layout()->addWidget(explanation);
    auto* grid = new QWidget;
    auto* gridLayout = new QGridLayout(grid);
    for (int k = 0; k < 4; ++k) {
        auto* cell = new QWidget;
        new QVBoxLayout(cell);
        auto* title =
            new QLabel(QString("<b>P_%1</b>").arg(QStringList{"I", "II", "III", "IV"}[k]));
        cell->layout()->addWidget(title);
        m_paths[k] = addPlot(cell);
        gridLayout->addWidget(cell, k / 2, k % 2);
    }
    teaching->layout()->addWidget(grid);
    m_pathVerdict = new QLabel;
    m_pathVerdict->setWordWrap(true);
    teaching->layout()->addWidget(m_pathVerdict);
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
    bottom->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, bottom);

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

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open ensemble…"), QKeySequence::Open, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open ensemble folder"));
        if (!dir.isEmpty())
            openEnsemble(dir);
    });
    file->addAction(tr("Open &session…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), {},
                                                          tr("Tx Workbench sessions (*.txw)"));
        QString error;
        if (!path.isEmpty() && !openSession(path, &error))
            QMessageBox::warning(this, tr("Open session"), error);
    });
    file->addAction(tr("&Save session…"), QKeySequence::Save, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save session"), {},
                                                    tr("Tx Workbench sessions (*.txw)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(".txw"))
            path += ".txw";
        QString error;
        if (!saveSession(path, &error))
            QMessageBox::warning(this, tr("Save session"), error);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("Export &figure…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"), {},
                                                          tr("Figures (*.pdf *.svg *.png)"));
        if (path.isEmpty())
            return;
        QStringList sizes;
        for (const auto& s : widgets::figureSizes())
            sizes << s.name;
        bool ok = false;
        const QString size =
            QInputDialog::getItem(this, tr("Figure size"), tr("Size"), sizes, 0, false, &ok);
        if (!ok)
            return;
        const int font =
            QInputDialog::getInt(this, tr("Figure font"), tr("Font size (pt)"), 8, 5, 24, 1, &ok);
        if (!ok)
            return;
        const QString error = exportFigure(path, int(sizes.indexOf(size)), font);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export figure"), error);
    });
    file->addAction(tr("Export &data (CSV, JSON)…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export data into folder"));
        if (dir.isEmpty())
            return;
        const QString error = exportData(dir);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export data"), error);
    });
    file->addAction(tr("Export &report (PDF)…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export report"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportReport(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export report"), error);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("&Copy results"), this, [this] { m_results->copySelection(); });
    edit->addAction(tr("&Reset fit windows"), this, [this] {
        core::AnalysisParameters s = m_state;
        s.fits.txWindow.reset();
        s.fits.tcWindow.reset();
        s.fits.tbWindow.reset();
        changeState(s, tr("Reset fit windows"));
    });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    for (const auto& [code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "简体中文"}}) {
        language->addAction(QString::fromUtf8(name), this, [this, code = QString(code)] {
            QSettings().setValue("language", code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The language changes when Tx Workbench starts next time."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Demo ensemble (Kob–Andersen)"), this, &MainWindow::openDemo);
    help->addAction(tr("&Teaching: the four paths"), this, &MainWindow::showTeachingPage);
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About Tx Workbench"),
            tr("<b>Tx Workbench</b> %1<br>Relaxation of nearest-neighbour pairs and the crossover "
               "temperature T_x of supercooled liquids.<br>GPL-3.0-or-later. Plots by QCustomPlot.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::connectSelector(widgets::FitWindowSelector* selector,
                                 std::optional<core::FitWindow> core::FitParameters::*field) {
    selector->setVisible(false);
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
                m_undo.push(new StateCommand(this, m_committed, after, tr("Move fit window")));
            });
}

} // namespace tx::app

namespace tx::app {

void MainWindow::changeState(const core::AnalysisParameters& state, const QString& what) {
    if (state == m_committed)
        return;
    m_undo.push(new StateCommand(this, m_committed, state, what));
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

QString MainWindow::currentPageId() const {
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
}

bool MainWindow::showPage(const QString& id) {
    for (int k = 0; k < m_tabs->count(); ++k)
        if (m_tabs->widget(k)->objectName() == id) {
            m_tabs->setCurrentIndex(k);
            return true;
        }
    return false;
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (int k = 0; k < m_tabs->count(); ++k)
        ids << m_tabs->widget(k)->objectName();
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
    addRecent(path);
    m_undo.clear();
    m_committed = core::AnalysisParameters{};
    setWindowTitle(tr("Tx Workbench — %1").arg(QFileInfo(path).fileName()));
    applyState(s);
}

void MainWindow::openDemo() {
    core::AnalysisParameters s;
    s.reading.ensemble = demoEnsemblePath().toStdString();
    s.averaging.dt = 0.005;
    s.fits.system = "ka";
    s.fits.tcWindow = core::FitWindow{0.6, 1.5}; // five temperatures: too few for sliding windows
    m_undo.clear();
    setWindowTitle(tr("Tx Workbench — demo: Kob–Andersen 80:20"));
    applyState(s);
}

bool MainWindow::openSession(const QString& path, QString* error) {
    const auto session = readSession(path, error);
    if (!session)
        return false;
    m_undo.clear();
    addRecent(path);
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
    addRecent(path);
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
        atoms = tr("%1 atoms, %2 species, %3 frames per segment")
                    .arg(seg.atomCount)
                    .arg(outcome->sums->types.count())
                    .arg(seg.frames);
    }
    const std::vector<core::FileProblem> noProblems;
    const auto& badFiles = outcome->sums ? outcome->sums->badFiles : noProblems;
    m_tree->showEnsemble(outcome->layout, atoms, outcome->parameters.averaging.excludedTemperatures,
                         outcome->parameters.averaging.excludedReplicas, badFiles);
    m_parameters->showAutomatic(outcome->correlator.q, outcome->correlator.cutoff,
                                QString::fromStdString(outcome->qSource),
                                QString::fromStdString(outcome->rcSource));
    QString status = tr("%n temperature(s) analysed", "", int(outcome->results.size()));
    if (!badFiles.empty())
        status += " — " + tr("%n file(s) could not be read and were left out (see the tree)", "",
                             int(badFiles.size()));
    if (outcome->sums && !outcome->sums->warnings.empty())
        status +=
            " — " + tr("warning: %1").arg(QString::fromStdString(outcome->sums->warnings.front()));
    m_status->setText(status);
    fillResolutionChoice();
    if (outcome->sums) {
        m_parameters->setSpecies(outcome->sums->types.types());
        m_parameters->setParameters(m_state); // now that the choices exist
    }
    if (m_mobility && !outcome->layout.temperatures.empty() &&
        !outcome->layout.temperatures.front().replicas.empty() &&
        (!outcome->layout.temperatures.front().replicas.front().segmentFiles.empty() ||
         !outcome->layout.temperatures.front().replicas.front().longTrajectory.empty()))
        m_mobility->setEnsemble(outcome->layout, outcome->correlator.cutoff,
                                outcome->parameters.reading.readers);
    redraw();
}

void MainWindow::redraw() {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return;
    widgets::PlotContext c{&outcome->results, &outcome->characteristic, m_selectedT};
    if (outcome->structure)
        widgets::drawStructure(m_sq, m_gr, *outcome->structure, outcome->correlator.q,
                               outcome->correlator.cutoff);
    if (m_resolutionChoice->count() == 0)
        fillResolutionChoice();
    widgets::drawCorrelators(m_correlators, c, chosenChannel(),
                             m_resolutionChoice->currentData().toInt());
    widgets::drawRelaxationTimes(m_taus, c, m_inverseT->isChecked());
    widgets::drawMsd(m_msd, m_alpha2, c);
    redrawFits();
}

void MainWindow::fillResolutionChoice() {
    const auto outcome = m_runner.outcome();
    const int keep = m_resolutionChoice->currentData().isValid()
                         ? m_resolutionChoice->currentData().toInt()
                         : -1;
    m_resolutionChoice->clear();
    const bool atoms = core::channel(chosenChannel()).scope == core::ChannelScope::Atom;
    m_resolutionChoice->addItem(atoms ? tr("all atoms") : tr("all pairs"), -1);
    if (!outcome || !outcome->sums)
        return;
    const auto& types = outcome->sums->types;
    const int n = atoms ? types.count() : types.pairCount();
    for (int k = 0; k < n; ++k)
        m_resolutionChoice->addItem(atoms ? tr("species %1").arg(types.label(k).c_str())
                                          : tr("type pair %1").arg(types.pairLabel(k).c_str()),
                                    k);
    m_resolutionChoice->setCurrentIndex(std::max(0, m_resolutionChoice->findData(keep)));
}

core::ChannelId MainWindow::chosenChannel() const {
    return core::ChannelId(m_correlatorChoice->currentData().toInt());
}

void MainWindow::redrawFits() {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return;
    widgets::PlotContext c{&outcome->results, &outcome->characteristic, m_selectedT};
    const auto& ct = outcome->characteristic;
    widgets::drawGamma(m_gamma, c);
    widgets::drawStokesEinstein(m_stokes, c);
    widgets::drawModeCoupling(m_mct, c);
    for (int k = 0; k < 4; ++k)
        widgets::drawPathSchematic(m_paths[k], k, c);
    m_pathVerdict->setText(tr("Your data: <b>%1</b> — %2")
                               .arg(QString::fromStdString(core::pathName(ct.path.path)))
                               .arg(QString::fromStdString(ct.path.reason)));
    // Handles show the window each fit used (the automatic one until the user moves it).
    const auto& temps = outcome->series.temperature;
    if (!temps.empty()) {
        const core::FitWindow all{temps.front(), temps.back()};
        for (auto [selector, window] :
             {std::pair{m_txSelector, ct.tx.fit.window.value_or(all)},
              std::pair{m_tbSelector, ct.tb.fit.ok ? ct.tb.fit.lineWindow : all},
              std::pair{m_tcSelector, ct.tc.fit.best.ok ? ct.tc.fit.best.window : all}}) {
            if (!selector->isDragging())
                selector->setWindow(window.low, window.high);
            selector->setVisible(true);
        }
    }
    m_results->showResults(outcome->results, ct);
    for (QCustomPlot* p : {m_gamma, m_stokes, m_mct})
        p->replot();
}

void MainWindow::selectTemperature(double t) {
    m_selectedT = t;
    m_status->setText(tr("Selected T = %1").arg(t));
    redraw();
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue("recent", recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString& path : QSettings().value("recent").toStringList())
        m_recentMenu->addAction(path, this, [this, path] { openPath(path); });
}

void MainWindow::showTeachingPage() {
    showPage("teaching");
}

QCustomPlot* MainWindow::currentPlot() const {
    QWidget* page = m_tabs->currentWidget();
    return page ? page->findChild<QCustomPlot*>() : nullptr;
}

QString MainWindow::exportFigure(const QString& path, int sizePreset, int fontPoints) {
    QCustomPlot* plot = currentPlot();
    if (!plot)
        return tr("Nothing to export");
    const auto sizes = widgets::figureSizes();
    return widgets::exportPlot(plot, path, sizes[std::clamp(sizePreset, 0, int(sizes.size()) - 1)],
                               fontPoints);
}

QString MainWindow::exportData(const QString& directory) {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return tr("No results to export yet");
    try {
        core::writeOutcome(directory.toStdString(), *outcome, 0);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
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

} // namespace tx::app

#include "app/workbench/ReportExport.h"

namespace tx::app {

QString MainWindow::exportReport(const QString& path) {
    const auto outcome = m_runner.outcome();
    if (!outcome)
        return tr("No results to export yet");
    redraw(); // every page drawn with the current results, even those never shown
    return writeReport(path, *outcome,
                       {{tr("γ_τ(T) with T_x, T_c, T_b (LLL above T_x, SLL below)"), m_gamma},
                        {tr("Relaxation times τ_α, τ_+, τ_−"), m_taus},
                        {tr("Stokes–Einstein: D·τ_α with the high-T line and T_b"), m_stokes},
                        {tr("Mode coupling: τ_α = A (T − T_c)^−ν"), m_mct},
                        {tr("Self-intermediate scattering function F_s(q,t)"), m_correlators},
                        {tr("Structure factor S(q) with q"), m_sq}});
}

} // namespace tx::app
