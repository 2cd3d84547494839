#include "widgets/PairMobilityScene.h"

#include <QObject>
#include <cmath>
#include <vtkActor.h>
#include <vtkArrowSource.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSphereSource.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkTubeFilter.h>
#include <vtkVariant.h>

namespace tx::widgets {

namespace {

bool insideCuts(const MobilityFilter& f, const core::Box& box, const Eigen::Vector3d& r) {
    if (f.slabAxis && std::abs(r[*f.slabAxis] - f.slabCentre) > f.slabHalfWidth)
        return false;
    if (!f.sphereRadius)
        return true;
    // Around a followed pair the sphere is periodic: atoms across the box edge count too.
    if (f.sphereCentre)
        return box.minimumImage(r - *f.sphereCentre).norm() <= *f.sphereRadius;
    const Eigen::Vector3d centre = box.fromFractional(Eigen::Vector3d(0.5, 0.5, 0.5));
    return (r - centre).norm() <= *f.sphereRadius;
}

void range(const vtkSmartPointer<vtkDoubleArray>& values, double out[2]) {
    if (values->GetNumberOfTuples() == 0) {
        out[0] = 0;
        out[1] = 1;
        return;
    }
    values->GetRange(out);
    if (out[1] <= out[0])
        out[1] = out[0] + 1e-6;
}

vtkSmartPointer<vtkPolyData> boxOutline(const core::Box& box) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    for (int c = 0; c < 8; ++c) {
        const Eigen::Vector3d r =
            box.fromFractional(Eigen::Vector3d(c & 1, (c >> 1) & 1, (c >> 2) & 1));
        points->InsertNextPoint(r[0], r[1], r[2]);
    }
    auto lines = vtkSmartPointer<vtkCellArray>::New();
    for (int a = 0; a < 8; ++a)
        for (int bit = 0; bit < 3; ++bit)
            if (!(a & (1 << bit))) {
                const vtkIdType edge[2] = {a, a | (1 << bit)};
                lines->InsertNextCell(2, edge);
            }
    auto poly = vtkSmartPointer<vtkPolyData>::New();
    poly->SetPoints(points);
    poly->SetLines(lines);
    return poly;
}

// Viridis at nine evenly spaced points (matplotlib's table); linear in between.
constexpr unsigned kViridis[9] = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                  0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
// Okabe & Ito (2008): vermillion, reddish purple, orange, black, grey.
constexpr unsigned kSpecies[5] = {0xd55e00, 0xcc79a7, 0xe69f00, 0x000000, 0x999999};

void fillSequential(vtkLookupTable* lut) {
    lut->SetNumberOfTableValues(256);
    for (int k = 0; k < 256; ++k) {
        const QColor c = mobilityColour(k / 255.0);
        lut->SetTableValue(k, c.redF(), c.greenF(), c.blueF(), 1.0);
    }
}

} // namespace

QColor mobilityColour(double fraction) {
    const double x = std::clamp(fraction, 0.0, 1.0) * 8.0;
    const int k = std::min(7, int(x));
    const QColor a = QColor::fromRgb(kViridis[k]), b = QColor::fromRgb(kViridis[k + 1]);
    const double w = x - k;
    return QColor::fromRgbF(float((1 - w) * a.redF() + w * b.redF()),
                            float((1 - w) * a.greenF() + w * b.greenF()),
                            float((1 - w) * a.blueF() + w * b.blueF()));
}

QColor speciesColour(int species) {
    return QColor::fromRgb(kSpecies[std::size_t(std::max(0, species - 1)) % 5]);
}

QColor centreOfMassArrowColour() {
    return QColor::fromRgb(0x000000);
}
QColor relativeArrowColour() {
    return QColor::fromRgb(0xd55e00);
}

