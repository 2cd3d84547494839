#include "widgets/AnalysisPlots.h"

#include "widgets/CoreText.h"
#include "widgets/PlotPlacement.h"
#include "widgets/TypesetText.h"

#include <QObject>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <tuple>

namespace tx::widgets {

namespace {

using core::TemperatureResult;

// Colour of temperature t on a blue (cold) to red (hot) scale.
QColor temperatureColour(double t, double tMin, double tMax) {
    const double f = tMax > tMin ? (t - tMin) / (tMax - tMin) : 0.5;
    return QColor::fromHsvF(float((1.0 - f) * 0.66), 0.85f, 0.85f);
}

QVector<double> toQ(const std::vector<double>& v) {
    return QVector<double>(v.begin(), v.end());
}

double selectedWidth(const PlotContext& c, double t) {
    return c.selectedTemperature && std::abs(*c.selectedTemperature - t) < 1e-12 ? 3.5 : 1.5;
}

void marker(QCustomPlot* plot, double x, const QString& label, const QColor& colour,
            double yRatio) {
    auto* line = new QCPItemStraightLine(plot);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->setPen(QPen(colour, 1.5, Qt::DotLine));
    auto* text = new TypesetText(plot);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(x, yRatio);
    text->setText(label);
    text->setColor(colour);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(3, 0, 0, 0));
    markAsMarkerLabel(text, yRatio); // its height is chosen where it covers nothing
}

// Colour bar of the temperatures (temperatureColour) beside the plot, instead of a legend.
void temperatureScale(QCustomPlot* plot, const PlotContext& c, double tMin, double tMax) {
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setDataRange(QCPRange(tMin, tMax));
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int k = 0; k <= 10; ++k)
        gradient.setColorStopAt(k / 10.0,
                                temperatureColour(tMin + (tMax - tMin) * k / 10.0, tMin, tMax));
    scale->setGradient(gradient);
    setAxisTitle(scale->axis(), withUnit(QObject::tr("T"), core::temperatureUnit(c.units)));
    plot->legend->setVisible(false);
}

// Points with vertical error bars; one graph per set.
QCPGraph* pointsWithErrors(QCustomPlot* plot, const QVector<double>& x, const QVector<double>& y,
                           const QVector<double>& err, const QColor& colour, const QString& name,
                           QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssCircle) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setData(x, y, true);
    g->setProperty("xAxisIs", "T"); // clicks on a point select its temperature
    g->setPen(QPen(colour, 1.2));
    g->setScatterStyle(QCPScatterStyle(shape, colour, colour, 7));
    auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
    bars->removeFromLegend();
    bars->setDataPlottable(g);
    bars->setData(err);
    bars->setPen(QPen(colour, 1));
    return g;
}

struct Column {
    QVector<double> x, y, err;
};

// One quantity per temperature, skipping temperatures where it is not a number.
template <class Get> Column column(const PlotContext& c, Get get, bool inverse = false) {
    Column col;
    for (const auto& r : *c.results) {
        const auto [value, error] = get(r);
        if (!value)
            continue;
        col.x.append(inverse ? 1.0 / r.temperature : r.temperature);
        col.y.append(*value);
        col.err.append(std::isnan(error) ? 0.0 : error);
    }
    return col;
}

std::pair<std::optional<double>, double> tau(const core::RelaxationTime& t, double err) {
    return {t.isNumber() ? std::optional(t.value) : std::nullopt, err};
}

// A fitted curve or band: drawn, but the axes follow the data, not the curve's extrapolation.
void markFit(QCPAbstractPlottable* p) {
    p->setProperty("fit", true);
}

// Extends an axis's range by a fraction of its size on each side (log axes: of its decades),
// so that points and their error bars at the ends are drawn whole.
void padRange(QCPAxis* axis, double fraction) {
    const QCPRange r = axis->range();
    if (axis->scaleType() == QCPAxis::stLogarithmic && r.lower > 0) {
        const double factor = std::pow(r.upper / r.lower, fraction);
        axis->setRange(r.lower / factor, r.upper * factor);
    } else {
        const double pad = fraction * (r.size() > 0 ? r.size() : std::max(1.0, std::abs(r.lower)));
        axis->setRange(r.lower - pad, r.upper + pad);
    }
}

// Axis ranges from the data (points with their error bars, curves of the data), padded.
void rangeFromData(QCustomPlot* plot) {
    bool first = true;
    for (int k = 0; k < plot->plottableCount(); ++k) {
        QCPAbstractPlottable* p = plot->plottable(k);
        if (p->property("fit").toBool() || !p->visible())
            continue;
        p->rescaleAxes(!first);
        first = false;
    }
    if (first)
        plot->rescaleAxes();
    padRange(plot->xAxis, 0.04);
    padRange(plot->yAxis, 0.05);
}

void frame(QCustomPlot* plot, const QString& x, const QString& y) {
    setAxisTitle(plot->xAxis, x);
    setAxisTitle(plot->yAxis, y);
    typesetLegend(plot);
    plot->legend->setVisible(plot->legend->itemCount() > 1);
    rangeFromData(plot);
    plot->replot();
}

} // namespace

