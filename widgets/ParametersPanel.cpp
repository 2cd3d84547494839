#include "widgets/ParametersPanel.h"

#include "widgets/TypesetText.h"

#include "core/correlate/PairKernel.h"
#include "core/fit/GlassTransitionFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace tx::widgets {

namespace {

QDoubleSpinBox* spin(const char* key, double lo, double hi, int decimals, double step) {
    auto* s = new QDoubleSpinBox;
    s->setObjectName(key);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    return s;
}
QSpinBox* intSpin(const char* key, int lo, int hi) {
    auto* s = new QSpinBox;
    s->setObjectName(key);
    s->setRange(lo, hi);
    return s;
}
template <class W> W* named(W* w, const char* key) {
    w->setObjectName(key);
    return w;
}
QWidget* row(QWidget* a, QWidget* b) {
    auto* w = new QWidget;
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(a, 1);
    l->addWidget(b);
    return w;
}

// The items of a list typed with commas or spaces between them: "4, 5.5 9".
QStringList listItems(const QString& text) {
    return text.split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts);
}

// "A,B" with A < B; nullopt for empty text; error text otherwise.
struct WindowText {
    std::optional<core::FitWindow> window;
    QString error;
};
WindowText parseWindow(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QStringList parts = listItems(t);
    bool ok1 = false, ok2 = false;
    const double a = parts.size() == 2 ? parts[0].toDouble(&ok1) : 0.0;
    const double b = parts.size() == 2 ? parts[1].toDouble(&ok2) : 0.0;
    if (!ok1 || !ok2 || !(a < b) || !std::isfinite(a) || !std::isfinite(b))
        return {std::nullopt, ParametersPanel::tr("expected START,END with START < END")};
    return {core::FitWindow{a, b}, {}};
}
// "1-2": how a type pair is kept as the type-pair choice's item data.
QString pairKey(const std::optional<std::pair<int, int>>& pair) {
    return pair ? QString("%1-%2").arg(pair->first).arg(pair->second) : QString();
}

// The q list beside the first q: "5.0, 9.0" (commas or spaces); an error text where it
// does not parse or holds too many for one pass.
struct WavenumbersText {
    std::vector<double> values;
    QString error;
};
WavenumbersText parseWavenumbers(const QString& text) {
    WavenumbersText out;
    for (const QString& part : listItems(text)) {
        bool ok = false;
        const double q = part.toDouble(&ok);
        if (!ok || !std::isfinite(q) || q <= 0)
            return {{}, ParametersPanel::tr("“%1” is not a positive number").arg(part)};
        out.values.push_back(q);
    }
    if (out.values.size() + 1 > core::kMaxWavenumbers)
        out.error =
            ParametersPanel::tr("at most %1 more q in one pass").arg(core::kMaxWavenumbers - 1);
    return out;
}

QString wavenumbersText(const std::vector<double>& qs) {
    QStringList parts;
    for (double q : qs)
        parts << QString::number(q);
    return parts.join(", ");
}

QString windowText(const std::optional<core::FitWindow>& w) {
    return w ? QString("%1, %2").arg(w->low).arg(w->high) : QString();
}

} // namespace

QFormLayout* ParametersPanel::addGroup(const QString& title) {
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    m_groups->layout()->addWidget(box);
    return form;
}

