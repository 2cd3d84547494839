#include "widgets/ResultsTable.h"

#include "core/output/Measurement.h"
#include "core/output/SeriesTables.h"
#include "widgets/CoreText.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <cmath>
#include <optional>

namespace tx::widgets {

namespace {

// One rounding rule for every value with an error (core/output/Measurement.h).
QString valueError(double v, double e) {
    return QString::fromStdString(core::measurementText(v, e));
}
QString tauText(const core::RelaxationTime& t, double e) {
    if (t.kind == core::RelaxationTime::Kind::Crossed)
        return valueError(t.value, e);
    return QString::fromStdString(t.text());
}
QString optionalText(const std::optional<double>& v, double e) {
    return v ? valueError(*v, e) : QCoreApplication::translate("tx::widgets::ResultsTable", "n/a");
}
constexpr int kFlagsColumn = 2;

// "0.776 ± 0.057 [0.713, 0.861]": the standard deviation and the 95 % percentile interval.
QString withInterval(const QString& value, const std::optional<core::PercentileInterval>& i) {
    return i ? value + QString(" [%1, %2]").arg(i->low, 0, 'g', 3).arg(i->high, 0, 'g', 3) : value;
}

// Four significant digits, like the intervals ("[0.6, 0.9008]", not "[0.6, 0.900806]").
QString windowText(const core::FitWindow& w) {
    return QString("[%1, %2]").arg(w.low, 0, 'g', 4).arg(w.high, 0, 'g', 4);
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->verticalHeader()->setVisible(false);
    // Rows as high as the text needs (the style's default is larger): five rows fit a
    // 720-pixel screen.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// The numbers behind a cell's text, for copying: the value (and its error) as computed, not
// as rounded for reading.
constexpr int kValueRole = Qt::UserRole;
constexpr int kErrorRole = Qt::UserRole + 1;
void attachNumbers(QTableWidget* t, int row, int column, double value,
                   std::optional<double> error = std::nullopt) {
    QTableWidgetItem* item = t->item(row, column);
    item->setData(kValueRole, value);
    if (error)
        item->setData(kErrorRole, *error);
}
void attachTau(QTableWidget* t, int row, int column, const core::RelaxationTime& tau, double e) {
    if (tau.kind == core::RelaxationTime::Kind::Crossed)
        attachNumbers(t, row, column, tau.value, e);
}

QString exactText(const QVariant& v) {
    return QString::fromStdString(core::exactNumber(v.toDouble()));
}

// Tab-separated rows under a header line; a column whose cells carry an error is copied as
// two, "<header>" and "<header> error", with the numbers as computed (the text as shown
// where a cell has no number: "> 400", "n/a").
QString rangeAsText(const QTableWidget* t, const QTableWidgetSelectionRange& r) {
    auto item = [&](int row, int col) { return t->item(row, col); };
    QStringList header;
    std::vector<bool> withError;
    for (int col = r.leftColumn(); col <= r.rightColumn(); ++col) {
        bool errors = false;
        for (int row = r.topRow(); row <= r.bottomRow(); ++row)
            errors = errors || (item(row, col) && item(row, col)->data(kErrorRole).isValid());
        withError.push_back(errors);
        const QString name = t->horizontalHeaderItem(col)->text();
        header << name;
        if (errors)
            header << ResultsTable::tr("%1 error").arg(name);
    }
    QString text = header.join('\t') + '\n';
    for (int row = r.topRow(); row <= r.bottomRow(); ++row) {
        QStringList cells;
        for (int col = r.leftColumn(); col <= r.rightColumn(); ++col) {
            const QTableWidgetItem* it = item(row, col);
            const bool number = it && it->data(kValueRole).isValid();
            cells << (number ? exactText(it->data(kValueRole)) : it ? it->text() : QString());
            if (withError[std::size_t(col - r.leftColumn())])
                cells << (number && it->data(kErrorRole).isValid() ? exactText(it->data(kErrorRole))
                                                                   : QString());
        }
        text += cells.join('\t') + '\n';
    }
    return text;
}

// A flagged value gets a warning icon, the codes in the Flags column, and every message in
// the tooltips of both (core/fit/QualityFlags.h says what each code means).
void showFlags(QTableWidget* t, int row, const core::QualityFlags& flags) {
    QStringList codes, messages;
    for (const auto& f : flags) {
        codes << flagCodeText(f.code);
        messages << "[" + flagCodeText(f.code) + "] " + coreText(f.message);
    }
    codes.removeDuplicates();
    auto* flagsItem = new QTableWidgetItem(codes.join(", "));
    t->setItem(row, kFlagsColumn, flagsItem);
    if (flags.empty())
        return;
    const QString tip = messages.join("\n");
    QTableWidgetItem* value = t->item(row, 1);
    value->setIcon(t->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    value->setToolTip(tip);
    flagsItem->setToolTip(tip);
    flagsItem->setForeground(QColor(170, 90, 0));
}

// T_g: fitted to a cooling log (with its windows), given by the user, or a preset's.
QStringList glassTransitionRow(const core::CharacteristicTemperatures& c) {
    if (const auto& g = c.glassTransition) {
        const QString column =
            QString::fromUtf8(g->quantity.column.data(), qsizetype(g->quantity.column.size()));
        QString source = ResultsTable::tr("%1 of the cooling log, run %2").arg(column).arg(g->run);
        if (c.replacedPresetTg)
            source += ResultsTable::tr("; replaces the preset's %1").arg(*c.replacedPresetTg);
        if (!g->fit.ok)
            return {"T_g", coreText(g->fit.problem), QString(), QString(), source};
        return {"T_g", withInterval(valueError(g->fit.tg, g->error), g->interval), QString(),
                ResultsTable::tr("glass %1, liquid %2")
                    .arg(windowText(g->fit.glass.window), windowText(g->fit.liquid.window)),
                source};
    }
    return {"T_g", c.tg ? QString::number(*c.tg) : ResultsTable::tr("not given"), QString(),
            QString(),
            !c.tg                                 ? QString()
            : core::hasFlag(c.flags.tg, "preset") ? ResultsTable::tr("from a system preset")
                                                  : ResultsTable::tr("given by you")};
}

// Columns as wide as their contents, but none wider than kWidestColumn: a long message (a
// failed T_c fit's reason) is cut with "…" and read whole in its tooltip, instead of pushing
// the other columns off-screen.
constexpr int kWidestColumn = 340;
void fitColumns(QTableWidget* t) {
    for (int c = 0; c < t->columnCount(); ++c) {
        t->resizeColumnToContents(c);
        if (t->columnWidth(c) <= kWidestColumn)
            continue;
        t->setColumnWidth(c, kWidestColumn);
        for (int row = 0; row < t->rowCount(); ++row)
            if (QTableWidgetItem* item = t->item(row, c);
                item && !item->toolTip().startsWith(item->text()))
                item->setToolTip(item->toolTip().isEmpty()
                                     ? item->text()
                                     : item->text() + "\n\n" + item->toolTip()); // and the flags'
    }
}

} // namespace

ResultsTable::ResultsTable(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    m_perT = makeTable(this, {tr("T"), tr("τ_α"), tr("τ_+"), tr("τ_−"), tr("γ_τ"), tr("D"),
                              tr("D·τ_α"), tr("β (KWW)"), tr("replicas/segments"), tr("τ_Q")});
    m_fits =
        makeTable(this, {tr("Quantity"), tr("Value"), tr("Flags"), tr("Window"), tr("Parameters")});
    m_fits->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive); // fitColumns
    m_fits->setTextElideMode(Qt::ElideRight);
    connect(m_perT, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* t = m_perT->item(row, 0); t && t->data(kValueRole).isValid())
            emit temperatureClicked(t->data(kValueRole).toDouble());
    });
    layout->addWidget(m_perT, 3);
    layout->addWidget(m_fits, 2);
    auto* copy = new QShortcut(QKeySequence::Copy, this);
    connect(copy, &QShortcut::activated, this, &ResultsTable::copySelection);
}

