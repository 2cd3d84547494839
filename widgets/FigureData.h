#pragma once
// Beside every exported figure: its data as CSV and a short matplotlib script that redraws
// it from that CSV (same panels, curves, points with error bars, bands, marker lines,
// shaded regions, axis titles, scales and ranges), so that a user can restyle it for any
// journal. The CSV has one row per drawn point:
//   panel, series, kind, label, colour, x, y, y_minus, y_plus
// kind: points (y with error bars from y_minus to y_plus where given), line, dashed, band
// (from y_minus to y_plus), vline (x, label), span (x to y: a shaded T range), bar (a
// histogram bar from x to y, of height y_plus as a fraction of the panel), and per panel
// xaxis/yaxis rows (label: the title in matplotlib mathtext, series: linear or log,
// x and y: the range).
#include "widgets/PlotExport.h"

#include <QList>
#include <QString>

class QCustomPlot;

namespace tx::widgets {

// Writes <base>.csv and <base>.py (each atomically). Returns an error message, empty on
// success.
QString writeFigureData(const QList<QCustomPlot*>& panels, const QString& base,
                        const FigureOptions& options);

// Our label markup (TypesetText.h) as matplotlib mathtext: "τ_α" -> "τ$_{α}$".
QString mathtextOf(const QString& markup);

} // namespace tx::widgets
