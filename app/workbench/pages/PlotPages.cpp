#include "app/workbench/pages/PlotPages.h"

#include "core/fit/PaperReference.h"
#include "widgets/CoreText.h"
#include "widgets/FitWindowSelector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tx::app {

widgets::PlotContext plotContext(const PageContext& c) {
    return {c.outcome ? &c.outcome->results : nullptr,
            c.outcome ? &c.outcome->characteristic : nullptr, c.selectedTemperature,
            c.outcome ? c.outcome->units : core::Units{}};
}

StructurePage::StructurePage() : WorkbenchPage(pageid::kStructure, tr("Structure")) {
    auto* page = new QVBoxLayout(this);
    m_range = new QLabel;
    m_range->setObjectName("structureRange");
    m_range->setWordWrap(true);
    m_range->setVisible(false);
    page->addWidget(m_range);
    auto* plots = new QHBoxLayout;
    page->addLayout(plots, 1);
    m_sq = addPlot(plots);
    m_gr = addPlot(plots);
}

void StructurePage::draw(const PageContext& c) {
    if (!c.outcome || !c.outcome->structure)
        return;
    const core::EnsembleStructure& s = *c.outcome->structure;
    widgets::drawStructure(m_sq, m_gr, s, c.outcome->correlator.q, c.outcome->correlator.cutoff,
                           c.outcome->units);
    // The automatic q and r_c sum only what they need (README "The structure stage").
    m_range->setVisible(s.aroundFirstPeak);
    m_range->setText(tr("Only what the automatic q and r_c need was summed: S(q) from q = %1 to "
                        "%2 (around its first peak) and g(r) up to r = %3. For the whole of "
                        "both, tick “S(q) and g(r) whole” under Pairs and reading and apply.")
                         .arg(s.qLow, 0, 'f', 2)
                         .arg(s.qHigh, 0, 'f', 2)
                         .arg(s.rHigh, 0, 'f', 2));
}

QList<ReportFigure> StructurePage::reportFigures() const {
    return {{tr("(a) Structure factor S(q) with the q of the correlators; (b) radial "
                "distribution g(r) with r_c"),
             {m_sq, m_gr}}};
}

CorrelatorsPage::CorrelatorsPage() : WorkbenchPage(pageid::kCorrelators, tr("Correlators")) {
    auto* layout = new QVBoxLayout(this);
    m_channel = new QComboBox;
    m_channel->setObjectName("channel");
    for (const core::Channel& channel : core::channels()) // the plotted ones, from the table
        if (!channel.plotTitle.empty())
            m_channel->addItem(widgets::coreText(std::string(channel.plotTitle)),
                               int(core::indexOf(channel.id)));
    m_resolution = new QComboBox;
    m_wavenumber = new QComboBox;
    m_wavenumber->setObjectName("wavenumber");
    m_wavenumber->setToolTip(tr("The q of the scattering functions (F_s, F_+, F_−), from the q "
                                "list; Q(t) does not depend on q"));
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_channel, 1);
    choices->addWidget(m_resolution, 1);
    choices->addWidget(m_wavenumber);
    layout->addLayout(choices);
    m_plot = addPlot(layout);
    connect(m_resolution, &QComboBox::activated, this, [this] { draw(m_last); });
    connect(m_wavenumber, &QComboBox::activated, this, [this] { draw(m_last); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillResolutionChoice(m_last.outcome);
        draw(m_last);
    });
    fillResolutionChoice(nullptr);
    fillWavenumberChoice(nullptr);
}

void CorrelatorsPage::fillWavenumberChoice(const core::PipelineOutcome* outcome) {
    const int keep = std::max(0, m_wavenumber->currentIndex());
    m_wavenumber->clear();
    const bool list =
        outcome && !outcome->results.empty() && !outcome->results.front().dispersion.empty();
    m_wavenumber->setVisible(list);
    if (!list)
        return;
    m_wavenumber->addItem(QString("q = %1").arg(outcome->correlator.q, 0, 'g', 4));
    for (double q : outcome->correlator.extraQ)
        m_wavenumber->addItem(QString("q = %1").arg(q, 0, 'g', 4));
    m_wavenumber->setCurrentIndex(keep < m_wavenumber->count() ? keep : 0);
}

core::ChannelId CorrelatorsPage::channel() const {
    return core::ChannelId(m_channel->currentData().toInt());
}

