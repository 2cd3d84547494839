// The workbench under QT_QPA_PLATFORM=offscreen: the demo loads and computes in the
// background, cancel works, a dragged fit window updates the results (and undoes), exports
// and sessions round-trip, and excluding a replica re-averages without re-reading files.
#include "app/workbench/MainWindow.h"
#include "app/workbench/SessionFile.h"
#include "app/workbench/pages/WorkbenchPage.h"
#include "core/output/Measurement.h"
#include "widgets/ExportFile.h"
#include "widgets/FigureExportDialog.h"
#include "widgets/FitWindowSelector.h"
#include "widgets/LectureStyle.h"
#include "widgets/PlotExport.h"
#include "widgets/PlotPlacement.h"
#include "widgets/PlotReadout.h"
#include "widgets/ResultsTable.h"
#include "widgets/TypesetText.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPageSize>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>
#include <memory>
#include <nlohmann/json.hpp>
#include <qcustomplot.h>

#include "tests/app/WaitForResults.h"
#include "tests/support/Waiting.h"

using namespace tx;

namespace {

using test::waitForResults;

QString cell(app::MainWindow& w, int row, int column) {
    auto* item = w.resultsTable()->fitTable()->item(row, column);
    return item ? item->text() : QString();
}

void writeJson(const QString& path, const nlohmann::json& j) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::fromStdString(j.dump()));
}

widgets::FigureOptions figureOptions(const char* size, int fontPoints) {
    widgets::FigureOptions o;
    o.size = *widgets::figureSize(size);
    o.fontPoints = fontPoints;
    return o;
}

// The words pdftotext -bbox finds on each page of a PDF, with their boxes and the page size.
struct PdfWord {
    QString text;
    QRectF box;
    int page;
};
struct PdfText {
    std::vector<QSizeF> pages;
    std::vector<PdfWord> words;
    QString joined() const { // every word, in order, without spaces
        QString all;
        for (const PdfWord& w : words)
            all += w.text;
        return all;
    }
};

