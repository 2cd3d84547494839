#pragma once
// Text on plots typeset as a physicist writes it: "τ_α" draws α as a subscript, "γ_τ",
// "τ_+", "F_{s}(q,t)", "σ^{-1}" likewise (one character after _ or ^, or a {group}). Axis
// titles and labels on plots keep this markup as their text (tests and copies read it) and
// draw it with QTextDocument, so that the screen, PDF, SVG, PNG and the report show real
// sub- and superscripts, never raw underscores.
#include <QList>
#include <QString>
#include <qcustomplot.h>

namespace tx::widgets {

// The markup in runs: plain text, a subscript, a superscript (escapes resolved).
struct MarkupRun {
    enum Kind { Plain, Sub, Sup } kind;
    QString text;
};
QList<MarkupRun> parseMarkup(const QString& markup);

// The markup as HTML (<sub>, <sup>; everything else escaped; a backslash makes the next
// character literal).
QString typesetHtml(const QString& markup);
// Text from data (a log's column name "v_rho", a file name) as markup that draws as it is.
QString literalMarkup(const QString& text);

// A QCPItemText whose text is drawn typeset (same position, alignment, rotation, padding).
class TypesetText : public QCPItemText {
    Q_OBJECT
public:
    explicit TypesetText(QCustomPlot* plot);
    // The size of the typeset text with the item's font on the plot's screen.
    QSizeF typesetSize() const;

protected:
    void draw(QCPPainter* painter) override;
    // Draws the text with its position alignment at pixel point `at`, rotated about it.
    void drawAt(QCPPainter* painter, QPointF at, Qt::Alignment alignment, double rotation);
};

// The title of an axis (its quantity and unit, typeset), drawn outside the axis rect in the
// room the axis's padding reserves, like QCustomPlot's own label but typeset.
class AxisTitle : public TypesetText {
    Q_OBJECT
public:
    AxisTitle(QCPAxis* axis, const QString& markup);
    QCPAxis* axis() const { return m_axis; }
    // Reserves the room for the title at the current font (call after a font change).
    void reserveRoom();

protected:
    void draw(QCPPainter* painter) override;

private:
    QCPAxis* m_axis;
};

// A legend entry whose name (the plottable's, in the same markup) is drawn typeset.
class TypesetLegendItem : public QCPPlottableLegendItem {
    Q_OBJECT
public:
    TypesetLegendItem(QCPLegend* legend, QCPAbstractPlottable* plottable);

protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;
};
// Replaces the plot's legend entries by typeset ones (after the plottables are added).
void typesetLegend(QCustomPlot* plot);

// Sets (or replaces) the typeset title of an axis; an empty markup removes it.
void setAxisTitle(QCPAxis* axis, const QString& markup);
// The markup of an axis's title ("" when it has none).
QString axisTitle(const QCPAxis* axis);
// Every axis title of the plot re-reserves its room (after fonts changed).
void reserveAxisTitleRoom(QCustomPlot* plot);

} // namespace tx::widgets