void clearPlot(QCustomPlot* plot) {
    plot->clearPlottables();
    // Items that belong to a FitWindowSelector stay (property "persistent").
    for (int k = plot->itemCount() - 1; k >= 0; --k)
        if (!plot->item(k)->property("persistent").toBool())
            plot->removeItem(k);
    // Colour scales added next to the axis rect.
    for (int col = plot->plotLayout()->columnCount() - 1; col > 0; --col)
        if (auto* e = plot->plotLayout()->element(0, col)) {
            plot->plotLayout()->remove(e);
        }
    plot->plotLayout()->simplify();
    setUpLogAxis(plot, false, false);
}

void setUpLogAxis(QCustomPlot* plot, bool xLog, bool yLog) {
    auto apply = [](QCPAxis* axis, bool log) {
        axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log) {
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
            axis->setNumberFormat("eb");
            axis->setNumberPrecision(0);
        } else {
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            axis->setNumberFormat("gb");
            axis->setNumberPrecision(6);
        }
    };
    apply(plot->xAxis, xLog);
    apply(plot->yAxis, yLog);
}

namespace {
// A marker label with a warning sign when its value is flagged; the plot's tooltip lists
// the flags of everything it marks (core/fit/QualityFlags.h).
QString flagged(const QString& label, const core::QualityFlags& flags) {
    return flags.empty() ? label : label + " ⚠";
}
void setFlagsTooltip(QCustomPlot* plot,
                     std::initializer_list<std::pair<const char*, const core::QualityFlags*>> all) {
    QStringList lines;
    for (const auto& [name, flags] : all)
        for (const auto& f : *flags)
            lines << QString("⚠ %1 [%2] %3").arg(name, flagCodeText(f.code), coreText(f.message));
    plot->setToolTip(lines.join("\n"));
}
} // namespace

namespace {
// The bootstrap distribution of a temperature as a histogram standing on the T axis, in the
// bottom sixth of the plot, under its marker: how wide and how lopsided the uncertainty is.
void bootstrapHistogram(QCustomPlot* plot, const std::vector<double>& samples, QColor colour) {
    if (samples.size() < 10)
        return;
    const auto [lo, hi] = std::minmax_element(samples.begin(), samples.end());
    const int bins = 16;
    const double width = std::max(*hi - *lo, 1e-9) / bins;
    std::vector<int> count(bins, 0);
    for (double v : samples)
        ++count[std::size_t(std::min(bins - 1, int((v - *lo) / width)))];
    const int most = *std::max_element(count.begin(), count.end());
    colour.setAlpha(110);
    for (int b = 0; b < bins; ++b) {
        if (count[std::size_t(b)] == 0)
            continue;
        auto* bar = new QCPItemRect(plot);
        bar->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        bar->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        bar->topLeft->setCoords(*lo + b * width, 1.0 - 0.16 * count[std::size_t(b)] / most);
        bar->bottomRight->setCoords(*lo + (b + 1) * width, 1.0);
        bar->setPen(Qt::NoPen);
        bar->setBrush(colour);
        bar->setSelectable(false);
    }
}

// A 95 % band around a fitted curve: two invisible edges with the space between them filled.
void band(QCustomPlot* plot, const core::ConfidenceBand& b, QColor colour) {
    if (b.x.size() < 2)
        return;
    QVector<double> x(b.x.begin(), b.x.end()), low(b.low.begin(), b.low.end()),
        high(b.high.begin(), b.high.end());
    auto* lower = plot->addGraph();
    markFit(lower);
    lower->setData(x, low, true);
    lower->setPen(Qt::NoPen);
    lower->removeFromLegend();
    auto* upper = plot->addGraph();
    markFit(upper);
    upper->setData(x, high, true);
    upper->setPen(Qt::NoPen);
    colour.setAlpha(45);
    upper->setBrush(colour);
    upper->setChannelFillGraph(lower);
    upper->setName(QObject::tr("95 % bootstrap band"));
}

// A curve's bootstrap error band (curve ± one standard deviation), a light fill in the
// curve's colour under the curve; on a log axis the lower edge stays above zero. Not in the
// legend; marked "band" so that nothing takes it for a temperature's curve.
void errorBand(QCustomPlot* plot, const std::vector<double>& time, const std::vector<double>& y,
               const std::vector<double>* errors, QColor colour, bool logY) {
    if (!errors || errors->size() != y.size())
        return; // no bootstrap: one replica of one segment
    const std::vector<double>& error = *errors;
    QVector<double> x, low, high;
    for (std::size_t k = 0; k < y.size(); ++k)
        if (time[k] > 0 && std::isfinite(y[k]) && std::isfinite(error[k]) && (!logY || y[k] > 0)) {
            x.append(time[k]);
            low.append(logY ? std::max(y[k] - error[k], 0.2 * y[k]) : y[k] - error[k]);
            high.append(y[k] + error[k]);
        }
    if (x.size() < 2)
        return;
    auto* lower = plot->addGraph();
    auto* upper = plot->addGraph();
    for (auto* g : {lower, upper}) {
        g->setProperty("band", true);
        g->setPen(Qt::NoPen);
        g->removeFromLegend();
    }
    lower->setData(x, low, true);
    upper->setData(x, high, true);
    colour.setAlpha(40);
    upper->setBrush(colour);
    upper->setChannelFillGraph(lower);
}

// A band drawn as its two edges (dotted), where a fill would hide another band below it.
void bandEdges(QCustomPlot* plot, const core::ConfidenceBand& b, const QColor& colour,
               const QString& name) {
    if (b.x.size() < 2)
        return;
    const QVector<double> x(b.x.begin(), b.x.end());
    for (const auto* edge : {&b.high, &b.low}) {
        auto* g = plot->addGraph();
        markFit(g);
        g->setData(x, QVector<double>(edge->begin(), edge->end()), true);
        g->setPen(QPen(colour, 1.0, Qt::DotLine));
        g->setName(name);
        if (edge == &b.low)
            g->removeFromLegend();
    }
}
} // namespace

