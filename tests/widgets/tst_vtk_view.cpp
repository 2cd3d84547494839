// The 3D pair-mobility view, under Xvfb (VTK needs GLX): the Qt 6 adapter renders a known
// scene, colouring and filters follow the data, picking returns the right ids, PNG export,
// and a frames-per-second figure at 10^4 atoms (printed, never asserted).
#include "core/correlate/PairMobility.h"
#include "tests/support/SyntheticTrajectory.h"
#include "tests/support/Waiting.h"
#include "widgets/PairMobilityView.h"
#include "widgets/VtkOpenGLWidget.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkDataArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

using namespace tx;

namespace {

// Three atoms in a row (ids 1..3), atom 1 and 2 neighbours; atom 2 moves by 1, atom 3 by 2.
core::MobilitySnapshot threeAtoms() {
    core::MobilitySnapshot s;
    s.box = core::Box::orthogonal({0, 0, 0}, {10, 10, 10});
    s.ids = {1, 2, 3};
    s.typeIndex = {0, 1, 0};
    s.positions = {{2, 5, 5}, {3, 5, 5}, {7, 5, 5}};
    s.atomDisplacement = {0.0, 1.0, 2.0};
    s.pairs = {{0, 1}};
    s.pairPlus = {0.5};
    s.pairMinus = {0.5};
    return s;
}

// Mean absolute difference of the colour channels of two pictures of one size (0–255).
double meanDifference(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32),
                 y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c) {
            const QRgb p = x.pixel(c, r), q = y.pixel(c, r);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * x.width() * x.height());
}

// A Brownian walk written to `file` as a LAMMPS dump and loaded into a view shown at `size`:
// empty, or what went wrong.
QString showWalk(widgets::PairMobilityView& view, const test::BrownianSpec& spec,
                 const QString& file, QSize size) {
    test::writeLammpsDump(file.toStdString(), test::brownianFrames(spec), {});
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return "the view was never exposed";
    QString error;
    return view.loadSegment(file, &error) ? QString() : error;
}

// Packets in an Ogg stream (RFC 3533): each page has a table of segment lengths, and a
// segment shorter than 255 bytes ends a packet. An independent count of what the movie holds.
int oggPackets(const QByteArray& data) {
    int packets = 0;
    qsizetype at = 0;
    while (at + 27 <= data.size()) {
        if (data.mid(at, 4) != "OggS")
            return -1;
        const int segments = static_cast<unsigned char>(data[at + 26]);
        qsizetype body = 0;
        for (int k = 0; k < segments; ++k) {
            const int lacing = static_cast<unsigned char>(data[at + 27 + k]);
            body += lacing;
            packets += lacing < 255;
        }
        at += 27 + segments + body;
    }
    return at == data.size() ? packets : -1;
}

// Pixels close to a colour (each channel within 40) in the scene, left of the atoms' colour
// bar and above the pairs' (whose viridis passes near the arrows' blue).
int pixelsNear(const QImage& picture, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < picture.height() * 8 / 10; ++y)
        for (int x = 0; x < picture.width() * 3 / 4; ++x) {
            const QColor c = picture.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) < 40 &&
                 std::abs(c.green() - colour.green()) < 40 &&
                 std::abs(c.blue() - colour.blue()) < 40;
        }
    return n;
}

} // namespace

