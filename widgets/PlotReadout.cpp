#include "widgets/PlotReadout.h"

#include "core/output/Measurement.h"
#include "widgets/TypesetText.h"

#include <QToolTip>
#include <cmath>
#include <qcustomplot.h>

namespace tx::widgets {

namespace {

constexpr double kReachPixels = 12.0;

// The error of data point `index` of graph g: its error bars', or its "errors" property's.
double errorOf(QCustomPlot* plot, const QCPGraph* g, int index) {
    const QVariant errors = g->property("errors");
    if (errors.isValid()) {
        const auto list = errors.value<QList<double>>();
        return index < list.size() ? list[index] : std::nan("");
    }
    for (int k = 0; k < plot->plottableCount(); ++k)
        if (const auto* bars = qobject_cast<const QCPErrorBars*>(plot->plottable(k));
            bars && bars->dataPlottable() == g && index < bars->dataCount()) {
            const QCPErrorBarsData e = bars->data()->at(index);
            return 0.5 * (e.errorMinus + e.errorPlus);
        }
    return std::nan("");
}

QString quantity(const QCPAxis* axis) {
    const QString title = axisTitle(axis);
    return title.isEmpty() ? QString(axis == axis->axisRect()->axis(QCPAxis::atBottom) ? "x" : "y")
                           : title.section(" [", 0, 0); // the quantity without its unit
}

QString number(double v) {
    return QString::number(v, 'g', 4);
}

} // namespace

QString readoutAt(QCustomPlot* plot, const QPointF& pos) {
    const QCPGraph* best = nullptr;
    int bestIndex = -1;
    double bestDistance = kReachPixels;
    for (int k = 0; k < plot->graphCount(); ++k) {
        const QCPGraph* g = plot->graph(k);
        if (!g->visible() || g->property("band").toBool() || g->property("fit").toBool() ||
            g->name().isEmpty())
            continue;
        int index = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it, ++index) {
            const QPointF p = g->coordsToPixels(it->key, it->value);
            const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = g;
                bestIndex = index;
            }
        }
    }
    if (!best)
        return {};
    const auto point = best->data()->at(bestIndex);
    const double error = errorOf(plot, best, bestIndex);
    const QString y = std::isfinite(error) && error > 0
                          ? QString::fromStdString(core::measurementText(point->value, error))
                          : number(point->value);
    return typesetHtml(best->name()) + "<br>" + typesetHtml(quantity(best->keyAxis())) + " = " +
           number(point->key) + "<br>" + typesetHtml(quantity(best->valueAxis())) + " = " + y;
}

void installHoverReadout(QCustomPlot* plot) {
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot](QMouseEvent* event) {
        const QString text = readoutAt(plot, event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, plot);
    });
}

} // namespace tx::widgets
