#include "widgets/PlotExport.h"

#include "widgets/ExportFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryFile>
#include <qcustomplot.h>

namespace tx::widgets {

QList<FigureSize> figureSizes() {
    return {{QObject::tr("Single column (86 mm)"), 86, 64},
            {QObject::tr("Double column (178 mm)"), 178, 100},
            {QObject::tr("Slide (254 mm, 16:9)"), 254, 143}};
}

namespace {

// Fonts of every axis and legend at the figure's base size (restored afterwards).
class FontScope {
public:
    FontScope(QCustomPlot* plot, int points) : m_plot(plot) {
        for (auto* axis : plot->axisRect()->axes()) {
            m_saved.append({axis->labelFont(), axis->tickLabelFont()});
            QFont f = axis->labelFont();
            f.setPointSize(points);
            axis->setLabelFont(f);
            f.setPointSize(points - 1);
            axis->setTickLabelFont(f);
        }
    }
    ~FontScope() {
        const auto axes = m_plot->axisRect()->axes();
        for (int k = 0; k < axes.size() && k < m_saved.size(); ++k) {
            axes[k]->setLabelFont(m_saved[k].first);
            axes[k]->setTickLabelFont(m_saved[k].second);
        }
    }

private:
    QCustomPlot* m_plot;
    QList<QPair<QFont, QFont>> m_saved;
};

} // namespace

QString exportPlot(QCustomPlot* plot, const QString& path, const FigureSize& size, int fontPoints,
                   int pngDpi) {
    const QString format = QFileInfo(path).suffix().toLower();
    // Size in points (1/72 in) for vector formats; the widget size is irrelevant.
    const int widthPt = qRound(size.widthMm / 25.4 * 72.0);
    const int heightPt = qRound(size.heightMm / 25.4 * 72.0);
    const QString temp = temporaryPathFor(path);
    bool ok = false;
    {
        FontScope fonts(plot, fontPoints);
        if (format == "pdf") {
            ok = plot->savePdf(temp, widthPt, heightPt, QCP::epNoCosmetic);
        } else if (format == "png") {
            const double scale = pngDpi / 72.0;
            ok = plot->savePng(temp, widthPt, heightPt, scale, -1, pngDpi);
        } else if (format == "svg") {
            QSvgGenerator svg;
            svg.setFileName(temp);
            svg.setSize(QSize(widthPt, heightPt));
            svg.setViewBox(QRect(0, 0, widthPt, heightPt));
            svg.setTitle(QObject::tr("Tx Workbench figure"));
            QCPPainter painter;
            ok = painter.begin(&svg);
            if (ok) {
                plot->toPainter(&painter, widthPt, heightPt);
                painter.end();
            }
        } else {
            return QObject::tr("Unknown figure format '%1': use .pdf, .svg or .png").arg(format);
        }
    }
    plot->replot();
    return finishExport(temp, path, ok);
}

} // namespace tx::widgets
