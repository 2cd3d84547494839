#include "app/workbench/ReportExport.h"

#include "core/output/SeriesTables.h"
#include "widgets/ExportFile.h"
#include "widgets/PlotExport.h"
#include "widgets/TypesetText.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QPdfWriter>
#include <QTextDocument>
#include <qcustomplot.h>

namespace tx::app {

namespace {

// The report is laid out in points (resolution 72), fonts as pixel sizes of that unit: the
// figures' convention (PlotExport.h), so text and figures share one scale.
constexpr double kMargin = 50;
constexpr const char* kFamily = "DejaVu Sans";
constexpr const char* kMonoFamily = "DejaVu Sans Mono";

QFont reportFont(double points, bool bold = false, bool mono = false) {
    QFont f(mono ? kMonoFamily : kFamily);
    f.setStyleHint(mono ? QFont::TypeWriter : QFont::SansSerif);
    f.setPixelSize(qRound(points));
    f.setBold(bold);
    return f;
}

// What was run: the ensemble's shape, the averaging and the program.
QString runDescription(const AnalysisOutcome& o) {
    int replicas = 0, files = 0;
    QStringList temperatures;
    for (const auto& t : o.layout.temperatures) {
        temperatures << QString::fromStdString(t.label);
        replicas += int(t.replicas.size());
        for (const auto& r : t.replicas)
            files += r.longTrajectory.empty() ? int(r.segmentFiles.size()) : 1;
    }
    return QObject::tr("%1 temperatures (%2), %3 replicas, %4 trajectory files; errors from %5 "
                       "bootstrap resamples (seed %6) over replicas; Tx Workbench %7.")
        .arg(temperatures.size())
        .arg(temperatures.join(", "))
        .arg(replicas)
        .arg(files)
        .arg(o.parameters.averaging.bootstrap)
        .arg(o.parameters.averaging.seed)
        .arg(TX_VERSION);
}

QString perTemperatureText(const AnalysisOutcome& o) {
    QString text = QObject::tr(
        "T        tau_alpha       tau_+           tau_-           gamma_tau       D·tau_alpha\n");
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

// Writes text blocks and figures down the pages, starting a new page when one does not fit.
class ReportLayout {
public:
    ReportLayout(QPdfWriter& pdf, QCPPainter& painter) : m_pdf(pdf), m_painter(painter) {
        const QRectF page(QPointF(0, 0), pdf.pageLayout().paintRect(QPageLayout::Point).size());
        m_area = page.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        m_y = m_area.top();
    }
    double width() const { return m_area.width(); }

    // Plain text (wrapped inside the page; long lines such as the flags' messages wrap).
    void text(const QString& text, const QFont& font, double gapAfter = 8) {
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        const int flags = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
        // Line by line, so that a long table breaks across pages.
        for (const QString& line : text.split('\n')) {
            const QRectF box =
                m_painter.boundingRect(QRectF(m_area.left(), 0, width(), 1e6), flags, line);
            ensureRoom(box.height());
            m_painter.drawText(QRectF(m_area.left(), m_y, width(), box.height()), flags, line);
            m_y += box.height();
        }
        m_y += gapAfter;
    }

    // Typeset text (the figures' markup: τ_α, γ_τ), wrapped to the page width.
    void typeset(const QString& markup, const QFont& font, double gapAfter = 8) {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(font);
        doc.setHtml(widgets::typesetHtml(markup));
        doc.setTextWidth(width());
        ensureRoom(doc.size().height());
        m_painter.save();
        m_painter.translate(m_area.left(), m_y);
        doc.documentLayout()->draw(&m_painter, {});
        m_painter.restore();
        m_y += doc.size().height() + gapAfter;
    }

    void figure(const ReportFigure& f, int number) {
        widgets::FigureOptions options;
        // The page's text width; rows of panels 0.56 of it high (the double column's ratio).
        const double mm = width() * 25.4 / 72.0;
        options.size = {"report", {}, mm, mm * 100.0 / 178.0};
        options.fontPoints = 8;
        const QSizeF size = widgets::figureSizePoints(int(f.panels.size()), options.size);
        ensureRoom(size.height() + 30);
        m_painter.save();
        m_painter.translate(m_area.left(), m_y);
        widgets::renderFigure(m_painter, f.panels, size, options);
        m_painter.restore();
        m_y += size.height() + 4;
        typeset(QObject::tr("Figure %1. %2").arg(number).arg(f.caption), reportFont(9), 16);
    }

private:
    void ensureRoom(double height) {
        if (m_y + height > m_area.bottom() && m_y > m_area.top()) {
            m_pdf.newPage();
            m_y = m_area.top();
        }
    }
    QPdfWriter& m_pdf;
    QCPPainter& m_painter;
    QRectF m_area;
    double m_y = 0;
};

} // namespace

QString writeReport(const QString& path, const AnalysisOutcome& o,
                    const QList<ReportFigure>& figures, QPageSize::PageSizeId paper) {
    const QString temp = widgets::temporaryPathFor(path);
    {
        QPdfWriter pdf(temp);
        pdf.setPageSize(QPageSize(paper));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setTitle(QObject::tr("Tx Workbench report"));
        pdf.setCreator(QString("Tx Workbench %1").arg(TX_VERSION));
        QCPPainter painter; // a QPainter that QCustomPlot can also draw with
        if (!painter.begin(&pdf))
            return widgets::finishExport(temp, path, false);
        ReportLayout layout(pdf, painter);
        layout.text(QObject::tr("Tx Workbench report"), reportFont(16, true), 4);
        layout.text(QObject::tr("Tx Workbench %1 · %2")
                        .arg(TX_VERSION)
                        .arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
                    reportFont(8), 10);
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
        layout.text(info, reportFont(9), 4);
        layout.text(runDescription(o), reportFont(9), 12);
        layout.text(QObject::tr("Characteristic temperatures"), reportFont(11, true), 4);
        layout.text(QString::fromStdString(core::characteristicTemperaturesTable(o.characteristic) +
                                           core::simulationSuggestionsText(o.suggestions)),
                    reportFont(7.5, false, true), 12);
        layout.text(QObject::tr("Per temperature"), reportFont(11, true), 4);
        layout.text(perTemperatureText(o), reportFont(7.5, false, true), 16);
        int number = 1;
        for (const ReportFigure& f : figures)
            if (!f.panels.isEmpty())
                layout.figure(f, number++);
        painter.end();
    }
    return widgets::finishExport(temp, path, true);
}

} // namespace tx::app