MobilityGeometry buildMobilityGeometry(const core::MobilitySnapshot& s, AtomColouring atomColouring,
                                       PairColouring pairColouring, const MobilityFilter& f,
                                       const core::MobilityScale* scale) {
    MobilityGeometry g;
    const std::size_t n = s.positions.size();
    std::vector<bool> shown(n, false);
    auto atomPoints = vtkSmartPointer<vtkPoints>::New();
    auto atomValues = vtkSmartPointer<vtkDoubleArray>::New();
    atomValues->SetName("value");
    for (std::size_t a = 0; a < n; ++a) {
        if (s.atomDisplacement[a] < f.minAtomDisplacement || !insideCuts(f, s.box, s.positions[a]))
            continue;
        shown[a] = true;
        atomPoints->InsertNextPoint(s.positions[a][0], s.positions[a][1], s.positions[a][2]);
        atomValues->InsertNextValue(atomColouring == AtomColouring::Species
                                        ? double(s.typeIndex[a] + 1)
                                        : s.atomDisplacement[a]);
        g.atomIndex.push_back(a);
    }
    g.atoms = vtkSmartPointer<vtkPolyData>::New();
    g.atoms->SetPoints(atomPoints);
    auto verts = vtkSmartPointer<vtkCellArray>::New(); // for the point-sprite rendering
    for (vtkIdType k = 0; k < atomPoints->GetNumberOfPoints(); ++k)
        verts->InsertNextCell(1, &k);
    g.atoms->SetVerts(verts);
    g.atoms->GetPointData()->SetScalars(atomValues);
    range(atomValues, g.atomRange);
    if (scale && atomColouring == AtomColouring::Mobility && scale->atom > 0) {
        g.atomRange[0] = 0.0;
        g.atomRange[1] = scale->atom;
    }
    g.atomTitle =
        atomColouring == AtomColouring::Species ? QObject::tr("species") : QObject::tr("|dr_i|");
    if (atomColouring == AtomColouring::Species)
        g.species = std::max(
            1, s.typeIndex.empty() ? 1
                                   : 1 + *std::max_element(s.typeIndex.begin(), s.typeIndex.end()));

    // Pairs as segments between the two atoms; a pair that crosses the box is drawn from atom
    // i to the minimum image of j, so it never spans the box.
    auto pairPoints = vtkSmartPointer<vtkPoints>::New();
    auto lines = vtkSmartPointer<vtkCellArray>::New();
    auto pairValues = vtkSmartPointer<vtkDoubleArray>::New();
    pairValues->SetName("value");
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const auto [i, j] = s.pairs[p];
        const bool iShown = shown[i], jShown = shown[j];
        if (f.bothMoved ? !(iShown && jShown) : !(iShown || jShown))
            continue;
        const Eigen::Vector3d a = s.positions[i];
        const Eigen::Vector3d b = a + s.box.minimumImage(s.positions[j] - a);
        const vtkIdType ids[2] = {pairPoints->InsertNextPoint(a[0], a[1], a[2]),
                                  pairPoints->InsertNextPoint(b[0], b[1], b[2])};
        lines->InsertNextCell(2, ids);
        const double value = pairColouring == PairColouring::Relative ? s.pairMinus[p]
                             : pairColouring == PairColouring::CentreOfMass
                                 ? s.pairPlus[p]
                                 : s.pairMinus[p] / std::max(1e-12, s.pairPlus[p]);
        pairValues->InsertNextValue(value);
        g.pairIndex.push_back(p);
    }
    g.pairs = vtkSmartPointer<vtkPolyData>::New();
    g.pairs->SetPoints(pairPoints);
    g.pairs->SetLines(lines);
    g.pairs->GetCellData()->SetScalars(pairValues);
    range(pairValues, g.pairRange);
    if (scale) { // the ratio: 0 to 3, 1 where both move alike
        const double top = pairColouring == PairColouring::Relative       ? scale->minus
                           : pairColouring == PairColouring::CentreOfMass ? scale->plus
                                                                          : 3.0;
        if (top > 0) {
            g.pairRange[0] = 0.0;
            g.pairRange[1] = top;
        }
    }
    g.pairTitle = pairColouring == PairColouring::Relative       ? QObject::tr("|dr_-|")
                  : pairColouring == PairColouring::CentreOfMass ? QObject::tr("|dr_+|")
                                                                 : QObject::tr("|dr_-| / |dr_+|");
    g.pairSurface = g.pairs;
    if (f.tubes && g.pairs->GetNumberOfLines() > 0) {
        auto tubes = vtkSmartPointer<vtkTubeFilter>::New();
        tubes->SetInputData(g.pairs);
        tubes->SetRadius(0.06);
        tubes->SetNumberOfSides(6);
        tubes->Update();
        g.pairSurface = tubes->GetOutput();
    }
    g.outline = boxOutline(s.box);
    return g;
}

