#include "widgets/PairMobilityView.h"

#include "widgets/CoreText.h"
#include "widgets/ExportFile.h"
#include "widgets/TypesetText.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <cstring>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkOggTheoraWriter.h>

namespace tx::widgets {

PairMobilityView::PairMobilityView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    m_vtk = new VtkOpenGLWidget;
    m_vtk->setMinimumSize(400, 300);
    m_scene = std::make_unique<PairMobilityScene>(m_vtk->renderer());
    layout->addWidget(m_vtk, 1);

    auto* controls = new QWidget;
    controls->setMaximumWidth(330);
    auto* form = new QFormLayout(controls);
    m_segmentChoice = new QComboBox;
    form->addRow(tr("Segment"), m_segmentChoice);
    m_lag = new QSlider(Qt::Horizontal);
    m_lagLabel = new QLabel;
    m_play = new QPushButton(tr("Play"));
    m_play->setCheckable(true);
    auto* lagRow = new QWidget;
    auto* lagLayout = new QHBoxLayout(lagRow);
    lagLayout->setContentsMargins(0, 0, 0, 0);
    lagLayout->addWidget(m_lag, 1);
    lagLayout->addWidget(m_play);
    form->addRow(tr("Lag"), lagRow);
    form->addRow(m_lagLabel);
    m_atomColour = new QComboBox;
    m_atomColour->addItems({tr("species"), tr("mobility |Δrᵢ|")});
    m_atomColour->setCurrentIndex(1);
    form->addRow(tr("Atoms by"), m_atomColour);
    m_pairColour = new QComboBox;
    m_pairColour->addItems(
        {tr("relative |Δr₋|"), tr("centre of mass |Δr₊|"), tr("ratio |Δr₋|/|Δr₊|")});
    form->addRow(tr("Pairs by"), m_pairColour);
    m_scaleOverSegment = new QCheckBox(tr("Colours fixed over all lags"));
    m_scaleOverSegment->setChecked(true);
    m_scaleOverSegment->setToolTip(
        tr("One colour scale for the whole segment (0 to the 99th percentile over all lags), "
           "so that Play shows mobility grow; unchecked, each lag is scaled to its own values"));
    form->addRow(m_scaleOverSegment);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setRange(0, 1000);
    m_threshold->setSingleStep(0.1);
    m_threshold->setDecimals(2);
    form->addRow(tr("Only atoms with |Δrᵢ| ≥"), m_threshold);
    m_bothMoved = new QCheckBox(tr("Only pairs where both atoms moved"));
    form->addRow(m_bothMoved);
    m_slabAxis = new QComboBox;
    m_slabAxis->addItems({tr("no slab"), "x", "y", "z"});
    m_slabCentre = new QDoubleSpinBox;
    m_slabCentre->setRange(-1e6, 1e6);
    m_slabWidth = new QDoubleSpinBox;
    m_slabWidth->setRange(0.1, 1e6);
    m_slabWidth->setValue(2.0);
    form->addRow(tr("Slab cut"), m_slabAxis);
    form->addRow(tr("Slab centre"), m_slabCentre);
    form->addRow(tr("Slab thickness"), m_slabWidth);
    m_sphereRadius = new QDoubleSpinBox;
    m_sphereRadius->setRange(0, 1e6);
    m_sphereRadius->setSpecialValueText(tr("no sphere"));
    m_sphereRadius->setToolTip(tr("Show only atoms within this distance of the box centre"));
    form->addRow(tr("Sphere cut radius"), m_sphereRadius);
    m_tubes = new QCheckBox(tr("Pairs as tubes"));
    form->addRow(m_tubes);

