#pragma once
// Saves a QCustomPlot as a publication figure: PDF and SVG (vector) or PNG, at a size preset
// (journal single/double column, slide) and a base font size.
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace tx::widgets {

struct FigureSize {
    QString name;
    double widthMm, heightMm;
};
QList<FigureSize> figureSizes(); // single column, double column, slide

// format: "pdf", "svg" or "png" (from the file suffix when empty). Returns an error message,
// empty on success. The file is written to a temporary name and renamed into place.
QString exportPlot(QCustomPlot* plot, const QString& path, const FigureSize& size,
                   int fontPoints = 8, int pngDpi = 300);

} // namespace tx::widgets
