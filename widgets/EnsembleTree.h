#pragma once
// The ensemble's structure (temperatures, replicas, segments) with check boxes to exclude
// replicas or whole temperatures from the averages.
#include "core/correlate/EnsembleSums.h"
#include "core/model/EnsembleLayout.h"

#include <QTreeWidget>
#include <set>
#include <string>

namespace tx::widgets {

class EnsembleTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit EnsembleTree(QWidget* parent = nullptr);
    // atomsText describes the frames (e.g. "400 atoms, 2 species"); bad files are shown in
    // red with their error, under their replica.
    void showEnsemble(const core::EnsembleLayout& layout, const QString& atomsText,
                      const std::set<std::string>& excludedTemperatures,
                      const std::set<std::string>& excludedReplicas,
                      const std::vector<core::FileProblem>& badFiles = {});
    void showError(const QString& message);

signals:
    // Emitted when the user toggles a check box.
    void exclusionsChanged(const std::set<std::string>& temperatures,
                           const std::set<std::string>& replicas);

private:
    void onItemChanged(QTreeWidgetItem* item);
    bool m_filling = false;
};

} // namespace tx::widgets
