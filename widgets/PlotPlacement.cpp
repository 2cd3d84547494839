#include "widgets/PlotPlacement.h"

#include "widgets/TypesetText.h"

#include <QStringList>
#include <limits>
#include <optional>
#include <qcustomplot.h>
#include <vector>

namespace tx::widgets {

namespace {

// Heights tried for a marker label (fractions of the axis rect from its top).
constexpr double kFirstLabelRatio = 0.02, kLabelStep = 0.06, kLastLabelRatio = 0.8;
// How much worse than one covered data point: covering another label or the legend, and
// each step away from where the label was asked to be (ties go to the nearest height).
constexpr double kOverlapCost = 40, kStepCost = 0.3;
// Marker lines' sample points sit this far right of the line, so that a label's own line
// can be told from data exactly on it (a point at T = T_m).
constexpr double kLineTag = 1e-3;

void layOut(QCustomPlot* plot) {
    QCPLayoutGrid* layout = plot->plotLayout();
    layout->setOuterRect(plot->viewport());
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

// The data points in pixels: every visible graph's points, curves of fits included.
std::vector<QPointF> dataPixels(QCustomPlot* plot) {
    std::vector<QPointF> points;
    for (int k = 0; k < plot->graphCount(); ++k) {
        QCPGraph* g = plot->graph(k);
        if (!g->visible() || g->brush().style() != Qt::NoBrush)
            continue; // bands are backgrounds
        // The points, and along drawn lines three more per segment.
        const bool joined = g->lineStyle() != QCPGraph::lsNone && g->pen().style() != Qt::NoPen;
        std::optional<QPointF> previous;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            const QPointF p = g->coordsToPixels(it->key, it->value);
            if (joined && previous)
                for (double f : {0.25, 0.5, 0.75})
                    points.push_back(*previous + f * (p - *previous));
            points.push_back(p);
            previous = p;
        }
    }
    // Error bars: their whiskers are data too.
    for (int k = 0; k < plot->plottableCount(); ++k) {
        auto* bars = qobject_cast<QCPErrorBars*>(plot->plottable(k));
        if (!bars || !bars->visible() || !bars->dataPlottable())
            continue;
        QCPPlottableInterface1D* points1d = bars->dataPlottable()->interface1D();
        for (int i = 0; i < bars->dataCount() && i < points1d->dataCount(); ++i) {
            const double key = points1d->dataMainKey(i), value = points1d->dataMainValue(i);
            const QCPErrorBarsData& e = bars->data()->at(i);
            for (double f : {-1.0, -0.5, 0.5, 1.0}) {
                const double v = value + (f < 0 ? f * e.errorMinus : f * e.errorPlus);
                points.push_back(bars->dataPlottable()->coordsToPixels(key, v));
            }
        }
    }
    // Marker lines (vertical): a legend over one would hide where T_x or T_g is.
    const QRectF area = plot->axisRect()->rect();
    for (int k = 0; k < plot->itemCount(); ++k)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(k));
            line && line->visible()) {
            const double x = line->point1->pixelPosition().x();
            if (std::abs(line->point2->pixelPosition().x() - x) < 0.5)
                for (int s = 0; s <= 20; ++s) // nudged: a label beside its own line skips it
                    points.emplace_back(x + kLineTag, area.top() + area.height() * s / 20.0);
        }
    return points;
}

// The points inside box, not counting the samples of the marker line at skipLine (a
// label's own line; NaN: none).
double covered(const QRectF& box, const std::vector<QPointF>& points,
               double skipLine = std::numeric_limits<double>::quiet_NaN()) {
    double n = 0;
    for (const QPointF& p : points)
        n += box.contains(p) && !(std::abs(p.x() - skipLine) <= 1e-9) ? 1 : 0;
    return n;
}

QRectF labelBox(TypesetText* label, QPointF anchor, bool leftOfLine) {
    const QSizeF size = label->typesetSize() + QSizeF(label->padding().left() + 2, 2);
    return leftOfLine ? QRectF(anchor - QPointF(size.width(), 0), size) : QRectF(anchor, size);
}

// The legend above the axis rect, its entries in rows as wide as the plot allows.
void moveLegendAbove(QCustomPlot* plot) {
    QCPLegend* legend = plot->legend;
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001); // its own height, the rest to the plot
    int widest = 1;
    for (int k = 0; k < legend->itemCount(); ++k)
        widest = std::max(widest, legend->item(k)->minimumOuterSizeHint().width());
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(std::max(1, int(plot->viewport().width() * 0.9) / widest));
    legend->setProperty("movedAbove", true);
    layOut(plot);
}

// Returns the number of data points the legend covers where it was put.
double placeLegend(QCustomPlot* plot, const std::vector<QPointF>& points) {
    QCPLegend* legend = plot->legend;
    if (!legend->visible() || legend->itemCount() == 0)
        return 0;
    QCPAxisRect* rect = plot->axisRect();
    QCPLayoutInset* inset = rect->insetLayout();
    const auto index = static_cast<int>(inset->elements(false).indexOf(legend));
    if (index < 0)
        return 0;
    const QSizeF size = legend->outerRect().size();
    const QRectF area = rect->rect();
    const double margin = 6;
    double best = -1;
    Qt::Alignment chosen = Qt::AlignTop | Qt::AlignRight;
    for (Qt::Alignment a : {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                            Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft,
                            Qt::AlignVCenter | Qt::AlignRight}) {
        const double x =
            a & Qt::AlignLeft ? area.left() + margin : area.right() - margin - size.width();
        const double y = a & Qt::AlignTop      ? area.top() + margin
                         : a & Qt::AlignBottom ? area.bottom() - margin - size.height()
                                               : area.center().y() - size.height() / 2;
        const double cost = covered(QRectF(QPointF(x, y), size), points);
        if (best < 0 || cost < best) {
            best = cost;
            chosen = a;
        }
    }
    inset->setInsetAlignment(index, chosen);
    layOut(plot); // the legend where it now is, for the labels
    return best;
}