void CorrelatorsPage::fillResolutionChoice(const core::PipelineOutcome* outcome) {
    const int keep =
        m_resolution->currentData().isValid() ? m_resolution->currentData().toInt() : -1;
    m_resolution->clear();
    const bool atoms = core::channel(channel()).scope == core::ChannelScope::Atom;
    m_resolution->addItem(atoms ? tr("all atoms") : tr("all pairs"), -1);
    if (outcome && outcome->sums) {
        const auto& types = outcome->sums->types;
        const int n = core::partCount(core::channel(channel()), types);
        for (int k = 0; k < n; ++k)
            m_resolution->addItem(atoms ? tr("species %1").arg(types.label(k).c_str())
                                        : tr("type pair %1").arg(types.pairLabel(k).c_str()),
                                  k);
    }
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(keep)));
}

void CorrelatorsPage::draw(const PageContext& c) {
    if (c.outcome != m_last.outcome) {
        fillResolutionChoice(c.outcome);
        fillWavenumberChoice(c.outcome);
    }
    m_last = c;
    const bool scattering = core::isScattering(core::channel(channel()));
    m_wavenumber->setEnabled(scattering);
    widgets::drawCorrelators(m_plot, plotContext(c), channel(), m_resolution->currentData().toInt(),
                             scattering ? std::size_t(std::max(0, m_wavenumber->currentIndex()))
                                        : 0);
}

QList<ReportFigure> CorrelatorsPage::reportFigures() const {
    const bool atOtherQ =
        !m_wavenumber->isHidden() && m_wavenumber->isEnabled() && m_wavenumber->currentIndex() > 0;
    return {{m_channel->currentText() + (atOtherQ ? ", " + m_wavenumber->currentText() : ""),
             {m_plot}}};
}

RelaxationTimesPage::RelaxationTimesPage()
    : WorkbenchPage(pageid::kRelaxationTimes, tr("Relaxation times")) {
    setTabTitle(tr("τ(T)"));
    auto* layout = new QVBoxLayout(this);
    m_inverseT = new QCheckBox(tr("against 1/T"));
    layout->addWidget(m_inverseT);
    m_plot = addPlot(layout);
    connect(m_inverseT, &QCheckBox::toggled, this, [this] { draw(m_last); });
}

void RelaxationTimesPage::draw(const PageContext& c) {
    m_last = c;
    widgets::drawRelaxationTimes(m_plot, plotContext(c), m_inverseT->isChecked());
}

QList<ReportFigure> RelaxationTimesPage::reportFigures() const {
    return {{tr("Relaxation times τ_α, τ_+, τ_−"), {m_plot}}};
}

FitPage::FitPage(const char* id, QString title, QString caption, Draw drawFunction,
                 const char* handleLabel, QColor colour, FitWindowHandle window, UsedWindow used)
    : WorkbenchPage(id, std::move(title)), m_caption(std::move(caption)), m_draw(drawFunction),
      m_window(window), m_used(std::move(used)) {
    auto* layout = new QVBoxLayout(this);
    m_plot = addPlot(layout);
    m_window.selector = new widgets::FitWindowSelector(m_plot, handleLabel, colour);
    m_window.selector->setVisible(false);
}

void FitPage::addNote(QWidget* note) {
    static_cast<QVBoxLayout*>(layout())->addWidget(note, 0);
}

QLabel* paperTableINote() {
    QString rows;
    for (const core::PaperTableIRow& r : core::paperTableI())
        rows += QString("<tr><td>%1</td><td>&nbsp;%2 ± %3</td><td>&nbsp;%4 ± %5</td>"
                        "<td>&nbsp;<b>%6 ± %7</b></td></tr>")
                    .arg(QString::fromStdString(r.system))
                    .arg(r.tb)
                    .arg(r.tbError)
                    .arg(r.tc)
                    .arg(r.tcError)
                    .arg(r.tx)
                    .arg(r.txError);
    const QString unit =
        QString::fromUtf8(core::kPaperTableIUnit.data(), qsizetype(core::kPaperTableIUnit.size()));
    auto* label = new QLabel(
        QString("<table><tr><td>%1</td><td>&nbsp;T_b</td><td>&nbsp;T_c</td><td>&nbsp;T_x</td></tr>"
                "%2</table>")
            .arg(QCoreApplication::translate("tx::app::Pages", "The paper's Table I (%1):")
                     .arg(unit),
                 rows));
    label->setObjectName("paperTableI");
    label->setStyleSheet("color: #555; font-size: small");
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->setToolTip(QCoreApplication::translate(
        "tx::app::Pages", "Tian et al., Table I, for reference: T_c fitted above 1.2 T_g; their "
                          "T_x lies close to T_c and T_b in every system, on path P_IV"));
    return label;
}