QString withUnit(const QString& quantity, const std::string& unit, int power) {
    if (unit.empty())
        return quantity;
    QString u = QString::fromStdString(unit);
    if (power != 1 && u.contains('/'))
        u = "(" + u + ")"; // (ε/k_B)⁻¹
    return quantity + " [" + u + (power == 2 ? "²" : power == -1 ? "⁻¹" : "") + "]";
}

void drawCorrelators(QCustomPlot* plot, const PlotContext& c, core::ChannelId which, int resolution,
                     std::size_t wavenumber) {
    clearPlot(plot);
    setUpLogAxis(plot, true, false);
    if (!c.results || c.results->empty())
        return plot->replot();
    const double tMin = c.results->front().temperature, tMax = c.results->back().temperature;
    for (const auto& r : *c.results) {
        const bool atFirstQ = wavenumber == 0 || wavenumber > r.dispersion.size();
        const auto& cor = atFirstQ ? r.correlators : r.dispersion[wavenumber - 1].correlators;
        const auto& spread =
            atFirstQ ? r.correlatorErrors : r.dispersion[wavenumber - 1].correlatorErrors;
        const int parts = core::partCount(core::channel(which), cor.types);
        const int part = resolution < parts ? resolution : -1;
        const auto& y = cor.resolved(which, part);
        const std::vector<double>* errors = // none without a bootstrap
            spread.time.empty() ? nullptr : &spread.resolved(which, part);
        errorBand(plot, cor.time, y, errors, temperatureColour(r.temperature, tMin, tMax), false);
        QVector<double> xs, ys;
        QList<double> es; // for the hover read-out
        for (std::size_t k = 0; k < cor.time.size(); ++k)
            if (cor.time[k] > 0 && !std::isnan(y[k])) {
                xs.append(cor.time[k]);
                ys.append(y[k]);
                es.append(errors ? (*errors)[k] : std::nan(""));
            }
        auto* g = plot->addGraph();
        g->setData(xs, ys, true);
        g->setProperty("errors", QVariant::fromValue(es));
        g->setName(QString("T = %1").arg(r.temperature));
        g->setProperty("temperature", r.temperature);
        g->setPen(
            QPen(temperatureColour(r.temperature, tMin, tMax), selectedWidth(c, r.temperature)));
    }
    auto* level = new QCPItemStraightLine(plot);
    level->point1->setCoords(1e-9, std::exp(-1.0));
    level->point2->setCoords(1e9, std::exp(-1.0));
    level->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    auto* label = new QCPItemText(plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.02, std::exp(-1.0));
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setText("1/e");
    temperatureScale(plot, c, tMin, tMax);
    setAxisTitle(plot->xAxis, withUnit(QObject::tr("t"), c.units.time));
    const std::string_view axisLabel = core::channel(which).axisLabel;
    setAxisTitle(plot->yAxis, QString::fromUtf8(axisLabel.data(), qsizetype(axisLabel.size())));
    plot->rescaleAxes();
    plot->yAxis->setRange(-0.05, 1.05);
    plot->replot();
}

void drawRelaxationTimes(QCustomPlot* plot, const PlotContext& c, bool inverse) {
    clearPlot(plot);
    setUpLogAxis(plot, false, true);
    if (!c.results)
        return plot->replot();
    const auto alpha = column(
        c,
        [](const TemperatureResult& r) {
            return tau(r.observables.tauAlpha, r.tauAlphaError.value);
        },
        inverse);
    const auto plus = column(
        c,
        [](const TemperatureResult& r) { return tau(r.observables.tauPlus, r.tauPlusError.value); },
        inverse);
    const auto minus = column(
        c,
        [](const TemperatureResult& r) {
            return tau(r.observables.tauMinus, r.tauMinusError.value);
        },
        inverse);
    for (auto* g : {pointsWithErrors(plot, alpha.x, alpha.y, alpha.err, QColor(30, 30, 30), "τ_α"),
                    pointsWithErrors(plot, plus.x, plus.y, plus.err, QColor(200, 40, 40), "τ_+",
                                     QCPScatterStyle::ssTriangle),
                    pointsWithErrors(plot, minus.x, minus.y, minus.err, QColor(40, 80, 200), "τ_−",
                                     QCPScatterStyle::ssSquare)})
        g->setProperty("xAxisIs", inverse ? "inverseT" : "T");
    if (c.selectedTemperature)
        marker(plot, inverse ? 1.0 / *c.selectedTemperature : *c.selectedTemperature, "",
               QColor(120, 120, 120), 0);
    frame(plot,
          inverse ? withUnit(QObject::tr("1/T"), core::temperatureUnit(c.units), -1)
                  : withUnit(QObject::tr("T"), core::temperatureUnit(c.units)),
          withUnit(QObject::tr("relaxation time"), c.units.time));
}

