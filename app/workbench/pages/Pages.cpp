#include "app/workbench/pages/Pages.h"

#include "app/workbench/pages/PairMobilityPage.h"
#include "app/workbench/pages/PlotPages.h"
#include "app/workbench/pages/TeachingPage.h"

#include <QLabel>

#include <QCoreApplication>

namespace tx::app {

std::vector<WorkbenchPage*> createPages() {
    using F = core::FitParameters;
    using CT = core::CharacteristicTemperatures;
    auto* gamma = new FitPage(
        pageid::kGammaTau, QCoreApplication::translate("tx::app::Pages", "γ_τ(T) and T_x"),
        QCoreApplication::translate("tx::app::Pages",
                                    "γ_τ(T) with T_x, T_c, T_b (LLL above T_x, SLL below)"),
        widgets::drawGamma, "T_x", QColor(200, 40, 40), {nullptr, &F::txWindow, "tx_window"},
        [](const CT& ct) { return ct.tx.fit.window; });
    gamma->addNote(paperTableINote());
    gamma->setTabTitle(QCoreApplication::translate("tx::app::Pages", "γ_τ, T_x"));
    auto* stokesEinstein =
        new FitPage(pageid::kStokesEinstein,
                    QCoreApplication::translate("tx::app::Pages", "Stokes–Einstein and T_b"),
                    QCoreApplication::translate(
                        "tx::app::Pages", "Stokes–Einstein: D·τ_α with the high-T line and T_b"),
                    widgets::drawStokesEinstein, "SE line", QColor(20, 120, 160),
                    {nullptr, &F::tbWindow, "tb_window"}, [](const CT& ct) {
                        return ct.tb.fit.ok ? std::optional(ct.tb.fit.lineWindow) : std::nullopt;
                    });
    stokesEinstein->setTabTitle(QCoreApplication::translate("tx::app::Pages", "SE, T_b"));
    auto* modeCoupling = new FitPage(
        pageid::kModeCoupling,
        QCoreApplication::translate("tx::app::Pages", "Mode coupling and T_c"),
        QCoreApplication::translate("tx::app::Pages", "Mode coupling: τ_α = A (T − T_c)^−ν"),
        widgets::drawModeCoupling, "MCT", QColor(120, 60, 160),
        {nullptr, &F::tcWindow, "tc_window"}, [](const CT& ct) {
            return ct.tc.fit.best.ok ? std::optional(ct.tc.fit.best.window) : std::nullopt;
        });
    modeCoupling->setTabTitle(QCoreApplication::translate("tx::app::Pages", "MCT, T_c"));
    return {
        new StructurePage,  new CorrelatorsPage,  new RelaxationTimesPage, gamma,
        stokesEinstein,     modeCoupling,         new GlassTransitionPage, new MsdPage,
        new DispersionPage, new PairMobilityPage, new TeachingPage,
    };
}

} // namespace tx::app