void FitPage::drawFits(const PageContext& c) {
    m_draw(m_plot, plotContext(c));
    // The handles show the window the fit used (the automatic one until the user moves it).
    if (c.outcome && !c.outcome->series.temperature.empty()) {
        const auto& temps = c.outcome->series.temperature;
        const core::FitWindow window = m_used(c.outcome->characteristic)
                                           .value_or(core::FitWindow{temps.front(), temps.back()});
        if (!m_window.selector->isDragging())
            m_window.selector->setWindow(window.low, window.high);
        m_window.selector->setVisible(true);
    }
    m_plot->replot();
}

QList<ReportFigure> FitPage::reportFigures() const {
    return {{m_caption, {m_plot}}};
}

GlassTransitionPage::GlassTransitionPage()
    : WorkbenchPage(pageid::kGlassTransition, tr("Glass transition")),
      m_glass{nullptr, &core::FitParameters::tgGlassWindow, "tg_glass_window"},
      m_liquid{nullptr, &core::FitParameters::tgLiquidWindow, "tg_liquid_window"} {
    setTabTitle(tr("T_g"));
    auto* layout = new QVBoxLayout(this);
    m_plot = addPlot(layout);
    m_glass.selector = new widgets::FitWindowSelector(m_plot, tr("glass"), QColor(30, 90, 200));
    m_liquid.selector = new widgets::FitWindowSelector(m_plot, tr("liquid"), QColor(200, 50, 40));
    for (const FitWindowHandle& h : {m_glass, m_liquid})
        h.selector->setVisible(false);
}

void GlassTransitionPage::drawFits(const PageContext& c) {
    widgets::drawGlassTransition(m_plot, plotContext(c));
    const auto* g = c.outcome && c.outcome->characteristic.glassTransition
                        ? &*c.outcome->characteristic.glassTransition
                        : nullptr;
    m_hasFit = g && g->fit.glass.points > 0;
    for (const auto& [handle, line] : {std::pair{m_glass, g ? &g->fit.glass : nullptr},
                                       std::pair{m_liquid, g ? &g->fit.liquid : nullptr}}) {
        if (m_hasFit && !handle.selector->isDragging())
            handle.selector->setWindow(line->window.low, line->window.high);
        handle.selector->setVisible(m_hasFit);
    }
    m_plot->replot();
}

QList<ReportFigure> GlassTransitionPage::reportFigures() const {
    if (!m_hasFit)
        return {};
    return {
        {tr("T_g from the cooling log: lines through the glass and liquid branches"), {m_plot}}};
}

DispersionPage::DispersionPage() : WorkbenchPage(pageid::kDispersion, tr("Dispersion over q")) {
    setTabTitle(tr("τ(q), γ(q)"));
    auto* page = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Give more than one q (the q list under Pairs and reading, or "
                           "tx-analyze --q 7.25,5.0,9.0) to see how τ_α and γ_τ depend on q: "
                           "every q comes from the same pass over the trajectories."));
    m_hint->setObjectName("dispersionHint");
    m_hint->setWordWrap(true);
    page->addWidget(m_hint);
    auto* plots = new QHBoxLayout;
    page->addLayout(plots, 1);
    m_taus = addPlot(plots);
    m_gamma = addPlot(plots);
}

void DispersionPage::draw(const PageContext& c) {
    m_hasDispersion =
        c.outcome && !c.outcome->results.empty() && !c.outcome->results.front().dispersion.empty();
    m_hint->setVisible(!m_hasDispersion);
    widgets::drawDispersion(m_taus, m_gamma, plotContext(c),
                            c.outcome ? c.outcome->correlator.q : 0.0);
}

QList<ReportFigure> DispersionPage::reportFigures() const {
    if (!m_hasDispersion)
        return {};
    return {{tr("(a) α relaxation time τ_α against q per temperature; (b) γ_τ = τ_+/τ_− against "
                "q, all from one pass over the trajectories"),
             {m_taus, m_gamma}}};
}

MsdPage::MsdPage() : WorkbenchPage(pageid::kMsd, tr("MSD and α₂")) {
    setTabTitle(tr("MSD, α₂"));
    auto* layout = new QHBoxLayout(this);
    m_msd = addPlot(layout);
    m_alpha2 = addPlot(layout);
}

void MsdPage::draw(const PageContext& c) {
    widgets::drawMsd(m_msd, m_alpha2, plotContext(c));
}

QList<ReportFigure> MsdPage::reportFigures() const {
    return {{tr("(a) Mean squared displacement per temperature; (b) non-Gaussian parameter α_2(t)"),
             {m_msd, m_alpha2}}};
}

} // namespace tx::app
