#pragma once
// The 3D pair-mobility view: atoms and nearest-neighbour pairs of one segment at a chosen lag,
// coloured by species, mobility |dr_i|, |dr_-|, |dr_+| or their ratio; a lag slider with
// play; filters (mobile atoms, pairs where both moved, a slab); picking; PNG export.
#include "core/correlate/PairMobility.h"
#include "core/model/EnsembleLayout.h"
#include "widgets/PairMobilityScene.h"

#include <QSize>
#include <QWidget>
#include <map>
#include <memory>
#include <optional>
#include <thread>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace tx::widgets {

class VtkOpenGLWidget;

class PairMobilityView : public QWidget {
    Q_OBJECT
public:
    explicit PairMobilityView(QWidget* parent = nullptr);
    ~PairMobilityView() override;

    // The ensemble to choose segments from, its r_c and the coordinate conventions its
    // analysis read it with. The first segment is read on a worker thread.
    void setEnsemble(const core::EnsembleLayout& layout, double cutoff,
                     const core::ReaderOptions& readers = {});
    // Loads one trajectory file as the segment shown, synchronously (tests, scripts).
    bool loadSegment(const QString& file, QString* error = nullptr);
    // The same on a worker thread; the view takes the segment when it is read
    // (segmentLoaded, or an error in the info line). A newer request supersedes an older one.
    void loadSegmentInBackground(const QString& file);
    // Shows the first segment of temperature t unless one of t is shown already (a
    // temperature selected elsewhere: a curve clicked on another page, the table).
    void showTemperature(double t);
    double shownTemperature() const; // of the segment chosen; NaN before there is one
    // What the lag label says besides steps: the time (dt per step, its unit) and, where the
    // analysis found one, t/τ_α of the segment's temperature (T -> τ_α).
    void setTimeScale(double dt, const QString& unit, std::map<double, double> tauAlpha);
    QString lagText() const;
    void setLagFrame(int frame);
    int lagFrameCount() const;
    void setColouring(AtomColouring atoms, PairColouring pairs);
    void setFilter(const MobilityFilter& filter);
    // Waits for the geometry being built off the GUI thread (tests, export).
    void waitForGeometry();
    // Processes events until a segment is read, its geometry built and the GL surface ready
    // (headless exports, where nothing was shown before). The reading or building error, or
    // a timeout message; empty when the view can be captured.
    QString waitUntilDrawn(int timeoutMs);
    PickResult pickAt(int widgetX, int widgetY);
    QString exportPng(const QString& path, int magnification = 1);
    // The view rendered at exactly `pixels` (the camera as on screen), with a caption band
    // under it when caption is not empty. The error, or empty.
    QString exportPng(const QString& path, QSize pixels, const QString& caption);
    // What the picture shows, for its caption: the segment, the lag as t and t/τ_α, what
    // atoms and pairs are coloured by, and whether the colours are fixed over the lags.
    QString caption() const;
    QString pickText() const;
    const core::MobilitySnapshot* snapshot() const { return m_snapshot.get(); }
    VtkOpenGLWidget* renderWidget() const { return m_vtk; }
    PairMobilityScene* scene() const { return m_scene.get(); }

signals:
    void temperatureSelected(double temperature); // when a segment of another T is chosen
    void picked(const QString& description);
    void segmentLoaded(const QString& file);

private:
    void rebuild();
    void onGeometry(std::shared_ptr<MobilityGeometry> g, std::shared_ptr<core::MobilitySnapshot> s,
                    bool first);
    void fillSegmentChoice();
    void showSegment(std::unique_ptr<core::SegmentFrames> segment, const QString& file);
    MobilityFilter currentFilter() const;

    core::EnsembleLayout m_layout;
    double m_cutoff = 1.4;
    core::ReaderOptions m_readers;
    std::unique_ptr<core::SegmentFrames> m_segment;
    // The fixed colour scale of m_segment at m_cutoff (computed with its first geometry).
    std::optional<core::MobilityScale> m_scale;
    double m_dt = 0.0; // 0: unknown, steps only
    QString m_timeUnit;
    std::map<double, double> m_tauAlpha;
    std::shared_ptr<core::MobilitySnapshot> m_snapshot;
    VtkOpenGLWidget* m_vtk = nullptr;
    std::unique_ptr<PairMobilityScene> m_scene;
    std::jthread m_builder;
    std::jthread m_loader;
    int m_loadGeneration = 0;
    int m_generation = 0;
    bool m_cameraSet = false;
    QString m_pickText;
    QString m_problem; // why the last segment could not be read or shown
    QString m_reading; // the file being read while the info line says so; empty otherwise

    QComboBox* m_segmentChoice;
    QSlider* m_lag;
    QLabel* m_lagLabel;
    QPushButton* m_play;
    QTimer* m_playTimer;
    QComboBox* m_atomColour;
    QComboBox* m_pairColour;
    QDoubleSpinBox* m_threshold;
    QCheckBox* m_bothMoved;
    QComboBox* m_slabAxis;
    QDoubleSpinBox* m_slabCentre;
    QDoubleSpinBox* m_slabWidth;
    QCheckBox* m_tubes;
    QCheckBox* m_scaleOverSegment;
    QDoubleSpinBox* m_sphereRadius;
    QLabel* m_info;
};

} // namespace tx::widgets
