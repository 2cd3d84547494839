#pragma once
// The 3D pair-mobility view: atoms and nearest-neighbour pairs of one segment at a chosen lag,
// coloured by species, mobility |dr_i|, |dr_-|, |dr_+| or their ratio; a lag slider with
// play; filters (mobile atoms, pairs where both moved, a slab); picking; PNG export.
// For teaching: arrows of the centre-of-mass and relative displacements of a few example
// pairs around a region, following a picked pair through the lags, and a movie over the lags.
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
class QSpinBox;
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
    // What the picture shows, for its caption (markup: τ_α typeset in the picture): the
    // segment, the lag as t and t/τ_α, what atoms and pairs are coloured by, whether the
    // colours are fixed over the lags, and the arrows.
    QString caption() const;
    QString pickText() const;

    // Arrows dr_+ and dr_- (or one of them) for the `pairs` pairs nearest to the region's
    // centre (the followed pair, else the box centre), `magnify` times their length.
    void setArrows(bool on, ArrowChoice which = ArrowChoice::Both, int pairs = 6,
                   double magnify = 3.0);
    const std::vector<core::PairArrow>& arrows() const { return m_arrows; }
    // Follows pair p of the origin through the lags: the camera turns to it, the arrows and a
    // sphere cut centre on it, and the info line gives its |dr_+| and |dr_-| at each lag.
    // False when there is no such pair.
    bool followPair(std::size_t p);
    void stopFollowing();
    std::optional<std::size_t> followedPair() const { return m_followed; }
    // A movie over all lags of the segment (Ogg Theora, .ogv, through VTK's writer), each
    // frame rendered at `pixels` with the lag under it when withCaption. The error, or empty.
    QString exportMovie(const QString& path, QSize pixels, bool withCaption = true,
                        int framesPerSecond = 4);
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
    // The view rendered at `pixels` with a caption band under it (none when caption is
    // empty); a band of `captionLines` lines when > 0, so that every movie frame has one size.
    QImage renderPicture(QSize pixels, const QString& caption, int captionLines = 0);
    QString followText() const;

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
    std::vector<core::PairArrow> m_arrows; // of the lag shown
    std::optional<std::size_t> m_followed; // a pair of the origin of m_segment
    std::optional<std::size_t> m_pickedPair;

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
    QCheckBox* m_showArrows;
    QComboBox* m_arrowChoice;
    QSpinBox* m_examplePairs;
    QDoubleSpinBox* m_arrowScale;
    QPushButton* m_follow;
    QLabel* m_info;
};

} // namespace tx::widgets