void ResultsTable::showResults(const std::vector<core::TemperatureResult>& results,
                               const core::CharacteristicTemperatures& c) {
    m_perT->setRowCount(int(results.size()));
    for (int k = 0; k < int(results.size()); ++k) {
        const auto& r = results[std::size_t(k)];
        const auto& o = r.observables;
        setRow(m_perT, k,
               {QString::number(r.temperature), tauText(o.tauAlpha, r.tauAlphaError.value),
                tauText(o.tauPlus, r.tauPlusError.value),
                tauText(o.tauMinus, r.tauMinusError.value),
                optionalText(o.gamma, r.gammaError.value),
                o.diffusion.ok ? valueError(o.diffusion.coefficient, r.diffusionError.value)
                               : tr("n/a"),
                optionalText(o.diffusionTimesTauAlpha, r.diffusionTimesTauAlphaError.value),
                o.kwwAlpha.ok ? valueError(o.kwwAlpha.beta, r.betaAlphaError.value) : tr("n/a"),
                QString("%1/%2").arg(r.replicas).arg(r.segments),
                tauText(o.tauOverlap, r.tauOverlapError.value)});
        attachNumbers(m_perT, k, 0, r.temperature);
        attachTau(m_perT, k, 1, o.tauAlpha, r.tauAlphaError.value);
        attachTau(m_perT, k, 2, o.tauPlus, r.tauPlusError.value);
        attachTau(m_perT, k, 3, o.tauMinus, r.tauMinusError.value);
        if (o.gamma)
            attachNumbers(m_perT, k, 4, *o.gamma, r.gammaError.value);
        if (o.diffusion.ok)
            attachNumbers(m_perT, k, 5, o.diffusion.coefficient, r.diffusionError.value);
        if (o.diffusionTimesTauAlpha)
            attachNumbers(m_perT, k, 6, *o.diffusionTimesTauAlpha,
                          r.diffusionTimesTauAlphaError.value);
        if (o.kwwAlpha.ok)
            attachNumbers(m_perT, k, 7, o.kwwAlpha.beta, r.betaAlphaError.value);
        attachTau(m_perT, k, 9, o.tauOverlap, r.tauOverlapError.value);
    }
    m_fits->setRowCount(5); // and a sixth, "Simulate next", set by showSuggestions
    const auto& tx = c.tx.fit;
    setRow(
        m_fits, 0,
        {"T_x",
         tx.ok ? withInterval(valueError(tx.tx, c.tx.error), c.tx.interval) : coreText(tx.problem),
         QString(), tx.window ? windowText(*tx.window) : tr("all"),
         tx.ok ? (tx.fallback
                      ? tr("discrete minimum, γ_τ = %1").arg(tx.gammaAtMinimum, 0, 'g', 4)
                      : tr("parabola vertex, γ_τ(T_x) = %1").arg(tx.gammaAtMinimum, 0, 'g', 4))
               : QString()});
    const auto& tc = c.tc.fit.best;
    setRow(m_fits, 1,
           {"T_c",
            tc.ok ? withInterval(valueError(tc.tc, c.tc.tcError), c.tc.interval)
                  : coreText(tc.problem),
            QString(), tc.ok ? windowText(tc.window) : QString(),
            tc.ok ? tr("ν = %1, A = %2, rms ln τ = %3 (%4)")
                        .arg(valueError(tc.nu, c.tc.nuError))
                        .arg(tc.amplitude, 0, 'g', 4)
                        .arg(tc.rmsLnTau, 0, 'g', 2)
                        .arg(coreText(core::tcWindowsUsed(c)))
                  : QString()});
    const auto& tb = c.tb.fit;
    setRow(m_fits, 2,
           {"T_b",
            tb.ok ? (tb.found ? withInterval(valueError(tb.tb, c.tb.error), c.tb.interval)
                              : tr("< %1").arg(tb.tb))
                  : coreText(tb.problem),
            QString(), tb.ok ? windowText(tb.lineWindow) : QString(),
            tb.ok ? tr("δ = %1 %, line %2 + %3 T")
                        .arg(100 * tb.delta)
                        .arg(tb.intercept, 0, 'g', 4)
                        .arg(tb.slope, 0, 'g', 4)
                  : QString()});
    setRow(m_fits, 3,
           {tr("Path"), coreText(core::pathName(c.path.path)), QString(),
            c.tg && c.tm ? QString("T_g = %1, T_m = %2").arg(*c.tg).arg(*c.tm)
                         : tr("all temperatures"),
            coreText(c.path.reason)});
    setRow(m_fits, 4, glassTransitionRow(c));
    if (tx.ok)
        attachNumbers(m_fits, 0, 1, tx.tx, c.tx.error);
    if (tc.ok)
        attachNumbers(m_fits, 1, 1, tc.tc, c.tc.tcError);
    if (tb.ok && tb.found)
        attachNumbers(m_fits, 2, 1, tb.tb, c.tb.error);
    if (c.glassTransition && c.glassTransition->fit.ok)
        attachNumbers(m_fits, 4, 1, c.glassTransition->fit.tg, c.glassTransition->error);
    const core::QualityFlags* flags[] = {&c.flags.tx, &c.flags.tc, &c.flags.tb, &c.flags.path,
                                         &c.flags.tg};
    for (int row = 0; row < 5; ++row)
        showFlags(m_fits, row, *flags[row]);
    fitColumns(m_fits);
}

