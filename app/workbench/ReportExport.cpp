#include "app/workbench/ReportExport.h"

#include "core/fit/SimulationAdvice.h"
#include "core/output/Measurement.h"
#include "core/output/SeriesTables.h"
#include "widgets/CoreText.h"
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

QFont reportFont(double points, bool bold = false) {
    QFont f(kFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qRound(points));
    f.setBold(bold);
    return f;
}

// A value and its error by the one rounding rule (core/output/Measurement.h), as markup:
// "0.01136 ± 0.00007", "(1.14 ± 0.07)×10^{−8}".
QString measurementMarkup(double value, double error) {
    const core::RoundedMeasurement r = core::roundMeasurement(value, error);
    const QString v = QString::fromStdString(r.value), e = QString::fromStdString(r.error);
    if (e.isEmpty())
        return v;
    if (r.exponent == 0)
        return v + " ± " + e;
    return QString("(%1 ± %2)×10^{%3}").arg(v, e, QString::number(r.exponent).replace('-', "−"));
}

QString tauMarkup(const core::RelaxationTime& t, double error) {
    if (t.kind == core::RelaxationTime::Kind::Crossed)
        return measurementMarkup(t.value, error);
    return widgets::literalMarkup(QString::fromStdString(t.text()));
}

// A table of the report: header and cells in the figures' markup.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
};

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

ReportTable perTemperatureTable(const AnalysisOutcome& o) {
    const QString t = QString::fromStdString(core::temperatureUnit(o.units));
    const QString time = QString::fromStdString(core::timeUnitText(o.units));
    const QString length = QString::fromStdString(core::lengthUnitText(o.units));
    auto unit = [](const QString& u) { return u.isEmpty() ? QString() : " [" + u + "]"; };
    ReportTable table;
    table.header = {"T" + unit(t),      "τ_α" + unit(time), "τ_+" + unit(time),
                    "τ_−" + unit(time), "γ_τ = τ_+/τ_−",    "D·τ_α" + unit(length + "^2")};
    for (const auto& r : o.results) {
        const auto& ob = r.observables;
        auto optional = [](const std::optional<double>& v, double e) {
            return v ? measurementMarkup(*v, e) : QObject::tr("n/a");
        };
        table.rows.append(
            {QString::number(r.temperature), tauMarkup(ob.tauAlpha, r.tauAlphaError.value),
             tauMarkup(ob.tauPlus, r.tauPlusError.value),
             tauMarkup(ob.tauMinus, r.tauMinusError.value), optional(ob.gamma, r.gammaError.value),
             optional(ob.diffusionTimesTauAlpha, r.diffusionTimesTauAlphaError.value)});
    }
    return table;
}