std::optional<PdfText> readPdfText(const QString& pdf) {
    QProcess p;
    p.start("pdftotext", {"-bbox", pdf, "-"});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    PdfText out;
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression page(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
    static const QRegularExpression word(
        R"re(<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>)re");
    qsizetype at = 0;
    for (;;) {
        const auto pm = page.match(html, at);
        const auto wm = word.match(html, at);
        if (!pm.hasMatch() && !wm.hasMatch())
            break;
        if (pm.hasMatch() && (!wm.hasMatch() || pm.capturedStart() < wm.capturedStart())) {
            out.pages.emplace_back(pm.captured(1).toDouble(), pm.captured(2).toDouble());
            at = pm.capturedEnd();
            continue;
        }
        QTextDocument decode; // &amp; &lt; ...
        decode.setHtml(wm.captured(5));
        out.words.push_back({decode.toPlainText(),
                             QRectF(QPointF(wm.captured(1).toDouble(), wm.captured(2).toDouble()),
                                    QPointF(wm.captured(3).toDouble(), wm.captured(4).toDouble())),
                             int(out.pages.size()) - 1});
        at = wm.capturedEnd();
    }
    return out;
}

// The characters a typeset title draws (markup removed), without spaces.
QString drawnCharacters(const QString& markup) {
    QString out;
    for (const widgets::MarkupRun& run : widgets::parseMarkup(markup))
        out += run.text;
    return out.remove(' ');
}

// Whether needle's characters appear in haystack in order.
bool inOrder(const QString& needle, const QString& haystack) {
    qsizetype at = 0;
    for (const QChar c : needle) {
        at = haystack.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

QByteArray head(const QString& path, int bytes) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.read(bytes);
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName("TxWorkbenchTests");
    }

    void helpAndVersionNeedNoDisplay() {
        for (const char* flag : {"--help", "--version"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
            env.insert("QT_QPA_PLATFORM", "xcb"); // would abort if a display were opened
            p.setProcessEnvironment(env);
            p.start(TX_WORKBENCH, {flag});
            QVERIFY(p.waitForFinished(test::kHangGuardMs));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(out.contains(flag == QString("--help") ? "--report" : "tx-workbench"),
                     qPrintable(out));
            if (flag == QString("--help")) // --page's help names every page (line breaks aside)
                for (const char* id : app::pageid::kInTabOrder)
                    QVERIFY2(out.simplified().contains(
                                 QString(id) + (id == app::pageid::kInTabOrder.back() ? ")" : ",")),
                             id);
        }
    }

    void pagesAreMadeWithTheDeclaredIdsInTabOrder() {
        // PageIds.h declares the ids that --page's help, sessions and the report use; the
        // window's tabs must be exactly those pages, in that order.
        app::MainWindow w;
        QStringList declared;
        for (const char* id : app::pageid::kInTabOrder)
            declared << id;
        QCOMPARE(w.pageIds(), declared);
        for (const QString& id : declared)
            QVERIFY2(w.findChild<app::WorkbenchPage*>(id), qPrintable(id));
    }

    void stateSerialisesAndKnowsWhatToRecompute() {
        core::AnalysisParameters a;
        a.reading.ensemble = "/data/ka";
        a.reading.q = 7.25;
        a.fits.txWindow = core::FitWindow{0.5, 0.9};
        a.averaging.excludedReplicas = {"0.6/r1"};
        a.fits.system = "ka";
        QCOMPARE(core::parametersFromJson(core::toJson(a)), a);
        auto b = a;
        b.fits.tcWindow = core::FitWindow{0.6, 1.0};
        QCOMPARE(core::recomputeNeeded(a, b), core::Recompute::Fits);
        auto c = a;
        c.averaging.species = 1;
        QCOMPARE(core::recomputeNeeded(a, c), core::Recompute::Averages);
        c.averaging.typePair = std::pair{1, 2};
        QCOMPARE(core::parametersFromJson(core::toJson(c)), c);
        b.averaging.excludedReplicas.clear();
        QCOMPARE(core::recomputeNeeded(a, b), core::Recompute::Averages);
        b.reading.rc = 1.3;
        QCOMPARE(core::recomputeNeeded(a, b), core::Recompute::Trajectories);
        QCOMPARE(core::recomputeNeeded(a, a), core::Recompute::Nothing);
    }

    void demoLoadsAndComputesInTheBackground() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(w.runner().isRunning()); // the window returned at once
        QVERIFY(waitForResults(w));
        QCOMPARE(w.resultsTable()->temperatureTable()->rowCount(), 5);
        QVERIFY2(cell(w, 0, 1).contains("±"), qPrintable(cell(w, 0, 1))); // T_x with its error
        QCOMPARE(cell(w, 3, 1), QString("P_IV"));
        const auto outcome = w.runner().outcome();
        QVERIFY(std::abs(outcome->correlator.q - 7.25) < 0.35);
        QVERIFY(std::abs(outcome->correlator.cutoff - 1.39) < 0.1);
        // Every curve of S(q) inside its axis range (S_{1-2} dips to -0.6: a fixed floor of
        // -0.5 used to cut it).
        auto* structure = w.findChild<QWidget*>("structure");
        QVERIFY(structure);
        QCustomPlot* sq = structure->findChildren<QCustomPlot*>().front();
        for (int g = 0; g < sq->graphCount(); ++g)
            for (auto it = sq->graph(g)->data()->constBegin();
                 it != sq->graph(g)->data()->constEnd(); ++it)
                QVERIFY2(sq->yAxis->range().contains(it->value),
                         qPrintable(sq->graph(g)->name() + " " + QString::number(it->value)));
    }

    void theStokesEinsteinPageShowsTheDeltaBand() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        auto* page = w.findChild<QWidget*>("stokes-einstein");
        QVERIFY(page);
        QCustomPlot* plot = page->findChildren<QCustomPlot*>().front();
        const auto& fit = w.runner().outcome()->characteristic.tb.fit;
        QVERIFY(fit.ok);
        std::vector<QCPGraph*> edges;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->name().startsWith("SE line ± δ (δ = 5 %)"))
                edges.push_back(plot->graph(g));
        QCOMPARE(edges.size(), std::size_t(2)); // upper and lower edge, one legend entry
        for (QCPGraph* edge : edges) {
            const auto first = edge->data()->constBegin();
            const double line = fit.intercept + fit.slope * first->key;
            QVERIFY(std::abs(std::abs(first->value / line - 1.0) - fit.delta) < 1e-12);
        }
    }

    void correlatorsAndMsdHaveErrorBands() {
        // F_s (F_+, F_-) and the MSD of every temperature with its bootstrap band, lag by lag:
        // the band's edges are the curve plus and minus its error.
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const auto& results = w.runner().outcome()->results;
        for (const char* pageId : {"correlators", "msd"}) {
            auto* page = w.findChild<QWidget*>(pageId);
            QVERIFY(page);
            QCustomPlot* plot = page->findChildren<QCustomPlot*>().front();
            std::vector<QCPGraph*> bands;
            for (int g = 0; g < plot->graphCount(); ++g)
                if (plot->graph(g)->property("band").toBool())
                    bands.push_back(plot->graph(g));
            QCOMPARE(bands.size(), 2 * results.size()); // lower and upper edge per temperature
            QVERIFY(bands[1]->brush().style() != Qt::NoBrush);
            const auto channel = std::string(pageId) == "msd" ? core::ChannelId::SquaredDisplacement
                                                              : core::ChannelId::SelfScattering;
            const auto& r = results.front();
            const auto upper = bands[1]->data()->constBegin();
            const std::size_t lag = std::size_t(
                std::find(r.correlators.time.begin(), r.correlators.time.end(), upper->key) -
                r.correlators.time.begin());
            QVERIFY(lag < r.correlators.time.size());
            QCOMPARE(upper->value,
                     r.correlators.curve(channel)[lag] + r.correlatorErrors.curve(channel)[lag]);
        }
    }

    void theDemoShowsTheDispersionAndTheCorrelatorsAtEachQ() {
        // The demo opens with a q list (4, 5.5, 9 beside the automatic q): the Dispersion page
        // draws tau_alpha(q) per temperature from the results, and the Correlators page shows
        // F_s at a chosen q with its own bootstrap band.
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const auto& outcome = *w.runner().outcome();
        const auto& r = outcome.results.front();
        QCOMPARE(r.dispersion.size(), std::size_t(3));
        QCOMPARE(r.dispersion[1].q, 5.5);
        auto* dispersion = w.findChild<QWidget*>("dispersion");
        QVERIFY(dispersion);
        QCustomPlot* taus = dispersion->findChildren<QCustomPlot*>().front();
        QCPGraph* coldest = nullptr;
        for (int g = 0; g < taus->graphCount(); ++g)
            if (taus->graph(g)->name() == QString("T = %1").arg(r.temperature))
                coldest = taus->graph(g);
        QVERIFY(coldest);
        QCOMPARE(coldest->dataCount(), 4);
        QCOMPARE(coldest->data()->at(0)->key, 4.0);
        QCOMPARE(coldest->data()->at(0)->value, r.dispersion[0].tauAlpha.value);
        QCOMPARE(coldest->data()->at(2)->key, outcome.correlator.q);
        QCOMPARE(coldest->data()->at(2)->value, r.observables.tauAlpha.value);

        auto* correlators = w.findChild<QWidget*>("correlators");
        auto* q = correlators->findChild<QComboBox*>("wavenumber");
        QVERIFY(q && !q->isHidden());
        QCOMPARE(q->count(), 4);
        q->setCurrentIndex(2);
        emit q->activated(2);
        QCustomPlot* plot = correlators->findChildren<QCustomPlot*>().front();
        std::vector<QCPGraph*> bands;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->property("band").toBool())
                bands.push_back(plot->graph(g));
        QVERIFY(bands.size() >= 2);
        const auto& at = r.dispersion[1];
        const auto upper = bands[1]->data()->constBegin();
        const std::size_t lag = std::size_t(
            std::find(at.correlators.time.begin(), at.correlators.time.end(), upper->key) -
            at.correlators.time.begin());
        QVERIFY(lag < at.correlators.time.size());
        QCOMPARE(upper->value, at.correlators.curve(core::ChannelId::SelfScattering)[lag] +
                                   at.correlatorErrors.curve(core::ChannelId::SelfScattering)[lag]);

        // The panel shows the list; one that does not parse cannot be applied.
        auto* field = w.findChild<QLineEdit*>("q_extra");
        QVERIFY(field);
        QCOMPARE(field->text(), QString("4, 5.5, 9"));
        auto* apply = w.findChild<QPushButton*>("applyParameters");
        field->setText("4, -1");
        QVERIFY(!apply->isEnabled());
        QVERIFY(field->toolTip().contains("-1"));
        field->setText("4, 5.5, 9");
        QVERIFY(apply->isEnabled());
    }

    void theWindowIsUsableAt1280x720And1366x768() {
        // A 768-pixel laptop and a 720p projector: the window fits, every tab is in view
        // (no scroll arrows), the results show five rows, every plot keeps a usable size
        // (a page larger than its room scrolls), and a long message does not push the
        // table's columns off-screen.
        app::MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openDemo();
        QVERIFY(waitForResults(w));
        for (const QSize screen : {QSize(1280, 720), QSize(1366, 768)}) {
            w.resize(screen);
            QTest::qWait(50);
            const QString at = QString("%1x%2").arg(screen.width()).arg(screen.height());
            QVERIFY2(w.minimumSizeHint().height() <= screen.height(), qPrintable(at));
            QVERIFY2(w.minimumSizeHint().width() <= screen.width(), qPrintable(at));
            QCOMPARE(w.size(), screen);
            auto* tabs = w.findChild<QTabWidget*>();
            QVERIFY2(tabs->tabBar()->sizeHint().width() <= tabs->width(), qPrintable(at));
            QTableWidget* perT = w.resultsTable()->temperatureTable();
            QVERIFY2(perT->viewport()->height() >= 5 * perT->rowHeight(0), qPrintable(at));
            for (const QString& id : w.pageIds()) {
                QVERIFY(w.showPage(id));
                QTest::qWait(20);
                for (QCustomPlot* plot : w.findChild<QWidget*>(id)->findChildren<QCustomPlot*>())
                    QVERIFY2(plot->width() >= 280 && plot->height() >= 200,
                             qPrintable(at + " " + id));
            }
        }
        // A failed T_c fit's long reason stays in its column (cut, whole in the tooltip).
        QTableWidget* fits = w.resultsTable()->fitTable();
        core::PipelineOutcome o = *w.runner().outcome();
        o.characteristic.tc.fit.best.ok = false;
        o.characteristic.tc.fit.best.problem = std::string(300, 'y');
        w.resultsTable()->showResults(o.results, o.characteristic);
        QVERIFY(fits->columnWidth(1) <= 340);
        QVERIFY(fits->item(1, 1)->toolTip().startsWith(QString(300, 'y')));
    }

    void hoveringAPointReadsOutItsValueAndError() {
        app::MainWindow w;
        w.resize(1400, 900);
        w.show();
        w.openDemo();
        QVERIFY(waitForResults(w));
        const auto& r = w.runner().outcome()->results.front(); // T = 0.6
        // A point of a curve: F_s at one lag, with its bootstrap error.
        w.showPage("correlators");
        QCustomPlot* plot =
            w.findChild<QWidget*>("correlators")->findChildren<QCustomPlot*>().front();
        plot->replot();
        QCPGraph* curve = nullptr;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->property("temperature").toDouble() == r.temperature)
                curve = plot->graph(g);
        QVERIFY(curve);
        const auto point = curve->data()->at(5);
        const std::size_t lag = std::size_t(
            std::find(r.correlators.time.begin(), r.correlators.time.end(), point->key) -
            r.correlators.time.begin());
        const QString fs = widgets::readoutAt(
            plot, curve->coordsToPixels(point->key, point->value) + QPointF(3, -2));
        QVERIFY2(fs.contains("T = 0.6"), qPrintable(fs));
        const QString expected = QString::fromStdString(
            core::measurementText(r.correlators.curve(core::ChannelId::SelfScattering)[lag],
                                  r.correlatorErrors.curve(core::ChannelId::SelfScattering)[lag]));
        QVERIFY2(fs.contains("F<sub>s</sub>(q,t) = " + expected), qPrintable(fs));
        // A point with error bars: tau_alpha against T.
        w.showPage("relaxation-times");
        plot = w.findChild<QWidget*>("relaxation-times")->findChildren<QCustomPlot*>().front();
        plot->replot();
        QCPGraph* taus = nullptr;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->name() == "τ_α")
                taus = plot->graph(g);
        QVERIFY(taus);
        const auto first = taus->data()->at(0);
        const QString tau =
            widgets::readoutAt(plot, taus->coordsToPixels(first->key, first->value));
        QVERIFY2(tau.contains(QString::fromStdString(
                     core::measurementText(r.observables.tauAlpha.value, r.tauAlphaError.value))),
                 qPrintable(tau));
        QVERIFY(widgets::readoutAt(plot, QPointF(-100, -100)).isEmpty()); // nothing in reach
    }

    void clickingARowSelectsItsTemperatureEverywhere() {
        app::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.openDemo();
        QVERIFY(waitForResults(w));
        QTableWidget* perT = w.resultsTable()->temperatureTable();
        QTableWidgetItem* row = perT->item(2, 0); // T = 0.8
        QTest::mouseClick(perT->viewport(), Qt::LeftButton, {}, perT->visualItemRect(row).center());
        QCOMPARE(perT->item(2, 3)->background().color(), QColor(255, 236, 150)); // the row
        QCOMPARE(perT->item(1, 3)->background().style(), Qt::NoBrush);
        // ... and its curve is drawn wider than the others on the Correlators page.
        QCustomPlot* plot =
            w.findChild<QWidget*>("correlators")->findChildren<QCustomPlot*>().front();
        double selected = 0, other = 0;
        for (int g = 0; g < plot->graphCount(); ++g) {
            const QVariant t = plot->graph(g)->property("temperature");
            if (!t.isValid())
                continue;
            (t.toDouble() == 0.8 ? selected : other) = plot->graph(g)->pen().widthF();
        }
        QVERIFY2(selected > other, qPrintable(QString("%1 %2").arg(selected).arg(other)));
    }

    void lectureModeEnlargesThickensAndDropsHatching() {
        app::MainWindow w;
        w.show();
        w.openDemo();
        QVERIFY(waitForResults(w));
        QCustomPlot* plot =
            w.findChild<QWidget*>("gamma-tau")->findChildren<QCustomPlot*>().front();
        const double normalPoints = plot->xAxis->tickLabelFont().pointSizeF();
        auto hatched = [plot] {
            int n = 0;
            for (int k = 0; k < plot->itemCount(); ++k)
                if (auto* rect = qobject_cast<QCPItemRect*>(plot->item(k)))
                    n += rect->brush().style() >= Qt::HorPattern &&
                         rect->brush().style() <= Qt::DiagCrossPattern;
            return n;
        };
        auto visibleDocks = [&w] {
            int n = 0;
            for (QDockWidget* d : w.findChildren<QDockWidget*>())
                n += d->isVisible();
            return n;
        };
        QVERIFY(hatched() > 0); // the T_x window
        QCOMPARE(visibleDocks(), 2);
        QTemporaryDir dir;
        auto exported = [&](const QString& name) {
            const QString path = dir.filePath(name);
            const QString error = w.exportFigure(path, {}, "gamma-tau");
            QFile f(path);
            return error.isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray normalFigure = exported("normal.svg");
        QVERIFY(!normalFigure.isEmpty());
        w.findChild<QAction*>("lectureMode")->trigger(); // View → Lecture mode (Ctrl+L)
        QVERIFY(w.lectureMode());
        QCOMPARE(visibleDocks(), 0);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(),
                 widgets::kLectureFontScale * normalPoints);
        QCOMPARE(hatched(), 0);
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->pen().style() != Qt::NoPen)
                QVERIFY(plot->graph(g)->pen().widthF() >= widgets::kLectureLineWidth);
        // A figure exported in lecture mode is the paper's figure, byte for byte, and the
        // screen stays in lecture style.
        QCOMPARE(exported("lecture.svg"), normalFigure);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(),
                 widgets::kLectureFontScale * normalPoints);
        QCOMPARE(hatched(), 0);
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->pen().style() != Qt::NoPen)
                QVERIFY(plot->graph(g)->pen().widthF() >= widgets::kLectureLineWidth);
        // A redraw (a temperature selected on a plot) is in lecture style too.
        emit w.findChild<app::WorkbenchPage*>("correlators")->temperatureSelected(0.8);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(),
                 widgets::kLectureFontScale * normalPoints);
        w.findChild<QAction*>("lectureMode")->trigger();
        QVERIFY(!w.lectureMode());
        QCOMPARE(visibleDocks(), 2);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), normalPoints);
        QVERIFY(hatched() > 0);
    }

    void copyingGivesHeadersAndValuesWithErrorsInColumns() {
        // Copy: a header line, each value and its error in a column of its own, the numbers
        // as computed (not "0.01136 ± 7.3e-05" in one cell, no header).
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        QTableWidget* perT = w.resultsTable()->temperatureTable();
        perT->setFocus();
        perT->setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, 2), true);
        w.resultsTable()->copySelection();
        const QStringList lines = QApplication::clipboard()->text().split('\n');
        QCOMPARE(lines.front(), QString("T\tτ_α\tτ_α error\tτ_+\tτ_+ error"));
        const auto& r = w.runner().outcome()->results.front();
        const QStringList first = lines[1].split('\t');
        QCOMPARE(first.size(), 5);
        QCOMPARE(first[0].toDouble(), r.temperature);
        QCOMPARE(first[1].toDouble(), r.observables.tauAlpha.value); // exactly, not rounded
        QCOMPARE(first[2].toDouble(), r.tauAlphaError.value);
        QCOMPARE(first[3].toDouble(), r.observables.tauPlus.value);
        QCOMPARE(lines.size(), 4); // header, two rows, the final newline
        const QString fits = w.resultsTable()->fitsAsText();
        QVERIFY2(fits.startsWith("Quantity\tValue\tValue error\tFlags"), qPrintable(fits));
        const auto& c = w.runner().outcome()->characteristic;
        const QStringList tx = fits.split('\n')[1].split('\t');
        QCOMPARE(tx[0], QString("T_x"));
        QCOMPARE(tx[1].toDouble(), c.tx.fit.tx);
        QCOMPARE(tx[2].toDouble(), c.tx.error);
    }

    void resultsAppearAsTheyCome() {
        // The tree from the files found, q and r_c once known, each temperature drawn when it
        // is done: all before the run has finished, on the GUI thread's own time.
        app::MainWindow w;
        struct Seen {
            bool finished = false;
            int treeItems = 0;
            double shownQ = 0;
            std::vector<std::size_t> interimSizes;
            int tableRows = -1;
        } seen;
        auto* tree = w.findChild<QTreeWidget*>();
        auto* q = w.findChild<QDoubleSpinBox*>("q");
        QVERIFY(tree && q);
        auto items = [tree] {
            return int(tree->findItems("*", Qt::MatchWildcard | Qt::MatchRecursive).size());
        };
        connect(&w.runner(), &app::AnalysisRunner::layoutKnown, this,
                [&] { seen.treeItems = items(); });
        connect(&w.runner(), &app::AnalysisRunner::interimResults, this, [&] {
            QVERIFY(!w.runner().outcome()); // the first run has not finished
            seen.interimSizes.push_back(w.runner().interim()->results.size());
            seen.tableRows = w.resultsTable()->temperatureTable()->rowCount();
            seen.shownQ = q->value();
        });
        w.openDemo();
        QVERIFY(waitForResults(w));
        QVERIFY(items() >= 1 + 5 + 15);    // the ensemble, its temperatures and replicas
        QCOMPARE(seen.treeItems, items()); // filled at once
        QVERIFY(!seen.interimSizes.empty());
        QVERIFY(std::is_sorted(seen.interimSizes.begin(), seen.interimSizes.end()));
        QVERIFY(seen.interimSizes.front() >= 1 && seen.interimSizes.back() <= 5);
        QCOMPARE(seen.tableRows, int(seen.interimSizes.back())); // drawn, not only computed
        QVERIFY(std::abs(seen.shownQ - w.runner().outcome()->correlator.q) < 1e-3); // not 0.010
        QVERIFY(!w.runner().interim()); // gone once the run is done
    }

    void cancelStopsTheRunAndKeepsTheWindowUsable() {
        app::MainWindow w;
        QSignalSpy cancelled(&w.runner(), &app::AnalysisRunner::cancelled);
        w.openDemo();
        w.runner().cancel();
        QVERIFY(test::waitForAny({&cancelled}));
        QVERIFY(!w.runner().isRunning());
        QVERIFY(!w.runner().outcome());
        w.openDemo(); // and it runs again
        QVERIFY(waitForResults(w));
        QCOMPARE(w.resultsTable()->temperatureTable()->rowCount(), 5);
    }

    void aFailedTcFitSaysWhyOnItsPlot() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        auto* plot = w.findChild<QWidget*>("mode-coupling")->findChildren<QCustomPlot*>().front();
        auto note = [plot]() -> QString {
            for (int k = 0; k < plot->itemCount(); ++k)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(k));
                    text && text->objectName() == "noFit")
                    return text->text();
            return {};
        };
        QVERIFY(note().isEmpty()); // the demo's T_c fits
        // A window that holds one temperature: no fit, and the plot says why.
        auto s = w.state();
        s.fits.tcWindow = core::FitWindow{1.2, 1.6};
        w.changeState(s, "narrow T_c window");
        QTRY_VERIFY(!note().isEmpty());
        QVERIFY2(note().startsWith("No T_c: fewer than 3 temperatures"), qPrintable(note()));
    }

    void draggingTheTxWindowRefitsAndUndoes() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const QString before = cell(w, 0, 1);
        const int steps = w.undoStack().count();
        // Drag the low handle of the T_x window to 0.75: the minimum at 0.8 is then at the
        // window's edge, so T_x falls back to the discrete argmin 0.8.
        w.fitWindowSelector("tx_window")->dragHandleTo(true, 0.75);
        QVERIFY(cell(w, 0, 1) != before); // updated while dragging
        w.fitWindowSelector("tx_window")->finishDrag();
        QCOMPARE(w.undoStack().count(), steps + 1);
        QVERIFY2(cell(w, 0, 1).startsWith("0.8"), qPrintable(cell(w, 0, 1)));
        QVERIFY(cell(w, 0, 3).startsWith("[0.75"));
        // At the window's edge, T_x is flagged: the code in the Flags column, the message in
        // the tooltip, a warning sign on the plot's marker.
        QVERIFY2(cell(w, 0, 2).contains("edge"), qPrintable(cell(w, 0, 2)));
        QVERIFY(w.resultsTable()->fitTable()->item(0, 1)->toolTip().contains("window"));
        bool marked = false;
        for (auto* plot : w.findChildren<QCustomPlot*>())
            for (int k = 0; k < plot->itemCount(); ++k)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(k)))
                    marked =
                        marked || (text->text().startsWith("T_x") && text->text().contains("⚠") &&
                                   plot->toolTip().contains("[edge]"));
        QVERIFY(marked);
        QVERIFY(w.state().fits.txWindow && std::abs(w.state().fits.txWindow->low - 0.75) < 1e-12);
        w.undoStack().undo();
        // A fits-only change is applied synchronously: nothing to wait for.
        QCOMPARE(cell(w, 0, 1), before);
        QVERIFY(!w.state().fits.txWindow);
    }

    void theDemosCoolingLogGivesTgAndItsWindowsDrag() {
        // The demo opens with its NPT cooling log: T_g is fitted (row 4 of the fits table),
        // the Glass transition page shows both windows, dragging the glass window refits live
        // and makes one undo step, and undo brings the automatic windows back.
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        QVERIFY(!w.state().fits.thermoLog.empty());
        const QString before = cell(w, 4, 1);
        QVERIFY2(before.contains("±"), qPrintable(before));
        QVERIFY(w.resultsTable()->fitTable()->item(4, 4)->text().contains("cooling log"));
        const auto* outcome = w.runner().outcome().get();
        QVERIFY(outcome->characteristic.glassTransition);
        const double tg = outcome->characteristic.glassTransition->fit.tg;
        auto* glass = w.fitWindowSelector("tg_glass_window");
        QVERIFY(glass && w.fitWindowSelector("tg_liquid_window"));
        const int steps = w.undoStack().count();
        glass->dragHandleTo(false, 0.30); // the glass line now stops at T = 0.30
        glass->finishDrag();
        QCOMPARE(w.undoStack().count(), steps + 1);
        QVERIFY(w.state().fits.tgGlassWindow &&
                std::abs(w.state().fits.tgGlassWindow->high - 0.30) < 1e-12);
        const auto& moved = *w.runner().outcome()->characteristic.glassTransition;
        QVERIFY(std::abs(moved.fit.glass.window.high - 0.30) < 1e-12);
        QVERIFY(!moved.automaticGlassWindow && moved.automaticLiquidWindow);
        QVERIFY(moved.fit.tg != tg);
        QVERIFY(cell(w, 4, 1) != before);
        w.undoStack().undo();
        QCOMPARE(cell(w, 4, 1), before);
        QVERIFY(!w.state().fits.tgGlassWindow);
    }

    void excludingAReplicaReaveragesWithoutReadingFiles() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const auto sums = w.runner().outcome()->sums;
        const QString tauBefore = w.resultsTable()->temperatureTable()->item(0, 1)->text();
        // The user opened T = 0.6 and T = 0.7 in the tree before excluding.
        auto* tree = w.findChild<QTreeWidget*>();
        QTreeWidgetItem* root = tree->topLevelItem(0);
        root->child(0)->setExpanded(true);
        root->child(1)->setExpanded(true);
        auto s = w.state();
        s.averaging.excludedReplicas = {"0.6/r0"};
        w.changeState(s, "exclude");
        QVERIFY(waitForResults(w));
        QCOMPARE(w.runner().outcome()->sums.get(), sums.get()); // same sums: nothing re-read
        QVERIFY(w.resultsTable()->temperatureTable()->item(0, 8)->text().startsWith("2/"));
        QVERIFY(w.resultsTable()->temperatureTable()->item(0, 1)->text() != tauBefore);
        // The tree stays open where it was, and T = 0.6 says it counts 2 of its 3 replicas.
        root = tree->topLevelItem(0);
        QVERIFY(root->isExpanded() && root->child(0)->isExpanded() &&
                root->child(1)->isExpanded() && !root->child(2)->isExpanded());
        QCOMPARE(root->child(0)->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(root->child(0)->text(1), QString("2 of 3 replica(s)"));
        QCOMPARE(root->child(0)->child(0)->checkState(0), Qt::Unchecked);
        QCOMPARE(root->child(1)->checkState(0), Qt::Checked);
    }

    void speciesResolutionFromTheParametersPanel() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const QString all = w.resultsTable()->temperatureTable()->item(0, 1)->text();
        auto s = w.state();
        s.averaging.species = 1;
        s.averaging.typePair = std::pair{1, 1};
        w.changeState(s, "species");
        QVERIFY(waitForResults(w));
        QVERIFY(w.resultsTable()->temperatureTable()->item(0, 1)->text() != all);
        QVERIFY(w.findChild<QComboBox*>()); // the panel shows the choice
        w.undoStack().undo();
        QVERIFY(waitForResults(w));
        QCOMPARE(w.resultsTable()->temperatureTable()->item(0, 1)->text(), all);
    }

    void pairCutoffsFromThePanelReachTheCorrelators() {
        core::AnalysisParameters a;
        a.reading.pairCutoffs = {{{1, 2}, 1.2}, {{2, 2}, 1.05}};
        QCOMPARE(core::parametersFromJson(core::toJson(a)), a);
        auto b = a;
        b.reading.pairCutoffs[{1, 2}] = 1.25;
        QCOMPARE(core::recomputeNeeded(a, b), core::Recompute::Trajectories);

        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        // The numbers (the table rounds them to their errors, which a small change hides).
        const double tauPlus = w.runner().outcome()->results.front().observables.tauPlus.value;
        auto* edit = w.findChild<QLineEdit*>("rc_type_pairs");
        auto* apply = w.findChild<QPushButton*>("applyParameters");
        QVERIFY(edit && apply);
        edit->setText("1-2=oops");
        QVERIFY(!apply->isEnabled()); // text that does not parse cannot be applied
        QVERIFY(edit->toolTip().contains("TYPE-TYPE=CUTOFF"));
        edit->setText("2-1=1.2");
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(w.state().reading.pairCutoffs, (core::TypePairCutoffs{{{1, 2}, 1.2}}));
        QVERIFY(waitForResults(w));
        QVERIFY(w.runner().outcome()->results.front().observables.tauPlus.value != tauPlus);
        const QString data = m_dir.filePath("pair-cutoff-data");
        QDir().mkpath(data);
        QCOMPARE(w.exportData(data), QString());
        QFile summary(data + "/summary.json");
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(summary.readAll().toStdString());
        QVERIFY2(j["parameters"]["rc_type_pairs"].dump().find("1.2") != std::string::npos,
                 j["parameters"]["rc_type_pairs"].dump().c_str());
    }

    void gammaPageShowsThePapersTableI() {
        app::MainWindow w;
        auto* note = w.findChild<QLabel*>("paperTableI");
        QVERIFY(note);
        for (const char* value : {"680 ± 20", "502 ± 23", "900 ± 20", "491 ± 8"}) // T_x, T_c
            QVERIFY2(note->text().contains(value), value);
    }

    void unitsFromThePanelReachTheFieldsTheAxesAndTheExports() {
        // The demo's dumps say no units; the demo opens with "lj" (DemoEnsembles). With the
        // field cleared: "unspecified (LJ?)", no suffixes. Units typed in the panel (bad text
        // blocks Apply) re-average only, then show on the q field, the relaxation-time and
        // temperature axes and in the exported summary.json.
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        auto* units = w.findChild<QLineEdit*>("units");
        auto* apply = w.findChild<QPushButton*>("applyParameters");
        auto* q = w.findChild<QDoubleSpinBox*>("q");
        QVERIFY(units && apply && q);
        QCOMPARE(units->text(), QString("lj"));
        QCOMPARE(q->suffix(), QString(" σ⁻¹"));
        units->clear();
        apply->click();
        QVERIFY(waitForResults(w));
        QVERIFY(w.runner().outcome()->units.empty());
        QCOMPARE(q->suffix(), QString());
        // The results dock ends with where to simulate next, its model in the tooltip.
        QTableWidget* fits = w.resultsTable()->fitTable();
        QCOMPARE(fits->item(fits->rowCount() - 1, 0)->text(), QString("Simulate next"));
        QVERIFY(fits->item(fits->rowCount() - 1, 1)->text().contains("0.75 (T_x)"));
        QVERIFY(fits->item(fits->rowCount() - 1, 1)->toolTip().contains("timesteps"));
        units->setText("parsecs");
        QVERIFY(!apply->isEnabled());
        QVERIFY(units->toolTip().contains("LAMMPS unit style"));
        units->setText("lj");
        QVERIFY(apply->isEnabled());
        const auto sums = w.runner().outcome()->sums;
        apply->click();
        QVERIFY(waitForResults(w));
        QCOMPARE(w.runner().outcome()->sums, sums); // no file was read again
        QCOMPARE(w.runner().outcome()->units, (core::Units{"σ", "τ"}));
        QCOMPARE(q->suffix(), QString(" σ⁻¹"));
        bool axisHasUnit = false, temperatureHasUnit = false;
        for (auto* plot : w.findChildren<QCustomPlot*>()) {
            axisHasUnit = axisHasUnit || widgets::axisTitle(plot->yAxis) == "relaxation time [τ]";
            temperatureHasUnit =
                temperatureHasUnit || widgets::axisTitle(plot->xAxis) == "T [ε/k_B]";
        }
        QVERIFY(axisHasUnit && temperatureHasUnit);
        const QString data = m_dir.filePath("units-data");
        QDir().mkpath(data);
        QCOMPARE(w.exportData(data), QString());
        QFile summary(data + "/summary.json");
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(summary.readAll().toStdString());
        QCOMPARE(j["length_unit"].get<std::string>(), std::string("σ"));
        QCOMPARE(j["time_unit"].get<std::string>(), std::string("τ"));
    }

    void everyPageExportsAFigureWhoseWordsAreAllThereAndOnThePage() {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const QString dir = m_dir.filePath("figures");
        QDir().mkpath(dir);
        for (const char* size : {"single", "double", "slide"}) {
            const auto options = figureOptions(size, 8);
            for (const QString& id : w.pageIds()) {
                if (id == "pair-mobility-3d")
                    continue; // a picture of the 3D view, not a figure (tst_vtk_view)
                const QString base = dir + "/" + id + "-" + size;
                widgets::FigureTexts texts;
                QCOMPARE(w.exportFigure(base + ".pdf", options, id, &texts), QString());
                const auto pdf = readPdfText(base + ".pdf");
                QVERIFY2(pdf && pdf->pages.size() == 1, qPrintable(base));
                // Every word inside the page: nothing cut at an edge.
                const QSizeF page = pdf->pages.front();
                for (const PdfWord& word : pdf->words)
                    QVERIFY2(word.box.left() >= -0.01 && word.box.top() >= -0.01 &&
                                 word.box.right() <= page.width() + 0.01 &&
                                 word.box.bottom() <= page.height() + 0.01,
                             qPrintable(base + ": '" + word.text + "' outside the page"));
                // Every axis title (typeset: no underscore drawn) and every tick label.
                const QString all = pdf->joined();
                QVERIFY2(!all.contains('_'), qPrintable(base + ": an underscore is drawn"));
                QVERIFY2(texts.titles.size() >= 2, qPrintable(base));
                for (const QString& title : texts.titles)
                    QVERIFY2(inOrder(drawnCharacters(title), all),
                             qPrintable(base + ": title " + title));
                // The legend and the marker labels (T_x, T_c, …) stand apart.
                QVERIFY2(texts.overlaps.isEmpty(),
                         qPrintable(base + ": " + texts.overlaps.join(", ")));
                QVERIFY2(!texts.tickLabels.isEmpty() || id == "msd" || id == "relaxation-times" ||
                             id == "mode-coupling",
                         qPrintable(base)); // those are log axes
                QStringList words;
                for (const PdfWord& word : pdf->words)
                    words << word.text;
                for (const QString& tick : texts.tickLabels)
                    QVERIFY2(words.contains(tick), qPrintable(base + ": tick " + tick));
                // The SVG carries the same texts; the PNG has the size asked for at 300 dpi
                // (one size is enough for those: the layout is the PDF's).
                if (QString(size) != "double")
                    continue;
                QCOMPARE(w.exportFigure(base + ".svg", options, id), QString());
                QFile svg(base + ".svg");
                QVERIFY(svg.open(QIODevice::ReadOnly));
                const QString svgText = QString::fromUtf8(svg.readAll());
                QVERIFY(svgText.contains("DejaVu Sans"));
                for (const QString& tick : texts.tickLabels)
                    QVERIFY2(svgText.contains(">" + tick + "<"), qPrintable(base + ".svg " + tick));
                QCOMPARE(w.exportFigure(base + ".png", options, id), QString());
                const QImage png(base + ".png");
                QCOMPARE(png.width(), qRound(options.size.widthMm / 25.4 * 300));
            }
        }
        // Beside each figure its data and a matplotlib script that redraws it (Debian's
        // python3-matplotlib, Agg); the CSV holds the numbers computed.
        // Debian's interpreter, where Debian's matplotlib is (not one earlier on PATH).
        const bool matplotlib =
            QProcess::execute("/usr/bin/python3", {"-c", "import matplotlib"}) == 0;
        std::vector<std::unique_ptr<QProcess>> scripts; // side by side: each starts Python
        for (const QString& id : w.pageIds()) {
            const QString base = dir + "/" + id + "-double";
            if (id == "pair-mobility-3d")
                continue;
            QVERIFY2(QFileInfo(base + ".csv").size() > 100, qPrintable(base));
            if (!matplotlib)
                continue;
            scripts.push_back(std::make_unique<QProcess>());
            scripts.back()->setObjectName(base);
            scripts.back()->start("/usr/bin/python3", {base + ".py", base + ".matplotlib.png"});
        }
        for (const auto& python : scripts) {
            const QString base = python->objectName();
            QVERIFY(python->waitForFinished(test::kHangGuardMs));
            QVERIFY2(python->exitCode() == 0, python->readAllStandardError().constData());
            QVERIFY2(QFileInfo(base + ".matplotlib.png").size() > 5000, qPrintable(base));
        }
        if (!matplotlib)
            qWarning("python3-matplotlib is not installed: the figure scripts were not run");
        QFile csv(dir + "/gamma-tau-double.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        std::vector<double> gammas;
        for (const QByteArray& line : csv.readAll().split('\n'))
            if (const auto cells = line.split(','); cells.size() == 9 && cells[2] == "points")
                gammas.push_back(cells[6].toDouble());
        const auto& results = w.runner().outcome()->results;
        QCOMPARE(gammas.size(), results.size());
        for (std::size_t k = 0; k < results.size(); ++k)
            QCOMPARE(gammas[k], *results[k].observables.gamma);
        // Several panels are lettered; one panel is not.
        const auto structure = readPdfText(dir + "/structure-double.pdf");
        QVERIFY(structure && structure->joined().contains("(a)") &&
                structure->joined().contains("(b)"));
        const auto gamma = readPdfText(dir + "/gamma-tau-double.pdf");
        QVERIFY(gamma && !gamma->joined().contains("(a)"));
        // The report: its title block, the tables and a numbered caption per figure.
        const QString report = dir + "/report.pdf";
        QCOMPARE(w.exportReport(report, QPageSize::Letter), QString());
        const auto text = readPdfText(report);
        QVERIFY(text && text->pages.size() >= 3);
        QCOMPARE(qRound(text->pages.front().width()), 612); // Letter: 8.5 in
        const QString all = text->joined();
        for (const char* expected : {"TxWorkbenchreport", "Ensemble:", "Characteristictemperatures",
                                     "Pertemperature", "Figure1.", "Figure8."})
            QVERIFY2(all.contains(expected), expected);
        // Its tables and notes are typeset (T_x, τ_α, γ_τ with real subscripts; no ASCII
        // spelling), in the figures' one typeface.
        for (const char* raw : {"T_", "tau_", "gamma_", "S_", "r_c"})
            QVERIFY2(!all.contains(raw), raw);
        for (const char* typeset : {"Tb[ε/kB]", "τα[τ]", "γτ=τ+/τ−"})
            QVERIFY2(all.contains(QString::fromUtf8(typeset)), typeset);
        if (!QStandardPaths::findExecutable("pdffonts").isEmpty()) {
            QProcess fonts;
            fonts.start("pdffonts", {report});
            QVERIFY(fonts.waitForFinished(test::kHangGuardMs));
            const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split('\n');
            for (const QString& line : lines.mid(2))
                if (!line.trimmed().isEmpty())
                    QVERIFY2(line.contains("DejaVuSans") && !line.contains("Mono"),
                             qPrintable(line));
        }
        for (const PdfWord& word : text->words)
            QVERIFY2(word.box.right() <= text->pages[std::size_t(word.page)].width() + 0.01 &&
                         word.box.bottom() <= text->pages[std::size_t(word.page)].height() + 0.01,
                     qPrintable("report: '" + word.text + "' outside its page"));
    }

    void overlappingAnnotationsAreSeenAndPlacedApart() {
        // The check the export test relies on sees a label over the legend; placing moves
        // the label off it.
        QCustomPlot plot;
        plot.resize(400, 300);
        plot.legend->setVisible(true);
        plot.addGraph()->setName("data");
        plot.graph(0)->setData({0.1, 0.9}, {0.1, 0.1});
        plot.xAxis->setRange(0, 1);
        plot.replot();
        auto* label = new widgets::TypesetText(&plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        const QRectF legend = plot.legend->outerRect();
        label->position->setCoords(plot.xAxis->pixelToCoord(legend.center().x()), 0.05);
        label->setText("T_x");
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        widgets::markAsMarkerLabel(label, 0.05);
        plot.replot();
        QCOMPARE(widgets::annotationOverlaps(&plot), QStringList{"legend / T_x"});
        widgets::placeAnnotations(&plot);
        QCOMPARE(widgets::annotationOverlaps(&plot), QStringList());
    }

    void menusHaveOneAccessKeyEachAViewMenuAndPageKeys() {
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Alt+F, R used to be ambiguous (Open recent and Export report): no two entries of a
        // menu (or of the menu bar) share an access key.
        QList<QList<QAction*>> menus{w.menuBar()->actions()};
        for (QMenu* menu : w.menuBar()->findChildren<QMenu*>())
            menus << menu->actions();
        for (const QList<QAction*>& actions : menus) {
            QSet<QChar> keys;
            for (QAction* a : actions) {
                const QString text = a->text();
                const qsizetype amp = text.indexOf('&');
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text[amp + 1].toLower();
                QVERIFY2(!keys.contains(key), qPrintable(text));
                keys.insert(key);
            }
        }
        // A closed dock comes back from the View menu.
        QMenu* view = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->text() == "&View")
                view = a->menu();
        QVERIFY(view);
        auto* results = w.findChild<QDockWidget*>("resultsDock");
        QVERIFY(results);
        results->close();
        QVERIFY(results->isHidden());
        for (QAction* a : view->actions())
            if (a->text() == results->windowTitle())
                a->trigger();
        QVERIFY(!results->isHidden());
        // Ctrl+PgDown and Ctrl+PgUp step through the pages.
        const int first = w.pages()->currentIndex();
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.pages()->currentIndex(), (first + 1) % w.pages()->count());
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.pages()->currentIndex(), first);
        // Export shortcuts; the language in use is marked (English here).
        QStringList shortcuts, checked;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut().toString();
            if (a->isCheckable() && a->isChecked() && a->data().toString().size() > 0)
                checked << a->data().toString();
        }
        QVERIFY(shortcuts.contains("Ctrl+E") && shortcuts.contains("Ctrl+Shift+E"));
        QCOMPARE(checked, QStringList{"en"});
    }

    void theExportDialogChoosesSizeFontAndPanels() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        const QStringList titles = w.panelTitles("structure");
        QVERIFY(titles.size() >= 2);
        widgets::FigureOptions initial = figureOptions("double", 9);
        widgets::FigureExportDialog dialog(titles, initial);
        QCOMPARE(dialog.panelChoices().size(), titles.size());
        QVERIFY(dialog.options().panels.isEmpty()); // all panels
        QCOMPARE(dialog.options().size.key, QString("double"));
        QCOMPARE(dialog.options().fontPoints, 9);
        // Only the second panel; none at all cannot be exported.
        dialog.panelChoices()[0]->setChecked(false);
        for (int k = 2; k < dialog.panelChoices().size(); ++k)
            dialog.panelChoices()[k]->setChecked(false);
        QCOMPARE(dialog.options().panels, QList<int>{1});
        dialog.panelChoices()[1]->setChecked(false);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.panelChoices()[1]->setChecked(true);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        // A custom size keeps the preset's numbers until changed.
        dialog.sizeChoice()->setCurrentIndex(dialog.sizeChoice()->findData("custom"));
        auto* width = dialog.findChildren<QDoubleSpinBox*>().front();
        QVERIFY(width->isEnabled());
        width->setValue(120);
        widgets::FigureOptions options = dialog.options();
        QCOMPARE(options.size.widthMm, 120.0);
        QCOMPARE(options.size.heightMm, 100.0);
        // The figure of that choice: one page 120 mm wide, the second panel alone (no
        // letter), its axis titles and not the first panel's.
        const QString pdf = m_dir.filePath("structure-b.pdf");
        widgets::FigureTexts texts;
        QCOMPARE(w.exportFigure(pdf, options, "structure", &texts), QString());
        const auto text = readPdfText(pdf);
        QVERIFY(text && text->pages.size() == 1);
        QCOMPARE(qRound(text->pages.front().width()), qRound(120 / 25.4 * 72));
        QVERIFY(!text->joined().contains("(a)"));
        QVERIFY(texts.titles.contains(titles[1]));
        QVERIFY(!texts.titles.contains(titles[0]));
        // A panel the page does not have is refused, naming the panels there are.
        options.panels = {7};
        QVERIFY(w.exportFigure(pdf, options, "structure").contains("panels a to"));
    }

    void exportsWriteRealFiles() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        QVERIFY(w.showPage("gamma-tau"));
        const QString base = m_dir.filePath("gamma");
        for (const QString suffix : {"pdf", "svg", "png"}) {
            const QString path = base + "." + suffix;
            QCOMPARE(w.exportFigure(path, figureOptions("double", 9)), QString());
            QVERIFY(QFileInfo(path).size() > 1000);
            QVERIFY(!QFileInfo::exists(widgets::temporaryPathFor(path)));
        }
        // Exporting over an existing file replaces it in one rename and leaves no temporary.
        QCOMPARE(w.exportFigure(base + ".pdf", figureOptions("single", 9)), QString());
        QCOMPARE(head(base + ".pdf", 4), QByteArray("%PDF"));
        QCOMPARE(QDir(m_dir.path()).entryList({"*.tmp*"}, QDir::Files | QDir::Hidden),
                 QStringList());
        // A figure that cannot be written (no such folder) reports it and leaves nothing.
        const QString nowhere = m_dir.filePath("missing-folder/gamma.pdf");
        QVERIFY(w.exportFigure(nowhere, figureOptions("double", 9)).contains("missing-folder"));
        QVERIFY(!QFileInfo::exists(nowhere));
        QCOMPARE(head(base + ".pdf", 4), QByteArray("%PDF"));
        QCOMPARE(head(base + ".png", 4), QByteArray("\x89PNG"));
        QVERIFY(head(base + ".svg", 400).contains("<svg"));
        const QString data = m_dir.filePath("data");
        QDir().mkpath(data);
        QCOMPARE(w.exportData(data), QString());
        for (const char* f :
             {"per_temperature.csv", "summary.json", "correlators/T0.6.csv", "structure/sq.csv"})
            QVERIFY2(QFileInfo(data + "/" + f).size() > 100, f);
        const QString report = m_dir.filePath("report.pdf");
        QCOMPARE(w.exportReport(report), QString());
        QVERIFY(QFileInfo(report).size() > 10000);
        QCOMPARE(head(report, 4), QByteArray("%PDF"));
    }

    void headlessExportsFromASessionAndItsCache() {
        // tx-workbench SESSION.txw --export-figures/--export-report with no display: the
        // session's cached results are used (they arrive at once; this used to never exit),
        // every file is printed, the exit codes are tx-analyze's.
        const QString session = m_dir.filePath("headless.txw");
        {
            app::MainWindow w;
            w.openDemo();
            QVERIFY(waitForResults(w));
            QString error;
            QVERIFY2(w.saveSession(session, &error), qPrintable(error));
        }
        auto run = [](const QStringList& args, QString* out = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove("DISPLAY");
            env.remove("QT_QPA_PLATFORM"); // the program chooses offscreen itself
            p.setProcessEnvironment(env);
            p.start(TX_WORKBENCH, args);
            if (!p.waitForFinished(test::kHangGuardMs))
                return -1;
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString dir = m_dir.filePath("headless");
        QString out;
        QCOMPARE(run({session, "--export-figures", dir, "--format", "pdf,svg", "--size", "slide",
                      "--font-pt", "10", "--pages", "gamma-tau,structure", "--export-report",
                      dir + "/report.pdf", "--paper", "letter"},
                     &out),
                 0);
        for (const char* f :
             {"gamma-tau.pdf", "gamma-tau.svg", "structure.pdf", "structure.svg", "report.pdf"}) {
            QVERIFY2(out.contains(dir + "/" + f), f);
            QVERIFY2(QFileInfo(dir + "/" + f).size() > 1000, f);
        }
        // Beside the figures their data and scripts; nothing else, no temporary.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 5 + 2 * 2);
        for (const char* f : {"gamma-tau.csv", "gamma-tau.py", "structure.csv", "structure.py"})
            QVERIFY2(QFileInfo::exists(dir + "/" + f), f);
        // Chosen panels ("structure:b") at a custom size in mm.
        const QString chosen = m_dir.filePath("headless-panels");
        QCOMPARE(run({session, "--export-figures", chosen, "--pages", "structure:b,gamma-tau",
                      "--size", "120x70"},
                     &out),
                 0);
        QVERIFY2(out.contains(chosen + "/structure-b.pdf"), qPrintable(out));
        const auto panel = readPdfText(chosen + "/structure-b.pdf");
        QVERIFY(panel && !panel->joined().contains("(a)"));
        QCOMPARE(qRound(panel->pages.front().width()), qRound(120 / 25.4 * 72));
        QVERIFY(QFileInfo::exists(chosen + "/gamma-tau.pdf"));
        // The 3D view's picture needs OpenGL: without a display it says so (an output error).
        QCOMPARE(run({session, "--export-figures", chosen, "--format", "png", "--pages",
                      "pair-mobility-3d"}),
                 3);
        // Bad requests: usage errors (2) before anything is computed; a missing ensemble (1).
        QCOMPARE(run({session, "--export-figures", dir, "--pages", "structure:z"}), 2);
        QCOMPARE(run({session, "--export-figures", dir, "--pages", "gamma-tau:b"}), 2);
        QCOMPARE(run({session, "--export-figures", dir, "--size", "10x10"}), 2);
        QCOMPARE(run({session, "--export-figures", dir, "--format", "jpg"}), 2);
        QCOMPARE(run({session, "--export-figures", dir, "--size", "poster"}), 2);
        QCOMPARE(run({session, "--export-figures", dir, "--pages", "nosuchpage"}), 2);
        QCOMPARE(run({m_dir.filePath("missing-ensemble"), "--export-figures", dir}), 1);
    }

    void sessionRoundTrip() {
        const QString path = m_dir.filePath("demo.txw");
        QString first;
        core::AnalysisParameters saved;
        {
            app::MainWindow w;
            w.openDemo();
            QVERIFY(waitForResults(w));
            auto s = w.state();
            s.fits.tbWindow = core::FitWindow{0.7, 1.5};
            s.averaging.excludedReplicas = {"1.0/r2"};
            w.changeState(s, "edit");
            QVERIFY(waitForResults(w));
            QVERIFY(w.showPage("stokes-einstein"));
            QString error;
            QVERIFY2(w.saveSession(path, &error), qPrintable(error));
            saved = w.state();
            first = w.resultsTable()->fitsAsText();
        }
        app::MainWindow again;
        QString error;
        QSignalSpy done(&again.runner(), &app::AnalysisRunner::finished);
        QVERIFY2(again.openSession(path, &error), qPrintable(error));
        QCOMPARE(done.count(), 1); // from the results cache beside the session: no waiting
        QCOMPARE(again.state(), saved);
        QCOMPARE(again.currentPageId(), QString("stokes-einstein"));
        QCOMPARE(again.resultsTable()->fitsAsText(), first);
        QFile broken(m_dir.filePath("broken.txw"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QVERIFY(!again.openSession(broken.fileName(), &error));
        QVERIFY(error.contains("broken.txw"));
    }

    // What is shown, saved and exported is what was computed (set r_c, Apply, set another,
    // Apply, Cancel: the panel must not show the second over results of the first).
    void cancellingRestoresThePanelToTheComputedParameters() {
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        auto s = w.state();
        s.reading.rc = 1.3;
        w.changeState(s, "r_c 1.3");
        QVERIFY(waitForResults(w));
        QCOMPARE(w.runner().outcome()->correlator.cutoff, 1.3);
        auto* rc = w.findChild<QDoubleSpinBox*>("rc");
        QVERIFY(rc);
        rc->setValue(1.5);
        QSignalSpy cancelled(&w.runner(), &app::AnalysisRunner::cancelled);
        w.findChild<QPushButton*>("applyParameters")->click();
        QVERIFY(w.runner().isRunning());
        w.runner().cancel();
        QVERIFY(test::waitForAny({&cancelled}));
        QCOMPARE(rc->value(), 1.3);
        QCOMPARE(w.state().reading.rc, std::optional(1.3));
        QCOMPARE(w.runner().outcome()->parameters.reading.rc, std::optional(1.3));
        // Export data reports the parameters of the results.
        const QString data = m_dir.filePath("after-cancel");
        QDir().mkpath(data);
        QCOMPARE(w.exportData(data), QString());
        QFile summary(data + "/summary.json");
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(summary.readAll().toStdString());
        QCOMPARE(j["parameters"]["rc"].get<double>(), 1.3);
        QCOMPARE(j["settings"]["rc"].get<double>(), 1.3);
    }

    void aSessionStoresTheParametersItsResultsWereComputedWith() {
        const QString path = m_dir.filePath("running.txw");
        app::MainWindow w;
        w.openDemo();
        QVERIFY(waitForResults(w));
        auto s = w.state();
        s.reading.rc = 1.5;
        w.changeState(s, "r_c 1.5");
        QVERIFY(w.runner().isRunning());
        QString error;
        QVERIFY2(w.saveSession(path, &error), qPrintable(error)); // saved mid-run
        const auto saved = app::readSession(path, &error);
        QVERIFY(saved);
        QVERIFY(!saved->parameters.reading.rc); // automatic, as computed; not the 1.5 in flight
        QVERIFY(waitForResults(w));
    }

    void aCacheOfOtherParametersIsNeverAdopted() {
        const QString path = m_dir.filePath("edited.txw");
        {
            app::MainWindow w;
            w.openDemo();
            QVERIFY(waitForResults(w));
            QString error;
            QVERIFY2(w.saveSession(path, &error), qPrintable(error));
        }
        // The session now asks for r_c = 1.5 beside a cache computed with the automatic r_c.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto j = nlohmann::json::parse(file.readAll().toStdString());
        file.close();
        j["rc"] = 1.5;
        writeJson(path, j);
        app::MainWindow again;
        QString error;
        QVERIFY2(again.openSession(path, &error), qPrintable(error));
        QVERIFY(again.runner().isRunning()); // the ensemble is read again
        QVERIFY(waitForResults(again));
        QCOMPARE(again.runner().outcome()->correlator.cutoff, 1.5);
        // Unchanged, the same session and cache are adopted without reading a file.
        j["rc"] = nullptr;
        writeJson(path, j);
        app::MainWindow third;
        QSignalSpy done(&third.runner(), &app::AnalysisRunner::finished);
        QVERIFY2(third.openSession(path, &error), qPrintable(error));
        QCOMPARE(done.count(), 1);
        QVERIFY(!third.runner().isRunning());
    }

    void sessionsOfVersionOneStillOpen() {
        // Version 1 stored the page as a tab index and had no reader options.
        const QString path = m_dir.filePath("v1.txw");
        nlohmann::json j = {{"format", "tx-workbench-session"},
                            {"version", 1},
                            {"ensemble", app::MainWindow::demoEnsemblePath().toStdString()},
                            {"q", nullptr},
                            {"rc", 1.4},
                            {"dt", 0.005},
                            {"origin_every", 0},
                            {"bootstrap", 50},
                            {"tx_window", {0.6, 1.5}},
                            {"system", "ka"},
                            {"view", {{"page", 3}}}};
        writeJson(path, j);
        QString error;
        const auto session = app::readSession(path, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->legacyPageIndex, std::optional(3));
        QCOMPARE(session->parameters.reading.rc, std::optional(1.4));
        QCOMPARE(session->parameters.averaging.bootstrap, 50);
        QVERIFY(session->parameters.reading.readers.dcdPositionsWrapped); // the default
        app::MainWindow w;
        QVERIFY(w.openSession(path, &error));
        QCOMPARE(w.currentPageId(), QString("gamma-tau"));
        QVERIFY(waitForResults(w));
    }

    void badFilesAreListedNotFatal() {
        // A copy of the demo with one truncated segment: the rest is analysed, the bad file
        // is shown with its error.
        const QString copy = m_dir.filePath("demo-copy");
        const QString demo = app::MainWindow::demoEnsemblePath();
        for (const QString& t : QDir(demo).entryList({"T*"}, QDir::Dirs))
            for (const QString& r : QDir(demo + "/" + t).entryList({"r*"}, QDir::Dirs)) {
                QDir().mkpath(copy + "/" + t + "/" + r);
                for (const QString& f : QDir(demo + "/" + t + "/" + r).entryList(QDir::Files))
                    QFile::copy(demo + "/" + t + "/" + r + "/" + f,
                                copy + "/" + t + "/" + r + "/" + f);
            }
        const QString bad = copy + "/T0.7/r1/seg0.lammpstrj.gz";
        QFile::remove(bad);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n400\n");
        file.close();
        // And a segment in a compression that is not read: listed, never dropped silently.
        QFile lz4(copy + "/T1.0/r0/seg2.lammpstrj.lz4");
        QVERIFY(lz4.open(QIODevice::WriteOnly));
        lz4.write("\x04\x22\x4d\x18");
        lz4.close();
        app::MainWindow w;
        w.openEnsemble(copy);
        QVERIFY(waitForResults(w));
        const auto outcome = w.runner().outcome();
        QCOMPARE(outcome->sums->badFiles.size(), std::size_t(2));
        QVERIFY(QString::fromStdString(outcome->sums->badFiles.front().message)
                    .contains("seg0.lammpstrj.gz:5"));
        QVERIFY(QString::fromStdString(outcome->sums->badFiles.back().message)
                    .contains("seg2.lammpstrj.lz4: no format reads this file name"));
        QVERIFY(!w.findChild<QTreeWidget*>()
                     ->findItems("seg2.lammpstrj.lz4", Qt::MatchRecursive)
                     .isEmpty());
        QCOMPARE(w.resultsTable()->temperatureTable()->rowCount(), 5);
        QVERIFY(w.resultsTable()->temperatureTable()->item(1, 8)->text() ==
                "3/5"); // T = 0.7 lost one segment
        const auto found =
            w.findChild<QTreeWidget*>()->findItems("seg0.lammpstrj.gz", Qt::MatchRecursive);
        bool shown = false;
        for (auto* item : found)
            shown = shown || item->text(1).contains("unexpected end of file");
        QVERIFY(shown);
    }

    void sessionReopensFromItsCacheWithoutTrajectories() {
        // Save with results, remove the trajectories: the session still opens, instantly,
        // with the same numbers; a damaged cache only means a recomputation.
        const QString copy = m_dir.filePath("gone");
        QDir().mkpath(copy + "/T1.0/r0");
        QDir().mkpath(copy + "/T1.0/r1");
        QDir().mkpath(copy + "/T1.5/r0");
        QDir().mkpath(copy + "/T1.5/r1");
        const QString demo = app::MainWindow::demoEnsemblePath();
        for (const QString tr : {"T1.0/r0", "T1.0/r1", "T1.5/r0", "T1.5/r1"})
            for (const QString seg : {"seg0.lammpstrj.gz", "seg1.lammpstrj.gz"})
                QVERIFY(QFile::copy(demo + "/" + tr + "/" + seg, copy + "/" + tr + "/" + seg));
        const QString path = m_dir.filePath("cached.txw");
        QString table;
        {
            app::MainWindow w;
            w.openEnsemble(copy);
            QVERIFY(waitForResults(w));
            QVERIFY(w.saveSession(path));
            table = w.resultsTable()->fitsAsText();
        }
        QVERIFY(QFileInfo(path + ".cache").size() > 1000);
        QVERIFY(QDir(copy).removeRecursively());
        app::MainWindow again;
        QSignalSpy done(&again.runner(), &app::AnalysisRunner::finished);
        QVERIFY(again.openSession(path));
        QCOMPARE(done.count(), 1); // synchronously, from the cache
        QCOMPARE(again.resultsTable()->fitsAsText(), table);
        QCOMPARE(again.resultsTable()->temperatureTable()->rowCount(), 2);

        QFile cache(path + ".cache");
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("garbage");
        cache.close();
        app::MainWindow third;
        QSignalSpy failed(&third.runner(), &app::AnalysisRunner::failed);
        QVERIFY(third.openSession(path)); // falls back to reading, which now fails cleanly
        QVERIFY(test::waitForAny({&failed}));
    }

    void badEnsembleShowsTheErrorInsteadOfCrashing() {
        app::MainWindow w;
        QSignalSpy failed(&w.runner(), &app::AnalysisRunner::failed);
        w.openEnsemble(m_dir.filePath("does-not-exist"));
        QVERIFY(test::waitForAny({&failed}));
        QVERIFY(failed.front().front().toString().contains("no such file or folder"));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
