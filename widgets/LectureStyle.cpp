#include "widgets/LectureStyle.h"

#include "widgets/TypesetText.h"

#include <qcustomplot.h>

namespace tx::widgets {

namespace {

// obj's normal value of `key`, kept the first time it is changed, so that "off" restores it.
template <class T> T normal(QObject* obj, const char* key, const T& current) {
    const QVariant kept = obj->property(key);
    if (kept.isValid())
        return kept.value<T>();
    obj->setProperty(key, QVariant::fromValue(current));
    return current;
}

QFont scaled(QFont f, bool on, double scale = kLectureFontScale) {
    if (on)
        f.setPointSizeF(f.pointSizeF() > 0 ? scale * f.pointSizeF() : scale * 9.0);
    return f;
}
// The legend's entries are drawn typeset, a little larger than the axes' text already.
constexpr double kLegendScale = 0.8 * kLectureFontScale;

bool isHatched(const QBrush& b) {
    return b.style() >= Qt::HorPattern && b.style() <= Qt::DiagCrossPattern;
}

void styleAxis(QCPAxis* axis, bool on) {
    axis->setTickLabelFont(scaled(normal(axis, "normalTickFont", axis->tickLabelFont()), on));
    axis->setLabelFont(scaled(normal(axis, "normalLabelFont", axis->labelFont()), on));
    const QPen grid = normal(axis, "normalGridPen", axis->grid()->pen());
    axis->grid()->setPen(on ? QPen(QColor(120, 120, 120), 1, Qt::DotLine) : grid);
    const QPen base = normal(axis, "normalBasePen", axis->basePen());
    axis->setBasePen(on ? QPen(Qt::black, 2) : base);
}

} // namespace

void applyLectureStyle(QCustomPlot* plot, bool on) {
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis, on);
    for (int k = 0; k < plot->plotLayout()->elementCount(); ++k)
        if (auto* scale = qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(k)))
            styleAxis(scale->axis(), on);
    QCPLegend* legend = plot->legend;
    legend->setFont(scaled(normal(legend, "normalFont", legend->font()), on, kLegendScale));
    for (int k = 0; k < legend->itemCount(); ++k)
        if (QCPAbstractLegendItem* item = legend->item(k))
            item->setFont(scaled(normal(item, "normalFont", item->font()), on, kLegendScale));
    for (int k = 0; k < plot->itemCount(); ++k) {
        QCPAbstractItem* item = plot->item(k);
        if (auto* text = qobject_cast<QCPItemText*>(item))
            text->setFont(scaled(normal(text, "normalFont", text->font()), on));
        if (auto* rect = qobject_cast<QCPItemRect*>(item)) {
            const QBrush brush = normal(rect, "normalBrush", rect->brush());
            if (isHatched(brush)) {
                QColor solid = brush.color();
                solid.setAlpha(22);
                rect->setBrush(on ? QBrush(solid) : brush);
            }
        }
        if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            const QPen pen = normal(line, "normalPen", line->pen());
            QPen thick = pen;
            thick.setWidthF(std::max(kLectureLineWidth, pen.widthF()));
            line->setPen(on ? thick : pen);
        }
    }
    // Plottables are drawn anew with each outcome: thickened once each.
    if (on)
        for (int k = 0; k < plot->plottableCount(); ++k) {
            QCPAbstractPlottable* p = plot->plottable(k);
            if (p->property("lectureLines").toBool())
                continue;
            p->setProperty("lectureLines", true);
            QPen pen = p->pen();
            if (pen.style() != Qt::NoPen)
                pen.setWidthF(std::max(kLectureLineWidth, 2 * pen.widthF()));
            p->setPen(pen);
            if (auto* g = qobject_cast<QCPGraph*>(p);
                g && g->scatterStyle().shape() != QCPScatterStyle::ssNone) {
                QCPScatterStyle s = g->scatterStyle();
                s.setSize(1.6 * s.size());
                g->setScatterStyle(s);
            }
        }
    reserveAxisTitleRoom(plot);
}

} // namespace tx::widgets
