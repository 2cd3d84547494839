#pragma once
// A one-click PDF report (A4 or Letter): a title block (ensemble, parameters, units, program
// version, date), the Table-I-style characteristic temperatures with errors and flags, the
// per-temperature table, and every page's figure, drawn by the same renderer as figure
// exports (widgets/PlotExport.h).
#include "app/workbench/AnalysisRunner.h"
#include "app/workbench/pages/WorkbenchPage.h"

#include <QList>
#include <QPageSize>
#include <QString>

namespace tx::app {

// Returns an error message, empty on success. Written atomically.
QString writeReport(const QString& path, const AnalysisOutcome& outcome,
                    const QList<ReportFigure>& figures,
                    QPageSize::PageSizeId paper = QPageSize::A4);

} // namespace tx::app