ParametersPanel::ParametersPanel(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_groups = new QWidget;
    new QVBoxLayout(m_groups);
    scroll->setWidget(m_groups);
    outer->addWidget(scroll, 1);

    // Reading: a change reads every trajectory again.
    QFormLayout* reading = addGroup(tr("Pairs and reading (a change reads the files again)"));
    m_q = spin("q", 0.01, 100, 3, 0.05);
    m_rc = spin("rc", 0.01, 100, 3, 0.01);
    m_autoQ = named(new QCheckBox(tr("auto")), "q_auto");
    m_autoRc = named(new QCheckBox(tr("auto")), "rc_auto");
    reading->addRow(tr("q (first peak of S(q))"), row(m_q, m_autoQ));
    reading->addRow(tr("r_c (first minimum of g(r))"), row(m_rc, m_autoRc));
    m_extraQ = named(new QLineEdit, "q_extra");
    m_extraQ->setPlaceholderText(tr("e.g. 5.0, 9.0"));
    reading->addRow(tr("More q (dispersion)"), m_extraQ);
    m_autoInfo = new QLabel;
    m_autoInfo->setWordWrap(true);
    m_autoInfo->setStyleSheet("color: gray");
    reading->addRow(m_autoInfo);
    m_pairCutoffs = named(new QLineEdit, "rc_type_pairs");
    m_pairCutoffs->setPlaceholderText(tr("e.g. 1-2=1.30, 2-2=1.20"));
    reading->addRow(tr("r_c of single type pairs"), m_pairCutoffs);
    m_originEvery = intSpin("origin_every", 0, 1000000000);
    m_originEvery->setSpecialValueText(tr("first frame of each segment"));
    m_originEvery->setToolTip(
        tr("Extra time origins every N timesteps inside a segment (linear dumps); "
           "neighbour pairs are redefined at every origin"));
    reading->addRow(tr("Origins every (steps)"), m_originEvery);
    m_overlapA = spin("overlap_a", 0.001, 100, 3, 0.05);
    m_overlapA->setToolTip(tr("Length a of the overlap Q(t) = ⟨Θ(a − |Δr_i(t)|)⟩ (0.3 σ for LJ)"));
    reading->addRow(tr("Overlap length a"), m_overlapA);
    m_segmentSteps = intSpin("segment_steps", 0, 2000000000);
    m_segmentSteps->setSpecialValueText(tr("one segment per file"));
    m_segmentSteps->setToolTip(tr("Cut a replica's single long trajectory into segments of "
                                  "this many timesteps"));
    reading->addRow(tr("Segment length (steps)"), m_segmentSteps);
    m_xyzWrapped = named(new QCheckBox(tr("Extended XYZ positions are wrapped")), "xyz_wrapped");
    reading->addRow(m_xyzWrapped);
    m_dcdUnwrapped = named(
        new QCheckBox(tr("DCD positions are unwrapped (dump_modify unwrap yes)")), "dcd_unwrapped");
    reading->addRow(m_dcdUnwrapped);
    m_structure =
        named(new QCheckBox(tr("S(q) and g(r) whole (up to q_max and half the box), also when q "
                               "and r_c are given")),
              "structure");
    reading->addRow(m_structure);
    m_sqQMax = spin("sq_qmax", 0.5, 100, 2, 0.5);
    reading->addRow(tr("Largest |q| of S(q)"), m_sqQMax);

    // Averaging: a change re-averages the kept sums, no file is read.
    QFormLayout* averaging = addGroup(tr("Averages and errors (no file is read)"));
    m_dt = spin("dt", 0, 1e6, 6, 0.001);
    m_dt->setSpecialValueText(tr("from the manifest"));
    averaging->addRow(tr("dt (time per timestep)"), m_dt);
    m_units = named(new QLineEdit, "units");
    m_units->setPlaceholderText(tr("from the files"));
    averaging->addRow(tr("Units where the files say none"), m_units);
    m_unitsInfo = new QLabel;
    m_unitsInfo->setWordWrap(true);
    m_unitsInfo->setStyleSheet("color: gray");
    averaging->addRow(m_unitsInfo);
    m_bootstrap = intSpin("bootstrap", 0, 10000);
    averaging->addRow(tr("Bootstrap resamples"), m_bootstrap);
    m_seed = named(new QLineEdit, "seed");
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression("\\d{1,19}"), m_seed));
    averaging->addRow(tr("Bootstrap seed"), m_seed);
    m_species = named(new QComboBox, "species");
    m_species->addItem(tr("all atoms"), 0);
    averaging->addRow(tr("τ_α and D from"), m_species);
    m_typePair = named(new QComboBox, "type_pair");
    m_typePair->addItem(tr("all pairs"), QString());
    averaging->addRow(tr("τ_+ and τ_− from"), m_typePair);
    m_kww = named(new QCheckBox(tr("Extrapolate τ by KWW where 1/e is not reached")), "kww");
    averaging->addRow(m_kww);
    m_msdWindow = named(new QLineEdit, "msd_window");
    m_msdWindow->setPlaceholderText(tr("automatic (slope rule), or START, END"));
    averaging->addRow(tr("Time window for D"), m_msdWindow);
    m_minMsd = spin("min_msd", 0, 1e6, 3, 0.1);
    averaging->addRow(tr("Smallest MSD for D"), m_minMsd);

    // Fits over temperature: a change only refits (the windows are dragged on the plots).
    QFormLayout* fits = addGroup(tr("Fits over T (windows: drag them on the plots)"));
    m_system = named(new QComboBox, "system");
    m_system->addItem(tr("none"), "");
    m_system->addItem(tr("Kob–Andersen (T_g 0.40, T_m 1.0)"), "ka");
    m_system->addItem(tr("Cu50Zr50 (T_g 700 K, T_m 1200 K)"), "cuzr");
    m_system->addItem(tr("Al (T_g 500 K, T_m 939 K)"), "al");
    fits->addRow(tr("System preset"), m_system);
    m_tg = spin("tg", 0, 1e5, 4, 0.01);
    m_tg->setSpecialValueText(tr("preset"));
    fits->addRow(tr("T_g"), m_tg);
    // T_g from a LAMMPS log of a cooling run (the "Glass transition" page shows the fit).
    m_thermoLog = named(new QLineEdit, "thermo_log");
    m_thermoLog->setPlaceholderText(tr("none: T_g above or the preset's"));
    auto* browse = named(new QPushButton(tr("…")), "thermo_log_browse");
    browse->setToolTip(tr("Choose a LAMMPS log"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("LAMMPS log of a cooling run"), m_thermoLog->text(),
            tr("LAMMPS logs (log.lammps *.log *.lammps *.gz);;All files (*)"));
        if (!file.isEmpty())
            m_thermoLog->setText(file);
    });
    fits->addRow(tr("T_g from cooling log"), row(m_thermoLog, browse));
    m_tgQuantity = named(new QComboBox, "tg_quantity");
    m_tgQuantity->addItem(tr("first the log has"), QString());
    for (const core::ThermoQuantity& q : core::thermoQuantities())
        m_tgQuantity->addItem(QString::fromUtf8(q.column.data(), qsizetype(q.column.size())),
                              QString::fromUtf8(q.key.data(), qsizetype(q.key.size())));
    fits->addRow(tr("T_g from the log's"), m_tgQuantity);
    m_thermoRun = intSpin("thermo_run", 0, 100000);
    m_thermoRun->setSpecialValueText(tr("the run that cools most"));
    m_thermoRun->setToolTip(tr("Which run of the log, counting the runs with thermo output "
                               "from 1"));
    fits->addRow(tr("Run of the log"), m_thermoRun);
    m_tm = spin("tm", 0, 1e5, 4, 0.01);
    m_tm->setSpecialValueText(tr("preset"));
    fits->addRow(tr("T_m"), m_tm);
    m_tbDelta = spin("tb_delta", 0.001, 1.0, 3, 0.01);
    fits->addRow(tr("T_b threshold δ"), m_tbDelta);
    m_tcSlidingWidth = spin("tc_sliding_width", 1.001, 10, 3, 0.01);
    fits->addRow(tr("T_c sliding windows [T_i, w·T_i], w"), m_tcSlidingWidth);
    m_tcMaxRms = spin("tc_max_rms", 0.001, 10, 3, 0.01);
    fits->addRow(tr("T_c largest rms of ln τ"), m_tcMaxRms);
    static_cast<QVBoxLayout*>(m_groups->layout())->addStretch(1);

    m_apply = named(new QPushButton(tr("Apply")), "applyParameters");
    outer->addWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &ParametersPanel::parametersEdited);
    for (QLineEdit* e : {m_pairCutoffs, m_extraQ, m_msdWindow, m_units, m_thermoLog})
        connect(e, &QLineEdit::textChanged, this, &ParametersPanel::checkTextFields);
    connect(m_tg, &QDoubleSpinBox::valueChanged, this, &ParametersPanel::checkTextFields);
    connect(m_autoQ, &QCheckBox::toggled, m_q, &QWidget::setDisabled);
    connect(m_autoRc, &QCheckBox::toggled, m_rc, &QWidget::setDisabled);
    setParameters({});
}

