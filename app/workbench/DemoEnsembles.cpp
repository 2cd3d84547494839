#include "app/workbench/DemoEnsembles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <array>

namespace tx::app {

namespace {

const std::array<DemoEnsemble, 2> kDemos{{
    // Five temperatures are too few for sliding MCT windows: T_c over all of them.
    {"ka",
     "demo-ka",
     QT_TRANSLATE_NOOP("tx::app::MainWindow", "Kob–Andersen 80:20"),
     0.005,
     "ka",
     core::FitWindow{0.6, 1.5},
     "cooling.log",
     "lj",
     {4.0, 5.5, 9.0}},
    {"cuzr",
     "demo-cuzr",
     QT_TRANSLATE_NOOP("tx::app::MainWindow", "Cu50Zr50 (metallic glass)"),
     0.002,
     "cuzr",
     std::nullopt,
     "cooling/r0.log",
     "",
     {1.8, 2.3, 3.3}},
}};

} // namespace

std::span<const DemoEnsemble> demoEnsembles() {
    return kDemos;
}

const DemoEnsemble* findDemoEnsemble(const QString& key) {
    for (const DemoEnsemble& d : kDemos)
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

QString demoEnsemblePath(const DemoEnsemble& demo) {
    const QString folder = QString::fromLatin1(demo.folder);
    for (const QString& candidate :
         {QCoreApplication::applicationDirPath() + "/../share/tx-workbench/" + folder,
          QStringLiteral(TX_DATA_DIR) + "/" + folder})
        if (QFileInfo(candidate).isDir())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral(TX_DATA_DIR) + "/" + folder;
}

core::AnalysisParameters demoParameters(const DemoEnsemble& demo) {
    core::AnalysisParameters p;
    const QString path = demoEnsemblePath(demo);
    p.reading.ensemble = path.toStdString();
    p.averaging.dt = demo.dt;
    p.fits.system = demo.system;
    p.fits.tcWindow = demo.tcWindow;
    p.averaging.units = demo.units; // the KA demo's dumps are in LJ units but do not say so
    p.reading.extraQ.assign(demo.extraQ.begin(), demo.extraQ.end());
    // T_g from the demo's NPT cooling run (packaging/protocol/cool.in), not the preset's.
    if (const QString log = path + "/" + demo.coolingLog; QFileInfo(log).isFile())
        p.fits.thermoLog = log.toStdString();
    return p;
}

} // namespace tx::app