PairMobilityScene::PairMobilityScene(vtkRenderer* renderer)
    : m_renderer(renderer), m_atomMapper(vtkSmartPointer<vtkGlyph3DMapper>::New()),
      m_pairMapper(vtkSmartPointer<vtkPolyDataMapper>::New()),
      m_outlineMapper(vtkSmartPointer<vtkPolyDataMapper>::New()),
      m_highlightMapper(vtkSmartPointer<vtkPolyDataMapper>::New()),
      m_spriteMapper(vtkSmartPointer<vtkPolyDataMapper>::New()),
      m_atomActor(vtkSmartPointer<vtkActor>::New()),
      m_spriteActor(vtkSmartPointer<vtkActor>::New()),
      m_pairActor(vtkSmartPointer<vtkActor>::New()),
      m_outlineActor(vtkSmartPointer<vtkActor>::New()),
      m_highlightActor(vtkSmartPointer<vtkActor>::New()),
      m_atomLut(vtkSmartPointer<vtkLookupTable>::New()),
      m_pairLut(vtkSmartPointer<vtkLookupTable>::New()),
      m_speciesLut(vtkSmartPointer<vtkLookupTable>::New()),
      m_colourBar(vtkSmartPointer<vtkScalarBarActor>::New()),
      m_pairBar(vtkSmartPointer<vtkScalarBarActor>::New()),
      m_plusArrowMapper(vtkSmartPointer<vtkGlyph3DMapper>::New()),
      m_minusArrowMapper(vtkSmartPointer<vtkGlyph3DMapper>::New()),
      m_plusArrowActor(vtkSmartPointer<vtkActor>::New()),
      m_minusArrowActor(vtkSmartPointer<vtkActor>::New()),
      m_arrowLegend(vtkSmartPointer<vtkTextActor>::New()) {
    auto sphere = vtkSmartPointer<vtkSphereSource>::New();
    sphere->SetRadius(0.22);
    sphere->SetThetaResolution(10);
    sphere->SetPhiResolution(8);
    m_atomMapper->SetSourceConnection(sphere->GetOutputPort());
    m_atomMapper->SetScalarModeToUsePointData();
    m_atomMapper->ScalingOff();
    m_atomMapper->SetLookupTable(m_atomLut);
    m_atomActor->SetMapper(m_atomMapper);
    // Large systems: spheres drawn as shaded point sprites (a quad each instead of ~100
    // triangles), which keeps Mesa's software renderer interactive.
    m_spriteMapper->SetScalarModeToUsePointData();
    m_spriteMapper->SetLookupTable(m_atomLut);
    m_spriteActor->SetMapper(m_spriteMapper);
    m_spriteActor->GetProperty()->SetRenderPointsAsSpheres(true);
    m_spriteActor->GetProperty()->SetPointSize(6.0);
    m_spriteActor->VisibilityOff();
    m_pairMapper->SetScalarModeToUseCellData();
    m_pairMapper->SetLookupTable(m_pairLut);
    m_pairActor->SetMapper(m_pairMapper);
    m_pairActor->GetProperty()->SetLineWidth(
        1.0); // wider lines need a geometry shader: slow on llvmpipe
    m_outlineActor->SetMapper(m_outlineMapper);
    m_outlineActor->GetProperty()->SetColor(0.2, 0.2, 0.2);
    m_highlightActor->SetMapper(m_highlightMapper);
    m_highlightActor->GetProperty()->SetColor(1.0, 0.85, 0.0);
    m_highlightActor->GetProperty()->SetLineWidth(5.0);
    m_highlightActor->GetProperty()->SetPointSize(14.0);
    m_highlightActor->GetProperty()->SetRenderPointsAsSpheres(true);
    m_highlightActor->VisibilityOff();
    fillSequential(m_atomLut);
    fillSequential(m_pairLut);
    for (vtkScalarBarActor* bar : {m_colourBar.Get(), m_pairBar.Get()}) {
        bar->SetNumberOfLabels(5);
        bar->GetTitleTextProperty()->SetColor(0.1, 0.1, 0.1);
        bar->GetLabelTextProperty()->SetColor(0.1, 0.1, 0.1);
        bar->SetUnconstrainedFontSize(true);
        bar->GetTitleTextProperty()->SetFontSize(14);
        bar->GetLabelTextProperty()->SetFontSize(12);
        bar->GetAnnotationTextProperty()->SetColor(0.1, 0.1, 0.1);
        bar->GetAnnotationTextProperty()->SetFontSize(12);
    }
    m_colourBar->SetPosition(0.8, 0.25);
    m_colourBar->SetWidth(0.08);
    m_colourBar->SetHeight(0.6);
    m_pairBar->SetOrientationToHorizontal();
    m_pairBar->SetTextPositionToPrecedeScalarBar(); // the numbers under the bar, the title over
    m_pairBar->SetPosition(0.15, 0.01);
    m_pairBar->SetWidth(0.6);
    m_pairBar->SetHeight(0.14);
    m_renderer->AddActor(m_spriteActor);
    for (vtkProp* prop :
         {static_cast<vtkProp*>(m_atomActor), static_cast<vtkProp*>(m_pairActor),
          static_cast<vtkProp*>(m_outlineActor), static_cast<vtkProp*>(m_highlightActor)})
        m_renderer->AddActor(prop);
    m_renderer->AddActor2D(m_colourBar);
    m_renderer->AddActor2D(m_pairBar);
    m_colourBar->VisibilityOff(); // until there is a lookup table to show
    m_pairBar->VisibilityOff();
    m_renderer->SetBackground(1.0, 1.0, 1.0);

    // Arrows: unit arrows along x, turned along each displacement and scaled by its length.
    auto arrow = vtkSmartPointer<vtkArrowSource>::New();
    arrow->SetTipLength(0.3);
    arrow->SetTipRadius(0.12);
    arrow->SetShaftRadius(0.045);
    arrow->SetTipResolution(16);
    arrow->SetShaftResolution(12);
    const std::pair<vtkGlyph3DMapper*, vtkActor*> arrows[2] = {
        {m_plusArrowMapper, m_plusArrowActor}, {m_minusArrowMapper, m_minusArrowActor}};
    const QColor colours[2] = {centreOfMassArrowColour(), relativeArrowColour()};
    for (int k = 0; k < 2; ++k) {
        auto [mapper, actor] = arrows[k];
        mapper->SetSourceConnection(arrow->GetOutputPort());
        mapper->SetOrientationArray("direction");
        mapper->SetOrientationModeToDirection();
        mapper->SetScaleArray("length");
        mapper->SetScaleModeToScaleByMagnitude();
        mapper->ScalarVisibilityOff();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(colours[k].redF(), colours[k].greenF(), colours[k].blueF());
        actor->VisibilityOff();
        m_renderer->AddActor(actor);
    }
    m_arrowLegend->GetTextProperty()->SetFontSize(15);
    m_arrowLegend->GetTextProperty()->SetColor(0.1, 0.1, 0.1);
    m_arrowLegend->SetPosition(8, 8);
    m_arrowLegend->VisibilityOff();
    m_renderer->AddActor2D(m_arrowLegend);
}

