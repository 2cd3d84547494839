#pragma once
// What the 3D view shows (issue 5): for one segment, its origin and a later frame, each
// atom's displacement |dr_i| and, for each nearest-neighbour pair of the origin,
// |dr_+| = |dr_i + dr_j| / 2 (centre of mass) and |dr_-| = |dr_i - dr_j| / 2 (relative).
#include "core/correlate/NeighbourPairs.h"
#include "core/io/FrameSource.h"
#include "core/model/Frame.h"
#include "core/model/TypeSet.h"

#include <string>
#include <vector>

namespace tx::core {

// All frames of one segment, unwrapped (for the lag slider).
struct SegmentFrames {
    std::string file;
    TypeSet types;
    std::vector<Frame> frames;
};

// Reads one trajectory file as one segment, with the analysis's coordinate conventions
// (throws InputError).
SegmentFrames loadSegmentFrames(const std::string& file, const ReaderOptions& readers = {});

struct MobilitySnapshot {
    std::int64_t lagSteps = 0;
    Box box;
    std::vector<std::int64_t> ids;
    std::vector<int> typeIndex;
    std::vector<Eigen::Vector3d> positions; // origin positions, wrapped into the box
    std::vector<double> atomDisplacement;   // |dr_i|
    std::vector<NeighbourPair> pairs;
    std::vector<double> pairPlus, pairMinus; // |dr_+|, |dr_-|
};

MobilitySnapshot mobilitySnapshot(const SegmentFrames& segment, std::size_t laterFrame,
                                  double cutoff);

// Colour scales that stay the same at every lag, so that playing through the lags shows
// mobility grow (a scale fitted to each lag hides it): from 0 to the largest over all lags of
// the 99th percentile of |dr_i|, of |dr_+| and of |dr_-| (a percentile: one atom that jumped
// does not wash out the rest).
struct MobilityScale {
    double atom = 0, plus = 0, minus = 0;
};
MobilityScale mobilityScale(const SegmentFrames& segment, double cutoff);

// For teaching (issue 14): a pair's displacement split into the motion of its centre of mass,
// dr_+ = (dr_i + dr_j) / 2, and the relative motion of its two atoms, dr_- = (dr_i - dr_j) / 2
// (so dr_i = dr_+ + dr_- and dr_j = dr_+ - dr_-), as vectors drawn from the pair's midpoint
// at the origin. In a solid-like liquid a pair moves as one (|dr_-| << |dr_+|) long before
// its atoms part.
struct PairArrow {
    std::size_t pair = 0;     // into the snapshot's pairs
    Eigen::Vector3d midpoint; // at the origin, wrapped into the box
    Eigen::Vector3d plus;     // dr_+
    Eigen::Vector3d minus;    // dr_-
};

// The midpoint of pair p at the origin (minimum image), wrapped into the box.
Eigen::Vector3d pairMidpoint(const MobilitySnapshot& s, std::size_t p);

// The `count` pairs of the snapshot whose midpoints lie nearest to `centre` (minimum image),
// nearest first: the example pairs of a region. They are pairs of the origin, so the same
// pairs at every lag.
std::vector<std::size_t> pairsNearest(const MobilitySnapshot& s, const Eigen::Vector3d& centre,
                                      std::size_t count);

// The arrows of the given pairs at frame `laterFrame` of the segment the snapshot was made of.
std::vector<PairArrow> pairArrows(const SegmentFrames& segment, std::size_t laterFrame,
                                  const MobilitySnapshot& s, const std::vector<std::size_t>& pairs);

} // namespace tx::core
