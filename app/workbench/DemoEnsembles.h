#pragma once
// The ensembles bundled for teaching and trying the workbench, declared once: where they are
// installed, and the parameters they open with (Help menu, --demo, --demo-system).
#include "core/pipeline/AnalysisParameters.h"

#include <QString>
#include <array>
#include <span>

namespace tx::app {

struct DemoEnsemble {
    const char* key;    // --demo-system KEY
    const char* folder; // under data/ in the source tree, share/tx-workbench/ when installed
    const char* title;  // English; the menus translate it
    double dt;
    const char* system; // T_g/T_m preset
    std::optional<core::FitWindow> tcWindow;
    const char* coolingLog; // relative to the folder: the LAMMPS log for T_g
    const char* units;      // --units for dumps that do not say ("" where they do)
    // Wave numbers beside the automatic q (the first peak of S(q)), for the dispersion page.
    std::array<double, 3> extraQ;
};

std::span<const DemoEnsemble> demoEnsembles(); // Kob-Andersen first: the default demo
const DemoEnsemble* findDemoEnsemble(const QString& key);

// The folder of the demo: installed beside the program, else in the source tree.
QString demoEnsemblePath(const DemoEnsemble& demo);
// The parameters it opens with; T_g from its cooling log.
core::AnalysisParameters demoParameters(const DemoEnsemble& demo);

} // namespace tx::app