void PairMobilityScene::showArrows(const std::vector<core::PairArrow>& arrows, ArrowChoice which,
                                   double magnify) {
    auto glyphs = [&](bool plus) {
        auto points = vtkSmartPointer<vtkPoints>::New();
        auto direction = vtkSmartPointer<vtkDoubleArray>::New();
        direction->SetName("direction");
        direction->SetNumberOfComponents(3);
        auto length = vtkSmartPointer<vtkDoubleArray>::New();
        length->SetName("length");
        for (const auto& a : arrows) {
            const Eigen::Vector3d& v = plus ? a.plus : a.minus;
            points->InsertNextPoint(a.midpoint[0], a.midpoint[1], a.midpoint[2]);
            direction->InsertNextTuple3(v[0], v[1], v[2]);
            length->InsertNextValue(v.norm());
        }
        auto poly = vtkSmartPointer<vtkPolyData>::New();
        poly->SetPoints(points);
        poly->GetPointData()->AddArray(direction);
        poly->GetPointData()->AddArray(length);
        return poly;
    };
    const bool any = !arrows.empty();
    const bool plus = any && which != ArrowChoice::Relative;
    const bool minus = any && which != ArrowChoice::CentreOfMass;
    m_plusArrowMapper->SetInputData(glyphs(true));
    m_minusArrowMapper->SetInputData(glyphs(false));
    m_plusArrowMapper->SetScaleFactor(magnify);
    m_minusArrowMapper->SetScaleFactor(magnify);
    m_plusArrowActor->SetVisibility(plus);
    m_minusArrowActor->SetVisibility(minus);
    // VTK's fonts have no Greek: the legend says dr+ and dr-, as the colour bars do.
    QString legend;
    if (plus)
        legend += QObject::tr("black: dr+ (centre of mass)");
    if (minus)
        legend +=
            QString(legend.isEmpty() ? "" : "   ") + QObject::tr("vermillion: dr- (relative)");
    if (any)
        legend += QObject::tr("   arrows x%1").arg(magnify, 0, 'g', 3);
    m_arrowLegend->SetInput(legend.toUtf8().constData());
    m_arrowLegend->SetVisibility(any);
    const double fade = any ? 0.25 : 1.0;
    for (vtkActor* actor : {m_atomActor.Get(), m_spriteActor.Get(), m_pairActor.Get()})
        actor->GetProperty()->SetOpacity(fade);
}

