// The workbench in Simplified Chinese: every page of the demo, walked widget by widget (labels,
// buttons, choices, tables, trees, menus, plot titles, legends and notes), shows no English
// sentence — including what comes from the core (flags, why a fit failed, the path verdict,
// where q came from), which widgets/CoreText.h translates. The guided tour walks its steps in
// both languages. And every core sentence template is listed for the translator.
#include "app/workbench/GuidedTour.h"
#include "app/workbench/MainWindow.h"
#include "core/io/InputError.h"
#include "core/io/ThermoLog.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/InputSentences.h"
#include "core/model/Sentences.h"
#include "core/model/Units.h"
#include "core/pipeline/AnalysisParameters.h"
#include "tests/app/WaitForResults.h"
#include "tests/support/Waiting.h"
#include "widgets/CoreText.h"
#include "widgets/TypesetText.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <qcustomplot.h>

using namespace tx;

namespace {

using test::waitForResults;

QString plain(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument d;
    d.setHtml(text);
    return d.toPlainText();
}

// Two English words in a row (three letters or more each): a sentence left in English. Names
// that stay as they are in Chinese text (of formats, fonts) and commands of other programs
// (a word with an underscore: "dump_modify unwrap yes") are not sentences, nor is quoted data.
QStringList englishIn(const QString& text) {
    static const QRegularExpression words("[A-Za-z_]{3,}(?: [A-Za-z_]{3,})+");
    static const QStringList names = {"Ogg Theora", "DejaVu Sans"};
    // Quoted text is data (a line of the user's file, a column name): left as it is.
    static const QRegularExpression quoted("“[^”]*”|(?<![A-Za-z])'[^']*'|\"[^\"]*\"");
    const QString unquoted = plain(text).remove(quoted);
    QStringList found;
    for (auto it = words.globalMatch(unquoted); it.hasNext();) {
        const QString w = it.next().captured();
        if (!names.contains(w) && !w.contains('_'))
            found << w;
    }
    // The quality flags' codes (one word each) have Chinese labels too.
    static const QRegularExpression codes("\\b(gap|edge|one_sided|unstable|inside_window|"
                                          "few_points|bounds|preset)\\b");
    for (auto it = codes.globalMatch(unquoted); it.hasNext();)
        found << it.next().captured();
    return found;
}

// Every text a person can read in the window now: the widgets shown, the menus, and what the
// plots of the current page draw.
QStringList visibleTexts(QMainWindow& w) {
    QStringList out;
    for (QWidget* widget : w.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* l = qobject_cast<QLabel*>(widget))
            out << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(widget))
            out << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(widget))
            out << g->title();
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            for (int k = 0; k < combo->count(); ++k)
                out << combo->itemText(k);
        else if (auto* d = qobject_cast<QDockWidget*>(widget))
            out << d->windowTitle();
        else if (auto* t = qobject_cast<QTableWidget*>(widget)) {
            for (int c = 0; c < t->columnCount(); ++c)
                if (auto* h = t->horizontalHeaderItem(c))
                    out << h->text();
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    if (auto* item = t->item(r, c))
                        out << item->text() << item->toolTip();
        } else if (auto* tree = qobject_cast<QTreeWidget*>(widget)) {
            for (int c = 0; c < tree->columnCount(); ++c)
                out << tree->headerItem()->text(c);
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    out << (*it)->text(c) << (*it)->toolTip(c);
        } else if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
            for (int k = 0; k < plot->itemCount(); ++k)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(k)))
                    out << text->text();
            for (int k = 0; k < plot->plottableCount(); ++k)
                if (plot->legend->hasItemWithPlottable(plot->plottable(k)))
                    out << plot->plottable(k)->name();
            out << plot->toolTip();
        }
    }
    for (QTabWidget* tabs : w.findChildren<QTabWidget*>())
        for (int k = 0; k < tabs->count(); ++k)
            out << tabs->tabText(k) << tabs->tabToolTip(k);
    std::function<void(QMenu*)> menu = [&](QMenu* m) {
        out << m->title();
        for (QAction* a : m->actions()) {
            out << a->text();
            if (a->menu())
                menu(a->menu());
        }
    };
    for (QAction* a : w.menuBar()->actions())
        if (a->menu())
            menu(a->menu());
    return out;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT

