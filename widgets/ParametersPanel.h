#pragma once
// Edits the one parameter model (core::AnalysisParameters): one control per parameter, whose
// object name is the parameter's JSON key, in three groups by what a change costs (read the
// trajectories again, re-average, refit). The fit windows are edited by their handles on the
// plots and the exclusions in the ensemble tree; the panel passes them through untouched.
#include "core/pipeline/AnalysisParameters.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tx::widgets {

class ParametersPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget* parent = nullptr);
    void setParameters(const core::AnalysisParameters& p); // no signal
    // The parameters last set, with every field the panel shows as it now reads.
    core::AnalysisParameters parameters() const;
    // The values S(q) and g(r) gave, shown next to the "automatic" boxes.
    void showAutomatic(double q, double rc, const QString& qSource, const QString& rcSource);
    // The units in use: suffixes on the length and time fields, and a line saying them.
    void showUnits(const core::Units& units);
    // The species (LAMMPS types) the ensemble has: fills the resolution choices.
    void setSpecies(const std::vector<int>& types);

signals:
    void parametersEdited(); // the user pressed Apply

private:
    void checkTextFields();
    QFormLayout* addGroup(const QString& title);

    core::AnalysisParameters m_base; // what setParameters gave
    QWidget* m_groups = nullptr;
    QCheckBox *m_autoQ, *m_autoRc;
    QDoubleSpinBox *m_q, *m_rc, *m_overlapA, *m_sqQMax;
    QLineEdit* m_pairCutoffs;
    QLineEdit* m_extraQ; // more q in the same pass (the dispersion)
    QSpinBox *m_originEvery, *m_segmentSteps;
    QCheckBox *m_xyzWrapped, *m_dcdUnwrapped, *m_structure;
    QDoubleSpinBox *m_dt, *m_minMsd;
    QSpinBox* m_bootstrap;
    QLineEdit *m_seed, *m_msdWindow, *m_units;
    QComboBox *m_species, *m_typePair;
    QCheckBox* m_kww;
    QComboBox* m_system;
    QDoubleSpinBox *m_tg, *m_tm, *m_tbDelta, *m_tcSlidingWidth, *m_tcMaxRms;
    QLineEdit* m_thermoLog;
    QComboBox* m_tgQuantity;
    QSpinBox* m_thermoRun;
    QLabel *m_autoInfo, *m_unitsInfo;
    QPushButton* m_apply;
};

} // namespace tx::widgets
