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

} // namespace tx::core