void placeMarkerLabels(QCustomPlot* plot, const std::vector<QPointF>& points) {
    const QRectF area = plot->axisRect()->rect();
    std::vector<QRectF> taken;
    if (plot->legend->visible() && plot->legend->itemCount() > 0)
        taken.push_back(plot->legend->outerRect());
    for (int k = 0; k < plot->itemCount(); ++k) {
        auto* label = qobject_cast<TypesetText*>(plot->item(k));
        if (!label || !label->property("markerLabel").isValid() || label->text().isEmpty())
            continue;
        const double preferred = label->property("markerLabel").toDouble();
        const double x = label->position->pixelPosition().x();
        // A marker outside the axis range (T_c below the lowest T shown) has no line to
        // label here; half a label at the edge would read as a mark at the edge.
        label->setVisible(x >= area.left() && x <= area.right());
        if (!label->visible())
            continue;
        // Right of its line where it fits, else left; each height on both sides, the one
        // that covers least (data points, other labels, the legend, other marker lines).
        const double width = labelBox(label, {x, 0}, false).width();
        double best = -1, bestRatio = preferred;
        bool leftOfLine = false;
        for (bool left : {false, true}) {
            if ((!left && x + width > area.right()) || (left && x - width < area.left()))
                continue;
            for (double r = kFirstLabelRatio; r <= kLastLabelRatio + 1e-9; r += kLabelStep) {
                const QRectF box = labelBox(label, {x, area.top() + r * area.height()}, left);
                double cost = covered(box, points, x + kLineTag) +
                              kStepCost * std::abs(r - preferred) / kLabelStep +
                              (left ? kStepCost : 0);
                for (const QRectF& other : taken)
                    cost += box.intersects(other) ? kOverlapCost : 0;
                if (best < 0 || cost < best) {
                    best = cost;
                    bestRatio = r;
                    leftOfLine = left;
                }
            }
        }
        label->position->setCoords(label->position->coords().x(), bestRatio);
        label->setPositionAlignment((leftOfLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        label->setPadding(leftOfLine ? QMargins(0, 0, 3, 0) : QMargins(3, 0, 0, 0));
        taken.push_back(labelBox(label, {x, area.top() + bestRatio * area.height()}, leftOfLine));
    }
}

bool placeAll(QCustomPlot* plot, bool legendMayMoveAbove) {
    layOut(plot);
    std::vector<QPointF> points = dataPixels(plot);
    bool moved = false;
    if (placeLegend(plot, points) > 0 && legendMayMoveAbove) {
        moveLegendAbove(plot);
        points = dataPixels(plot); // the axis rect is lower now
        moved = true;
    }
    placeMarkerLabels(plot, points);
    return moved;
}

} // namespace

void markAsMarkerLabel(QCPAbstractItem* label, double preferredYRatio) {
    label->setProperty("markerLabel", preferredYRatio);
}

void placeAnnotations(QCustomPlot* plot) {
    placeAll(plot, false);
}

void putLegendBack(QCustomPlot* plot) {
    QCPLegend* legend = plot->legend;
    if (!legend->property("movedAbove").toBool())
        return;
    plot->plotLayout()->take(legend);
    plot->plotLayout()->simplify();
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    legend->setWrap(0);
    plot->axisRect()->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setProperty("movedAbove", false);
}

void placeAnnotationsOnReplot(QCustomPlot* plot) {
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { placeAnnotations(plot); });
}

QStringList annotationOverlaps(QCustomPlot* plot) {
    std::vector<std::pair<QString, QRectF>> boxes;
    if (plot->legend->visible() && plot->legend->itemCount() > 0)
        boxes.emplace_back("legend", plot->legend->outerRect());
    for (int k = 0; k < plot->itemCount(); ++k) {
        auto* label = qobject_cast<TypesetText*>(plot->item(k));
        if (!label || !label->visible() || !label->property("markerLabel").isValid() ||
            label->text().isEmpty())
            continue;
        const bool leftOfLine = label->positionAlignment() & Qt::AlignRight;
        // Its box less the placement's margin of 2 (touching is not covering).
        boxes.emplace_back(
            label->text(),
            labelBox(label, label->position->pixelPosition(), leftOfLine).adjusted(0, 0, -2, -2));
    }
    QStringList overlaps;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].second.intersects(boxes[j].second))
                overlaps << boxes[i].first + " / " + boxes[j].first;
    return overlaps;
}

bool placeAnnotationsAt(QCustomPlot* plot, const QSize& size) {
    plot->setViewport(QRect(QPoint(0, 0), size));
    return placeAll(plot, true);
}

} // namespace tx::widgets