    // Teaching: the two motions of a pair as arrows, for a handful of pairs of one region.
    m_showArrows = new QCheckBox(tr("Arrows Δr₊ and Δr₋ of example pairs"));
    m_showArrows->setObjectName("showArrows");
    m_showArrows->setToolTip(
        tr("For the pairs nearest the region's centre (the followed pair, else the box "
           "centre): the centre-of-mass displacement Δr₊ = (Δrᵢ + Δrⱼ)/2 in black and the "
           "relative displacement Δr₋ = (Δrᵢ − Δrⱼ)/2 in vermillion, from the pair's "
           "midpoint. Where the liquid is solid-like, Δr₋ lags behind Δr₊."));
    form->addRow(m_showArrows);
    m_arrowChoice = new QComboBox;
    m_arrowChoice->addItems({tr("Δr₊ and Δr₋ side by side"), tr("Δr₊ only (centre of mass)"),
                             tr("Δr₋ only (relative)")});
    form->addRow(tr("Arrows"), m_arrowChoice);
    m_examplePairs = new QSpinBox;
    m_examplePairs->setRange(1, 50);
    m_examplePairs->setValue(6);
    form->addRow(tr("Example pairs"), m_examplePairs);
    m_arrowScale = new QDoubleSpinBox;
    m_arrowScale->setRange(0.5, 50);
    m_arrowScale->setValue(3.0);
    m_arrowScale->setPrefix("× ");
    m_arrowScale->setToolTip(tr("Arrows are drawn this many times longer than the displacement"));
    form->addRow(tr("Arrow length"), m_arrowScale);
    m_follow = new QPushButton(tr("Follow the picked pair"));
    m_follow->setObjectName("followPair");
    m_follow->setCheckable(true);
    m_follow->setEnabled(false);
    m_follow->setToolTip(tr("Pick a pair first; the view then centres on it, its arrows are "
                            "drawn, and the line below gives its |Δr₊| and |Δr₋| at each lag"));
    form->addRow(m_follow);
    auto* reset = new QPushButton(tr("Reset camera"));
    form->addRow(reset);
    auto* exportRow = new QWidget;
    auto* exportLayout = new QHBoxLayout(exportRow);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    // The picture's size in pixels: twice the view, or a screen's or a slide's size.
    auto* pixels = new QComboBox;
    pixels->setObjectName("exportPixels");
    pixels->addItem(tr("×2 the view"), QSize());
    for (const QSize size :
         {QSize(1280, 720), QSize(1920, 1080), QSize(2400, 2400), QSize(3840, 2160)})
        pixels->addItem(QString("%1 × %2").arg(size.width()).arg(size.height()), size);
    pixels->setToolTip(tr("Size of the exported picture in pixels"));
    auto* withCaption = new QCheckBox(tr("caption"));
    withCaption->setChecked(true);
    withCaption->setToolTip(tr("A caption under the picture: the segment, the time (t and "
                               "t/τ_α), what the colours show"));
    auto* exportButton = new QPushButton(tr("Export PNG…"));
    exportLayout->addWidget(exportButton, 1);
    exportLayout->addWidget(pixels);
    exportLayout->addWidget(withCaption);
    form->addRow(exportRow);
    auto* movieButton = new QPushButton(tr("Export movie over lags…"));
    movieButton->setObjectName("exportMovie");
    movieButton->setToolTip(tr("Every lag of the segment as one frame of an Ogg Theora movie "
                               "(.ogv), at the size chosen above"));
    form->addRow(movieButton);
    connect(movieButton, &QPushButton::clicked, this, [this, pixels, withCaption] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export movie over lags"), {},
                                                          tr("Ogg Theora movie (*.ogv)"));
        if (path.isEmpty())
            return;
        const QSize chosen = pixels->currentData().toSize();
        const QString error = exportMovie(path, chosen.isValid() ? chosen : 2 * m_vtk->size(),
                                          withCaption->isChecked());
        m_info->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this, pixels, withCaption] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export 3D view"), {}, tr("PNG (*.png)"));
        if (path.isEmpty())
            return;
        const QSize chosen = pixels->currentData().toSize();
        const QString error = exportPng(path, chosen.isValid() ? chosen : 2 * m_vtk->size(),
                                        withCaption->isChecked() ? caption() : QString());
        m_info->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
    });
    m_info = new QLabel(tr("Click an atom or a pair to see its ids and displacements."));
    m_info->setObjectName("mobilityInfo");
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_info);
    layout->addWidget(controls);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(400);
    connect(m_playTimer, &QTimer::timeout, this,
            [this] { setLagFrame(m_lag->value() >= m_lag->maximum() ? 1 : m_lag->value() + 1); });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        on ? m_playTimer->start() : m_playTimer->stop();
        m_play->setText(on ? tr("Pause") : tr("Play"));
    });
    connect(m_lag, &QSlider::valueChanged, this, [this] { rebuild(); });
    for (auto* combo : {m_atomColour, m_pairColour, m_slabAxis})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    for (auto* combo : {m_arrowChoice})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    for (auto* spin : {m_threshold, m_slabCentre, m_slabWidth, m_sphereRadius, m_arrowScale})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { rebuild(); });
    connect(m_examplePairs, &QSpinBox::valueChanged, this, [this] { rebuild(); });
    for (auto* check : {m_bothMoved, m_tubes, m_scaleOverSegment, m_showArrows})
        connect(check, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_follow, &QPushButton::clicked, this, [this](bool on) {
        if (on && m_pickedPair)
            followPair(*m_pickedPair);
        else
            stopFollowing();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_scene->resetCamera();
        m_vtk->update();
    });
    connect(m_segmentChoice, &QComboBox::activated, this, [this] {
        loadSegmentInBackground(m_segmentChoice->currentData().toString());
        emit temperatureSelected(m_segmentChoice->currentData(Qt::UserRole + 1).toDouble());
    });
    connect(m_vtk, &VtkOpenGLWidget::clicked, this, [this](int x, int y) { pickAt(x, y); });
    connect(m_vtk, &VtkOpenGLWidget::interactionStarted, this,
            [this] { m_scene->setInteracting(true); });
    connect(m_vtk, &VtkOpenGLWidget::interactionFinished, this, [this] {
        m_scene->setInteracting(false);
        m_vtk->update();
    });
}