class TestVtkView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        if (!widgets::VtkOpenGLWidget::isSupported())
            QSKIP("needs an X server with GLX (run under xvfb-run)");
    }

    void adapterRendersAKnownScene() {
        widgets::VtkOpenGLWidget w;
        w.resize(300, 200);
        auto sphere = vtkSmartPointer<vtkSphereSource>::New();
        sphere->SetRadius(1.0);
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(sphere->GetOutputPort());
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(1, 0, 0);
        actor->GetProperty()->SetAmbient(1.0);
        actor->GetProperty()->SetDiffuse(0.0);
        w.renderer()->AddActor(actor);
        w.renderer()->SetBackground(0, 0, 1);
        w.renderer()->ResetCamera();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QImage image = w.grabFramebuffer();
        QVERIFY(w.framesPainted() > 0);
        const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
        const QColor corner = image.pixelColor(3, 3);
        QVERIFY2(centre.red() > 200 && centre.green() < 60 && centre.blue() < 60,
                 qPrintable(centre.name()));
        QVERIFY2(corner.blue() > 200 && corner.red() < 60, qPrintable(corner.name()));
        QCOMPARE(centre.alpha(), 255);
    }

    void colouringAndFiltersFollowTheData() {
        const auto s = threeAtoms();
        auto g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                                widgets::PairColouring::Relative, {});
        QCOMPARE(g.atoms->GetNumberOfPoints(), vtkIdType(3));
        for (int k = 0; k < 3; ++k)
            QCOMPARE(g.atoms->GetPointData()->GetScalars()->GetTuple1(k),
                     s.atomDisplacement[std::size_t(k)]);
        QCOMPARE(g.pairs->GetNumberOfLines(), vtkIdType(1));
        QCOMPARE(g.pairs->GetCellData()->GetScalars()->GetTuple1(0), 0.5);
        g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Species,
                                           widgets::PairColouring::Ratio, {});
        QCOMPARE(g.atoms->GetPointData()->GetScalars()->GetTuple1(1), 2.0); // species 2
        QCOMPARE(g.pairs->GetCellData()->GetScalars()->GetTuple1(0), 1.0);  // 0.5 / 0.5
        widgets::MobilityFilter mobile;
        mobile.minAtomDisplacement = 0.5;
        g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                           widgets::PairColouring::Relative, mobile);
        QCOMPARE(g.atomIndex, (std::vector<std::size_t>{1, 2}));
        QCOMPARE(g.pairs->GetNumberOfLines(), vtkIdType(1)); // one of the pair moved
        mobile.bothMoved = true;
        g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                           widgets::PairColouring::Relative, mobile);
        QCOMPARE(g.pairs->GetNumberOfLines(), vtkIdType(0));
        widgets::MobilityFilter slab;
        slab.slabAxis = 0;
        slab.slabCentre = 2.5;
        slab.slabHalfWidth = 1.0;
        g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                           widgets::PairColouring::Relative, slab);
        QCOMPARE(g.atomIndex, (std::vector<std::size_t>{0, 1}));
        widgets::MobilityFilter sphere;
        sphere.sphereRadius = 2.5; // around the box centre (5, 5, 5): atoms at x = 3 and 7, not 2
        g = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                           widgets::PairColouring::Relative, sphere);
        QCOMPARE(g.atomIndex, (std::vector<std::size_t>{1, 2}));
        QCOMPARE(g.pairs->GetNumberOfLines(), vtkIdType(1)); // pair 1-2 has one end inside
    }

    void segmentsAreReadOffTheGuiThreadWithTheAnalysisReaderOptions() {
        // A DCD as LAMMPS writes it (wrapped): read with the default convention, atoms that
        // crossed the box are followed; read as "--dcd-unwrapped", they seem to jump by a box.
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.1;
        spec.timesteps = {0, 100, 200, 400};
        const auto frames = test::brownianFrames(spec);
        double truth = 0; // the largest true displacement at the last frame
        for (std::size_t a = 0; a < frames.front().atomCount(); ++a)
            truth = std::max(truth, (frames[3].positions[a] - frames[0].positions[a]).norm());
        const QString file = m_dir.filePath("wrapped.dcd");
        test::writeDcd(file.toStdString(), frames, 100);
        core::EnsembleLayout layout;
        layout.root = m_dir.path().toStdString();
        layout.temperatures.push_back(
            {1.0, "1.0", {{"r0", {file.toStdString()}, {}, std::nullopt}}});
        const double width = frames.front().box.perpendicularWidths().minCoeff();
        double largest[2] = {0, 0};
        for (const bool wrapped : {true, false}) {
            widgets::PairMobilityView view;
            view.resize(600, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QSignalSpy loaded(&view, &widgets::PairMobilityView::segmentLoaded);
            core::ReaderOptions readers;
            readers.dcdPositionsWrapped = wrapped;
            view.setEnsemble(layout, 1.4, readers); // returns at once; the file is read on a worker
            QVERIFY(test::waitForAny({&loaded}));
            QCOMPARE(loaded.front().front().toString(), file);
            view.setLagFrame(3);
            view.waitForGeometry();
            QVERIFY(view.snapshot());
            // Once shown, the info line says what the segment holds, not "Reading …".
            const QString info = view.findChild<QLabel*>("mobilityInfo")->text();
            QVERIFY2(!info.contains("Reading") && info.contains("wrapped.dcd: 300 atoms"),
                     qPrintable(info));
            const auto& d = view.snapshot()->atomDisplacement;
            largest[wrapped ? 0 : 1] = *std::max_element(d.begin(), d.end());
        }
        QVERIFY2(std::abs(largest[0] - truth) < 1e-3 && largest[1] > 0.5 * width,
                 qPrintable(QString("%1 %2 (box %3, true %4)")
                                .arg(largest[0])
                                .arg(largest[1])
                                .arg(width)
                                .arg(truth)));
    }

    void aTemperatureSelectedElsewhereIsShownIn3d() {
        // The selection is linked: a temperature clicked on a plot or in the table brings its
        // first segment into the 3D view; one already shown is not read again.
        test::BrownianSpec spec;
        spec.atoms = 100;
        spec.timesteps = {0, 100, 200};
        core::EnsembleLayout layout;
        layout.root = m_dir.path().toStdString();
        for (const double t : {0.5, 0.8}) {
            const QString file = m_dir.filePath(QString("linked-%1.lammpstrj").arg(t));
            test::writeLammpsDump(file.toStdString(), test::brownianFrames(spec), {});
            layout.temperatures.push_back({t,
                                           QString::number(t).toStdString(),
                                           {{"r0", {file.toStdString()}, {}, std::nullopt}}});
        }
        widgets::PairMobilityView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &widgets::PairMobilityView::segmentLoaded);
        view.setEnsemble(layout, 1.4);
        QVERIFY(test::waitForAny({&loaded}));
        QCOMPARE(view.shownTemperature(), 0.5);
        QSignalSpy again(&view, &widgets::PairMobilityView::segmentLoaded);
        view.showTemperature(0.8);
        QCOMPARE(view.shownTemperature(), 0.8);
        QVERIFY(test::waitForAny({&again}));
        QVERIFY(again.front().front().toString().contains("linked-0.8"));
        view.showTemperature(0.8); // already shown: nothing read
        QTest::qWait(100);
        QCOMPARE(int(again.count()), 1);
        // Time as t and t/tau_alpha of the segment's temperature, not in steps only.
        view.setLagFrame(2);
        QCOMPARE(view.lagText(), QString("t = 200 steps, frame 2 of 2")); // no dt yet
        view.setTimeScale(0.005, "τ", {{0.5, 9.0}, {0.8, 0.25}});
        QCOMPARE(view.lagText(), QString("t = 1 τ = 4 τ_α (200 steps, frame 2 of 2)"));
    }

    void speciesColoursAreNeverMobilityColours() {
        // Colour-blind safe maps (viridis; Okabe & Ito), and no species colour is also a
        // mobility: the nearest viridis colour is far in RGB for every species.
        QCOMPARE(widgets::mobilityColour(0.0), QColor(0x44, 0x01, 0x54));
        QCOMPARE(widgets::mobilityColour(1.0), QColor(0xfd, 0xe7, 0x25));
        for (int species = 1; species <= 5; ++species) {
            const QColor c = widgets::speciesColour(species);
            double nearest = 1e9;
            for (int k = 0; k <= 100; ++k) {
                const QColor m = widgets::mobilityColour(k / 100.0);
                nearest = std::min(nearest,
                                   double(std::hypot(c.redF() - m.redF(), c.greenF() - m.greenF(),
                                                     c.blueF() - m.blueF())));
            }
            QVERIFY2(nearest > 0.25,
                     qPrintable(QString("species %1: %2").arg(species).arg(nearest)));
            if (species > 1)
                QVERIFY(c != widgets::speciesColour(species - 1));
        }
    }

    void theColourScaleIsTheSameAtEveryLag() {
        // Teaching: Play must show mobility grow. With the segment's scale, the colour range
        // is the same at every lag (0 to the 99th percentile over all lags); per lag it is not.
        test::BrownianSpec spec;
        spec.atoms = 400;
        spec.diffusion = 0.05;
        spec.timesteps = {0, 100, 300, 1000, 3000};
        core::SegmentFrames segment;
        segment.frames = test::brownianFrames(spec);
        segment.types = core::TypeSet::fromTypes(segment.frames.front().types);
        const core::MobilityScale scale = core::mobilityScale(segment, 1.4);
        std::vector<double> top;
        double largestPercentile = 0;
        for (std::size_t lag = 1; lag < segment.frames.size(); ++lag) {
            const auto s = core::mobilitySnapshot(segment, lag, 1.4);
            const auto fixed = widgets::buildMobilityGeometry(
                s, widgets::AtomColouring::Mobility, widgets::PairColouring::Relative, {}, &scale);
            QCOMPARE(fixed.atomRange[0], 0.0);
            QCOMPARE(fixed.atomRange[1], scale.atom);
            QCOMPARE(fixed.pairRange[1], scale.minus);
            const auto own = widgets::buildMobilityGeometry(s, widgets::AtomColouring::Mobility,
                                                            widgets::PairColouring::Relative, {});
            top.push_back(own.atomRange[1]);
            auto d = s.atomDisplacement;
            std::sort(d.begin(), d.end());
            largestPercentile =
                std::max(largestPercentile, d[std::size_t(0.99 * double(d.size() - 1))]);
        }
        QVERIFY(top.back() > 3 * top.front());   // each lag's own scale grows ...
        QCOMPARE(scale.atom, largestPercentile); // ... the fixed one is the largest 99th pct
        QVERIFY(scale.minus > 0 && scale.plus > 0);
    }

    void pickingReturnsTheRightIds() {
        test::BrownianSpec spec;
        spec.atoms = 200;
        spec.diffusion = 0.05;
        spec.timesteps = {0, 100, 200, 400};
        widgets::PairMobilityView view;
        const QString error = showWalk(view, spec, m_dir.filePath("pick.lammpstrj"), {900, 600});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        view.setLagFrame(3);
        view.waitForGeometry();
        QVERIFY(view.snapshot());
        auto* w = view.renderWidget();
        w->grabFramebuffer(); // renders, so the camera is set up
        // The atom nearest the viewer projects somewhere: click exactly there.
        vtkRenderer* ren = w->renderer();
        const auto& s = *view.snapshot();
        std::size_t target = 0;
        double nearest = 1e300;
        double where[3] = {0, 0, 0};
        for (std::size_t a = 0; a < s.positions.size(); ++a) {
            ren->SetWorldPoint(s.positions[a][0], s.positions[a][1], s.positions[a][2], 1.0);
            ren->WorldToDisplay();
            double d[3];
            ren->GetDisplayPoint(d);
            if (d[2] < nearest) {
                nearest = d[2];
                target = a;
                std::copy(d, d + 3, where);
            }
        }
        const auto pick = view.pickAt(int(where[0] + 0.5), int(w->height() - 1 - where[1] + 0.5));
        QCOMPARE(int(pick.kind), int(widgets::PickResult::Atom));
        QCOMPARE(s.ids[pick.index], s.ids[target]);
        QVERIFY(view.pickText().contains(QString("Atom id %1").arg(s.ids[target])));
        // Export at double resolution: the same picture as at ×1, with twice the pixels (VTK's
        // tiling once drew the whole scene into each of four tiles).
        const QString png = m_dir.filePath("view.png"), png1 = m_dir.filePath("view1.png");
        QCOMPARE(view.exportPng(png, 2), QString());
        QCOMPARE(view.exportPng(png1, 1), QString());
        const QImage exported(png), once(png1);
        QCOMPARE(exported.width(), 2 * w->width());
        QCOMPARE(exported.height(), 2 * w->height());
        QVERIFY(meanDifference(
                    exported.scaled(once.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                    once) < 12);
        // A chosen pixel size with a caption band under the picture.
        const QString captioned = m_dir.filePath("captioned.png");
        const QString caption = view.caption();
        QVERIFY2(caption.contains("steps") && caption.contains("Atoms: mobility"),
                 qPrintable(caption));
        QCOMPARE(view.exportPng(captioned, QSize(640, 360), caption), QString());
        const QImage withCaption(captioned);
        QCOMPARE(withCaption.width(), 640);
        QVERIFY(withCaption.height() > 360 + 10);
        int dark = 0; // the caption's letters in the band
        for (int y = 362; y < withCaption.height(); ++y)
            for (int x = 0; x < 640; ++x)
                dark += qGray(withCaption.pixel(x, y)) < 100;
        QVERIFY(dark > 200);
    }

    void theWorkbenchExportsThe3dViewHeadless() {
        // tx-workbench --export-figures … --pages pair-mobility-3d on this (Xvfb) display:
        // the page was never shown, its segment is still being read when results arrive.
        const QString dir = m_dir.filePath("headless-3d");
        QProcess p;
        p.start(TX_WORKBENCH, {"--demo", "--export-figures", dir, "--format", "png", "--pages",
                               "pair-mobility-3d"});
        QVERIFY(p.waitForFinished(test::kHangGuardMs));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage picture(dir + "/pair-mobility-3d.png");
        QVERIFY(!picture.isNull());
        // A scene, not a blank or black frame: many colours, a white background.
        QSet<QRgb> colours;
        int white = 0;
        for (int y = 0; y < picture.height(); y += 3)
            for (int x = 0; x < picture.width(); x += 3) {
                const QRgb c = picture.pixel(x, y) & 0xffffff;
                colours.insert(c);
                white += c == 0xffffff;
            }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        QVERIFY(white > picture.width() * picture.height() / 9 / 5);
    }

    void exampleArrowsSplitEachPairsMotion() {
        // dr_i = dr_+ + dr_- and dr_j = dr_+ - dr_-, straight from the frames; the lengths are
        // the snapshot's |dr_+| and |dr_-|.
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.05;
        spec.timesteps = {0, 100, 400};
        core::SegmentFrames segment;
        segment.frames = test::brownianFrames(spec);
        segment.types = core::TypeSet::fromTypes(segment.frames.front().types);
        const auto s = core::mobilitySnapshot(segment, 2, 1.4);
        const Eigen::Vector3d centre = s.box.fromFractional(Eigen::Vector3d(0.5, 0.5, 0.5));
        const auto chosen = core::pairsNearest(s, centre, 8);
        QCOMPARE(chosen.size(), std::size_t(8));
        const auto arrows = core::pairArrows(segment, 2, s, chosen);
        for (const auto& a : arrows) {
            const auto [i, j] = s.pairs[a.pair];
            const Eigen::Vector3d di =
                segment.frames[2].positions[i] - segment.frames[0].positions[i];
            const Eigen::Vector3d dj =
                segment.frames[2].positions[j] - segment.frames[0].positions[j];
            QVERIFY((a.plus + a.minus - di).norm() < 1e-12);
            QVERIFY((a.plus - a.minus - dj).norm() < 1e-12);
            QVERIFY(std::abs(a.plus.norm() - s.pairPlus[a.pair]) < 1e-12);
            QVERIFY(std::abs(a.minus.norm() - s.pairMinus[a.pair]) < 1e-12);
        }
        // Nearest first, and no pair left out is nearer (brute force over all pairs).
        std::vector<double> distance;
        for (std::size_t p = 0; p < s.pairs.size(); ++p)
            distance.push_back(s.box.minimumImage(core::pairMidpoint(s, p) - centre).norm());
        for (std::size_t k = 1; k < chosen.size(); ++k)
            QVERIFY(distance[chosen[k - 1]] <= distance[chosen[k]]);
        for (std::size_t p = 0; p < s.pairs.size(); ++p)
            if (std::find(chosen.begin(), chosen.end(), p) == chosen.end())
                QVERIFY(distance[p] >= distance[chosen.back()]);
        // A pair across the box edge has its midpoint at the edge, not in the middle.
        core::MobilitySnapshot edge;
        edge.box = core::Box::orthogonal({0, 0, 0}, {10, 10, 10});
        edge.positions = {{0.3, 5, 5}, {9.9, 5, 5}};
        edge.pairs = {{0, 1}};
        const Eigen::Vector3d mid = core::pairMidpoint(edge, 0);
        QVERIFY(std::min(mid[0], 10 - mid[0]) < 0.2 + 1e-12);
        // A rigid dimer has no relative motion at all.
        segment.frames = test::rigidDimerFrames(spec);
        segment.types = core::TypeSet::fromTypes(segment.frames.front().types);
        const auto rigid = core::mobilitySnapshot(segment, 2, 1.2);
        for (const auto& a :
             core::pairArrows(segment, 2, rigid, core::pairsNearest(rigid, centre, 5))) {
            QVERIFY(a.minus.norm() < 1e-12);
            QVERIFY(a.plus.norm() > 1e-3);
        }
    }

    void theViewDrawsArrowsAndFollowsAPair() {
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.2;
        spec.timesteps = {0, 100, 200, 400, 800};
        widgets::PairMobilityView view;
        const QString error = showWalk(view, spec, m_dir.filePath("arrows.lammpstrj"), {900, 600});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        view.waitForGeometry();
        const QImage without = view.renderWidget()->grabFramebuffer();
        view.setArrows(true, widgets::ArrowChoice::Both, 5, 4.0);
        view.waitForGeometry();
        QCOMPARE(view.arrows().size(), std::size_t(5));
        QCOMPARE(view.scene()->centreOfMassArrows(), 5);
        QCOMPARE(view.scene()->relativeArrows(), 5);
        // Both colours appear on screen, and only with the arrows.
        const QImage with = view.renderWidget()->grabFramebuffer();
        if (qEnvironmentVariableIsSet("TX_KEEP_PICTURES")) {
            without.save("/tmp/arrows-without.png");
            with.save("/tmp/arrows-with.png");
        }
        qInfo("black pixels %d without arrows, %d with; vermillion %d with",
              pixelsNear(without, widgets::centreOfMassArrowColour()),
              pixelsNear(with, widgets::centreOfMassArrowColour()),
              pixelsNear(with, widgets::relativeArrowColour()));
        QVERIFY(pixelsNear(with, widgets::centreOfMassArrowColour()) > 30);
        QVERIFY(pixelsNear(with, widgets::relativeArrowColour()) > 30);
        // (Shaded atoms at the dark end of viridis come near black; with arrows they fade.)
        QVERIFY(pixelsNear(without, widgets::relativeArrowColour()) <
                pixelsNear(with, widgets::relativeArrowColour()) / 4);
        QVERIFY(pixelsNear(with, widgets::centreOfMassArrowColour()) >
                pixelsNear(without, widgets::centreOfMassArrowColour()) + 300);
        view.setArrows(true, widgets::ArrowChoice::Relative, 5, 4.0);
        view.waitForGeometry();
        QCOMPARE(view.scene()->centreOfMassArrows(), 0);
        QCOMPARE(view.scene()->relativeArrows(), 5);
        view.setArrows(true, widgets::ArrowChoice::Both, 5, 4.0);
        view.waitForGeometry();
        // Follow a pair far from the box centre: its arrows come first at every lag, the info
        // line gives its numbers, and the camera turns to it.
        const core::MobilitySnapshot s = *view.snapshot(); // a copy: each lag makes a new one
        const std::size_t far =
            core::pairsNearest(s, s.box.fromFractional({0.05, 0.05, 0.05}), 1).front();
        QVERIFY(view.followPair(far));
        view.waitForGeometry();
        QCOMPARE(view.arrows().front().pair, far);
        auto* info = view.findChild<QLabel*>("mobilityInfo");
        QVERIFY(info->text().contains(QString("Following pair ids %1").arg(s.ids[s.pairs[far].i])));
        double focal[3];
        view.renderWidget()->renderer()->GetActiveCamera()->GetFocalPoint(focal);
        const Eigen::Vector3d mid = core::pairMidpoint(s, far);
        QVERIFY((Eigen::Vector3d(focal[0], focal[1], focal[2]) - mid).norm() < 1e-9);
        for (int lag = 1; lag < view.lagFrameCount(); ++lag) {
            view.setLagFrame(lag);
            view.waitForGeometry();
            QCOMPARE(view.arrows().front().pair, far);
            QVERIFY(std::abs(view.arrows().front().plus.norm() - view.snapshot()->pairPlus[far]) <
                    1e-12);
        }
        view.stopFollowing();
        view.waitForGeometry();
        QVERIFY(!view.followedPair());
        QVERIFY(view.caption().contains("arrows"));
    }

    void theDemoTeachesTheTwoMotions() {
        // The README's picture of the teaching view: the demo's T = 0.6 segment (the
        // solid-like side), six example pairs around a followed one, at a late lag.
        // TX_README_PICTURES=DIR writes it there.
        widgets::PairMobilityView view;
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString error;
        QVERIFY2(view.loadSegment(TX_SOURCE_DIR "/data/demo-ka/T0.6/r0/seg0.lammpstrj.gz", &error),
                 qPrintable(error));
        // The demo's dt in LJ time and its τ_α at T = 0.6 (15.0 ± 2.9 from the analysis).
        view.setTimeScale(0.005, "τ", {{0.6, 15.0}});
        // The lag nearest τ_α (the demo's frames are log-spaced).
        const auto frames =
            core::loadSegmentFrames(TX_SOURCE_DIR "/data/demo-ka/T0.6/r0/seg0.lammpstrj.gz").frames;
        int nearest = 1;
        for (int lag = 1; lag < int(frames.size()); ++lag)
            if (std::abs(0.005 * double(frames[std::size_t(lag)].timestep) - 15.0) <
                std::abs(0.005 * double(frames[std::size_t(nearest)].timestep) - 15.0))
                nearest = lag;
        view.setLagFrame(nearest);
        view.setArrows(true, widgets::ArrowChoice::Both, 6, 3.0);
        view.waitForGeometry();
        const auto& s = *view.snapshot();
        const std::size_t centre =
            core::pairsNearest(s, s.box.fromFractional({0.5, 0.5, 0.5}), 1).front();
        widgets::MobilityFilter filter;
        filter.sphereRadius = 2.5;
        view.setFilter(filter);
        QVERIFY(view.followPair(centre));
        view.waitForGeometry();
        QCOMPARE(view.arrows().size(), std::size_t(6));
        QCOMPARE(view.arrows().front().pair, centre);
        // Real data: each arrow is the split of the two atoms' displacements.
        for (const auto& a : view.arrows())
            QVERIFY(std::abs(a.plus.norm() - view.snapshot()->pairPlus[a.pair]) < 1e-12);
        const QString dir = qEnvironmentVariable("TX_README_PICTURES", m_dir.path());
        const QString png = dir + "/pair-mobility-3d-teaching.png";
        QCOMPARE(view.exportPng(png, QSize(1200, 800), view.caption()), QString());
        const QImage picture(png);
        QCOMPARE(picture.width(), 1200);
        QVERIFY(picture.height() > 800);
    }

    void theMovieHasOneFramePerLag() {
        test::BrownianSpec spec;
        spec.atoms = 200;
        spec.diffusion = 0.05;
        spec.timesteps = {0, 100, 200, 400, 800, 1600};
        widgets::PairMobilityView view;
        const QString error = showWalk(view, spec, m_dir.filePath("movie.lammpstrj"), {800, 500});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        view.setLagFrame(2);
        view.waitForGeometry();
        const QString movie = m_dir.filePath("lags.ogv");
        QCOMPARE(view.exportMovie(movie, QSize(321, 240)), QString());
        QFile f(movie);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("OggS"));
        QVERIFY(data.contains("\x80theora")); // the Theora identification header
        // Three header packets, then one per lag: 5 lags of 6 frames.
        QCOMPARE(oggPackets(data), 3 + 5);
        // Nothing half-written is left, and the view is back at the lag it showed.
        QVERIFY(QDir(m_dir.path()).entryList({"*.tmp*"}, QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(view.lagText().contains("frame 2 of 5"));
    }

    void framesPerSecondAtTenThousandAtoms() {
        test::BrownianSpec spec;
        spec.atoms = 10000;
        spec.diffusion = 0.02;
        spec.timesteps = {0, 1000};
        const QString file = m_dir.filePath("big.lammpstrj");
        test::writeLammpsDump(file.toStdString(), test::brownianFrames(spec), {});
        widgets::PairMobilityView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.loadSegment(file));
        view.waitForGeometry();
        auto* w = view.renderWidget();
        w->grabFramebuffer();
        QElapsedTimer timer;
        timer.start();
        const int frames = 20;
        for (int k = 0; k < frames; ++k) {
            w->renderer()->GetActiveCamera()->Azimuth(3);
            w->grabFramebuffer(); // one full render each
        }
        const double fpsWithReadBack = frames / (double(timer.elapsed()) / 1000.0);
        // The render itself, as an interactive rotation needs it: VTK's Render() in the widget's
        // context, finished (glFinish), without Qt's read-back into a QImage.
        auto renderedFramesPerSecond = [&] {
            timer.restart();
            w->makeCurrent();
            for (int k = 0; k < frames; ++k) {
                w->renderer()->GetActiveCamera()->Azimuth(3);
                w->renderWindow()->Render();
                w->context()->functions()->glFinish();
            }
            w->doneCurrent();
            return frames / (double(timer.elapsed()) / 1000.0);
        };
        const double fps = renderedFramesPerSecond();
        view.scene()->setInteracting(true); // while rotating, the 6.9e4 pairs are left out
        const double fpsMoving = renderedFramesPerSecond();
        view.scene()->setInteracting(false);
        qInfo("3D view: %zu atoms, %zu pairs: %.1f frames/s rendered (%.1f while rotating, pairs "
              "hidden), %.1f with read-back into a QImage (Mesa llvmpipe)",
              view.snapshot()->positions.size(), view.snapshot()->pairs.size(), fps, fpsMoving,
              fpsWithReadBack);
        QVERIFY(view.snapshot()->pairs.size() > 50000);
    }
};

int main(int argc, char** argv) {
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestVtkView test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vtk_view.moc"
