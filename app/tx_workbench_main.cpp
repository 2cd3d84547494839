// tx-workbench: the desktop workbench. Usage: tx-workbench [ENSEMBLE | SESSION.txw] [--demo]
// [--lang en|zh_CN] [--page ID] [--grab PNG] [--report PDF] (the last two write once results
// are in, then quit).
#include "app/workbench/DemoEnsembles.h"
#include "app/workbench/MainWindow.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QSettings>
#include <QSurfaceFormat>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstring>

namespace {

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
    QCommandLineOption page{
        "page",
        QCoreApplication::translate(
            "main", "show this page first: its id (structure, correlators, relaxation-times, "
                    "gamma-tau, stokes-einstein, mode-coupling, glass-transition, msd, "
                    "pair-mobility-3d, teaching) "
                    "or, as before, its 0-based index"),
        "id"};
    QCommandLineOption report{
        "report",
        QCoreApplication::translate(
            "main",
            "write the PDF report when results are ready (with --grab: before the picture), "
            "then quit"),
        "pdf"};
};

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
    parser.addOptions({o.demo, o.demoSystem, o.lang, o.grab, o.page, o.report});
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

} // namespace

int main(int argc, char** argv) {
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        const Options o;
        describe(app, parser, o);
        return 0;
    }
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
    if (language != "en" && translator.load(":/i18n/tx_workbench_" + language + ".qm"))
        QCoreApplication::installTranslator(&translator);

    tx::app::MainWindow window;
    window.show();
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        bool isIndex = false;
        const int index = parser.value(page).toInt(&isIndex);
        if (isIndex)
            window.pages()->setCurrentIndex(index);
        else
            std::fprintf(stderr, "tx-workbench: no page '%s'; the pages are %s\n",
                         qPrintable(parser.value(page)), qPrintable(window.pageIds().join(", ")));
    }
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
    if (parser.isSet(grab) || parser.isSet(report)) {
        const QString file = parser.value(grab), pdf = parser.value(report);
        auto grabAndQuit = [&window, file, pdf] {
            QTimer::singleShot(500, &window, [&window, file, pdf] {
                if (!pdf.isEmpty())
                    if (const QString error = window.exportReport(pdf); !error.isEmpty())
                        std::fprintf(stderr, "tx-workbench: %s\n", qPrintable(error));
                if (!file.isEmpty())
                    window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(&window.runner(), &tx::app::AnalysisRunner::finished, &window,
                         grabAndQuit);
        QObject::connect(&window.runner(), &tx::app::AnalysisRunner::failed, &window,
                         [grabAndQuit](const QString& message) {
                             qWarning("%s", qPrintable(message));
                             grabAndQuit();
                         });
    }
    return app.exec();
}