void ParametersPanel::setParameters(const core::AnalysisParameters& p) {
    m_base = p;
    const core::ReadingParameters& r = p.reading;
    m_autoQ->setChecked(!r.q);
    m_autoRc->setChecked(!r.rc);
    if (r.q)
        m_q->setValue(*r.q);
    if (r.rc)
        m_rc->setValue(*r.rc);
    m_pairCutoffs->setText(QString::fromStdString(core::formatPairCutoffs(r.pairCutoffs)));
    m_extraQ->setText(wavenumbersText(r.extraQ));
    m_originEvery->setValue(int(r.originEvery));
    m_overlapA->setValue(r.overlapA);
    m_segmentSteps->setValue(int(r.segmentSteps.value_or(0)));
    m_xyzWrapped->setChecked(r.readers.xyzPositionsWrapped);
    m_dcdUnwrapped->setChecked(!r.readers.dcdPositionsWrapped);
    m_structure->setChecked(r.structure);
    m_sqQMax->setValue(r.structureQMax);
    const core::AveragingParameters& a = p.averaging;
    m_dt->setValue(a.dt.value_or(0.0));
    m_units->setText(QString::fromStdString(a.units));
    m_bootstrap->setValue(a.bootstrap);
    m_seed->setText(QString::number(a.seed));
    m_species->setCurrentIndex(std::max(0, m_species->findData(a.species.value_or(0))));
    const QString pair = pairKey(a.typePair);
    m_typePair->setCurrentIndex(std::max(0, m_typePair->findData(pair)));
    m_kww->setChecked(a.kww);
    m_msdWindow->setText(windowText(a.msdWindow));
    m_minMsd->setValue(a.minMsd);
    const core::FitParameters& f = p.fits;
    m_system->setCurrentIndex(std::max(0, m_system->findData(QString::fromStdString(f.system))));
    m_tg->setValue(f.tg.value_or(0.0));
    m_tm->setValue(f.tm.value_or(0.0));
    m_thermoLog->setText(QString::fromStdString(f.thermoLog));
    m_tgQuantity->setCurrentIndex(
        std::max(0, m_tgQuantity->findData(QString::fromStdString(f.tgQuantity))));
    m_thermoRun->setValue(f.thermoRun.value_or(0));
    m_tbDelta->setValue(f.tbDelta);
    m_tcSlidingWidth->setValue(f.tcSlidingWidth);
    m_tcMaxRms->setValue(f.tcMaxRms);
    checkTextFields();
}