void drawDispersion(QCustomPlot* taus, QCustomPlot* gamma, const PlotContext& c, double firstQ) {
    clearPlot(taus);
    clearPlot(gamma);
    setUpLogAxis(taus, false, true); // q spans less than a decade: a linear q axis reads best
    setUpLogAxis(gamma, false, false);
    const bool any = c.results && !c.results->empty() && !c.results->front().dispersion.empty();
    if (any) {
        const double tMin = c.results->front().temperature;
        const double tMax = c.results->back().temperature;
        for (const auto& r : *c.results) {
            // Every q of this temperature in ascending order: the first q, then the extra.
            struct Point {
                double q;
                const core::RelaxationTime* tau;
                double tauError;
                std::optional<double> gamma;
                double gammaError;
            };
            std::vector<Point> points{{firstQ, &r.observables.tauAlpha, r.tauAlphaError.value,
                                       r.observables.gamma, r.gammaError.value}};
            for (const core::DispersionPoint& p : r.dispersion)
                points.push_back(
                    {p.q, &p.tauAlpha, p.tauAlphaError.value, p.gamma, p.gammaError.value});
            std::sort(points.begin(), points.end(),
                      [](const Point& a, const Point& b) { return a.q < b.q; });
            Column t, g;
            for (const Point& p : points) {
                if (p.tau->isNumber()) {
                    t.x.append(p.q);
                    t.y.append(p.tau->value);
                    t.err.append(std::isnan(p.tauError) ? 0.0 : p.tauError);
                }
                if (p.gamma) {
                    g.x.append(p.q);
                    g.y.append(*p.gamma);
                    g.err.append(std::isnan(p.gammaError) ? 0.0 : p.gammaError);
                }
            }
            const QColor colour = temperatureColour(r.temperature, tMin, tMax);
            const QString name = QString("T = %1").arg(r.temperature);
            for (auto* graph : {pointsWithErrors(taus, t.x, t.y, t.err, colour, name),
                                pointsWithErrors(gamma, g.x, g.y, g.err, colour, name)}) {
                graph->setProperty("xAxisIs", "q"); // a click selects no temperature here
                graph->setPen(QPen(colour, selectedWidth(c, r.temperature)));
            }
        }
    }
    const QString q = withUnit(QObject::tr("q"), c.units.length, -1);
    frame(taus, q, withUnit(QObject::tr("τ_α"), c.units.time));
    frame(gamma, q, QObject::tr("γ_τ = τ_+/τ_−"));
    if (any) // temperatures as a colour bar, as on the correlators page: a legend of many
        for (QCustomPlot* plot : {taus, gamma}) { // temperatures would cover the points
            temperatureScale(plot, c, c.results->front().temperature,
                             c.results->back().temperature);
            plot->replot();
        }
}