// Table I: T_b, T_c, T_x and the path, a mark on flagged values.
ReportTable tableOne(const core::CharacteristicTemperatures& c, const core::Units& units) {
    const QString t = QString::fromStdString(core::temperatureUnit(units));
    ReportTable table;
    QStringList values;
    for (const core::TableOneCell& cell : core::tableOneCells(c)) {
        const QString name = QString::fromStdString(cell.name);
        table.header << (name == "path" ? QObject::tr("path")
                         : t.isEmpty()  ? name
                                        : name + " [" + t + "]");
        // The path's numeral as one subscript (P_{IV}); the rest is markup already.
        const std::string value = name == "path" ? core::pathMarkup(c.path.path) : cell.value;
        values << widgets::coreText(value) + (cell.flagged ? " (!)" : "");
    }
    table.rows.append(values);
    return table;
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
    void space(double points) { m_y += points; }

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

    // Typeset text (the figures' markup: τ_α, γ_τ), wrapped to the page width, indented by
    // `indent` points.
    void typeset(const QString& markup, const QFont& font, double gapAfter = 8, double indent = 0) {
        QTextDocument doc;
        prepare(doc, markup, font);
        doc.setTextWidth(width() - indent);
        ensureRoom(doc.size().height());
        draw(doc, {m_area.left() + indent, m_y});
        m_y += doc.size().height() + gapAfter;
    }

    // A table with rules above and below the header and at the end (no vertical lines, as
    // journals set them); the first column left, the others centred. Its header is repeated
    // where the table breaks across pages; columns wrap where the page is too narrow.
    void table(const ReportTable& t, const QFont& font, double gapAfter = 12) {
        constexpr double kGap = 12, kRowPad = 2;
        const int columns = int(t.header.size());
        QList<double> widths(columns, 0.0);
        auto measure = [&](const QStringList& row) {
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QTextDocument doc;
                prepare(doc, row[c], font);
                widths[c] = std::max(widths[c], doc.idealWidth());
            }
        };
        measure(t.header);
        for (const QStringList& row : t.rows)
            measure(row);
        double total = kGap * (columns - 1);
        for (double w : widths)
            total += w;
        if (total > width()) // narrower columns, in proportion: their text wraps
            for (double& w : widths)
                w *= (width() - kGap * (columns - 1)) / (total - kGap * (columns - 1));
        auto rowHeight = [&](const QStringList& row) {
            double h = 0;
            for (int c = 0; c < columns && c < row.size(); ++c)
                h = std::max(h, cell(row[c], font, widths[c], c == 0, {}, false));
            return h + 2 * kRowPad;
        };
        auto drawRow = [&](const QStringList& row) {
            const double h = rowHeight(row);
            double x = m_area.left();
            for (int c = 0; c < columns && c < row.size(); ++c) {
                cell(row[c], font, widths[c], c == 0, {x, m_y + kRowPad}, true);
                x += widths[c] + kGap;
            }
            m_y += h;
        };
        const double right = m_area.left() + std::min(width(), total);
        auto rule = [&](double pen) {
            m_painter.setPen(QPen(Qt::black, pen));
            m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(right, m_y));
            m_y += 1;
        };
        auto header = [&] {
            rule(0.8);
            drawRow(t.header);
            rule(0.5);
        };
        ensureRoom(rowHeight(t.header) + (t.rows.isEmpty() ? 0 : rowHeight(t.rows.front())) + 4);
        header();
        for (const QStringList& row : t.rows) {
            if (m_y + rowHeight(row) > m_area.bottom()) {
                rule(0.8);
                m_pdf.newPage();
                m_y = m_area.top();
                header();
            }
            drawRow(row);
        }
        rule(0.8);
        m_y += gapAfter;
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
    static void prepare(QTextDocument& doc, const QString& markup, const QFont& font) {
        doc.setDocumentMargin(0);
        doc.setDefaultFont(font);
        doc.setHtml(widgets::typesetHtml(markup));
    }
    void draw(QTextDocument& doc, QPointF at) {
        m_painter.save();
        m_painter.translate(at);
        doc.documentLayout()->draw(&m_painter, {});
        m_painter.restore();
    }
    // One table cell of this width: its height; drawn at `at` when `paint`.
    double cell(const QString& markup, const QFont& font, double cellWidth, bool left, QPointF at,
                bool paint) {
        QTextDocument doc;
        prepare(doc, markup, font);
        doc.setTextWidth(cellWidth);
        QTextOption option = doc.defaultTextOption();
        option.setAlignment(left ? Qt::AlignLeft : Qt::AlignHCenter);
        doc.setDefaultTextOption(option);
        if (paint)
            draw(doc, at);
        return doc.size().height();
    }
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
        // Typeset: r_c, S_{1-1}(q); the folder's name drawn as it is.
        layout.typeset(QObject::tr("Ensemble: %1")
                           .arg(widgets::literalMarkup(QString::fromStdString(o.layout.root))),
                       reportFont(9), 1);
        layout.typeset(QObject::tr("Units: length %1, time %2 (q in inverse length, times in "
                                   "time units, T in %3)")
                           .arg(QString::fromStdString(core::lengthUnitText(o.units)),
                                QString::fromStdString(core::timeUnitText(o.units)),
                                QString::fromStdString(core::temperatureUnit(o.units)).isEmpty()
                                    ? QObject::tr("the simulation's units")
                                    : QString::fromStdString(core::temperatureUnit(o.units))),
                       reportFont(9), 1);
        layout.typeset(QObject::tr("q = %1 (%2), r_c = %3 (%4), dt = %5, bootstrap %6 resamples")
                           .arg(o.correlator.q, 0, 'g', 4)
                           .arg(widgets::coreText(o.qSource))
                           .arg(o.correlator.cutoff, 0, 'g', 4)
                           .arg(widgets::coreText(o.rcSource))
                           .arg(o.dt)
                           .arg(o.parameters.averaging.bootstrap),
                       reportFont(9), 4);
        layout.typeset(widgets::literalMarkup(runDescription(o)), reportFont(9), 12);
        layout.text(QObject::tr("Characteristic temperatures (as in the paper's Table I)"),
                    reportFont(11, true), 6);
        layout.table(tableOne(o.characteristic, o.units), reportFont(9), 6);
        // How each was fitted; a data name (a log's column) drawn as it is.
        QString column;
        if (o.characteristic.glassTransition)
            column = QString::fromStdString(
                std::string(o.characteristic.glassTransition->quantity.column));
        for (const std::string& note : core::tableOneNotes(o.characteristic)) {
            QString markup = widgets::coreText(note);
            if (column.contains('_') || column.contains('^'))
                markup.replace(column, widgets::literalMarkup(column));
            layout.typeset(markup, reportFont(8), 2);
        }
        if (const auto flags = core::namedQualityFlags(o.characteristic); !flags.empty()) {
            layout.text(QObject::tr("(!) Quality flags (README \"Quality flags\")"),
                        reportFont(9, true), 2);
            for (const auto& [name, flag] : flags)
                layout.typeset(QString("%1 [%2] %3")
                                   .arg(widgets::coreText(name),
                                        widgets::literalMarkup(widgets::flagCodeText(flag.code)),
                                        widgets::coreText(flag.message)),
                               reportFont(8), 2, 10);
        }
        if (!o.suggestions.empty()) {
            layout.text(QObject::tr("Simulate next at"), reportFont(9, true), 2);
            for (const core::SimulationSuggestion& suggestion : o.suggestions)
                layout.typeset(widgets::coreText(core::simulationSuggestionLine(suggestion)),
                               reportFont(8), 2, 10);
        }
        layout.space(10);
        layout.text(QObject::tr("Per temperature (errors: bootstrap over replicas)"),
                    reportFont(11, true), 6);
        layout.table(perTemperatureTable(o), reportFont(8.5), 16);
        int number = 1;
        for (const ReportFigure& f : figures)
            if (!f.panels.isEmpty())
                layout.figure(f, number++);
        painter.end();
    }
    return widgets::finishExport(temp, path, true);
}

} // namespace tx::app
