#include "widgets/FigureData.h"

#include "widgets/ExportFile.h"
#include "widgets/TypesetText.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace tx::widgets {

QString mathtextOf(const QString& markup) {
    QString out;
    for (const MarkupRun& run : parseMarkup(markup)) {
        QString text = run.text;
        if (run.kind == MarkupRun::Plain)
            out += text.replace('$', "\\$");
        else // mathtext draws '-' as a minus
            out += QString("$%1{%2}$")
                       .arg(run.kind == MarkupRun::Sub ? "_" : "^",
                            text.replace(QChar(0x2212), QChar('-')));
    }
    return out;
}

namespace {

QString csvField(const QString& text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QString quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QString number(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}

struct Row {
    int panel;
    QString series, kind, label, colour;
    double x, y, yMinus, yPlus;
};

QString nameOf(QCPAbstractPlottable* p) {
    if (const QVariant t = p->property("temperature"); t.isValid())
        return QString("T = %1").arg(t.toDouble());
    return mathtextOf(p->name());
}

void collect(int panel, QCustomPlot* plot, QList<Row>& rows) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
        rows.append({panel,
                     axis->scaleType() == QCPAxis::stLogarithmic ? "log" : "linear",
                     axis == plot->xAxis ? "xaxis" : "yaxis",
                     mathtextOf(axisTitle(axis)),
                     {},
                     axis->range().lower,
                     axis->range().upper,
                     nan,
                     nan});
    // Error bars by the graph they belong to.
    QHash<QCPAbstractPlottable*, QCPErrorBars*> errors;
    for (int k = 0; k < plot->plottableCount(); ++k)
        if (auto* bars = qobject_cast<QCPErrorBars*>(plot->plottable(k)))
            errors.insert(bars->dataPlottable(), bars);
    int series = 0;
    for (int k = 0; k < plot->graphCount(); ++k) {
        QCPGraph* g = plot->graph(k);
        if (!g->visible() || g->data()->isEmpty())
            continue;
        if (g->brush().style() == Qt::NoBrush && g->pen().style() == Qt::NoPen)
            continue; // the lower edge of a band: written with its upper edge
        const QString id = QString::number(series++);
        const QString colour =
            (g->pen().style() != Qt::NoPen ? g->pen().color() : g->brush().color()).name();
        if (QCPGraph* lower = g->channelFillGraph()) { // a band between two graphs
            for (int i = 0; i < g->dataCount() && i < lower->dataCount(); ++i)
                rows.append({panel, id, "band", nameOf(g), colour, g->data()->at(i)->key, nan,
                             lower->data()->at(i)->value, g->data()->at(i)->value});
            continue;
        }
        const bool points = g->lineStyle() == QCPGraph::lsNone ||
                            g->scatterStyle().shape() != QCPScatterStyle::ssNone;
        const QString kind = points                              ? "points"
                             : g->pen().style() == Qt::SolidLine ? "line"
                                                                 : "dashed";
        QCPErrorBars* bars = errors.value(g, nullptr);
        for (int i = 0; i < g->dataCount(); ++i) {
            const double x = g->data()->at(i)->key, y = g->data()->at(i)->value;
            double lo = nan, hi = nan;
            if (bars && i < bars->dataCount()) {
                lo = y - bars->data()->at(i).errorMinus;
                hi = y + bars->data()->at(i).errorPlus;
            }
            rows.append({panel, id, kind, nameOf(g), colour, x, y, lo, hi});
        }
    }
    // Marker lines with their labels; shaded ranges and histogram bars.
    for (int k = 0; k < plot->itemCount(); ++k) {
        QCPAbstractItem* item = plot->item(k);
        if (!item->visible() || item->property("persistent").toBool())
            continue;
        if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            const double x = line->point1->coords().x();
            if (line->point1->coords().x() != line->point2->coords().x())
                continue; // only vertical marker lines
            QString label;
            for (int j = 0; j < plot->itemCount(); ++j)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(j));
                    text && text->property("markerLabel").isValid() &&
                    std::abs(text->position->coords().x() - x) <= 1e-9 * std::max(1.0, std::abs(x)))
                    label = mathtextOf(text->text());
            rows.append(
                {panel, "marker", "vline", label, line->pen().color().name(), x, nan, nan, nan});
        } else if (auto* rect = qobject_cast<QCPItemRect*>(item)) {
            if (rect->topLeft->typeY() != QCPItemPosition::ptAxisRectRatio)
                continue;
            const double x0 = rect->topLeft->coords().x(), x1 = rect->bottomRight->coords().x();
            const double top = rect->topLeft->coords().y(),
                         bottom = rect->bottomRight->coords().y();
            const bool span = top <= 0 && bottom >= 1;
            rows.append({panel,
                         span ? "span" : "bootstrap",
                         span ? "span" : "bar",
                         {},
                         rect->brush().color().name(),
                         x0,
                         x1,
                         nan,
                         bottom - top});
        }
    }
}