void drawGamma(QCustomPlot* plot, const PlotContext& c) {
    clearPlot(plot);
    if (!c.results || !c.characteristic)
        return plot->replot();
    const auto g = column(c, [](const TemperatureResult& r) {
        return std::pair{r.observables.gamma, r.gammaError.value};
    });
    pointsWithErrors(plot, g.x, g.y, g.err, QColor(30, 30, 30), "γ_τ = τ_+/τ_−");
    const auto& ct = *c.characteristic;
    const auto& tx = ct.tx.fit;
    if (tx.ok) {
        // LLL above T_x, SLL below: shaded halves of the plot.
        auto shade = [&](double from, double to, QColor colour, const QString& name) {
            auto* rect = new QCPItemRect(plot);
            rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->topLeft->setCoords(from, 0);
            rect->bottomRight->setCoords(to, 1);
            colour.setAlpha(28);
            rect->setBrush(colour);
            rect->setPen(Qt::NoPen);
            rect->setLayer("background");
            auto* text = new TypesetText(plot);
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            text->position->setCoords(0.5 * (from + to), 0.97);
            text->setText(name);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            QFont bold = text->font();
            bold.setBold(true);
            text->setFont(bold);
            colour.setAlpha(255);
            text->setColor(colour.darker(150));
        };
        const double lo =
            g.x.isEmpty() ? tx.tx - 1 : g.x.front() - 0.05 * (g.x.back() - g.x.front());
        const double hi =
            g.x.isEmpty() ? tx.tx + 1 : g.x.back() + 0.05 * (g.x.back() - g.x.front());
        shade(tx.tx, hi, QColor(220, 60, 60), QObject::tr("LLL"));
        shade(lo, tx.tx, QColor(40, 160, 70), QObject::tr("SLL"));
        if (!tx.fallback) {
            QVector<double> xs, ys;
            for (int k = 0; k <= 100; ++k) {
                const double x = tx.tx + (k / 50.0 - 1.0) * 0.6 * (hi - lo) / 2;
                xs.append(x);
                ys.append(tx.a + tx.b * x + tx.c * x * x);
            }
            band(plot, core::parabolaBand(ct.tx, std::vector<double>(xs.begin(), xs.end())),
                 QColor(200, 40, 40));
            auto* fit = plot->addGraph();
            markFit(fit);
            fit->setName(QObject::tr("parabola"));
            fit->setData(xs, ys, true);
            fit->setPen(QPen(QColor(200, 40, 40), 1.2, Qt::DashLine));
        }
        bootstrapHistogram(plot, ct.tx.samples, QColor(200, 40, 40));
        marker(plot, tx.tx, flagged(QString("T_x = %1").arg(tx.tx, 0, 'g', 4), ct.flags.tx),
               QColor(200, 40, 40), 0.02);
    }
    if (ct.tc.fit.best.ok)
        marker(plot, ct.tc.fit.best.tc, flagged("T_c", ct.flags.tc), QColor(120, 60, 160), 0.10);
    if (ct.tb.fit.ok && ct.tb.fit.found)
        marker(plot, ct.tb.fit.tb, flagged("T_b", ct.flags.tb), QColor(20, 120, 160), 0.18);
    if (ct.tg)
        marker(plot, *ct.tg, flagged("T_g", ct.flags.tg), QColor(90, 90, 90), 0.26);
    setFlagsTooltip(plot, {{"T_x", &ct.flags.tx},
                           {"T_c", &ct.flags.tc},
                           {"T_b", &ct.flags.tb},
                           {"T_g", &ct.flags.tg},
                           {"path", &ct.flags.path}});
    if (ct.tm)
        marker(plot, *ct.tm, "T_m", QColor(90, 90, 90), 0.26);
    frame(plot, withUnit(QObject::tr("T"), core::temperatureUnit(c.units)),
          QObject::tr("γ_τ = τ_+ / τ_−"));
    if (!g.x.isEmpty())
        plot->xAxis->setRange(g.x.front() - 0.05 * (g.x.back() - g.x.front()),
                              g.x.back() + 0.05 * (g.x.back() - g.x.front()));
    plot->replot();
}

void drawStokesEinstein(QCustomPlot* plot, const PlotContext& c) {
    clearPlot(plot);
    if (!c.results || !c.characteristic)
        return plot->replot();
    const auto d = column(c, [](const TemperatureResult& r) {
        return std::pair{r.observables.diffusionTimesTauAlpha, r.diffusionTimesTauAlphaError.value};
    });
    pointsWithErrors(plot, d.x, d.y, d.err, QColor(30, 30, 30), "D·τ_α");
    const auto& fit = c.characteristic->tb.fit;
    if (fit.ok && !d.x.isEmpty()) {
        auto* line = plot->addGraph();
        markFit(line);
        line->setName(QObject::tr("SE line"));
        const double a = d.x.front(), b = d.x.back();
        line->setData(QVector<double>{a, b}, QVector<double>{fit.intercept + fit.slope * a,
                                                             fit.intercept + fit.slope * b});
        line->setPen(QPen(QColor(20, 120, 160), 1.2, Qt::DashLine));
        std::vector<double> xs;
        for (int k = 0; k <= 50; ++k)
            xs.push_back(a + (b - a) * k / 50.0);
        // The band where D·τ_α counts as on the line (±δ), under the line's own uncertainty.
        bandEdges(plot, core::stokesEinsteinDeltaBand(fit, xs), QColor(20, 120, 160),
                  QObject::tr("SE line ± δ (δ = %1 %)").arg(100 * fit.delta, 0, 'g', 3));
        band(plot, core::stokesEinsteinBand(c.characteristic->tb, xs), QColor(20, 120, 160));
        bootstrapHistogram(plot, c.characteristic->tb.samples, QColor(20, 120, 160));
        if (fit.found)
            marker(plot, fit.tb,
                   flagged(QString("T_b = %1").arg(fit.tb, 0, 'g', 4), c.characteristic->flags.tb),
                   QColor(20, 120, 160), 0.02);
    }
    setFlagsTooltip(plot, {{"T_b", &c.characteristic->flags.tb}});
    frame(plot, withUnit(QObject::tr("T"), core::temperatureUnit(c.units)),
          withUnit(QObject::tr("D·τ_α"), c.units.length, 2));
}

