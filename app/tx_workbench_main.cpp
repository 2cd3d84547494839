// tx-workbench: the desktop workbench. Usage: tx-workbench [ENSEMBLE | SESSION.txw] [--demo]
// [--lang en|zh_CN] [--page ID] [--window-size WxH] [--lecture] [--tour STEP] [--grab PNG]
// [--report PDF]
// [--export-figures DIR ...]
// (--grab, --report/--export-report and --export-figures write once results are in, then
// quit with tx-analyze's exit codes; the last two need no display).
#include "app/workbench/DemoEnsembles.h"
#include "app/workbench/MainWindow.h"
#include "app/workbench/pages/PageIds.h"
#include "widgets/PlotExport.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QSettings>
#include <QSurfaceFormat>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

namespace {

// "structure, correlators, ...": the pages' ids in tab order, for --page's help.
QString pageIdList() {
    QStringList ids;
    for (const char* id : tx::app::pageid::kInTabOrder)
        ids << QString::fromLatin1(id);
    return ids.join(", ");
}

// The command line, declared once for the GUI run and for --help/--version without one.
struct Options {
    QCommandLineOption demo{
        "demo", QCoreApplication::translate("main", "open the bundled Kob-Andersen demo ensemble")};
    QCommandLineOption demoSystem{
        "demo-system",
        QCoreApplication::translate("main", "open one of the bundled demos: ka or cuzr"), "key"};
    QCommandLineOption lang{"lang", QCoreApplication::translate("main", "language: en or zh_CN"),
                            "code"};
    QCommandLineOption grab{
        "grab",
        QCoreApplication::translate(
            "main", "save a picture of the window when results are ready, then quit"),
        "png"};
    QCommandLineOption windowSize{
        "window-size",
        QCoreApplication::translate(
            "main", "the window's size in pixels, e.g. 1366x768 (screenshots, small screens)"),
        "WxH"};
    QCommandLineOption lecture{
        "lecture", QCoreApplication::translate(
                       "main", "start in lecture mode: large type, thick lines, no side panels")};
    QCommandLineOption tour{"tour",
                            QCoreApplication::translate(
                                "main", "start the guided tour at this step (1 is the first); the "
                                        "tour also starts by itself the first time"),
                            "step"};
    QCommandLineOption timing{
        "timing",
        QCoreApplication::translate(
            "main", "print when the first result and all results were drawn (seconds since "
                    "the start; the open-to-first-result benchmark), then quit")};
    QCommandLineOption page{"page",
                            QCoreApplication::translate(
                                "main", "show this page first: its id (%1) or its 0-based index")
                                .arg(pageIdList()),
                            "id"};
    QCommandLineOption report{
        "report",
        QCoreApplication::translate(
            "main",
            "write the PDF report when results are ready (with --grab: before the picture), "
            "then quit"),
        "pdf"};
    QCommandLineOption exportReport{
        "export-report", QCoreApplication::translate("main", "the same as --report"), "pdf"};
    QCommandLineOption paper{
        "paper", QCoreApplication::translate("main", "the report's paper: a4 (default) or letter"),
        "size", "a4"};
    QCommandLineOption exportFigures{
        "export-figures",
        QCoreApplication::translate("main", "write every page's figure into this folder as "
                                            "<page id>.<format> when results are ready, then quit"),
        "dir"};
    QCommandLineOption format{
        "format", QCoreApplication::translate("main", "figure formats: pdf,svg,png (default pdf)"),
        "list", "pdf"};
    QCommandLineOption size{
        "size",
        QCoreApplication::translate("main", "figure size: single (86 mm), double (178 mm), "
                                            "slide (254 mm, 16:9) or WIDTHxHEIGHT in mm (the "
                                            "height of one row of panels); default single"),
        "size", "single"};
    QCommandLineOption fontPt{
        "font-pt", QCoreApplication::translate("main", "figure font size in points (default 8)"),
        "points", "8"};
    QCommandLineOption pages{
        "pages",
        QCoreApplication::translate(
            "main", "the figures --export-figures writes: page ids, comma-separated, each with "
                    "the letters of the panels to draw if not all (structure:b writes "
                    "structure-b.pdf); default every page but the 3D view, whose PNG needs "
                    "OpenGL: a display or xvfb-run"),
        "ids"};
};

// What --export-figures asked for, checked before anything is computed.
struct FigureRequest {
    QString directory;
    QStringList formats, pages;
    tx::widgets::FigureOptions options;
};

// Exit codes as tx-analyze's (app/AnalyzeCommand.h).
enum Exit { Ok = 0, BadInput = 1, Usage = 2, OutputFailed = 3 };

std::optional<FigureRequest> figureRequest(const QCommandLineParser& parser, const Options& o,
                                           QString* error) {
    FigureRequest r;
    r.directory = parser.value(o.exportFigures);
    r.formats = parser.value(o.format).toLower().split(',', Qt::SkipEmptyParts);
    for (const QString& f : r.formats)
        if (f != "pdf" && f != "svg" && f != "png") {
            *error = QString("--format: '%1' is not pdf, svg or png").arg(f);
            return std::nullopt;
        }
    const auto size = tx::widgets::parseFigureSize(parser.value(o.size));
    if (!size) {
        *error = QString("--size: '%1' is not single, double, slide or WIDTHxHEIGHT in mm "
                         "(30 to 600 each)")
                     .arg(parser.value(o.size));
        return std::nullopt;
    }
    r.options.size = *size;
    bool ok = false;
    r.options.fontPoints = parser.value(o.fontPt).toInt(&ok);
    if (!ok || r.options.fontPoints < 4 || r.options.fontPoints > 36) {
        *error = QString("--font-pt: '%1' is not a size from 4 to 36").arg(parser.value(o.fontPt));
        return std::nullopt;
    }
    r.pages = parser.value(o.pages).split(',', Qt::SkipEmptyParts);
    return r;
}

// Headless exports need no display: the offscreen platform, unless one was chosen or the 3D
// view's picture is asked for where there is a display (Xvfb: it needs OpenGL).
bool exportsOnly(int argc, char** argv) {
    bool exports = false, grab = false, view3d = false;
    for (int k = 1; k < argc; ++k) {
        const char* a = argv[k];
        exports = exports || std::strncmp(a, "--export-", 9) == 0 ||
                  std::strncmp(a, "--report", 8) == 0 || std::strcmp(a, "--timing") == 0;
        grab = grab || std::strncmp(a, "--grab", 6) == 0;
        view3d = view3d || std::strstr(a, tx::app::pageid::kPairMobility3d) != nullptr;
    }
    const bool display =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return exports && !grab && !(view3d && display);
}

void describe(QCoreApplication& app, QCommandLineParser& parser, const Options& o) {
    QCoreApplication::setOrganizationName("TxWorkbench");
    QCoreApplication::setApplicationName("tx-workbench");
    QCoreApplication::setApplicationVersion(TX_VERSION);
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Tx Workbench: the crossover temperature of supercooled liquids"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "path",
        QCoreApplication::translate("main", "ensemble folder, manifest.json or session.txw"));
    parser.addOptions({o.demo, o.demoSystem, o.lang, o.grab, o.windowSize, o.lecture, o.tour,
                       o.timing, o.page, o.report, o.exportReport, o.paper, o.exportFigures,
                       o.format, o.size, o.fontPt, o.pages});
    parser.process(app); // prints and exits for --help and --version
}