int PairMobilityScene::centreOfMassArrows() const {
    auto* poly = vtkPolyData::SafeDownCast(m_plusArrowMapper->GetInputDataObject(0, 0));
    return m_plusArrowActor->GetVisibility() && poly ? int(poly->GetNumberOfPoints()) : 0;
}

int PairMobilityScene::relativeArrows() const {
    auto* poly = vtkPolyData::SafeDownCast(m_minusArrowMapper->GetInputDataObject(0, 0));
    return m_minusArrowActor->GetVisibility() && poly ? int(poly->GetNumberOfPoints()) : 0;
}

PairMobilityScene::~PairMobilityScene() = default;

void PairMobilityScene::show(const MobilityGeometry& g) {
    m_geometry = g;
    const bool sprites = g.atoms->GetNumberOfPoints() > kSpriteThreshold;
    m_atomMapper->SetInputData(g.atoms);
    m_atomMapper->SetScalarRange(g.atomRange);
    m_spriteMapper->SetInputData(g.atoms);
    m_spriteMapper->SetScalarRange(g.atomRange);
    m_atomActor->SetVisibility(!sprites);
    m_spriteActor->SetVisibility(sprites);
    m_atomLut->SetTableRange(g.atomRange);
    // Species: one colour per species, the values 1..n in the middle of their entries.
    vtkLookupTable* atomLut = m_atomLut;
    if (g.species > 0) {
        m_speciesLut->SetNumberOfTableValues(g.species);
        for (int k = 0; k < g.species; ++k) {
            const QColor c = speciesColour(k + 1);
            m_speciesLut->SetTableValue(k, c.redF(), c.greenF(), c.blueF(), 1.0);
        }
        m_speciesLut->SetTableRange(0.5, g.species + 0.5);
        m_speciesLut->ResetAnnotations(); // the bar's swatches, one per species
        for (int k = 0; k < g.species; ++k)
            m_speciesLut->SetAnnotation(vtkVariant(double(k + 1)),
                                        QObject::tr("species %1").arg(k + 1).toStdString());
        atomLut = m_speciesLut;
        m_atomMapper->SetScalarRange(0.5, g.species + 0.5);
        m_spriteMapper->SetScalarRange(0.5, g.species + 0.5);
    }
    m_atomMapper->SetLookupTable(atomLut);
    m_spriteMapper->SetLookupTable(atomLut);
    if (g.pairs->GetNumberOfLines() > 0 && g.pairs->GetNumberOfPoints() > 0) {
        m_pairMapper->SetInputData(g.pairSurface);
        m_pairActor->VisibilityOn();
    } else {
        m_pairActor->VisibilityOff();
    }
    m_pairMapper->SetScalarRange(g.pairRange);
    m_pairLut->SetTableRange(g.pairRange);
    m_pairLut->Build();
    m_outlineMapper->SetInputData(g.outline);
    m_colourBar->SetLookupTable(atomLut);
    m_colourBar->SetDrawAnnotations(g.species > 0);
    m_colourBar->SetNumberOfLabels(g.species > 0 ? 0 : 5);
    m_colourBar->SetTitle(QObject::tr("atoms: %1").arg(g.atomTitle).toUtf8().constData());
    m_colourBar->VisibilityOn();
    m_pairBar->SetLookupTable(m_pairLut);
    m_pairBar->SetTitle(QObject::tr("pairs: %1").arg(g.pairTitle).toUtf8().constData());
    m_pairBar->SetVisibility(m_pairActor->GetVisibility());
    m_highlightActor->VisibilityOff();
}