private slots:
    void everyCoreSentenceIsListed_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<qsizetype>("listed");
        QTest::newRow("results") << QStringLiteral("Sentences.h")
                                 << qsizetype(std::size(core::sentence::kResultSentences));
        QTest::newRow("input") << QStringLiteral("InputSentences.h")
                               << qsizetype(std::size(core::sentence::kInputSentences));
    }
    void everyCoreSentenceIsListed() {
        // Each header declares its templates once with TX_SAY and lists them in its array: a
        // template missing from the array would stay English in the workbench.
        QFETCH(QString, header);
        QFETCH(qsizetype, listed);
        QFile file(TX_SOURCE_DIR "/core/model/" + header);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(listed, text.count(QRegularExpression("TX_SAY\\(\\s*\"")));
    }

    void coreSentencesAreRecognisedByTheirTemplates() {
        // English: left as it is. (The Chinese is checked on the pages below.)
        const std::string verdict = core::say(
            core::sentence::kVerdict, {core::say(core::sentence::kVerdictPathIV,
                                                 {core::say(core::sentence::kTxAbout, {"0.78"})}),
                                       core::say(core::sentence::kNoTgOrTm)});
        QCOMPARE(widgets::coreText(verdict), QString::fromStdString(verdict));
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        const QString chinese = widgets::coreText(verdict);
        QCoreApplication::removeTranslator(&zh);
        // The sentence, its parts and the number, in Chinese and in order.
        QVERIFY2(chinese.contains("路径 P_{IV}") && chinese.contains("T_x ≈ 0.78") &&
                     chinese.contains("未设定 T_g 或 T_m") && chinese.endsWith("。"),
                 qPrintable(chinese));
        QVERIFY2(englishIn(chinese).isEmpty(), qPrintable(chinese));
        // A sentence of no template comes back unchanged.
        QCOMPARE(widgets::coreText(QString("not a core sentence")), QString("not a core sentence"));
    }

    void everyCoreTemplateHasChineseWords() {
        // Each template, translated, holds no English sentence: a template added without its
        // translation, or translated by copying the English, fails here by name.
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        QStringList untranslated;
        auto check = [&](const char* pattern) {
            const QString english = QString::fromUtf8(pattern);
            const QString chinese = QCoreApplication::translate("tx::core::sentence", pattern);
            const QString words = QString(chinese).remove(QRegularExpression("%[1-9]"));
            const bool hasEnglishWords =
                !englishIn(english).isEmpty() || english.contains(QRegularExpression("[a-z]{4,}"));
            if (!englishIn(words).isEmpty() || (hasEnglishWords && chinese == english))
                untranslated << english + " → " + chinese;
        };
        for (const char* pattern : core::sentence::kResultSentences)
            check(pattern);
        for (const char* pattern : core::sentence::kInputSentences)
            check(pattern);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join("\n")));
    }

    void readersErrorsInChinese_data() {
        // Broken files of each kind, as a person may have them: the error of the reader that
        // meets them, translated whole (nested parts included). Expected: a Chinese phrase.
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty DCD") << "a.dcd" << QByteArray() << "不是 DCD 轨迹";
        QTest::newRow("DCD of 84 + 4 bytes")
            << "b.dcd" << QByteArray::fromHex("54000000") + QByteArray("CORD") + QByteArray(4, '\0')
            << "文件在记录内部意外结束";
        QTest::newRow("not GSD") << "c.gsd" << QByteArray(300, 'x') << "不是 GSD 文件";
        QTest::newRow("not HDF5") << "d.h5md" << QByteArray("hello\n") << "不是 HDF5 文件";
        QTest::newRow("damaged gzip")
            << "seg0.lammpstrj.gz"
            << QByteArray::fromHex("1f8b0800000000000003") + QByteArray(64, 'z')
            << "gzip 数据被截断";
        QTest::newRow("damaged xz")
            << "seg0.lammpstrj.xz" << QByteArray::fromHex("fd377a585a00") + QByteArray(64, 'z')
            << "xz：数据已损坏";
        QTest::newRow("thermo multi") << "log.lammps"
                                      << QByteArray("---------------- Step        0 ----- CPU "
                                                    "=      0.0000 (sec) ----------------\n")
                                      << "不读取 thermo_style multi";
    }
    void readersErrorsInChinese() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const std::string path = file.fileName().toStdString();
        std::string english;
        try {
            if (name.startsWith("log")) {
                core::readThermoLog(path);
            } else {
                auto frames = core::openTrajectory(path, {});
                core::Frame frame;
                while (frames->next(frame)) {
                }
            }
        } catch (const core::InputError& e) {
            english = e.what();
        }
        QVERIFY2(!english.empty(), "the broken file was read without an error");
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        const QString chinese = widgets::coreText(english);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(chinese.contains(expected) && chinese.contains(file.fileName()) &&
                     englishIn(chinese).isEmpty(),
                 qPrintable(QString::fromStdString(english) + "\n→ " + chinese));
    }

    void parameterErrorsInChinese() {
        core::AnalysisParameters p;
        p.reading.q = -1.0;
        const std::string q = core::invalidParameter(p);
        p.reading.q.reset();
        p.averaging.units = "furlongs";
        const std::string units = core::invalidParameter(p);
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        const QString qText = widgets::coreText(q), unitsText = widgets::coreText(units);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(qText, QString("q：必须是正数"));
        // The nested sentence (units → the unit styles) is translated too, the user's word kept.
        QVERIFY2(unitsText.startsWith("units：单位必须是 LAMMPS 单位风格") &&
                     unitsText.contains("“furlongs”"),
                 qPrintable(unitsText));
    }

    void everyPageInChineseHasNoEnglishSentence() {
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        {
            app::MainWindow w;
            w.resize(1366, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openDemo());
            QVERIFY(waitForResults(w));
            QStringList problems;
            for (const QString& id : w.pageIds()) {
                QVERIFY(w.showPage(id));
                QCoreApplication::processEvents();
                for (const QString& text : visibleTexts(w))
                    for (const QString& english : englishIn(text))
                        problems << QString("%1: \"%2\" in \"%3\"").arg(id, english, plain(text));
            }
            problems.removeDuplicates();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
        }
        QCoreApplication::removeTranslator(&zh);
    }

    void inputErrorsInChinese() {
        // A file that is not a dump, and a folder that does not exist: the errors name the
        // file and line in Chinese, the file name and the quoted text as they are.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("T1.0/r0"));
        QFile bad(dir.filePath("T1.0/r0/seg0.lammpstrj"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("hello world\n");
        bad.close();
        QTranslator zh;
        QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        for (const QString& path : {dir.path(), dir.filePath("no-such-folder")}) {
            app::MainWindow w;
            w.show();
            QSignalSpy failed(&w.runner(), &app::AnalysisRunner::failed);
            w.openPath(path);
            QVERIFY(failed.wait(test::kHangGuardMs) || !failed.isEmpty());
            const QString message = failed.front().front().toString();
            QVERIFY2(englishIn(message).isEmpty(), qPrintable(message));
            if (path == dir.path())
                QVERIFY2(message.contains("seg0.lammpstrj:1：") &&
                             message.contains("“hello world”"),
                         qPrintable(message));
            else
                QVERIFY2(message.contains("没有这个文件或文件夹"), qPrintable(message));
            QStringList shown;
            for (const QString& text : visibleTexts(w))
                shown << englishIn(text);
            QVERIFY2(shown.isEmpty(), qPrintable(shown.join("\n")));
        }
        QCoreApplication::removeTranslator(&zh);
    }

    void theTourWalksItsStepsInBothLanguages() {
        for (const bool chinese : {false, true}) {
            QTranslator zh;
            if (chinese) {
                QVERIFY(zh.load(TX_TRANSLATIONS_DIR "/tx_workbench_zh_CN.qm"));
                QCoreApplication::installTranslator(&zh);
            }
            app::MainWindow w;
            w.resize(1280, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Started with nothing open, the tour opens the demo.
            app::GuidedTour* tour = w.startTour();
            QVERIFY(!w.state().reading.ensemble.empty());
            QVERIFY(waitForResults(w));
            const int steps = int(app::GuidedTour::steps().size());
            QVERIFY(steps >= 5);
            QStringList pagesSeen;
            for (int k = 0; k < steps; ++k) {
                tour->showStep(k);
                QCoreApplication::processEvents();
                QCOMPARE(tour->step(), k);
                QVERIFY(tour->isVisible());
                pagesSeen << w.currentPageId();
                QCOMPARE(w.currentPageId(), QString(app::GuidedTour::steps()[std::size_t(k)].page));
                // The framed widget is there and shown, and the panel leaves it uncovered
                // unless it is the whole page.
                QVERIFY2(tour->target() && tour->target()->isVisible(),
                         app::GuidedTour::steps()[std::size_t(k)].target);
                const QRect framed(tour->target()->mapTo(&w, QPoint(0, 0)), tour->target()->size());
                const QRect pages(w.pages()->mapTo(&w, QPoint(0, 0)), w.pages()->size());
                if (framed.width() * framed.height() < pages.width() * pages.height() / 2)
                    QVERIFY(!tour->geometry().intersects(framed));
                QVERIFY(w.rect().contains(tour->geometry()));
                const QString body = plain(tour->bodyText());
                QVERIFY(body.size() > 60);
                QVERIFY(!body.contains('_')); // typeset: γ_τ drawn with a subscript
                if (chinese)
                    QVERIFY2(englishIn(tour->titleText() + " " + body).isEmpty(), qPrintable(body));
                else
                    QVERIFY(body.contains(' '));
            }
            // Load, correlators, γ_τ and dragging T_x, the 3D view — the issue's steps.
            for (const char* page : {"structure", "correlators", "gamma-tau", "pair-mobility-3d"})
                QVERIFY(pagesSeen.contains(page));
            // Help → Tour starts it again at the first step.
            QAction* help = nullptr;
            for (QAction* a : w.menuBar()->actions())
                if (a->menu() && a->menu()->actions().size() > 2 &&
                    a->menu()->title().contains(chinese ? "帮助" : "Help"))
                    help = a;
            QVERIFY(help);
            QAction* tourAction = nullptr;
            for (QAction* a : help->menu()->actions())
                if (a->text().remove('&').contains(chinese ? "导览" : "Tour"))
                    tourAction = a;
            QVERIFY(tourAction);
            tour->showStep(3);
            tourAction->trigger();
            QCOMPARE(tour->step(), 0);
            if (chinese)
                QCoreApplication::removeTranslator(&zh);
        }
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