void drawModeCoupling(QCustomPlot* plot, const PlotContext& c) {
    clearPlot(plot);
    setUpLogAxis(plot, false, true);
    if (!c.results || !c.characteristic)
        return plot->replot();
    const auto a = column(c, [](const TemperatureResult& r) {
        return tau(r.observables.tauAlpha, r.tauAlphaError.value);
    });
    pointsWithErrors(plot, a.x, a.y, a.err, QColor(30, 30, 30), "τ_α");
    const auto& fit = c.characteristic->tc.fit.best;
    if (fit.ok && !a.x.isEmpty()) {
        QVector<double> xs, ys;
        const double from = std::max(fit.tc + 1e-3 * (a.x.back() - fit.tc), a.x.front() * 0.98);
        for (int k = 0; k <= 200; ++k) {
            const double x = from + (a.x.back() - from) * k / 200.0;
            xs.append(x);
            ys.append(fit.amplitude * std::pow(x - fit.tc, -fit.nu));
        }
        // Every accepted sliding window's fit, faint, under the chosen one: how much T_c
        // depends on the window is part of the answer.
        const auto& mct = c.characteristic->tc.fit;
        for (const auto& tried : mct.tried) {
            if (!tried.ok || (tried.window == fit.window))
                continue;
            QVector<double> tx, ty;
            const double start = std::max(tried.tc + 1e-3, tried.window.low);
            for (int k = 0; k <= 40; ++k) {
                const double x = start + (tried.window.high - start) * k / 40.0;
                tx.append(x);
                ty.append(tried.amplitude * std::pow(x - tried.tc, -tried.nu));
            }
            auto* other = plot->addGraph();
            markFit(other);
            other->setData(tx, ty, true);
            other->setPen(QPen(QColor(120, 60, 160, 70), 1.0));
            other->removeFromLegend();
        }
        bootstrapHistogram(plot, c.characteristic->tc.samples, QColor(120, 60, 160));
        auto* g = plot->addGraph();
        markFit(g);
        g->setName(QString("A (T − T_c)^{−ν}, ν = %1").arg(fit.nu, 0, 'g', 3));
        g->setData(xs, ys, true);
        g->setPen(QPen(QColor(120, 60, 160), 1.2, Qt::DashLine));
        marker(plot, fit.tc,
               flagged(QString("T_c = %1").arg(fit.tc, 0, 'g', 4), c.characteristic->flags.tc),
               QColor(120, 60, 160), 0.02);
    }
    if (!fit.ok && !fit.problem.empty()) {
        // No fit is an answer too: say why on the plot (it used to show nothing).
        auto* why = new TypesetText(plot);
        why->setObjectName("noFit");
        why->position->setType(QCPItemPosition::ptAxisRectRatio);
        why->position->setCoords(0.97, 0.04); // top right: τ_α is small where T is high
        why->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        why->setText(QObject::tr("No T_c: %1").arg(coreText(fit.problem)));
        why->setColor(QColor(120, 60, 160));
    }
    setFlagsTooltip(plot, {{"T_c", &c.characteristic->flags.tc}});
    frame(plot, withUnit(QObject::tr("T"), core::temperatureUnit(c.units)),
          withUnit(QObject::tr("τ_α"), c.units.time));
    if (fit.ok && !a.x.isEmpty())
        plot->xAxis->setRange(std::min(fit.tc, a.x.front()) - 0.05, a.x.back() + 0.05);
    plot->replot();
}

void drawMsd(QCustomPlot* msd, QCustomPlot* alpha2, const PlotContext& c) {
    clearPlot(msd);
    clearPlot(alpha2);
    setUpLogAxis(msd, true, true);
    setUpLogAxis(alpha2, true, false);
    if (!c.results || c.results->empty())
        return;
    const double tMin = c.results->front().temperature, tMax = c.results->back().temperature;
    for (const auto& r : *c.results) {
        const auto& cor = r.correlators;
        const auto& msdCurve = cor.curve(core::ChannelId::SquaredDisplacement);
        const std::vector<double>* errors = // none without a bootstrap
            r.correlatorErrors.time.empty()
                ? nullptr
                : &r.correlatorErrors.curve(core::ChannelId::SquaredDisplacement);
        QVector<double> t, m, a;
        QList<double> mErrors; // for the hover read-out
        for (std::size_t k = 0; k < cor.time.size(); ++k)
            if (cor.time[k] > 0 && msdCurve[k] > 0) {
                t.append(cor.time[k]);
                m.append(msdCurve[k]);
                a.append(cor.nonGaussian[k]);
                mErrors.append(errors ? (*errors)[k] : std::nan(""));
            }
        const QPen pen(temperatureColour(r.temperature, tMin, tMax),
                       selectedWidth(c, r.temperature));
        errorBand(msd, cor.time, msdCurve, errors, pen.color(), true);
        for (auto [plot, y] : {std::pair{msd, &m}, std::pair{alpha2, &a}}) {
            auto* g = plot->addGraph();
            g->setData(t, *y, true);
            g->setPen(pen);
            g->setName(QString("T = %1").arg(r.temperature));
            g->setProperty("temperature", r.temperature);
            if (plot == msd)
                g->setProperty("errors", QVariant::fromValue(mErrors));
        }
    }
    frame(msd, withUnit(QObject::tr("t"), c.units.time),
          withUnit(QObject::tr("MSD ⟨Δr²⟩"), c.units.length, 2));
    frame(alpha2, withUnit(QObject::tr("t"), c.units.time), QObject::tr("α₂(t)"));
}

