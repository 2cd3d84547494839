#include "app/workbench/ReportExport.h"

#include "core/output/SeriesTables.h"
#include "widgets/ExportFile.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace tx::app {

namespace {

QString perTemperatureText(const AnalysisOutcome& o) {
    QString text = QObject::tr(
        "T        tau_alpha        tau_+           tau_-           gamma_tau       D·tau_alpha\n");
    for (const auto& r : o.results) {
        const auto& ob = r.observables;
        auto cell = [](bool ok, double v, double e) {
            return ok ? QString("%1 ± %2").arg(v, 0, 'g', 4).arg(e, 0, 'g', 2).leftJustified(16)
                      : QString("n/a").leftJustified(16);
        };
        text += QString::number(r.temperature).leftJustified(9) +
                cell(ob.tauAlpha.isNumber(), ob.tauAlpha.value, r.tauAlphaError.value) +
                cell(ob.tauPlus.isNumber(), ob.tauPlus.value, r.tauPlusError.value) +
                cell(ob.tauMinus.isNumber(), ob.tauMinus.value, r.tauMinusError.value) +
                cell(bool(ob.gamma), ob.gamma.value_or(0), r.gammaError.value) +
                cell(bool(ob.diffusionTimesTauAlpha), ob.diffusionTimesTauAlpha.value_or(0),
                     r.diffusionTimesTauAlphaError.value) +
                "\n";
    }
    return text;
}

} // namespace

QString writeReport(const QString& path, const AnalysisOutcome& o,
                    const QList<QPair<QString, QCustomPlot*>>& figures) {
    const QString temp = widgets::temporaryPathFor(path);
    {
        QPdfWriter pdf(temp);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(QObject::tr("Tx Workbench report"));
        QCPPainter painter; // a QPainter that QCustomPlot can also draw with
        if (!painter.begin(&pdf))
            return widgets::finishExport(temp, path, false);
        const QRect page = painter.viewport();
        const int margin = 150;
        QRect area = page.adjusted(margin, margin, -margin, -margin);
        QFont title("Sans", 16, QFont::Bold);
        painter.setFont(title);
        painter.drawText(area, Qt::AlignTop | Qt::AlignLeft, QObject::tr("Tx Workbench report"));
        QFont body("Sans", 9);
        painter.setFont(body);
        const QString info =
            QObject::tr("Ensemble: %1\nUnits: length %8, time %9 (q in inverse length, times in "
                        "time units)\nq = %2 (%3), r_c = %4 (%5), dt = %6, bootstrap %7 resamples")
                .arg(QString::fromStdString(o.layout.root))
                .arg(o.correlator.q, 0, 'g', 4)
                .arg(QString::fromStdString(o.qSource))
                .arg(o.correlator.cutoff, 0, 'g', 4)
                .arg(QString::fromStdString(o.rcSource))
                .arg(o.dt)
                .arg(o.parameters.averaging.bootstrap)
                .arg(QString::fromStdString(core::lengthUnitText(o.units)),
                     QString::fromStdString(core::timeUnitText(o.units)));
        QRect infoRect = area.adjusted(0, 120, 0, 0);
        painter.drawText(infoRect, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, info);
        QFont mono("Monospace", 8);
        mono.setStyleHint(QFont::TypeWriter);
        painter.setFont(mono);
        const QString table =
            QString::fromStdString(core::characteristicTemperaturesTable(o.characteristic) +
                                   core::simulationSuggestionsText(o.suggestions)) +
            "\n" + perTemperatureText(o);
        // Long lines (the flags' messages) wrap inside the page instead of running off it.
        const QRect tableArea = area.adjusted(0, 350, 0, 0);
        const int tableFlags = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
        const QRect used = painter.boundingRect(tableArea, tableFlags, table);
        painter.drawText(tableArea, tableFlags, table);
        // Figures, two per page below the tables on the first page, then two per page.
        int y = used.bottom() + 120;
        const int figureHeight = (area.height() - 200) / 2;
        for (const auto& [caption, plot] : figures) {
            if (y + figureHeight > area.bottom()) {
                pdf.newPage();
                y = area.top();
            }
            const QRect target(area.left(), y, area.width(), figureHeight - 80);
            painter.save();
            painter.translate(target.topLeft());
            // Draw at a fixed logical size and scale to the target rectangle.
            const int w = 900, h = int(900.0 * target.height() / target.width());
            painter.scale(double(target.width()) / w, double(target.height()) / h);
            plot->toPainter(&painter, w, h);
            painter.restore();
            painter.setFont(body);
            painter.drawText(QRect(area.left(), y + figureHeight - 80, area.width(), 70),
                             Qt::AlignLeft | Qt::AlignTop, caption);
            y += figureHeight;
        }
        painter.end();
    }
    return widgets::finishExport(temp, path, true);
}

} // namespace tx::app