PairMobilityView::~PairMobilityView() {
    if (m_builder.joinable())
        m_builder.join();
    if (m_loader.joinable())
        m_loader.join();
}

void PairMobilityView::setEnsemble(const core::EnsembleLayout& layout, double cutoff,
                                   const core::ReaderOptions& readers) {
    m_layout = layout;
    if (cutoff != m_cutoff)
        m_scale.reset(); // the pairs change with r_c
    m_cutoff = cutoff;
    m_readers = readers;
    fillSegmentChoice();
    if (m_segmentChoice->count() > 0 && !m_segment)
        loadSegmentInBackground(m_segmentChoice->itemData(0).toString());
}

void PairMobilityView::fillSegmentChoice() {
    m_segmentChoice->clear();
    for (const auto& t : m_layout.temperatures)
        for (const auto& r : t.replicas) {
            const auto& files = r.longTrajectory.empty()
                                    ? r.segmentFiles
                                    : std::vector<std::string>{r.longTrajectory};
            for (const auto& f : files) {
                const QString name = QFileInfo(QString::fromStdString(f)).fileName();
                m_segmentChoice->addItem(QString("T = %1, %2, %3")
                                             .arg(QString::fromStdString(t.label),
                                                  QString::fromStdString(r.label), name),
                                         QString::fromStdString(f));
                m_segmentChoice->setItemData(m_segmentChoice->count() - 1, t.temperature,
                                             Qt::UserRole + 1);
            }
        }
}

void PairMobilityView::showTemperature(double t) {
    if (shownTemperature() == t)
        return;
    for (int k = 0; k < m_segmentChoice->count(); ++k)
        if (m_segmentChoice->itemData(k, Qt::UserRole + 1).toDouble() == t) {
            m_segmentChoice->setCurrentIndex(k);
            loadSegmentInBackground(m_segmentChoice->itemData(k).toString());
            return;
        }
}

double PairMobilityView::shownTemperature() const {
    return m_segmentChoice->currentIndex() < 0
               ? std::nan("")
               : m_segmentChoice->currentData(Qt::UserRole + 1).toDouble();
}

bool PairMobilityView::loadSegment(const QString& file, QString* error) {
    try {
        showSegment(std::make_unique<core::SegmentFrames>(
                        core::loadSegmentFrames(file.toStdString(), m_readers)),
                    file);
    } catch (const std::exception& e) {
        if (error)
            *error = coreText(std::string(e.what()));
        return false;
    }
    return true;
}