void PairMobilityScene::resetCamera() {
    m_renderer->ResetCamera();
    m_renderer->GetActiveCamera()->Azimuth(30);
    m_renderer->GetActiveCamera()->Elevation(20);
    m_renderer->ResetCameraClippingRange();
}

void PairMobilityScene::focusOn(const Eigen::Vector3d& point, double radius) {
    const double bounds[6] = {point[0] - radius, point[0] + radius, point[1] - radius,
                              point[1] + radius, point[2] - radius, point[2] + radius};
    m_renderer->ResetCamera(bounds); // keeps the direction of view
    m_renderer->ResetCameraClippingRange();
}

PickResult PairMobilityScene::pick(double x, double y) const {
    // Nearest shown atom (then pair midpoint) to the click on screen, within 12 pixels.
    PickResult best;
    double bestDistance = 12.0 * 12.0;
    double depth = 1e300;
    auto screen = [&](const double r[3], double out[3]) {
        m_renderer->SetWorldPoint(r[0], r[1], r[2], 1.0);
        m_renderer->WorldToDisplay();
        m_renderer->GetDisplayPoint(out);
    };
    double p[3], d[3];
    for (vtkIdType k = 0; k < m_geometry.atoms->GetNumberOfPoints(); ++k) {
        m_geometry.atoms->GetPoint(k, p);
        screen(p, d);
        const double dist = (d[0] - x) * (d[0] - x) + (d[1] - y) * (d[1] - y);
        if (dist < bestDistance || (dist <= 4.0 && d[2] < depth)) {
            bestDistance = dist;
            depth = d[2];
            best = {PickResult::Atom, m_geometry.atomIndex[std::size_t(k)]};
        }
    }
    if (best.kind == PickResult::Atom)
        return best;
    for (std::size_t k = 0; k < m_geometry.pairIndex.size(); ++k) {
        double a[3], b[3];
        m_geometry.pairs->GetPoint(vtkIdType(2 * k), a);
        m_geometry.pairs->GetPoint(vtkIdType(2 * k + 1), b);
        const double mid[3] = {0.5 * (a[0] + b[0]), 0.5 * (a[1] + b[1]), 0.5 * (a[2] + b[2])};
        screen(mid, d);
        const double dist = (d[0] - x) * (d[0] - x) + (d[1] - y) * (d[1] - y);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = {PickResult::Pair, m_geometry.pairIndex[k]};
        }
    }
    return best;
}

void PairMobilityScene::setInteracting(bool interacting) {
    const bool hasPairs = m_geometry.pairs && m_geometry.pairs->GetNumberOfLines() > 0;
    const bool large = hasPairs && m_geometry.pairs->GetNumberOfLines() > kPairsShownWhileMoving;
    m_pairActor->SetVisibility(hasPairs && !(interacting && large));
}

void PairMobilityScene::highlight(const PickResult& pick, const core::MobilitySnapshot& s) {
    if (pick.kind == PickResult::Nothing) {
        m_highlightActor->VisibilityOff();
        return;
    }
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    auto poly = vtkSmartPointer<vtkPolyData>::New();
    if (pick.kind == PickResult::Atom) {
        const auto& r = s.positions[pick.index];
        const vtkIdType id = points->InsertNextPoint(r[0], r[1], r[2]);
        cells->InsertNextCell(1, &id);
        poly->SetPoints(points);
        poly->SetVerts(cells);
    } else {
        const auto [i, j] = s.pairs[pick.index];
        const Eigen::Vector3d a = s.positions[i], b = a + s.box.minimumImage(s.positions[j] - a);
        const vtkIdType ids[2] = {points->InsertNextPoint(a[0], a[1], a[2]),
                                  points->InsertNextPoint(b[0], b[1], b[2])};
        cells->InsertNextCell(2, ids);
        poly->SetPoints(points);
        poly->SetLines(cells);
    }
    m_highlightMapper->SetInputData(poly);
    m_highlightActor->VisibilityOn();
}

} // namespace tx::widgets