// --help and --version need no display: answered before a QApplication opens one.
bool asksOnlyForText(int argc, char** argv) {
    for (int k = 1; k < argc; ++k)
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"})
            if (std::strcmp(argv[k], flag) == 0)
                return true;
    return false;
}

// Prints, for --timing, the seconds from the start to the first drawn result and to the
// last (the window's own slots run first: they were connected when it was built).
void reportTimes(tx::app::MainWindow& window, const QElapsedTimer& clock) {
    auto drawn = [&window, &clock](const char* what) {
        window.grab(); // the current page is painted, not only computed
        std::printf("%s %.3f s\n", what, double(clock.nsecsElapsed()) * 1e-9);
        std::fflush(stdout);
    };
    auto first = std::make_shared<bool>(true);
    QObject::connect(&window.runner(), &tx::app::AnalysisRunner::interimResults, &window,
                     [drawn, first] {
                         if (std::exchange(*first, false))
                             drawn("first result drawn after");
                     });
    QObject::connect(&window.runner(), &tx::app::AnalysisRunner::finished, &window, [drawn, first] {
        if (std::exchange(*first, false))
            drawn("first result drawn after");
        drawn("all results drawn after");
        QApplication::exit(0);
    });
    QObject::connect(&window.runner(), &tx::app::AnalysisRunner::failed, &window,
                     [](const QString& message) {
                         std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(message));
                         QApplication::exit(1);
                     });
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer clock;
    clock.start();
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        const Options o;
        describe(app, parser, o);
        return 0;
    }
    if (exportsOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Before the QApplication (docs/stack.md, "The VTK adapter").
    tx::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const Options o;
    describe(app, parser, o);
    const QCommandLineOption &demo = o.demo, &lang = o.lang, &grab = o.grab, &page = o.page,
                             &report = o.report;

    const QString language =
        parser.isSet(lang) ? parser.value(lang) : QSettings().value("language", "en").toString();
    QTranslator translator;
    const bool translated =
        language != "en" && translator.load(":/i18n/tx_workbench_" + language + ".qm");
    if (translated)
        QCoreApplication::installTranslator(&translator);
    // Read by the Language menu, which marks the language in use.
    app.setProperty("language", translated ? language : QString("en"));

    tx::app::MainWindow window;
    if (parser.isSet(o.windowSize)) {
        const QStringList wh = parser.value(o.windowSize).toLower().split('x');
        const int w = wh.size() == 2 ? wh[0].toInt() : 0, h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 200 || h < 200 || w > 20000 || h > 20000) {
            std::fprintf(stderr, "tx-workbench: --window-size: '%s' is not WxH in pixels\n",
                         qPrintable(parser.value(o.windowSize)));
            return Usage;
        }
        window.resize(w, h);
    }
    window.show();
    if (parser.isSet(o.lecture))
        window.findChild<QAction*>("lectureMode")->setChecked(true); // the menu shows it too
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        bool isIndex = false;
        const int index = parser.value(page).toInt(&isIndex);
        if (isIndex)
            window.pages()->setCurrentIndex(index);
        else
            std::fprintf(stderr, "tx-workbench: no page '%s'; the pages are %s\n",
                         qPrintable(parser.value(page)), qPrintable(window.pageIds().join(", ")));
    }
    const QString reportPath =
        parser.isSet(o.exportReport) ? parser.value(o.exportReport) : parser.value(report);
    const QString paper = parser.value(o.paper).toLower();
    if (paper != "a4" && paper != "letter") {
        std::fprintf(stderr, "tx-workbench: --paper: '%s' is not a4 or letter\n",
                     qPrintable(paper));
        return Usage;
    }
    std::optional<FigureRequest> figures;
    if (parser.isSet(o.exportFigures)) {
        QString error;
        figures = figureRequest(parser, o, &error);
        if (!figures) {
            std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(error));
            return Usage;
        }
        if (const QString problem = window.figureListProblem(figures->pages); !problem.isEmpty()) {
            std::fprintf(stderr, "tx-workbench: --pages: %s\n", qPrintable(problem));
            return Usage;
        }
        if (!QDir().mkpath(figures->directory)) {
            std::fprintf(stderr, "tx-workbench: cannot create the folder %s\n",
                         qPrintable(figures->directory));
            return OutputFailed;
        }
    }
    if (parser.isSet(grab) || !reportPath.isEmpty() || figures) {
        const QString file = parser.value(grab);
        const QPageSize::PageSizeId pageSize =
            paper == "letter" ? QPageSize::Letter : QPageSize::A4;
        auto writeAndQuit = [&window, file, reportPath, figures, pageSize](int status) {
            QTimer::singleShot(
                500, &window, [&window, file, reportPath, figures, pageSize, status] {
                    int exit = status;
                    if (status == Ok && !reportPath.isEmpty()) {
                        if (const QString error = window.exportReport(reportPath, pageSize);
                            !error.isEmpty()) {
                            std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(error));
                            exit = OutputFailed;
                        } else
                            std::printf("wrote %s\n", qPrintable(reportPath));
                    }
                    if (status == Ok && figures) {
                        QStringList written;
                        const QString error =
                            window.exportFigures(figures->directory, figures->formats,
                                                 figures->options, figures->pages, &written);
                        for (const QString& w : written)
                            std::printf("wrote %s\n", qPrintable(w));
                        if (!error.isEmpty()) {
                            std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(error));
                            exit = error.startsWith("No page") ? Usage : OutputFailed;
                        }
                    }
                    if (!file.isEmpty())
                        window.grab().save(file);
                    std::fflush(stdout);
                    QApplication::exit(exit);
                });
        };
        QObject::connect(&window.runner(), &tx::app::AnalysisRunner::finished, &window,
                         [writeAndQuit] { writeAndQuit(Ok); });
        QObject::connect(&window.runner(), &tx::app::AnalysisRunner::failed, &window,
                         [writeAndQuit](const QString& message) {
                             std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(message));
                             writeAndQuit(BadInput);
                         });
    }
    if (parser.isSet(o.timing))
        reportTimes(window, clock);
    // Opened after the connections above: a session's cached results arrive at once (the
    // runner adopts them inside openPath), and a --grab or an export must not miss them.
    if (parser.isSet(o.demoSystem)) {
        if (!window.openDemo(parser.value(o.demoSystem))) {
            QStringList keys;
            for (const tx::app::DemoEnsemble& d : tx::app::demoEnsembles())
                keys << d.key;
            std::fprintf(stderr, "tx-workbench: no demo '%s'; the demos are %s\n",
                         qPrintable(parser.value(o.demoSystem)), qPrintable(keys.join(", ")));
            return 2;
        }
    } else if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().front());
    // The guided tour: asked for, or the first time the workbench opens for a person (not
    // for a picture, an export or a timing).
    QSettings settings;
    const bool unattended =
        parser.isSet(grab) || !reportPath.isEmpty() || figures || parser.isSet(o.timing);
    if (parser.isSet(o.tour)) {
        bool isNumber = false;
        const int step = parser.value(o.tour).toInt(&isNumber);
        if (!isNumber || step < 1) {
            std::fprintf(stderr, "tx-workbench: --tour: '%s' is not a step number (1, 2, …)\n",
                         qPrintable(parser.value(o.tour)));
            return Usage;
        }
        window.startTour(step - 1);
        settings.setValue("tour/seen", true);
    } else if (!unattended && !settings.value("tour/seen", false).toBool()) {
        QTimer::singleShot(0, &window, [&window] { window.startTour(); });
        settings.setValue("tour/seen", true);
    }
    return app.exec();
}