void PairMobilityView::loadSegmentInBackground(const QString& file) {
    const int generation = ++m_loadGeneration;
    m_problem.clear();
    m_reading = QFileInfo(file).fileName();
    m_info->setText(tr("Reading %1…").arg(m_reading));
    if (m_loader.joinable())
        m_loader.join(); // at most one read at a time; each is one segment
    m_loader = std::jthread([this, file, generation, readers = m_readers] {
        std::shared_ptr<core::SegmentFrames> segment;
        QString error;
        try {
            segment = std::make_shared<core::SegmentFrames>(
                core::loadSegmentFrames(file.toStdString(), readers));
        } catch (const std::exception& e) {
            error = coreText(std::string(e.what()));
        }
        QMetaObject::invokeMethod(
            this,
            [this, segment, error, file, generation] {
                if (generation != m_loadGeneration)
                    return; // a newer request superseded this one
                if (!segment) {
                    m_problem = error;
                    m_reading.clear();
                    m_info->setText(error);
                    return;
                }
                showSegment(std::make_unique<core::SegmentFrames>(std::move(*segment)), file);
                emit segmentLoaded(file);
            },
            Qt::QueuedConnection);
    });
}

void PairMobilityView::showSegment(std::unique_ptr<core::SegmentFrames> segment,
                                   const QString& file) {
    if (m_builder.joinable())
        m_builder.join(); // it may still read the segment being replaced
    m_segment = std::move(segment);
    m_scale.reset();
    m_followed.reset(); // pairs belong to the segment's origin
    m_pickedPair.reset();
    m_follow->setChecked(false);
    m_follow->setEnabled(false);
    const int index = m_segmentChoice->findData(file);
    if (index >= 0)
        m_segmentChoice->setCurrentIndex(index);
    m_lag->blockSignals(true);
    m_lag->setRange(1, std::max(1, int(m_segment->frames.size()) - 1));
    m_lag->setValue(m_lag->maximum() / 2 + 1);
    m_lag->blockSignals(false);
    const Eigen::Vector3d widths = m_segment->frames.front().box.perpendicularWidths();
    m_slabCentre->setValue(0.5 * widths[0]);
    rebuild();
}

int PairMobilityView::lagFrameCount() const {
    return m_segment ? int(m_segment->frames.size()) : 0;
}

void PairMobilityView::setLagFrame(int frame) {
    m_lag->setValue(frame);
}

void PairMobilityView::setColouring(AtomColouring atoms, PairColouring pairs) {
    m_atomColour->setCurrentIndex(atoms == AtomColouring::Species ? 0 : 1);
    m_pairColour->setCurrentIndex(int(pairs));
}

void PairMobilityView::setFilter(const MobilityFilter& f) {
    const std::initializer_list<QObject*> controls{
        m_threshold, m_bothMoved, m_slabAxis, m_slabCentre, m_slabWidth, m_tubes, m_sphereRadius};
    for (QObject* o : controls)
        o->blockSignals(true);
    m_sphereRadius->setValue(f.sphereRadius.value_or(0.0));
    m_threshold->setValue(f.minAtomDisplacement);
    m_bothMoved->setChecked(f.bothMoved);
    m_slabAxis->setCurrentIndex(f.slabAxis ? *f.slabAxis + 1 : 0);
    m_slabCentre->setValue(f.slabCentre);
    m_slabWidth->setValue(std::min(1e6, 2 * f.slabHalfWidth));
    m_tubes->setChecked(f.tubes);
    for (QObject* o : controls)
        o->blockSignals(false);
    rebuild();
}

MobilityFilter PairMobilityView::currentFilter() const {
    MobilityFilter f;
    f.minAtomDisplacement = m_threshold->value();
    f.bothMoved = m_bothMoved->isChecked();
    if (m_slabAxis->currentIndex() > 0) {
        f.slabAxis = m_slabAxis->currentIndex() - 1;
        f.slabCentre = m_slabCentre->value();
        f.slabHalfWidth = 0.5 * m_slabWidth->value();
    }
    if (m_sphereRadius->value() > 0)
        f.sphereRadius = m_sphereRadius->value();
    f.tubes = m_tubes->isChecked();
    return f;
}

