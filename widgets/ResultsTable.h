#pragma once
// The numbers behind the plots: one row per temperature, and one row per characteristic
// temperature with its window and parameters. Selections copy as tab-separated text under
// a header line, a value and its error in columns of their own, as computed.
#include "core/fit/SimulationAdvice.h"
#include "core/fit/TemperatureSeries.h"

#include <QWidget>
#include <optional>

class QTableWidget;

namespace tx::widgets {

class ResultsTable : public QWidget {
    Q_OBJECT
public:
    explicit ResultsTable(QWidget* parent = nullptr);
    void showResults(const std::vector<core::TemperatureResult>& results,
                     const core::CharacteristicTemperatures& characteristic);
    // A last row "Simulate next": the suggested temperatures, details in the tooltip.
    void showSuggestions(const std::vector<core::SimulationSuggestion>& suggestions);
    // Marks the row of the selected temperature (a light background; the selection itself
    // stays the user's, for copying). nullopt: none.
    void markTemperature(std::optional<double> t);
    void copySelection() const;
    QString fitsAsText() const;        // the whole fits table as copySelection copies it
    int heightForRows(int rows) const; // the height that shows this many rows whole
    QTableWidget* temperatureTable() const { return m_perT; }
    QTableWidget* fitTable() const { return m_fits; }

signals:
    void temperatureClicked(double t); // a row of the per-temperature table

private:
    QTableWidget* m_perT;
    QTableWidget* m_fits;
};

} // namespace tx::widgets
