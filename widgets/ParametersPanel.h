#pragma once
// The analysis parameters: q and r_c (automatic from S(q)/g(r), or the user's), dt, the
// bootstrap, KWW extrapolation, the system preset (T_g, T_m) and the T_b threshold.
#include "core/PairCutoffText.h"

#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tx::widgets {

struct Parameters {
    std::optional<double> q, rc;       // unset: automatic
    core::TypePairCutoffs pairCutoffs; // over rc for these type pairs
    double dt = 0.005;
    qint64 originEvery = 0;
    int bootstrap = 200;
    bool kww = false;
    std::optional<int> species;                  // LAMMPS type
    std::optional<std::pair<int, int>> typePair; // LAMMPS types
    QString system;                              // "", "ka", "cuzr", "al"
    double tbDelta = 0.05;
};

class ParametersPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget* parent = nullptr);
    void setParameters(const Parameters& p); // no signal
    Parameters parameters() const;
    // The values S(q) and g(r) gave, shown next to the "automatic" boxes.
    void showAutomatic(double q, double rc, const QString& qSource, const QString& rcSource);
    // The species (LAMMPS types) the ensemble has: fills the resolution choices.
    void setSpecies(const std::vector<int>& types);

signals:
    void parametersEdited(); // the user pressed Apply

private:
    void checkPairCutoffs();

    QCheckBox* m_autoQ;
    QCheckBox* m_autoRc;
    QDoubleSpinBox* m_q;
    QDoubleSpinBox* m_rc;
    QDoubleSpinBox* m_dt;
    QSpinBox* m_bootstrap;
    QSpinBox* m_originEvery;
    QCheckBox* m_kww;
    QComboBox* m_species;
    QComboBox* m_typePair;
    QComboBox* m_system;
    QDoubleSpinBox* m_tbDelta;
    QLabel* m_autoInfo;
    QLineEdit* m_pairCutoffs;
    QPushButton* m_apply;
};

} // namespace tx::widgets