// The script: plain matplotlib, so that it reads as a starting point for restyling.
constexpr const char* kScript = R"PY(#!/usr/bin/env python3
"""Redraws the figure %1 from %1.csv, as Tx Workbench exported it, with matplotlib.

Usage: python3 %1.py [OUTPUT]   (default %1.matplotlib.pdf; any suffix matplotlib knows)
Restyle freely: sizes, fonts, colours, which series to show. The CSV's columns are
panel, series, kind, label, colour, x, y, y_minus, y_plus (see the README, "Figures").
"""
import csv
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

COLUMNS = %2
WIDTH_MM, ROW_HEIGHT_MM = %3, %4


def number(text):
    return float(text) if text else None


here = pathlib.Path(__file__).resolve()
with open(here.with_suffix(".csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
panels = sorted({int(r["panel"]) for r in rows})
n_rows = (len(panels) + COLUMNS - 1) // COLUMNS
fig, axes = plt.subplots(n_rows, COLUMNS, squeeze=False,
                         figsize=(WIDTH_MM / 25.4, n_rows * ROW_HEIGHT_MM / 25.4))
for panel in panels:
    ax = axes[panel // COLUMNS][panel % COLUMNS]
    mine = [r for r in rows if int(r["panel"]) == panel]
    series = {}
    for r in mine:
        series.setdefault((r["kind"], r["series"], r["label"], r["colour"]), []).append(r)
    for (kind, _, label, colour), points in series.items():
        x = [number(r["x"]) for r in points]
        y = [number(r["y"]) for r in points]
        if kind == "xaxis":
            ax.set_xscale(points[0]["series"])
            ax.set_xlim(x[0], y[0])
            ax.set_xlabel(label)
        elif kind == "yaxis":
            ax.set_yscale(points[0]["series"])
            ax.set_ylim(x[0], y[0])
            ax.set_ylabel(label)
        elif kind == "points":
            lo = [number(r["y_minus"]) for r in points]
            hi = [number(r["y_plus"]) for r in points]
            if all(v is not None for v in lo + hi):
                err = [[b - a for a, b in zip(lo, y)], [c - b for b, c in zip(y, hi)]]
                ax.errorbar(x, y, yerr=err, fmt="o-", color=colour, label=label, ms=4,
                            capsize=2, lw=1)
            else:
                ax.plot(x, y, "o", color=colour, label=label, ms=3)
        elif kind in ("line", "dashed"):
            ax.plot(x, y, "-" if kind == "line" else "--", color=colour,
                    label=label or None, lw=1)
        elif kind == "band":
            ax.fill_between(x, [number(r["y_minus"]) for r in points],
                            [number(r["y_plus"]) for r in points], color=colour, alpha=0.2,
                            lw=0, label=label or None)
        elif kind == "vline":
            for r in points:
                ax.axvline(number(r["x"]), color=colour, ls=":", lw=1)
                if r["label"]:
                    ax.annotate(r["label"], (number(r["x"]), 1),
                                xycoords=("data", "axes fraction"), xytext=(3, -3),
                                textcoords="offset points", va="top", color=colour,
                                fontsize="small", annotation_clip=True)
        elif kind == "span":
            for r in points:
                ax.axvspan(number(r["x"]), number(r["y"]), color=colour, alpha=0.12, lw=0)
        elif kind == "bar":
            for r in points:
                ax.axvspan(number(r["x"]), number(r["y"]), ymin=0, ymax=number(r["y_plus"]),
                           color=colour, alpha=0.4, lw=0)
    if any(h.get_label() and not h.get_label().startswith("_")
           for h in ax.get_lines() + ax.collections):
        ax.legend(fontsize="small", frameon=False)
    if len(panels) > 1:
        ax.set_title("(%s)" % "abcdefghij"[panel], loc="left", fontweight="bold")
fig.tight_layout()
out = sys.argv[1] if len(sys.argv) > 1 else str(here.with_suffix(".matplotlib.pdf"))
fig.savefig(out)
print("wrote", out)
)PY";

} // namespace

QString writeFigureData(const QList<QCustomPlot*>& panels, const QString& base,
                        const FigureOptions& options) {
    const int n = int(panels.size());
    QList<Row> rows;
    for (int k = 0; k < panels.size(); ++k)
        collect(k, panels[k], rows);
    QString csv = "panel,series,kind,label,colour,x,y,y_minus,y_plus\n";
    for (const Row& r : rows)
        csv += QString("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                   .arg(r.panel)
                   .arg(csvField(r.series), r.kind, csvField(r.label), r.colour, number(r.x),
                        number(r.y), number(r.yMinus), number(r.yPlus));
    const QString name = QFileInfo(base).fileName();
    const QString script = QString::fromUtf8(kScript)
                               .arg(name)
                               .arg(figureColumns(n, options.size))
                               .arg(options.size.widthMm)
                               .arg(figureRowHeightMm(n, options.size));
    for (const auto& [path, text] :
         {std::pair{base + ".csv", csv}, std::pair{base + ".py", script}}) {
        const QString temp = temporaryPathFor(path);
        QFile f(temp);
        const bool ok = f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.flush();
        f.close();
        if (const QString error = finishExport(temp, path, ok); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace tx::widgets