void PairMobilityView::rebuild() {
    if (!m_segment)
        return;
    const auto frameIndex =
        std::size_t(std::clamp(m_lag->value(), 0, int(m_segment->frames.size()) - 1));
    const auto atoms = AtomColouring(m_atomColour->currentIndex());
    const auto pairs = PairColouring(m_pairColour->currentIndex());
    const MobilityFilter filter = currentFilter();
    const double cutoff = m_cutoff;
    const int generation = ++m_generation;
    const bool first = !m_cameraSet;
    const core::SegmentFrames* segment = m_segment.get();
    const bool overSegment = m_scaleOverSegment->isChecked();
    const std::optional<core::MobilityScale> known = m_scale;
    const std::optional<std::size_t> followed = m_followed;
    const int arrowPairs = m_showArrows->isChecked() ? m_examplePairs->value() : 0;
    if (m_builder.joinable())
        m_builder.join();
    // Geometry off the GUI thread; only the newest request is shown.
    m_builder = std::jthread([this, segment, frameIndex, atoms, pairs, filter, cutoff, generation,
                              first, overSegment, known, followed, arrowPairs] {
        std::shared_ptr<core::MobilitySnapshot> snapshot;
        std::shared_ptr<MobilityGeometry> geometry;
        auto arrows = std::make_shared<std::vector<core::PairArrow>>();
        std::optional<core::MobilityScale> scale = known;
        QString error;
        try {
            if (overSegment && !scale)
                scale = core::mobilityScale(*segment, cutoff); // once per segment
            snapshot = std::make_shared<core::MobilitySnapshot>(
                core::mobilitySnapshot(*segment, frameIndex, cutoff));
            // The region: around the followed pair, else around the box centre.
            MobilityFilter cut = filter;
            const Eigen::Vector3d centre =
                followed ? core::pairMidpoint(*snapshot, *followed)
                         : snapshot->box.fromFractional(Eigen::Vector3d(0.5, 0.5, 0.5));
            if (followed)
                cut.sphereCentre = centre;
            geometry = std::make_shared<MobilityGeometry>(buildMobilityGeometry(
                *snapshot, atoms, pairs, cut, overSegment ? &*scale : nullptr));
            if (arrowPairs > 0) {
                std::vector<std::size_t> chosen;
                if (followed)
                    chosen.push_back(*followed);
                for (const std::size_t p :
                     core::pairsNearest(*snapshot, centre, std::size_t(arrowPairs)))
                    if (chosen.size() < std::size_t(arrowPairs) && (!followed || p != *followed))
                        chosen.push_back(p);
                *arrows = core::pairArrows(*segment, frameIndex, *snapshot, chosen);
            }
        } catch (const std::exception& e) {
            error = coreText(std::string(e.what()));
        }
        QMetaObject::invokeMethod(
            this,
            [this, geometry, snapshot, arrows, generation, first, error, scale, segment] {
                if (segment == m_segment.get() && scale)
                    m_scale = scale; // kept for the next lags of this segment
                if (generation != m_generation)
                    return;
                if (!error.isEmpty()) {
                    m_problem = error;
                    return m_info->setText(error);
                }
                m_arrows = std::move(*arrows);
                onGeometry(geometry, snapshot, first);
            },
            Qt::QueuedConnection);
    });
    m_lagLabel->setText(typesetHtml(lagText())); // τ_α with its subscript
}

void PairMobilityView::setTimeScale(double dt, const QString& unit,
                                    std::map<double, double> tauAlpha) {
    m_dt = dt;
    m_timeUnit = unit;
    m_tauAlpha = std::move(tauAlpha);
    if (m_segment)
        m_lagLabel->setText(typesetHtml(lagText())); // τ_α with its subscript
}

