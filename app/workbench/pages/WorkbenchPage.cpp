#include "app/workbench/pages/WorkbenchPage.h"

#include "widgets/PlotPlacement.h"
#include "widgets/PlotReadout.h"

#include <QLayout>
#include <qcustomplot.h>

namespace tx::app {

WorkbenchPage::WorkbenchPage(const char* id, QString title, QWidget* parent)
    : QWidget(parent), m_title(std::move(title)) {
    setObjectName(id);
}

QCustomPlot* WorkbenchPage::addPlot(QLayout* layout) {
    auto* plot = new QCustomPlot(this);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    plot->setMinimumSize(300, 220);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    widgets::placeAnnotationsOnReplot(plot); // legend and marker labels off the data
    widgets::installHoverReadout(plot);      // value ± error of the point under the mouse
    connect(plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* p, int index, QMouseEvent*) {
                if (const QVariant t = p->property("temperature"); t.isValid())
                    return emit temperatureSelected(t.toDouble()); // a curve of one T
                // A point of a quantity plotted against T (or 1/T).
                auto* graph = qobject_cast<QCPGraph*>(p);
                const QVariant axis = p->property("xAxisIs");
                if (!graph || !axis.isValid() || index < 0 || index >= graph->data()->size())
                    return;
                const double x = graph->data()->at(index)->key;
                emit temperatureSelected(axis.toString() == "inverseT" ? 1.0 / x : x);
            });
    layout->addWidget(plot);
    m_plots.append(plot);
    return plot;
}

} // namespace tx::app