void ResultsTable::showSuggestions(const std::vector<core::SimulationSuggestion>& suggestions) {
    if (suggestions.empty())
        return;
    QStringList temperatures, details;
    for (const auto& s : suggestions) {
        temperatures << QString("%1 (%2)")
                            .arg(s.temperature, 0, 'g', 3)
                            .arg(QString::fromStdString(s.purpose));
        details << coreText(core::simulationSuggestionLine(s));
    }
    const int row = m_fits->rowCount();
    m_fits->setRowCount(row + 1);
    setRow(m_fits, row,
           {tr("Simulate next"), temperatures.join(", "), QString(), QString(),
            tr("τ_α from a model; segments of %1 τ_α (hover for each)")
                .arg(core::kSegmentLengthInTauAlpha)});
    for (int c = 0; c < m_fits->columnCount(); ++c)
        if (m_fits->item(row, c))
            m_fits->item(row, c)->setToolTip(details.join("\n"));
    fitColumns(m_fits);
}

void ResultsTable::copySelection() const {
    QTableWidget* table = m_fits->hasFocus() ? m_fits : m_perT;
    const auto ranges = table->selectedRanges();
    QApplication::clipboard()->setText(ranges.isEmpty() ? fitsAsText()
                                                        : rangeAsText(table, ranges.front()));
}

void ResultsTable::markTemperature(std::optional<double> t) {
    for (int row = 0; row < m_perT->rowCount(); ++row) {
        QTableWidgetItem* first = m_perT->item(row, 0);
        const bool marked = t && first && first->data(kValueRole).toDouble() == *t;
        for (int c = 0; c < m_perT->columnCount(); ++c)
            if (QTableWidgetItem* item = m_perT->item(row, c))
                item->setBackground(marked ? QBrush(QColor(255, 236, 150)) : QBrush());
    }
}

int ResultsTable::heightForRows(int rows) const {
    return m_perT->horizontalHeader()->sizeHint().height() +
           rows * m_perT->verticalHeader()->defaultSectionSize() +
           m_perT->horizontalScrollBar()->sizeHint().height() + 2 * m_perT->frameWidth() +
           layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
}

QString ResultsTable::fitsAsText() const {
    return rangeAsText(m_fits, QTableWidgetSelectionRange(0, 0, m_fits->rowCount() - 1,
                                                          m_fits->columnCount() - 1));
}

} // namespace tx::widgets