// "t = 2.74 τ = 0.18 τ_α (547 steps, frame 11 of 20)": the time a student reads, and the
// time in units of the structural relaxation of this temperature.
QString PairMobilityView::lagText() const {
    if (!m_segment)
        return {};
    const auto& f = m_segment->frames;
    const auto frame = std::size_t(std::clamp(m_lag->value(), 0, int(f.size()) - 1));
    const std::int64_t steps = f[frame].timestep - f.front().timestep;
    const QString where = tr("%1 steps, frame %2 of %3").arg(steps).arg(frame).arg(f.size() - 1);
    if (m_dt <= 0)
        return tr("t = %1").arg(where);
    const double t = m_dt * double(steps);
    QString text = QString("t = %1%2")
                       .arg(t, 0, 'g', 3)
                       .arg(m_timeUnit.isEmpty() ? QString() : " " + m_timeUnit);
    if (const auto tau = m_tauAlpha.find(shownTemperature());
        tau != m_tauAlpha.end() && tau->second > 0)
        text += QString(" = %1 τ_α").arg(t / tau->second, 0, 'g', 2);
    return text + " (" + where + ")";
}

void PairMobilityView::onGeometry(std::shared_ptr<MobilityGeometry> g,
                                  std::shared_ptr<core::MobilitySnapshot> s, bool first) {
    m_snapshot = std::move(s);
    if (!m_reading.isEmpty()) { // the segment read is now shown: say what it holds
        m_info->setText(tr("%1: %2 atoms, %3 pairs at the origin. Click an atom or a pair to "
                           "read its displacements.")
                            .arg(m_reading)
                            .arg(m_snapshot->ids.size())
                            .arg(m_snapshot->pairs.size()));
        m_reading.clear();
    }
    m_scene->show(*g);
    m_scene->showArrows(m_arrows, ArrowChoice(m_arrowChoice->currentIndex()),
                        m_arrowScale->value());
    if (m_followed) {
        m_scene->highlight({PickResult::Pair, *m_followed}, *m_snapshot);
        m_info->setText(followText());
    }
    if (first) {
        m_scene->resetCamera();
        m_cameraSet = true;
    }
    m_vtk->update();
}

void PairMobilityView::setArrows(bool on, ArrowChoice which, int pairs, double magnify) {
    for (QObject* o :
         std::initializer_list<QObject*>{m_showArrows, m_arrowChoice, m_examplePairs, m_arrowScale})
        o->blockSignals(true);
    m_showArrows->setChecked(on);
    m_arrowChoice->setCurrentIndex(int(which));
    m_examplePairs->setValue(pairs);
    m_arrowScale->setValue(magnify);
    for (QObject* o :
         std::initializer_list<QObject*>{m_showArrows, m_arrowChoice, m_examplePairs, m_arrowScale})
        o->blockSignals(false);
    rebuild();
}

bool PairMobilityView::followPair(std::size_t p) {
    if (!m_snapshot || p >= m_snapshot->pairs.size())
        return false;
    m_followed = p;
    m_pickedPair = p;
    m_follow->setEnabled(true);
    m_follow->setChecked(true);
    // Turn the camera to the pair, its midpoint the centre of rotation, and come close enough
    // to see the region around it: the sphere cut, or about two shells of neighbours.
    const Eigen::Vector3d mid = core::pairMidpoint(*m_snapshot, p);
    m_scene->focusOn(mid, m_sphereRadius->value() > 0 ? m_sphereRadius->value() : 2.5 * m_cutoff);
    rebuild();
    return true;
}

void PairMobilityView::stopFollowing() {
    m_followed.reset();
    m_follow->setChecked(false);
    rebuild();
}

// "Following pair 12–40: |Δr₊| = 0.31, |Δr₋| = 0.05 at t = …": what the student watches
// while the lags play.
QString PairMobilityView::followText() const {
    if (!m_followed || !m_snapshot)
        return {};
    const auto& s = *m_snapshot;
    const auto [i, j] = s.pairs[*m_followed];
    return tr("Following pair ids %1–%2: |Δr₊| = %3, |Δr₋| = %4 (ratio %5) at %6")
        .arg(s.ids[i])
        .arg(s.ids[j])
        .arg(s.pairPlus[*m_followed], 0, 'g', 3)
        .arg(s.pairMinus[*m_followed], 0, 'g', 3)
        .arg(s.pairPlus[*m_followed] > 0 ? s.pairMinus[*m_followed] / s.pairPlus[*m_followed] : 0.0,
             0, 'g', 2)
        .arg(lagText());
}

