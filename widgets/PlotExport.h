#pragma once
// One renderer for every figure that leaves the program: PDF and SVG (vector, fonts embedded
// in the PDF) and PNG files, and the figures of the report. A figure is a page's plots as
// panels in a grid, lettered (a), (b), … when there are several, at a journal size, with one
// font size that every text follows (ticks, axis titles, legends, labels on the plot), and
// without the screen's interactive artefacts (fit-window handles and their hatching).
//
// Units: figures are laid out in points (1/72 in) and every font is given in points as a
// pixel size of that unit, so the layout is the same on every device (QCustomPlot measures
// text with the screen's metrics; point-sized fonts on a 300-dpi PDF were drawn three times
// too large).
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

class QCustomPlot;
class QCPPainter;

namespace tx::widgets {

struct FigureSize {
    QString key;              // single, double, slide (command lines and sessions)
    QString name;             // shown in the dialog
    double widthMm, heightMm; // heightMm: of one row of panels
};
QList<FigureSize> figureSizes(); // single column 86 mm, double column 178 mm, 16:9 slide
// The size with this key, or nullptr.
const FigureSize* figureSize(const QString& key);
// A preset's key, or a custom size "WIDTHxHEIGHT" in millimetres (the height of one row of
// panels), 30–600 mm each; nullopt otherwise.
std::optional<FigureSize> parseFigureSize(const QString& text);

struct FigureOptions {
    FigureSize size = figureSizes().front();
    int fontPoints = 8;
    int pngDpi = 300;
    bool interactive = false; // keep fit-window handles and hatching
    QList<int> panels;        // the page's plots to draw (0-based, in order); all when empty
};

// The plots `options.panels` picks out of a page's plots (all when it is empty; indices
// outside are left out).
QList<QCustomPlot*> chosenPanels(const QList<QCustomPlot*>& plots, const FigureOptions& options);
// "a", "b", …: a panel's letter; panelIndex is its inverse (-1 for anything else).
QString panelLetter(int index);
int panelIndex(QChar letter);

// The grid of a figure: columns, and the height of a row of panels.
int figureColumns(int panels, const FigureSize& size);
double figureRowHeightMm(int panels, const FigureSize& size);

// The figure's size in points for these panels (rows of panels of the preset's height).
QSizeF figureSizePoints(int panels, const FigureSize& size);

// What a figure shows in words, as laid out for it (tests hold the files to it): the axis
// titles (markup) and the tick labels of linear axes (log axes draw 10 with a superscript).
struct FigureTexts {
    QStringList titles;
    QStringList tickLabels;
    QStringList overlaps; // annotations drawn over one another (PlotPlacement.h); none wanted
};

// Draws the panels into painter, whose units are points, in a rectangle of `size` points at
// its origin.
FigureTexts renderFigure(QCPPainter& painter, const QList<QCustomPlot*>& panels, QSizeF size,
                         const FigureOptions& options);

// format from the suffix: pdf, svg or png. Returns an error message, empty on success. The
// file is written to a temporary name and renamed into place.
QString exportFigure(const QList<QCustomPlot*>& panels, const QString& path,
                     const FigureOptions& options, FigureTexts* texts = nullptr);

} // namespace tx::widgets
