#pragma once
// Where the legend and the labels of marker lines (T_x, T_c, T_b, T_g, T_m) go on a plot:
// where they cover the fewest data points and each other, recomputed for every size the
// plot is drawn at (the screen, an export, the report).
#include <QStringList>

class QCustomPlot;
class QCPAbstractItem;
class QSize;

namespace tx::widgets {

// Marks a label item as a marker line's label: its x stays, its height is chosen.
void markAsMarkerLabel(QCPAbstractItem* label, double preferredYRatio);

// From now on the plot places its annotations before every replot (resizes included).
void placeAnnotationsOnReplot(QCustomPlot* plot);

// Lays the plot out at its current viewport, then places its legend and marker labels.
void placeAnnotations(QCustomPlot* plot);
// The same at another size (an export), leaving the plot laid out for that size. Where
// every corner of the axis rect would cover data, the legend moves above it (a small
// panel); true then, and putLegendBack() undoes that after drawing.
bool placeAnnotationsAt(QCustomPlot* plot, const QSize& size);
void putLegendBack(QCustomPlot* plot);

// Which of the placed annotations overlap one another ("T_x / legend"), as laid out now:
// empty when every marker label and the legend stand apart (tests, exports).
QStringList annotationOverlaps(QCustomPlot* plot);

} // namespace tx::widgets