void PairMobilityView::waitForGeometry() {
    if (m_builder.joinable())
        m_builder.join();
    QCoreApplication::sendPostedEvents(this);
}

QString PairMobilityView::waitUntilDrawn(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (m_problem.isEmpty() && (!m_snapshot || !m_vtk->isValid())) {
        if (clock.elapsed() > timeoutMs)
            return tr("The 3D view showed nothing within %1 s").arg(timeoutMs / 1000);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    if (!m_problem.isEmpty())
        return m_problem;
    waitForGeometry();
    QCoreApplication::processEvents(); // the geometry reaches the scene
    m_vtk->grabFramebuffer();          // renders once: the camera is set up before a capture
    return {};
}

PickResult PairMobilityView::pickAt(int x, int y) {
    const qreal dpr = m_vtk->devicePixelRatioF();
    const PickResult p = m_scene->pick(x * dpr, (m_vtk->height() - 1 - y) * dpr);
    if (!m_snapshot)
        return p;
    m_scene->highlight(p, *m_snapshot);
    const auto& s = *m_snapshot;
    if (p.kind == PickResult::Atom) {
        m_pickText = tr("Atom id %1 (species %2): |Δr| = %3")
                         .arg(s.ids[p.index])
                         .arg(s.typeIndex[p.index] + 1)
                         .arg(s.atomDisplacement[p.index], 0, 'g', 4);
    } else if (p.kind == PickResult::Pair) {
        m_pickedPair = p.index;
        m_follow->setEnabled(true);
        const auto [i, j] = s.pairs[p.index];
        m_pickText = tr("Pair ids %1–%2: |Δrᵢ| = %3, |Δrⱼ| = %4, |Δr₊| = %5, |Δr₋| = %6")
                         .arg(s.ids[i])
                         .arg(s.ids[j])
                         .arg(s.atomDisplacement[i], 0, 'g', 4)
                         .arg(s.atomDisplacement[j], 0, 'g', 4)
                         .arg(s.pairPlus[p.index], 0, 'g', 4)
                         .arg(s.pairMinus[p.index], 0, 'g', 4);
    } else {
        m_pickText.clear();
    }
    m_info->setText(m_pickText.isEmpty() ? tr("Nothing here.") : m_pickText);
    emit picked(m_pickText);
    if (p.kind != PickResult::Nothing && m_segmentChoice->currentIndex() >= 0)
        emit temperatureSelected(m_segmentChoice->currentData(Qt::UserRole + 1).toDouble());
    m_vtk->update();
    return p;
}

QString PairMobilityView::pickText() const {
    return m_pickText;
}

QString PairMobilityView::exportPng(const QString& path, int magnification) {
    return exportPng(path, m_vtk->size() * std::max(1, magnification), {});
}

QString PairMobilityView::exportPng(const QString& path, QSize pixels, const QString& caption) {
    const QImage picture = renderPicture(pixels, caption);
    const QString temp = temporaryPathFor(path);
    return finishExport(temp, path, !picture.isNull() && picture.save(temp, "PNG"));
}

QImage PairMobilityView::renderPicture(QSize pixels, const QString& caption, int captionLines) {
    waitForGeometry();
    // Rendered at the picture's size: the render widget is resized for one frame and given
    // back its place. (VTK's tiling, vtkWindowToImageFilter::SetScale, drew the whole view
    // into every tile through this adapter: four copies of the scene at ×2.)
    const QSize shown = m_vtk->size();
    m_vtk->resize(pixels.boundedTo(QSize(8192, 8192)).expandedTo(QSize(64, 64)));
    QImage picture = m_vtk->grabFramebuffer();
    m_vtk->resize(shown);
    m_vtk->update();
    picture.setDevicePixelRatio(1);
    if (caption.isEmpty() || picture.isNull())
        return picture;
    // A band under the picture, the caption typeset (τ_α with its subscript) and wrapped in
    // it at a size that follows the picture's width (about 90 characters a line).
    QFont font("DejaVu Sans");
    font.setPixelSize(std::max(11, picture.width() / 55));
    const int margin = font.pixelSize() / 2;
    QTextDocument text;
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    text.setDefaultStyleSheet("body { color: #1e1e1e; }");
    text.setHtml("<body>" + typesetHtml(caption) + "</body>");
    text.setTextWidth(picture.width() - 2 * margin);
    const int textHeight = captionLines > 0 ? captionLines * QFontMetrics(font).lineSpacing()
                                            : int(std::ceil(text.size().height()));
    QImage withCaption(picture.width(), picture.height() + textHeight + 2 * margin,
                       QImage::Format_RGB32);
    withCaption.fill(Qt::white);
    QPainter painter(&withCaption);
    painter.drawImage(0, 0, picture);
    painter.translate(margin, picture.height() + margin);
    text.drawContents(&painter, QRectF(0, 0, picture.width() - 2 * margin, textHeight));
    painter.end();
    return withCaption;
}

QString PairMobilityView::exportMovie(const QString& path, QSize pixels, bool withCaption,
                                      int framesPerSecond) {
    if (!m_segment || m_segment->frames.size() < 2)
        return tr("No segment with more than one frame is shown");
    // Theora codes 4:2:0 colour: even sizes.
    pixels = QSize(std::max(64, pixels.width() & ~1), std::max(64, pixels.height() & ~1));
    const int shownLag = m_lag->value();
    const bool playing = m_play->isChecked();
    m_play->setChecked(false);
    const QString temp = temporaryPathFor(path);
    auto image = vtkSmartPointer<vtkImageData>::New();
    auto writer = vtkSmartPointer<vtkOggTheoraWriter>::New();
    writer->SetFileName(QFile::encodeName(temp).constData());
    writer->SetRate(std::max(1, framesPerSecond));
    writer->SetQuality(2); // the best of its three
    writer->SetInputData(image);
    bool ok = true;
    bool started = false;
    for (int lag = 1; ok && lag < int(m_segment->frames.size()); ++lag) {
        setLagFrame(lag);
        waitForGeometry();
        // The caption of a movie frame: the lag and what the colours show, in two lines.
        QImage frame = renderPicture(pixels, withCaption ? caption() : QString(), 2)
                           .convertToFormat(QImage::Format_RGB888);
        if (frame.isNull()) {
            ok = false;
            break;
        }
        frame = frame.copy(0, 0, frame.width() & ~1, frame.height() & ~1);
        if (!started) {
            image->SetDimensions(frame.width(), frame.height(), 1);
            image->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
        } else if (frame.width() != image->GetDimensions()[0] ||
                   frame.height() != image->GetDimensions()[1]) {
            ok = false; // every frame of a movie has one size
            break;
        }
        // VTK's rows run from the bottom up.
        auto* pixelsOut = static_cast<unsigned char*>(image->GetScalarPointer());
        const int w = frame.width(), h = frame.height();
        for (int y = 0; y < h; ++y)
            std::memcpy(pixelsOut + std::size_t(h - 1 - y) * std::size_t(3 * w),
                        frame.constScanLine(y), std::size_t(3 * w));
        image->Modified();
        if (!started) {
            writer->Start();
            started = true;
        }
        writer->Write();
        ok = writer->GetError() == 0;
    }
    if (started)
        writer->End();
    ok = ok && started && writer->GetError() == 0;
    setLagFrame(shownLag);
    m_play->setChecked(playing);
    return finishExport(temp, path, ok);
}

QString PairMobilityView::caption() const {
    if (!m_segment)
        return {};
    const QString segment = m_segmentChoice->currentText(); // empty for a file loaded alone
    QString text =
        (segment.isEmpty() ? QString() : literalMarkup(segment) + ". ") + lagText() + ". " +
        tr("Atoms: %1; pairs: %2").arg(m_atomColour->currentText(), m_pairColour->currentText());
    text += m_scaleOverSegment->isChecked() ? tr("; colours fixed over all lags of the segment.")
                                            : tr("; colours scaled to this lag.");
    if (!m_arrows.empty())
        text += " " + tr("Black arrows: centre-of-mass displacement Δr₊; vermillion arrows: "
                         "relative displacement Δr₋ (×%1), of %2 example pairs.")
                          .arg(m_arrowScale->value(), 0, 'g', 3)
                          .arg(m_arrows.size());
    return text;
}

} // namespace tx::widgets