void drawStructure(QCustomPlot* sq, QCustomPlot* gr, const core::EnsembleStructure& s, double q,
                   double rc, const core::Units& units) {
    clearPlot(sq);
    clearPlot(gr);
    const auto& st = s.overall;
    const QColor colours[] = {QColor(30, 30, 30), QColor(200, 40, 40), QColor(40, 80, 200),
                              QColor(40, 160, 70)};
    auto curve = [&](QCustomPlot* p, const std::vector<double>& x, const std::vector<double>& y,
                     const QString& name, int k) {
        auto* g = p->addGraph();
        g->setData(toQ(x), toQ(y), true);
        g->setName(name);
        g->setPen(QPen(colours[k % 4], k == 0 ? 2.0 : 1.0));
    };
    curve(sq, st.sq.q, st.sq.total, "S(q)", 0);
    curve(gr, st.gr.r, st.gr.total, "g(r)", 0);
    for (int p = 0; p < st.types.pairCount(); ++p) {
        const QString label = QString::fromStdString(st.types.pairLabel(p));
        curve(sq, st.sq.q, st.sq.partial[static_cast<std::size_t>(p)],
              "S_{" + literalMarkup(label) + "}", p + 1);
        curve(gr, st.gr.r, st.gr.partial[static_cast<std::size_t>(p)],
              "g_{" + literalMarkup(label) + "}", p + 1);
    }
    marker(sq, q, QString("q = %1").arg(q, 0, 'g', 4), QColor(200, 40, 40), 0.02);
    marker(gr, rc, QString("r_c = %1").arg(rc, 0, 'g', 4), QColor(200, 40, 40), 0.02);
    frame(sq, withUnit(QObject::tr("q"), units.length, -1), QObject::tr("S(q)"));
    frame(gr, withUnit(QObject::tr("r"), units.length), QObject::tr("g(r)"));
    // From the data (S_{1-2} dips well below 0 at small q; a fixed floor of -0.5 cut it),
    // with zero in view; Bragg peaks of a crystal above 6 are cut.
    const QCPRange data = sq->yAxis->range();
    sq->yAxis->setRange(std::min(data.lower, -0.1), std::min(6.0, data.upper));
    sq->replot();
}

void drawPathSchematic(QCustomPlot* plot, int path, const PlotContext& c) {
    clearPlot(plot);
    // Schematic in reduced temperature: T_g at 0, T_m at 1 (paper Fig. 1).
    QVector<double> lx, ly, sx, sy;
    auto add = [](QVector<double>& x, QVector<double>& y, double from, double to, auto f) {
        for (int k = 0; k <= 50; ++k) {
            const double t = from + (to - from) * k / 50.0;
            x.append(t);
            y.append(f(t));
        }
    };
    const double tx = 0.5;
    auto liquid = [](double t) { return 0.55 + 0.35 * t; }; // falls on cooling
    switch (path) {
    case 0:
        add(lx, ly, 1, 1.3, liquid);
        add(sx, sy, 0, 1, [](double t) { return 0.9 - 0.2 * t; });
        break;
    case 1:
        add(lx, ly, 0, 1.3, liquid);
        break;
    case 2:
        add(lx, ly, tx, 1.3, liquid);
        add(sx, sy, 0, tx, [](double t) { return 0.95 - 0.5 * t; });
        break;
    default:
        add(lx, ly, tx, 1.3, [&](double t) {
            return 0.62 + 0.35 * (t - tx) + 0.25 * std::pow(std::max(0.0, 0.3 - (t - tx)), 2);
        });
        add(sx, sy, 0, tx, [&](double t) { return 0.62 + 0.6 * std::pow(tx - t, 1.3); });
        break;
    }
    auto* l = plot->addGraph();
    l->setData(lx, ly, true);
    l->setPen(QPen(QColor(220, 50, 50), 2.5));
    l->setName(QObject::tr("LLL (liquid-like)"));
    auto* s = plot->addGraph();
    s->setData(sx, sy, true);
    s->setPen(QPen(QColor(40, 160, 70), 2.5));
    s->setName(QObject::tr("SLL (solid-like)"));
    marker(plot, 0, "T_g", Qt::darkGray, 0.02);
    marker(plot, 1, "T_m", Qt::darkGray, 0.02);
    if (path >= 2)
        marker(plot, tx, "T_x", QColor(200, 40, 40), 0.10);
    // The user's γ_τ on an axis of its own (right): the schematics are in arbitrary units,
    // and a real γ_τ (0.60–0.64 for the demo) would look flat on their scale. In reduced
    // temperature when T_g and T_m are known; otherwise on a temperature axis of its own (top).
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    setAxisTitle(plot->xAxis2, {});
    setAxisTitle(plot->yAxis2, {});
    if (c.results && c.characteristic) {
        const auto& ct = *c.characteristic;
        const bool reduced = ct.tg && ct.tm && *ct.tm > *ct.tg;
        QVector<double> x, y;
        for (const auto& r : *c.results)
            if (r.observables.gamma) {
                x.append(reduced ? (r.temperature - *ct.tg) / (*ct.tm - *ct.tg) : r.temperature);
                y.append(*r.observables.gamma);
            }
        if (!y.isEmpty()) {
            QCPAxis* along = reduced ? plot->xAxis : plot->xAxis2;
            auto* g = plot->addGraph(along, plot->yAxis2);
            g->setData(x, y, true);
            g->setName(QObject::tr("your γ_τ(T)"));
            g->setPen(QPen(QColor(30, 30, 30), 1.2));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
            const auto [low, high] = std::minmax_element(y.begin(), y.end());
            const double pad = std::max(0.15 * (*high - *low), 0.01 * std::abs(*high));
            plot->yAxis2->setVisible(true);
            plot->yAxis2->setTickLabels(true);
            plot->yAxis2->setRange(*low - pad, *high + pad);
            setAxisTitle(plot->yAxis2, QObject::tr("your γ_τ"));
            if (!reduced) {
                const auto [tLow, tHigh] = std::minmax_element(x.begin(), x.end());
                const double tPad = 0.05 * std::max(*tHigh - *tLow, 1e-9);
                plot->xAxis2->setVisible(true);
                plot->xAxis2->setTickLabels(true);
                plot->xAxis2->setRange(*tLow - tPad, *tHigh + tPad);
                setAxisTitle(plot->xAxis2, QObject::tr("your T (T_g, T_m not set)"));
            }
        }
    }
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    QFont small = plot->legend->font();
    small.setPointSize(7);
    plot->legend->setFont(small);
    typesetLegend(plot);
    setAxisTitle(plot->xAxis, QObject::tr("(T − T_g) / (T_m − T_g)"));
    setAxisTitle(plot->yAxis, QObject::tr("γ_τ (schematic)"));
    plot->yAxis->setTickLabels(false); // arbitrary units
    plot->xAxis->setRange(-0.1, 1.35);
    plot->yAxis->setRange(0.0, 1.1);
    plot->replot();
}