// Text that does not parse is marked, explained in the tooltip and cannot be applied.
void ParametersPanel::checkTextFields() {
    const auto cutoffs = core::parsePairCutoffs(m_pairCutoffs->text().toStdString());
    const WindowText msd = parseWindow(m_msdWindow->text());
    const WavenumbersText extraQ = parseWavenumbers(m_extraQ->text());
    auto mark = [](QLineEdit* e, const QString& error, const QString& help) {
        e->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("background: #ffd6d6"));
        e->setToolTip(error.isEmpty() ? help : error);
    };
    mark(m_pairCutoffs, QString::fromStdString(cutoffs.error),
         tr("Nearest-neighbour cutoffs of single type pairs (LAMMPS types), used instead of r_c "
            "for those pairs"));
    mark(m_extraQ, extraQ.error,
         tr("τ_α, τ_+, τ_− and γ_τ also at these q, from the same pass over the trajectories "
            "(the Dispersion page); the q above still sets T_x and the fits"));
    mark(m_msdWindow, msd.error,
         tr("Fit MSD = 6Dt + c over this time window instead of the slope rule"));
    const std::string unitsText = m_units->text().trimmed().toStdString();
    const QString unitsError =
        unitsText.empty() ? QString() : QString::fromStdString(core::unitsProblem(unitsText));
    mark(m_units, unitsError,
         tr("A LAMMPS unit style (lj, real, metal, ...) or LENGTH,TIME such as nm,ps, for files "
            "that do not say their units; a file that says otherwise stops the run"));
    const QString logError = m_tg->value() > 0 && !m_thermoLog->text().trimmed().isEmpty()
                                 ? tr("T_g is given above: clear it to fit T_g to the log")
                                 : QString();
    mark(m_thermoLog, logError,
         tr("A LAMMPS log of a cooling run (thermo output with Temp and Volume, Density, "
            "Enthalpy or PotEng): T_g where straight lines through the liquid and glass branches "
            "cross; it replaces the preset's T_g"));
    m_apply->setEnabled(cutoffs.error.empty() && extraQ.error.isEmpty() && msd.error.isEmpty() &&
                        unitsError.isEmpty() && logError.isEmpty());
}

