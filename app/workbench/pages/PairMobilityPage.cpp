#include "app/workbench/pages/PairMobilityPage.h"

#include "widgets/PairMobilityView.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QGuiApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace tx::app {

PairMobilityPage::PairMobilityPage()
    : WorkbenchPage(pageid::kPairMobility3d, tr("3D pair mobility")) {
    setTabTitle(tr("3D"));
    auto* layout = new QVBoxLayout(this);
    if (!widgets::VtkOpenGLWidget::isSupported()) {
        auto* note =
            new QLabel(tr("The 3D view needs OpenGL, which this platform (%1) does not offer.")
                           .arg(QGuiApplication::platformName()));
        note->setAlignment(Qt::AlignCenter);
        layout->addWidget(note);
        return;
    }
    m_view = new widgets::PairMobilityView;
    layout->addWidget(m_view);
    connect(m_view, &widgets::PairMobilityView::temperatureSelected, this,
            &WorkbenchPage::temperatureSelected);
    connect(m_view, &widgets::PairMobilityView::picked, this, &PairMobilityPage::picked);
}

void PairMobilityPage::draw(const PageContext& c) {
    if (!m_view || !c.outcome)
        return;
    const core::PipelineOutcome& o = *c.outcome;
    const bool hasFiles = !o.layout.temperatures.empty() &&
                          !o.layout.temperatures.front().replicas.empty() &&
                          (!o.layout.temperatures.front().replicas.front().segmentFiles.empty() ||
                           !o.layout.temperatures.front().replicas.front().longTrajectory.empty());
    if (!hasFiles)
        return; // nothing to read
    const auto& readers = o.parameters.reading.readers;
    if (o.layout.root != m_ensemble || o.correlator.cutoff != m_cutoff || readers != m_readers) {
        m_ensemble = o.layout.root;
        m_cutoff = o.correlator.cutoff;
        m_readers = readers;
        m_view->setEnsemble(o.layout, o.correlator.cutoff, readers);
    }
    std::map<double, double> tauAlpha; // where it crossed 1/e
    for (const auto& r : o.results)
        if (r.observables.tauAlpha.kind == core::RelaxationTime::Kind::Crossed)
            tauAlpha[r.temperature] = r.observables.tauAlpha.value;
    m_view->setTimeScale(o.dt, QString::fromStdString(o.units.time), std::move(tauAlpha));
    if (c.selectedTemperature) // the temperature selected on any page, in 3D too
        m_view->showTemperature(*c.selectedTemperature);
}

} // namespace tx::app
