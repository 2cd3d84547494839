#include "app/workbench/WorkbenchMenus.h"

#include "app/workbench/DemoEnsembles.h"
#include "app/workbench/MainWindow.h"
#include "app/workbench/pages/PageIds.h"
#include "core/io/TrajectoryFormats.h"
#include "widgets/FigureExportDialog.h"
#include "widgets/PairMobilityView.h"
#include "widgets/PlotExport.h"
#include "widgets/ResultsTable.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace tx::app {

WorkbenchMenus::WorkbenchMenus(MainWindow& window) : QObject(&window), m_window(window) {
    build();
}

void WorkbenchMenus::build() {
    QMenu* file = m_window.menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open ensemble…"), QKeySequence::Open, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(&m_window, tr("Open ensemble folder"));
        if (!dir.isEmpty())
            m_window.openEnsemble(dir);
    });
    file->addAction(tr("Open s&ession…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open session"), {},
                                                          tr("Tx Workbench sessions (*.txw)"));
        QString error;
        if (!path.isEmpty() && !m_window.openSession(path, &error))
            QMessageBox::warning(&m_window, tr("Open session"), error);
    });
    file->addAction(tr("&Save session…"), QKeySequence::Save, this, [this] {
        QString path = QFileDialog::getSaveFileName(&m_window, tr("Save session"), {},
                                                    tr("Tx Workbench sessions (*.txw)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(".txw"))
            path += ".txw";
        QString error;
        if (!m_window.saveSession(path, &error))
            QMessageBox::warning(&m_window, tr("Save session"), error);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addSeparator();
    // One trajectory file in the 3D view; the patterns come from the format table.
    file->addAction(tr("Show a trajectory file in &3D…"), this, [this] {
        widgets::PairMobilityView* view = m_window.mobilityView();
        if (!view) {
            QMessageBox::information(&m_window, tr("3D pair mobility"),
                                     tr("The 3D view needs OpenGL, which this platform does "
                                        "not offer."));
            return;
        }
        const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("Show a trajectory file in 3D"), {},
            tr("Trajectories (%1)").arg(QString::fromStdString(core::trajectoryFilePatterns())));
        if (path.isEmpty())
            return;
        m_window.showPage(pageid::kPairMobility3d);
        view->loadSegmentInBackground(path);
    });
    file->addSeparator();
    file->addAction(tr("Export &figure…"), QKeySequence(tr("Ctrl+E")), this, [this] {
        // The 3D page writes a picture of its view; every other page its figure, with the
        // choices of one dialog (size, font, panels), then a file name.
        const bool is3d = m_window.currentPageId() == pageid::kPairMobility3d;
        widgets::FigureOptions options = m_figureOptions;
        if (!is3d) {
            options.panels.clear(); // panels are the page's own
            widgets::FigureExportDialog dialog(m_window.panelTitles(), options, &m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            options = dialog.options();
            m_figureOptions = options;
        }
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export figure"), {},
                                                          is3d ? tr("Picture (*.png)")
                                                               : tr("Figures (*.pdf *.svg *.png)"));
        if (path.isEmpty())
            return;
        const QString error = m_window.exportFigure(path, options);
        if (!error.isEmpty())
            QMessageBox::warning(&m_window, tr("Export figure"), error);
        else
            m_window.statusBar()->showMessage(tr("Figure written to %1").arg(path), 8000);
    });
    file->addAction(tr("Export &data (CSV, JSON)…"), this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(&m_window, tr("Export data into folder"));
        if (dir.isEmpty())
            return;
        const QString error = m_window.exportData(dir);
        if (!error.isEmpty())
            QMessageBox::warning(&m_window, tr("Export data"), error);
    });
    file->addAction(tr("Export re&port (PDF)…"), QKeySequence(tr("Ctrl+Shift+E")), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(&m_window, tr("Export report"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = m_window.exportReport(path);
        if (!error.isEmpty())
            QMessageBox::warning(&m_window, tr("Export report"), error);
        else
            m_window.statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, &m_window, &QWidget::close);

    QMenu* edit = m_window.menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_window.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_window.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("&Copy results"), this,
                    [this] { m_window.resultsTable()->copySelection(); });
    edit->addAction(tr("Reset fit &windows"), this, [this] {
        core::AnalysisParameters s = m_window.state();
        s.fits.txWindow.reset();
        s.fits.tcWindow.reset();
        s.fits.tbWindow.reset();
        m_window.changeState(s, tr("Reset fit windows"));
    });

    // The docks come back from here once closed; the pages are stepped through like tabs
    // elsewhere (Ctrl+PgDown / Ctrl+PgUp).
    QMenu* view = m_window.menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : m_window.findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction* lecture = view->addAction(tr("&Lecture mode"));
    lecture->setCheckable(true);
    lecture->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lecture->setObjectName("lectureMode");
    connect(lecture, &QAction::toggled, this, [this](bool on) { m_window.setLectureMode(on); });
    view->addSeparator();
    QTabWidget* pages = m_window.pages();
    view->addAction(tr("&Next page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, [pages] {
        pages->setCurrentIndex((pages->currentIndex() + 1) % pages->count());
    });
    view->addAction(tr("&Previous page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [pages] {
        pages->setCurrentIndex((pages->currentIndex() + pages->count() - 1) % pages->count());
    });

    QMenu* settings = m_window.menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    // The language in use is marked (the application's "language" property, set where the
    // translator is installed); a choice applies at the next start.
    auto* languages = new QActionGroup(language);
    const QString current = QCoreApplication::instance()->property("language").toString();
    for (const auto& [code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "简体中文"}}) {
        QAction* choice =
            language->addAction(QString::fromUtf8(name), this, [this, code = QString(code)] {
                QSettings().setValue("language", code);
                QMessageBox::information(
                    &m_window, tr("Language"),
                    tr("The language changes when Tx Workbench starts next time."));
            });
        choice->setCheckable(true);
        choice->setChecked(code == (current.isEmpty() ? QString("en") : current));
        choice->setData(QString(code));
        languages->addAction(choice);
    }

    QMenu* help = m_window.menuBar()->addMenu(tr("&Help"));
    for (const DemoEnsemble& demo : demoEnsembles())
        help->addAction(tr("Demo ensemble: %1")
                            .arg(QCoreApplication::translate("tx::app::MainWindow", demo.title)),
                        this,
                        [this, key = QString::fromLatin1(demo.key)] { m_window.openDemo(key); });
    help->addAction(tr("T&our"), this, [this] { m_window.startTour(); });
    help->addAction(tr("&Teaching: the four paths"), this,
                    [this] { m_window.showPage(pageid::kTeaching); });
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            &m_window, tr("About Tx Workbench"),
            tr("<b>Tx Workbench</b> %1<br>Relaxation of nearest-neighbour pairs and the crossover "
               "temperature T_x of supercooled liquids.<br>GPL-3.0-or-later. Plots by QCustomPlot.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void WorkbenchMenus::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue("recent", recent);
    updateRecentMenu();
}

void WorkbenchMenus::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString& path : QSettings().value("recent").toStringList())
        m_recentMenu->addAction(path, this, [this, path] { m_window.openPath(path); });
}

} // namespace tx::app