core::AnalysisParameters ParametersPanel::parameters() const {
    core::AnalysisParameters p = m_base;
    core::ReadingParameters& r = p.reading;
    r.q = m_autoQ->isChecked() ? std::nullopt : std::optional(m_q->value());
    r.rc = m_autoRc->isChecked() ? std::nullopt : std::optional(m_rc->value());
    r.pairCutoffs = core::parsePairCutoffs(m_pairCutoffs->text().toStdString()).cutoffs;
    r.extraQ = parseWavenumbers(m_extraQ->text()).values;
    r.originEvery = m_originEvery->value();
    r.overlapA = m_overlapA->value();
    r.segmentSteps = m_segmentSteps->value() > 0
                         ? std::optional<std::int64_t>(m_segmentSteps->value())
                         : std::nullopt;
    r.readers.xyzPositionsWrapped = m_xyzWrapped->isChecked();
    r.readers.dcdPositionsWrapped = !m_dcdUnwrapped->isChecked();
    r.structure = m_structure->isChecked();
    r.structureQMax = m_sqQMax->value();
    core::AveragingParameters& a = p.averaging;
    a.dt = m_dt->value() > 0 ? std::optional(m_dt->value()) : std::nullopt;
    a.units = m_units->text().trimmed().toStdString();
    a.bootstrap = m_bootstrap->value();
    a.seed = m_seed->text().toULongLong();
    // A species or pair that the choices do not list yet (before the ensemble's species are
    // known) stays as it was set.
    if (!a.species || m_species->findData(*a.species) >= 0)
        a.species = m_species->currentData().toInt() > 0
                        ? std::optional(m_species->currentData().toInt())
                        : std::nullopt;
    const QString basePair = pairKey(a.typePair);
    if (!a.typePair || m_typePair->findData(basePair) >= 0) {
        a.typePair.reset();
        if (const QStringList ab = m_typePair->currentData().toString().split('-'); ab.size() == 2)
            a.typePair = std::pair{ab[0].toInt(), ab[1].toInt()};
    }
    a.kww = m_kww->isChecked();
    a.msdWindow = parseWindow(m_msdWindow->text()).window;
    a.minMsd = m_minMsd->value();
    core::FitParameters& f = p.fits;
    f.system = m_system->currentData().toString().toStdString();
    f.tg = m_tg->value() > 0 ? std::optional(m_tg->value()) : std::nullopt;
    f.tm = m_tm->value() > 0 ? std::optional(m_tm->value()) : std::nullopt;
    f.thermoLog = m_thermoLog->text().trimmed().toStdString();
    f.tgQuantity = m_tgQuantity->currentData().toString().toStdString();
    f.thermoRun = m_thermoRun->value() > 0 ? std::optional(m_thermoRun->value()) : std::nullopt;
    f.tbDelta = m_tbDelta->value();
    f.tcSlidingWidth = m_tcSlidingWidth->value();
    f.tcMaxRms = m_tcMaxRms->value();
    return p;
}

void ParametersPanel::setSpecies(const std::vector<int>& types) {
    const core::AnalysisParameters keep = parameters();
    m_species->clear();
    m_typePair->clear();
    m_species->addItem(tr("all atoms"), 0);
    m_typePair->addItem(tr("all pairs"), QString());
    for (std::size_t a = 0; a < types.size(); ++a) {
        m_species->addItem(tr("species %1").arg(types[a]), types[a]);
        for (std::size_t b = a; b < types.size(); ++b)
            m_typePair->addItem(tr("pairs %1-%2").arg(types[a]).arg(types[b]),
                                pairKey(std::pair{types[a], types[b]}));
    }
    const core::AveragingParameters& a = keep.averaging;
    m_species->setCurrentIndex(std::max(0, m_species->findData(a.species.value_or(0))));
    const QString pair = pairKey(a.typePair);
    m_typePair->setCurrentIndex(std::max(0, m_typePair->findData(pair)));
}

void ParametersPanel::showUnits(const core::Units& units) {
    const QString length = QString::fromStdString(units.length);
    const QString time = QString::fromStdString(units.time);
    // Suffixes only where the unit is known; "unspecified" would crowd the fields.
    m_q->setSuffix(length.isEmpty() ? QString() : " " + length + "⁻¹");
    for (QDoubleSpinBox* s : {m_rc, m_overlapA})
        s->setSuffix(length.isEmpty() ? QString() : " " + length);
    m_sqQMax->setSuffix(m_q->suffix());
    m_dt->setSuffix(time.isEmpty() ? QString() : " " + time);
    m_unitsInfo->setText(tr("In use: length %1, time %2")
                             .arg(QString::fromStdString(core::lengthUnitText(units)),
                                  QString::fromStdString(core::timeUnitText(units))));
}

void ParametersPanel::showAutomatic(double q, double rc, const QString& qSource,
                                    const QString& rcSource) {
    // Typeset: r_c and the source's S_{1-1}(q) with real subscripts.
    m_autoInfo->setText(typesetHtml(tr("In use: q = %1 (%2), r_c = %3 (%4)")
                                        .arg(q, 0, 'g', 4)
                                        .arg(qSource)
                                        .arg(rc, 0, 'g', 4)
                                        .arg(rcSource)));
    if (m_autoQ->isChecked())
        m_q->setValue(q);
    if (m_autoRc->isChecked())
        m_rc->setValue(rc);
}

} // namespace tx::widgets
