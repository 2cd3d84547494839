#include "widgets/ParametersPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tx::widgets {

namespace {
QDoubleSpinBox* spin(double lo, double hi, int decimals, double step) {
    auto* s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    return s;
}
} // namespace

ParametersPanel::ParametersPanel(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    m_q = spin(0.01, 100, 3, 0.05);
    m_rc = spin(0.01, 100, 3, 0.01);
    m_autoQ = new QCheckBox(tr("auto"));
    m_autoRc = new QCheckBox(tr("auto"));
    auto row = [](QWidget* a, QWidget* b) {
        auto* w = new QWidget;
        auto* l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a, 1);
        l->addWidget(b);
        return w;
    };
    form->addRow(tr("q (first peak of S(q))"), row(m_q, m_autoQ));
    form->addRow(tr("r_c (first minimum of g(r))"), row(m_rc, m_autoRc));
    m_pairCutoffs = new QLineEdit;
    m_pairCutoffs->setObjectName("pairCutoffs");
    m_pairCutoffs->setPlaceholderText(tr("e.g. 1-2=1.30, 2-2=1.20"));
    form->addRow(tr("r_c of single type pairs"), m_pairCutoffs);
    m_autoInfo = new QLabel;
    m_autoInfo->setWordWrap(true);
    m_autoInfo->setStyleSheet("color: gray");
    form->addRow(m_autoInfo);
    m_dt = spin(1e-6, 1e6, 6, 0.001);
    form->addRow(tr("dt (time per timestep)"), m_dt);
    m_originEvery = new QSpinBox;
    m_originEvery->setRange(0, 1000000000);
    m_originEvery->setSpecialValueText(tr("first frame of each segment"));
    m_originEvery->setToolTip(
        tr("Extra time origins every N timesteps inside a segment (linear dumps); "
           "neighbour pairs are redefined at every origin"));
    form->addRow(tr("Origins every (steps)"), m_originEvery);
    m_bootstrap = new QSpinBox;
    m_bootstrap->setRange(0, 10000);
    form->addRow(tr("Bootstrap resamples"), m_bootstrap);
    m_species = new QComboBox;
    m_species->addItem(tr("all atoms"), 0);
    form->addRow(tr("τ_α and D from"), m_species);
    m_typePair = new QComboBox;
    m_typePair->addItem(tr("all pairs"), QString());
    form->addRow(tr("τ_+ and τ_− from"), m_typePair);
    m_kww = new QCheckBox(tr("Extrapolate τ by KWW where 1/e is not reached"));
    form->addRow(m_kww);
    m_system = new QComboBox;
    m_system->addItem(tr("none"), "");
    m_system->addItem(tr("Kob–Andersen (T_g 0.40, T_m 1.0)"), "ka");
    m_system->addItem(tr("Cu50Zr50 (T_g 700 K, T_m 1200 K)"), "cuzr");
    m_system->addItem(tr("Al (T_g 500 K, T_m 939 K)"), "al");
    form->addRow(tr("System preset"), m_system);
    m_tbDelta = spin(0.001, 1.0, 3, 0.01);
    form->addRow(tr("T_b threshold δ"), m_tbDelta);
    m_apply = new QPushButton(tr("Apply"));
    m_apply->setObjectName("applyParameters");
    form->addRow(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &ParametersPanel::parametersEdited);
    connect(m_pairCutoffs, &QLineEdit::textChanged, this, &ParametersPanel::checkPairCutoffs);
    checkPairCutoffs(); // sets the tooltip
    connect(m_autoQ, &QCheckBox::toggled, m_q, &QWidget::setDisabled);
    connect(m_autoRc, &QCheckBox::toggled, m_rc, &QWidget::setDisabled);
    setParameters({});
}

