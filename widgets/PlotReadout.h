#pragma once
// Hover read-outs: on every plot, the data point nearest the mouse (within 12 pixels) of any
// curve or set of points, in a tooltip: its name, then the x and y axis quantities, the y
// value with its error where it has one ("F_s(q,t) = 0.53 ± 0.02", the one rounding rule of
// core/output/Measurement.h). Errors come from a point set's error bars, or from a curve's
// "errors" property (its bootstrap band, AnalysisPlots). Bands, fitted curves and histograms
// are not read out: they are not data. Exports never show a read-out.
#include <QPointF>
#include <QString>

class QCustomPlot;

namespace tx::widgets {

void installHoverReadout(QCustomPlot* plot);
// The read-out for the pixel position pos (HTML, typeset), empty when no point is in reach.
QString readoutAt(QCustomPlot* plot, const QPointF& pos);

} // namespace tx::widgets
