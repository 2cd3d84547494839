#include "widgets/PlotExport.h"

#include "widgets/ExportFile.h"
#include "widgets/PlotPlacement.h"
#include "widgets/TypesetText.h"

#include <QFileInfo>
#include <QImage>
#include <QMarginsF>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <functional>
#include <qcustomplot.h>
#include <vector>

namespace tx::widgets {

QList<FigureSize> figureSizes() {
    return {{"single", QObject::tr("Single column (86 mm)"), 86, 64},
            {"double", QObject::tr("Double column (178 mm)"), 178, 100},
            {"slide", QObject::tr("Slide (254 mm, 16:9)"), 254, 143}};
}

const FigureSize* figureSize(const QString& key) {
    static const QList<FigureSize> sizes = figureSizes();
    for (const FigureSize& s : sizes)
        if (s.key == key)
            return &s;
    return nullptr;
}

std::optional<FigureSize> parseFigureSize(const QString& text) {
    if (const FigureSize* preset = figureSize(text))
        return *preset;
    const QStringList parts = text.toLower().split('x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okWidth = false, okHeight = false;
    const double width = parts[0].toDouble(&okWidth), height = parts[1].toDouble(&okHeight);
    if (!okWidth || !okHeight || width < 30 || width > 600 || height < 30 || height > 600)
        return std::nullopt;
    return FigureSize{text, QObject::tr("Custom (%1 × %2 mm)").arg(width).arg(height), width,
                      height};
}

QList<QCustomPlot*> chosenPanels(const QList<QCustomPlot*>& plots, const FigureOptions& options) {
    if (options.panels.isEmpty())
        return plots;
    QList<QCustomPlot*> chosen;
    for (int index : options.panels)
        if (index >= 0 && index < plots.size())
            chosen << plots[index];
    return chosen;
}

QString panelLetter(int index) {
    return QString(QChar('a' + index));
}
int panelIndex(QChar letter) {
    const int index = letter.toLower().unicode() - 'a';
    return index >= 0 && index < 26 ? index : -1;
}

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
// The figure's typeface: installed with the program's dependencies (fonts-dejavu-core), so
// that PDF, SVG and PNG name and draw the same one.
constexpr const char* kFigureFamily = "DejaVu Sans";

// Panels side by side on wide figures, one above the other on a single column (a panel of
// 43 mm cannot hold a legend at a readable size); three and more in two columns where wide.
bool isNarrow(const FigureSize& size) {
    return size.widthMm < 150;
}
int columnsFor(int panels, const FigureSize& size) {
    return panels <= 1 || isNarrow(size) ? 1 : 2;
}
// Rows of a stacked single-column figure are lower than one panel alone, so that four
// panels stay within a journal page's height.
double rowHeightMm(int panels, const FigureSize& size) {
    return isNarrow(size) && panels >= 3 ? 0.75 * size.heightMm : size.heightMm;
}

// Sets what an export needs on one plot and puts everything back when it goes out of scope.
class ExportStyle {
public:
    ExportStyle(QCustomPlot* plot, const FigureOptions& options) {
        const int base = options.fontPoints;
        const int small = std::max(5, base - 1);
        auto font = [](QFont f, int pixels) {
            f.setFamily(kFigureFamily);
            f.setPixelSize(pixels); // one pixel is one point in the figure's units
            return f;
        };
        for (QCPAxisRect* rect : plot->axisRects())
            for (QCPAxis* axis : rect->axes())
                styleAxis(axis, font(axis->labelFont(), base), font(axis->tickLabelFont(), base));
        // Colour scales' axes live outside the axis rects.
        for (int k = 0; k < plot->plotLayout()->elementCount(); ++k)
            if (auto* scale = qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(k)))
                styleAxis(scale->axis(), font(scale->axis()->labelFont(), base),
                          font(scale->axis()->tickLabelFont(), small));
        QCPLegend* legend = plot->legend;
        keep(legend->font(), [legend](const QFont& f) { legend->setFont(f); });
        legend->setFont(font(legend->font(), small));
        // The screen's 32 x 18 icons take half a small panel's width.
        const QSize icon = legend->iconSize();
        m_restore.push_back([legend, icon] { legend->setIconSize(icon); });
        legend->setIconSize(QSize(2 * base, base));
        for (int k = 0; k < legend->itemCount(); ++k)
            if (QCPAbstractLegendItem* item = legend->item(k)) {
                keep(item->font(), [item](const QFont& f) { item->setFont(f); });
                item->setFont(font(item->font(), small));
            }
        for (int k = 0; k < plot->itemCount(); ++k) {
            QCPAbstractItem* item = plot->item(k);
            if (item->property("persistent").toBool() && !options.interactive) {
                // A fit window's handles and hatching: the screen's, not the figure's.
                const bool visible = item->visible();
                m_restore.push_back([item, visible] { item->setVisible(visible); });
                item->setVisible(false);
                continue;
            }
            if (qobject_cast<AxisTitle*>(item))
                continue; // follows its axis's label font
            if (auto* text = qobject_cast<QCPItemText*>(item)) {
                keep(text->font(), [text](const QFont& f) { text->setFont(f); });
                text->setFont(font(text->font(), small));
            }
        }
        reserveAxisTitleRoom(plot);
        m_restore.push_back([plot] { reserveAxisTitleRoom(plot); });
    }
    ~ExportStyle() {
        for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
            (*it)();
    }
    ExportStyle(const ExportStyle&) = delete;
    ExportStyle& operator=(const ExportStyle&) = delete;

private:
    void styleAxis(QCPAxis* axis, const QFont& title, const QFont& ticks) {
        keep(axis->labelFont(), [axis](const QFont& f) { axis->setLabelFont(f); });
        keep(axis->tickLabelFont(), [axis](const QFont& f) { axis->setTickLabelFont(f); });
        axis->setLabelFont(title);
        axis->setTickLabelFont(ticks);
    }
    void keep(const QFont& f, std::function<void(const QFont&)> set) {
        m_restore.push_back([f, set = std::move(set)] { set(f); });
    }
    std::vector<std::function<void()>> m_restore;
};

} // namespace

