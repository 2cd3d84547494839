#include "core/correlate/PairMobility.h"

#include "core/io/TrajectoryFormats.h"
#include <algorithm>

#include "core/io/FrameSource.h"
#include "core/io/InputError.h"

#include <cmath>

namespace tx::core {

SegmentFrames loadSegmentFrames(const std::string& file, const ReaderOptions& readers) {
    SegmentFrames out;
    out.file = file;
    auto source = openTrajectory(file, readers);
    Frame frame;
    std::vector<Eigen::Vector3d> lastWrapped;
    while (source->next(frame)) {
        if (out.frames.empty()) {
            out.types = TypeSet::fromTypes(frame.types);
        } else if (frame.ids != out.frames.front().ids) {
            throw InputError(file, frame.firstLine,
                             "the atoms differ from those of the first frame");
        }
        if (frame.kind == CoordinateKind::Wrapped) {
            // Follow minimum-image jumps, as the correlators do.
            const auto wrapped = frame.positions;
            if (!out.frames.empty())
                for (std::size_t a = 0; a < frame.positions.size(); ++a)
                    frame.positions[a] = out.frames.back().positions[a] +
                                         frame.box.minimumImage(wrapped[a] - lastWrapped[a]);
            lastWrapped = wrapped;
            frame.kind = CoordinateKind::Unwrapped;
        }
        out.frames.push_back(frame);
    }
    if (out.frames.empty())
        throw InputError(file, 0, "the file holds no frame");
    return out;
}

MobilitySnapshot mobilitySnapshot(const SegmentFrames& segment, std::size_t laterFrame,
                                  double cutoff) {
    const Frame& origin = segment.frames.front();
    const Frame& later = segment.frames.at(laterFrame);
    MobilitySnapshot s;
    s.lagSteps = later.timestep - origin.timestep;
    s.box = origin.box;
    s.ids = origin.ids;
    const std::size_t n = origin.atomCount();
    s.typeIndex.resize(n);
    s.positions.resize(n);
    s.atomDisplacement.resize(n);
    std::vector<Eigen::Vector3d> d(n);
    for (std::size_t a = 0; a < n; ++a) {
        s.typeIndex[a] = segment.types.indexOf(origin.types[a]);
        Eigen::Vector3d f = origin.box.toFractional(origin.positions[a]);
        for (int k = 0; k < 3; ++k)
            f[k] -= std::floor(f[k]);
        s.positions[a] = origin.box.fromFractional(f);
        d[a] = later.positions[a] - origin.positions[a];
        s.atomDisplacement[a] = d[a].norm();
    }
    s.pairs = findNeighbourPairs(origin.box, origin.positions, s.typeIndex,
                                 PairCutoffs(segment.types.count(), cutoff));
    s.pairPlus.reserve(s.pairs.size());
    s.pairMinus.reserve(s.pairs.size());
    for (const auto& p : s.pairs) {
        s.pairPlus.push_back(0.5 * (d[p.i] + d[p.j]).norm());
        s.pairMinus.push_back(0.5 * (d[p.i] - d[p.j]).norm());
    }
    return s;
}

namespace {
double percentile99(std::vector<double>& v) {
    if (v.empty())
        return 0.0;
    const auto k = v.begin() + std::ptrdiff_t(0.99 * double(v.size() - 1));
    std::nth_element(v.begin(), k, v.end());
    return *k;
}
} // namespace

MobilityScale mobilityScale(const SegmentFrames& segment, double cutoff) {
    MobilityScale scale;
    if (segment.frames.size() < 2)
        return scale;
    const Frame& origin = segment.frames.front();
    std::vector<int> typeIndex(origin.atomCount());
    for (std::size_t a = 0; a < typeIndex.size(); ++a)
        typeIndex[a] = segment.types.indexOf(origin.types[a]);
    const auto pairs = findNeighbourPairs(origin.box, origin.positions, typeIndex,
                                          PairCutoffs(segment.types.count(), cutoff));
    std::vector<Eigen::Vector3d> d(origin.atomCount());
    std::vector<double> atom(d.size()), plus(pairs.size()), minus(pairs.size());
    for (std::size_t f = 1; f < segment.frames.size(); ++f) {
        for (std::size_t a = 0; a < d.size(); ++a) {
            d[a] = segment.frames[f].positions[a] - origin.positions[a];
            atom[a] = d[a].norm();
        }
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            plus[p] = 0.5 * (d[pairs[p].i] + d[pairs[p].j]).norm();
            minus[p] = 0.5 * (d[pairs[p].i] - d[pairs[p].j]).norm();
        }
        scale.atom = std::max(scale.atom, percentile99(atom));
        scale.plus = std::max(scale.plus, percentile99(plus));
        scale.minus = std::max(scale.minus, percentile99(minus));
    }
    return scale;
}

} // namespace tx::core
