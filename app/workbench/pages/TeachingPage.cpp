#include "app/workbench/pages/TeachingPage.h"

#include "app/workbench/pages/PlotPages.h"
#include "core/fit/PathVerdict.h"
#include "widgets/CoreText.h"
#include "widgets/TypesetText.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tx::app {

TeachingPage::TeachingPage() : WorkbenchPage(pageid::kTeaching, tr("Teaching: four paths")) {
    setTabTitle(tr("Teaching"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation =
        new QLabel(tr("<b>Four possible paths from the liquid to the glass</b> (paper, Fig. 1). "
                      "γ<sub>τ</sub> = τ<sub>+</sub>/τ<sub>−</sub> falls on cooling in a "
                      "<span style='color:#dc3232'>liquid-like supercooled liquid (LLL)</span>, "
                      "where neighbours bind more strongly, and rises on cooling in a "
                      "<span style='color:#28a046'>solid-like one (SLL)</span>, where one atom "
                      "of a pair is often caged. P<sub>I</sub>: a jump at T<sub>m</sub> straight "
                      "into SLL. P<sub>II</sub>: LLL all the way down to T<sub>g</sub>. "
                      "P<sub>III</sub>: a jump from LLL to SLL at T<sub>x</sub>. P<sub>IV</sub>: "
                      "a smooth crossover at T<sub>x</sub>, the minimum of γ<sub>τ</sub> — what "
                      "the paper finds for Al, Cu<sub>50</sub>Zr<sub>50</sub> and KA. The "
                      "schematics are in arbitrary units; your γ<sub>τ</sub>(T) is drawn in "
                      "black on an axis of its own (right), against (T − T<sub>g</sub>)/"
                      "(T<sub>m</sub> − T<sub>g</sub>) when T<sub>g</sub> and T<sub>m</sub> are "
                      "known (the verdict below says where from), else against your own "
                      "temperatures (top axis)."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* grid = new QGridLayout;
    for (int k = 0; k < 4; ++k) {
        auto* cell = new QVBoxLayout;
        cell->addWidget(new QLabel(
            "<b>" + widgets::typesetHtml("P_{" + QStringList{"I", "II", "III", "IV"}[k] + "}") +
            "</b>"));
        m_paths[k] = addPlot(cell);
        grid->addLayout(cell, k / 2, k % 2);
    }
    layout->addLayout(grid);
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
}

void TeachingPage::drawFits(const PageContext& c) {
    const widgets::PlotContext context = plotContext(c);
    for (int k = 0; k < 4; ++k) {
        widgets::drawPathSchematic(m_paths[k], k, context);
        m_paths[k]->replot();
    }
    if (c.outcome) {
        const auto& ct = c.outcome->characteristic;
        // In plain words first, then the technical reason, typeset (P_IV, γ_τ, T_x).
        const std::string verdict =
            core::plainPathVerdict(ct, core::seriesSettingsOf(c.outcome->parameters.fits));
        m_verdict->setText(
            tr("Your data: <b>%1</b> — %2<br><small>(%3)</small>")
                .arg(widgets::typesetHtml(widgets::coreText(core::pathMarkup(ct.path.path))))
                .arg(widgets::typesetHtml(widgets::coreText(verdict)))
                .arg(widgets::typesetHtml(widgets::coreText(ct.path.reason))));
    }
}

} // namespace tx::app