namespace {
// A line of text centred across the plot at a height given as a fraction of the axis rect.
void plotNote(QCustomPlot* plot, const QString& text, const QColor& colour, double yRatio) {
    auto* item = new QCPItemText(plot);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, yRatio);
    item->setText(text);
    item->setColor(colour);
}
} // namespace

void drawGlassTransition(QCustomPlot* plot, const PlotContext& c) {
    clearPlot(plot);
    const auto* g = c.characteristic && c.characteristic->glassTransition
                        ? &*c.characteristic->glassTransition
                        : nullptr;
    if (!g) {
        plotNote(plot,
                 QObject::tr("No cooling log. Give a LAMMPS log of a cooling run under\n"
                             "“T_g from cooling log” in the parameters (tx-analyze "
                             "--thermo-log):\nT_g is where lines through its liquid and "
                             "glass branches cross."),
                 QColor(90, 90, 90), 0.5);
        return plot->replot();
    }
    const QString column =
        QString::fromUtf8(g->quantity.column.data(), qsizetype(g->quantity.column.size()));
    auto* points = plot->addGraph();
    points->setName(QObject::tr("%1, run %2 of the log").arg(literalMarkup(column)).arg(g->run));
    points->setData(toQ(g->temperature), toQ(g->value));
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(60, 60, 60, 110), 3.5));
    const core::GlassTransitionFit& f = g->fit;
    const QColor glass(30, 90, 200), liquid(200, 50, 40), tgColour(60, 60, 60);
    if (f.ok) {
        // Each line solid over its window, dashed from there to T_g.
        for (const auto& [line, colour, name] :
             {std::tuple{&f.glass, glass, QObject::tr("glass line")},
              std::tuple{&f.liquid, liquid, QObject::tr("liquid line")}}) {
            const double a = line->window.low, b = line->window.high;
            auto* fitted = plot->addGraph();
            fitted->setName(name);
            fitted->setData(QVector<double>{a, b}, QVector<double>{line->at(a), line->at(b)});
            fitted->setPen(QPen(colour, 2.0));
            const double from = f.tg < a ? a : b;
            const double lo = std::min(from, f.tg), hi = std::max(from, f.tg);
            auto* extension = plot->addGraph();
            markFit(extension);
            extension->removeFromLegend();
            extension->setData(QVector<double>{lo, hi},
                               QVector<double>{line->at(lo), line->at(hi)});
            extension->setPen(QPen(colour, 1.2, Qt::DashLine));
        }
        bootstrapHistogram(plot, g->samples, tgColour);
        marker(plot, f.tg,
               flagged(QString("T_g = %1 ± %2").arg(f.tg, 0, 'g', 4).arg(g->error, 0, 'g', 2),
                       c.characteristic->flags.tg),
               tgColour, 0.02);
    } else {
        plotNote(plot, QObject::tr("No T_g: %1").arg(coreText(f.problem)), liquid, 0.08);
    }
    setFlagsTooltip(plot, {{"T_g", &c.characteristic->flags.tg}});
    frame(plot,
          withUnit(QObject::tr("T (instantaneous, from the log)"), core::temperatureUnit(c.units)),
          literalMarkup(column));
}

} // namespace tx::widgets