int figureColumns(int panels, const FigureSize& size) {
    return columnsFor(panels, size);
}
double figureRowHeightMm(int panels, const FigureSize& size) {
    return rowHeightMm(panels, size);
}

QSizeF figureSizePoints(int panels, const FigureSize& size) {
    const int columns = columnsFor(panels, size);
    const int rows = (std::max(panels, 1) + columns - 1) / columns;
    return {size.widthMm * kPointsPerMm, rows * rowHeightMm(panels, size) * kPointsPerMm};
}

namespace {
void collectTexts(QCustomPlot* plot, FigureTexts& texts) {
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes()) {
            if (!axis->visible())
                continue;
            if (const QString title = axisTitle(axis); !title.isEmpty())
                texts.titles << title;
            if (axis->scaleType() == QCPAxis::stLinear && axis->tickLabels()) {
                const QVector<double> ticks = axis->tickVector();
                const QVector<QString> labels = axis->tickVectorLabels();
                for (int k = 0; k < ticks.size() && k < labels.size(); ++k)
                    if (axis->range().contains(ticks[k]))
                        texts.tickLabels << labels[k];
            }
        }
}
} // namespace

FigureTexts renderFigure(QCPPainter& painter, const QList<QCustomPlot*>& panels, QSizeF size,
                         const FigureOptions& options) {
    FigureTexts texts;
    const int n = int(panels.size());
    if (n == 0)
        return texts;
    const int columns = columnsFor(n, options.size);
    const int rows = (n + columns - 1) / columns;
    const double w = size.width() / columns, h = size.height() / rows;
    // Several panels: each under a strip that holds its letter, so the letter covers nothing.
    QFont letterFont(kFigureFamily);
    letterFont.setPixelSize(options.fontPoints + 1);
    letterFont.setBold(true);
    const double strip = n > 1 ? options.fontPoints + 5 : 0;
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    for (int k = 0; k < n; ++k) {
        const QPointF corner((k % columns) * w, (k / columns) * h);
        if (n > 1) {
            painter.setFont(letterFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(corner + QPointF(2, 1), QSizeF(w - 4, strip)),
                             Qt::AlignLeft | Qt::AlignVCenter, QString("(%1)").arg(panelLetter(k)));
        }
        QCustomPlot* plot = panels[k];
        ExportStyle style(plot, options);
        const QRect screen = plot->viewport();
        const QSize panel(int(w), int(h - strip));
        // Legend and labels for the figure's size and fonts.
        const bool legendMoved = placeAnnotationsAt(plot, panel);
        collectTexts(plot, texts);
        texts.overlaps << annotationOverlaps(plot);
        painter.save();
        painter.translate(corner + QPointF(0, strip));
        painter.setClipRect(QRectF(0, 0, w, h - strip));
        plot->toPainter(&painter, panel.width(), panel.height());
        painter.restore();
        if (legendMoved)
            putLegendBack(plot);
        plot->setViewport(screen);
    }
    painter.restore();
    for (QCustomPlot* plot : panels)
        plot->replot(); // its screen layout again
    return texts;
}

QString exportFigure(const QList<QCustomPlot*>& panels, const QString& path,
                     const FigureOptions& options, FigureTexts* texts) {
    if (panels.isEmpty())
        return QObject::tr("This page has no plot to export");
    const QString format = QFileInfo(path).suffix().toLower();
    if (format != "pdf" && format != "svg" && format != "png")
        return QObject::tr("Unknown figure format '%1': use .pdf, .svg or .png").arg(format);
    const QSizeF size = figureSizePoints(int(panels.size()), options.size);
    const QString temp = temporaryPathFor(path);
    bool ok = false;
    FigureTexts drawn;
    if (format == "pdf") {
        QPdfWriter pdf(temp);
        pdf.setResolution(72); // painter units are points
        pdf.setPageSize(QPageSize(size, QPageSize::Point, {}, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(QObject::tr("Tx Workbench figure"));
        pdf.setCreator("Tx Workbench");
        QCPPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            drawn = renderFigure(painter, panels, size, options);
            painter.end();
        }
    } else if (format == "svg") {
        QSvgGenerator svg;
        svg.setFileName(temp);
        svg.setResolution(72);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(QObject::tr("Tx Workbench figure"));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            drawn = renderFigure(painter, panels, size, options);
            painter.end();
        }
    } else {
        const double scale = options.pngDpi / 72.0;
        QImage image((size * scale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QCPPainter painter;
        ok = painter.begin(&image);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            drawn = renderFigure(painter, panels, size, options);
            painter.end();
            const int dotsPerMeter = qRound(options.pngDpi / 0.0254);
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
            ok = image.save(temp, "PNG");
        }
    }
    if (texts)
        *texts = drawn;
    return finishExport(temp, path, ok);
}

} // namespace tx::widgets
