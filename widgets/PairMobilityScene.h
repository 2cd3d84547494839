#pragma once
// The VTK scene of the 3D pair-mobility view: atoms as sphere glyphs, nearest-neighbour pairs
// as lines or tubes, the box outline and a colour bar. The geometry (vtkPolyData) is built
// by buildMobilityGeometry, which touches no OpenGL and runs on a worker thread; show() then
// hands it to the renderer on the GUI thread.
#include "core/correlate/PairMobility.h"

#include <QColor>
#include <QString>
#include <optional>
#include <vtkSmartPointer.h>
#include <vtkType.h>

class vtkActor;
class vtkGlyph3DMapper;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;
class vtkScalarBarActor;
class vtkLookupTable;
class vtkTextActor;

namespace tx::widgets {

enum class AtomColouring { Species, Mobility };
enum class PairColouring { Relative, CentreOfMass, Ratio };
// Which displacement arrows the example pairs get (teaching).
enum class ArrowChoice { Both, CentreOfMass, Relative };

struct MobilityFilter {
    double minAtomDisplacement = 0.0; // show atoms with |dr_i| >= this (and pairs of such atoms)
    bool bothMoved = false;           // pairs only where both atoms pass the threshold
    std::optional<int>
        slabAxis; // 0, 1, 2: keep atoms with centre - half <= x_axis <= centre + half
    double slabCentre = 0.0, slabHalfWidth = 1e300;
    std::optional<double> sphereRadius;          // keep atoms within this distance of the centre
    std::optional<Eigen::Vector3d> sphereCentre; // the sphere's centre; the box centre if none
    bool tubes = false;
};

struct MobilityGeometry {
    vtkSmartPointer<vtkPolyData> atoms;       // points + "value" scalars
    vtkSmartPointer<vtkPolyData> pairs;       // lines + "value" cell scalars (for picking)
    vtkSmartPointer<vtkPolyData> pairSurface; // what is drawn: the lines, or tubes around them
    vtkSmartPointer<vtkPolyData> outline;     // box edges
    std::vector<std::size_t> atomIndex;       // shown atom -> snapshot index
    std::vector<std::size_t> pairIndex;       // shown pair -> snapshot index
    double atomRange[2] = {0, 1}, pairRange[2] = {0, 1};
    QString atomTitle, pairTitle;
    int species = 0; // > 0: atoms coloured by species (1..species), categorical
};

// Colours that colour-blind viewers tell apart: mobility on viridis (sequential, from dark
// purple to yellow, perceptually even), species in Okabe and Ito's categorical palette
// without its blues and greens and yellow, so that no species colour is also a mobility.
QColor mobilityColour(double fraction); // 0..1 along viridis
QColor speciesColour(int species);      // 1-based
// The arrows' colours: black (dr_+) and Okabe and Ito's vermillion (dr_-), told apart by
// every kind of colour vision and by no means on viridis, whatever the atoms show.
QColor centreOfMassArrowColour();
QColor relativeArrowColour();

// With a scale, mobility colours run over the scale's fixed range (the same at every lag);
// without, over this lag's values.
MobilityGeometry buildMobilityGeometry(const core::MobilitySnapshot& s, AtomColouring atoms,
                                       PairColouring pairs, const MobilityFilter& filter,
                                       const core::MobilityScale* scale = nullptr);

struct PickResult {
    enum Kind { Nothing, Atom, Pair } kind = Nothing;
    std::size_t index = 0; // into the snapshot's atoms or pairs
};

class PairMobilityScene {
public:
    static constexpr vtkIdType kSpriteThreshold = 3000; // atoms above which spheres become sprites
    explicit PairMobilityScene(vtkRenderer* renderer);
    ~PairMobilityScene();
    // Both colour bars are shown and titled: atoms (species or |dr_i|) and pairs.
    void show(const MobilityGeometry& g);
    void resetCamera();
    // Turns the camera to look at `point` from the same direction, close enough to fill the
    // view with a sphere of `radius` around it (the centre of rotation moves there).
    void focusOn(const Eigen::Vector3d& point, double radius);
    // The atom or pair under display pixel (x, y from the bottom), from the shown geometry.
    PickResult pick(double x, double y) const;
    void highlight(const PickResult& p, const core::MobilitySnapshot& s);
    // Arrows for example pairs from their midpoints: dr_+, dr_- or both, `magnify` times their
    // length, with a legend; the other atoms fade so that the arrows stand out. An empty
    // list takes them away.
    void showArrows(const std::vector<core::PairArrow>& arrows, ArrowChoice which, double magnify);
    // How many dr_+ and dr_- arrows are drawn (tests).
    int centreOfMassArrows() const;
    int relativeArrows() const;
    // While the camera moves, large scenes drop the pairs (level of detail) to stay fluid.
    void setInteracting(bool interacting);
    static constexpr vtkIdType kPairsShownWhileMoving = 20000;

private:
    vtkRenderer* m_renderer;
    MobilityGeometry m_geometry;
    vtkSmartPointer<vtkGlyph3DMapper> m_atomMapper;
    vtkSmartPointer<vtkPolyDataMapper> m_pairMapper, m_outlineMapper, m_highlightMapper,
        m_spriteMapper;
    vtkSmartPointer<vtkActor> m_atomActor, m_spriteActor, m_pairActor, m_outlineActor,
        m_highlightActor;
    vtkSmartPointer<vtkLookupTable> m_atomLut, m_pairLut, m_speciesLut;
    vtkSmartPointer<vtkScalarBarActor> m_colourBar; // atoms: upright, at the right
    vtkSmartPointer<vtkScalarBarActor> m_pairBar;   // pairs: lying, along the bottom
    vtkSmartPointer<vtkGlyph3DMapper> m_plusArrowMapper, m_minusArrowMapper;
    vtkSmartPointer<vtkActor> m_plusArrowActor, m_minusArrowActor;
    vtkSmartPointer<vtkTextActor> m_arrowLegend;
};

} // namespace tx::widgets