void ParametersPanel::setParameters(const Parameters& p) {
    m_autoQ->setChecked(!p.q);
    m_autoRc->setChecked(!p.rc);
    if (p.q)
        m_q->setValue(*p.q);
    if (p.rc)
        m_rc->setValue(*p.rc);
    m_dt->setValue(p.dt);
    m_originEvery->setValue(int(p.originEvery));
    m_bootstrap->setValue(p.bootstrap);
    m_kww->setChecked(p.kww);
    m_species->setCurrentIndex(std::max(0, m_species->findData(p.species.value_or(0))));
    const QString pair =
        p.typePair ? QString("%1-%2").arg(p.typePair->first).arg(p.typePair->second) : QString();
    m_typePair->setCurrentIndex(std::max(0, m_typePair->findData(pair)));
    m_system->setCurrentIndex(std::max(0, m_system->findData(p.system)));
    m_tbDelta->setValue(p.tbDelta);
    m_pairCutoffs->setText(QString::fromStdString(core::formatPairCutoffs(p.pairCutoffs)));
}

// Text that does not parse is marked, explained in the tooltip and cannot be applied.
void ParametersPanel::checkPairCutoffs() {
    const auto parsed = core::parsePairCutoffs(m_pairCutoffs->text().toStdString());
    const bool ok = parsed.error.empty();
    m_pairCutoffs->setStyleSheet(ok ? QString() : QStringLiteral("background: #ffd6d6"));
    m_pairCutoffs->setToolTip(ok ? tr("Nearest-neighbour cutoffs of single type pairs (LAMMPS "
                                      "types), used instead of r_c for those pairs")
                                 : QString::fromStdString(parsed.error));
    m_apply->setEnabled(ok);
}

Parameters ParametersPanel::parameters() const {
    Parameters p;
    if (!m_autoQ->isChecked())
        p.q = m_q->value();
    if (!m_autoRc->isChecked())
        p.rc = m_rc->value();
    p.dt = m_dt->value();
    p.originEvery = m_originEvery->value();
    p.bootstrap = m_bootstrap->value();
    p.kww = m_kww->isChecked();
    if (const int t = m_species->currentData().toInt(); t > 0)
        p.species = t;
    if (const QStringList ab = m_typePair->currentData().toString().split('-'); ab.size() == 2)
        p.typePair = std::pair{ab[0].toInt(), ab[1].toInt()};
    p.system = m_system->currentData().toString();
    p.tbDelta = m_tbDelta->value();
    p.pairCutoffs = core::parsePairCutoffs(m_pairCutoffs->text().toStdString()).cutoffs;
    return p;
}

void ParametersPanel::setSpecies(const std::vector<int>& types) {
    const Parameters keep = parameters();
    m_species->clear();
    m_typePair->clear();
    m_species->addItem(tr("all atoms"), 0);
    m_typePair->addItem(tr("all pairs"), QString());
    for (std::size_t a = 0; a < types.size(); ++a) {
        m_species->addItem(tr("species %1").arg(types[a]), types[a]);
        for (std::size_t b = a; b < types.size(); ++b)
            m_typePair->addItem(tr("pairs %1-%2").arg(types[a]).arg(types[b]),
                                QString("%1-%2").arg(types[a]).arg(types[b]));
    }
    m_species->setCurrentIndex(std::max(0, m_species->findData(keep.species.value_or(0))));
    const QString pair = keep.typePair
                             ? QString("%1-%2").arg(keep.typePair->first).arg(keep.typePair->second)
                             : QString();
    m_typePair->setCurrentIndex(std::max(0, m_typePair->findData(pair)));
}

void ParametersPanel::showAutomatic(double q, double rc, const QString& qSource,
                                    const QString& rcSource) {
    m_autoInfo->setText(tr("In use: q = %1 (%2), r_c = %3 (%4)")
                            .arg(q, 0, 'g', 4)
                            .arg(qSource)
                            .arg(rc, 0, 'g', 4)
                            .arg(rcSource));
    if (m_autoQ->isChecked())
        m_q->setValue(q);
    if (m_autoRc->isChecked())
        m_rc->setValue(rc);
}

} // namespace tx::widgets
