#pragma once
// A one-click PDF report: the parameters, the Table-I-style characteristic temperatures, the
// per-temperature table, and the figures.
#include "app/workbench/AnalysisRunner.h"

#include <QList>
#include <QPair>
#include <QString>

class QCustomPlot;

namespace tx::app {

// figures: (caption, plot). Returns an error message, empty on success. Written atomically.
QString writeReport(const QString& path, const AnalysisOutcome& outcome,
                    const QList<QPair<QString, QCustomPlot*>>& figures);

} // namespace tx::app
