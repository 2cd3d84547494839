#include "widgets/EnsembleTree.h"

#include "widgets/CoreText.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidgetItemIterator>

namespace tx::widgets {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}

EnsembleTree::EnsembleTree(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Ensemble"), tr("Contents")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemChanged, this, &EnsembleTree::onItemChanged);
}

void EnsembleTree::showEnsemble(const core::EnsembleLayout& layout, const QString& atomsText,
                                const std::set<std::string>& excludedT,
                                const std::set<std::string>& excludedR,
                                const std::vector<core::FileProblem>& badFiles) {
    m_filling = true;
    // Filled again after every change: what was open stays open (it used to collapse).
    QSet<QString> expanded;
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->isExpanded())
            expanded.insert((*it)->data(0, kKeyRole).toString());
    const bool refill = topLevelItemCount() > 0;
    clear();
    auto* root = new QTreeWidgetItem(
        this, {QFileInfo(QString::fromStdString(layout.root)).fileName(), atomsText});
    for (const auto& t : layout.temperatures) {
        const QString label = QString::fromStdString(t.label);
        int included = 0;
        for (const auto& r : t.replicas)
            included += excludedR.count(t.label + "/" + r.label) == 0;
        const int replicas = int(t.replicas.size());
        // Some replicas left out: the temperature is partly checked and says how many count.
        auto* ti = new QTreeWidgetItem(
            root, {"T = " + label, included < replicas
                                       ? tr("%1 of %n replica(s)", "", replicas).arg(included)
                                       : tr("%n replica(s)", "", replicas)});
        ti->setData(0, kKeyRole, label);
        ti->setCheckState(0, excludedT.count(t.label) ? Qt::Unchecked
                             : included < replicas    ? Qt::PartiallyChecked
                                                      : Qt::Checked);
        ti->setExpanded(expanded.contains(label));
        for (const auto& r : t.replicas) {
            const int segments = r.longTrajectory.empty() ? int(r.segmentFiles.size()) : 1;
            const QString contents =
                r.longTrajectory.empty()
                    ? tr("%n segment(s)", "", segments)
                    : tr("one trajectory, cut every %1 steps")
                          .arg(r.segmentSteps ? QString::number(*r.segmentSteps) : tr("(not cut)"));
            auto* ri = new QTreeWidgetItem(ti, {QString::fromStdString(r.label), contents});
            ri->setData(0, kKeyRole, label + "/" + QString::fromStdString(r.label));
            ri->setCheckState(0, excludedR.count(t.label + "/" + r.label) ? Qt::Unchecked
                                                                          : Qt::Checked);
            ri->setExpanded(expanded.contains(ri->data(0, kKeyRole).toString()));
            const auto& files = r.longTrajectory.empty()
                                    ? r.segmentFiles
                                    : std::vector<std::string>{r.longTrajectory};
            for (const auto& f : files) {
                auto* fi = new QTreeWidgetItem(
                    ri, {QFileInfo(QString::fromStdString(f)).fileName(), QString()});
                for (const auto& bad : badFiles)
                    if (bad.file == f) {
                        fi->setText(1, coreText(bad.message));
                        fi->setToolTip(1, coreText(bad.message));
                        fi->setForeground(0, Qt::red);
                        fi->setForeground(1, Qt::red);
                        ri->setExpanded(true);
                        ti->setExpanded(true);
                    }
            }
        }
    }
    root->setExpanded(!refill || expanded.contains(QString()));
    m_filling = false;
}

void EnsembleTree::showError(const QString& message) {
    m_filling = true;
    clear();
    auto* item = new QTreeWidgetItem(this, {tr("Error"), message});
    item->setForeground(1, Qt::red);
    item->setToolTip(1, message);
    m_filling = false;
}

void EnsembleTree::onItemChanged(QTreeWidgetItem*) {
    if (m_filling)
        return;
    std::set<std::string> temperatures, replicas;
    QTreeWidgetItem* root = topLevelItem(0);
    for (int t = 0; root && t < root->childCount(); ++t) {
        auto* ti = root->child(t);
        if (ti->checkState(0) == Qt::Unchecked)
            temperatures.insert(ti->data(0, kKeyRole).toString().toStdString());
        for (int r = 0; r < ti->childCount(); ++r)
            if (ti->child(r)->checkState(0) == Qt::Unchecked)
                replicas.insert(ti->child(r)->data(0, kKeyRole).toString().toStdString());
    }
    emit exclusionsChanged(temperatures, replicas);
}

} // namespace tx::widgets
