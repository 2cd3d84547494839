#include "core/correlate/PairMobility.h"

#include "core/io/FrameSource.h"
#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/Sentences.h"

#include <algorithm>
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
            throw InputError(file, frame.firstLine, say(sentence::kAtomsDiffer));
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
        throw InputError(file, 0, say(sentence::kNoFrame));
    return out;
}

namespace {

// The origin's species indices and its nearest-neighbour pairs (r_c for every type pair):
// what the snapshot of any lag and the segment's colour scale are built on.
std::vector<int> originTypeIndex(const SegmentFrames& segment) {
    const Frame& origin = segment.frames.front();
    std::vector<int> typeIndex(origin.atomCount());
    for (std::size_t a = 0; a < typeIndex.size(); ++a)
        typeIndex[a] = segment.types.indexOf(origin.types[a]);
    return typeIndex;
}
std::vector<NeighbourPair> originPairs(const SegmentFrames& segment,
                                       const std::vector<int>& typeIndex, double cutoff) {
    const Frame& origin = segment.frames.front();
    return findNeighbourPairs(origin.box, origin.positions, typeIndex,
                              PairCutoffs(segment.types.count(), cutoff));
}

// Of frame `later` against the origin: |dr_i| per atom and, per pair, |dr_+| and |dr_-|.
struct Displacements {
    std::vector<double> atom, plus, minus;
};
void displacementsInto(const Frame& origin, const Frame& later,
                       const std::vector<NeighbourPair>& pairs, Displacements& out) {
    const std::size_t n = origin.atomCount();
    std::vector<Eigen::Vector3d> d(n);
    out.atom.resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        d[a] = later.positions[a] - origin.positions[a];
        out.atom[a] = d[a].norm();
    }
    out.plus.resize(pairs.size());
    out.minus.resize(pairs.size());
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        out.plus[p] = 0.5 * (d[pairs[p].i] + d[pairs[p].j]).norm();
        out.minus[p] = 0.5 * (d[pairs[p].i] - d[pairs[p].j]).norm();
    }
}

double percentile99(std::vector<double>& v) {
    if (v.empty())
        return 0.0;
    const auto k = v.begin() + std::ptrdiff_t(0.99 * double(v.size() - 1));
    std::nth_element(v.begin(), k, v.end());
    return *k;
}

} // namespace

MobilitySnapshot mobilitySnapshot(const SegmentFrames& segment, std::size_t laterFrame,
                                  double cutoff) {
    const Frame& origin = segment.frames.front();
    const Frame& later = segment.frames.at(laterFrame);
    MobilitySnapshot s;
    s.lagSteps = later.timestep - origin.timestep;
    s.box = origin.box;
    s.ids = origin.ids;
    s.typeIndex = originTypeIndex(segment);
    s.positions.resize(origin.atomCount());
    for (std::size_t a = 0; a < s.positions.size(); ++a) {
        Eigen::Vector3d f = origin.box.toFractional(origin.positions[a]);
        for (int k = 0; k < 3; ++k)
            f[k] -= std::floor(f[k]);
        s.positions[a] = origin.box.fromFractional(f);
    }
    s.pairs = originPairs(segment, s.typeIndex, cutoff);
    Displacements d;
    displacementsInto(origin, later, s.pairs, d);
    s.atomDisplacement = std::move(d.atom);
    s.pairPlus = std::move(d.plus);
    s.pairMinus = std::move(d.minus);
    return s;
}

MobilityScale mobilityScale(const SegmentFrames& segment, double cutoff) {
    MobilityScale scale;
    if (segment.frames.size() < 2)
        return scale;
    const auto pairs = originPairs(segment, originTypeIndex(segment), cutoff);
    Displacements d;
    for (std::size_t f = 1; f < segment.frames.size(); ++f) {
        displacementsInto(segment.frames.front(), segment.frames[f], pairs, d);
        scale.atom = std::max(scale.atom, percentile99(d.atom));
        scale.plus = std::max(scale.plus, percentile99(d.plus));
        scale.minus = std::max(scale.minus, percentile99(d.minus));
    }
    return scale;
}

Eigen::Vector3d pairMidpoint(const MobilitySnapshot& s, std::size_t p) {
    const auto [i, j] = s.pairs[p];
    const Eigen::Vector3d r =
        s.positions[i] + 0.5 * s.box.minimumImage(s.positions[j] - s.positions[i]);
    Eigen::Vector3d f = s.box.toFractional(r);
    for (int k = 0; k < 3; ++k)
        f[k] -= std::floor(f[k]);
    return s.box.fromFractional(f);
}

std::vector<std::size_t> pairsNearest(const MobilitySnapshot& s, const Eigen::Vector3d& centre,
                                      std::size_t count) {
    std::vector<std::pair<double, std::size_t>> byDistance(s.pairs.size());
    for (std::size_t p = 0; p < s.pairs.size(); ++p)
        byDistance[p] = {s.box.minimumImage(pairMidpoint(s, p) - centre).squaredNorm(), p};
    count = std::min(count, byDistance.size());
    std::partial_sort(byDistance.begin(), byDistance.begin() + std::ptrdiff_t(count),
                      byDistance.end());
    std::vector<std::size_t> out(count);
    for (std::size_t k = 0; k < count; ++k)
        out[k] = byDistance[k].second;
    return out;
}

std::vector<PairArrow> pairArrows(const SegmentFrames& segment, std::size_t laterFrame,
                                  const MobilitySnapshot& s,
                                  const std::vector<std::size_t>& pairs) {
    const Frame& origin = segment.frames.front();
    const Frame& later = segment.frames.at(laterFrame);
    std::vector<PairArrow> out;
    out.reserve(pairs.size());
    for (const std::size_t p : pairs) {
        const auto [i, j] = s.pairs.at(p);
        const Eigen::Vector3d di = later.positions[i] - origin.positions[i];
        const Eigen::Vector3d dj = later.positions[j] - origin.positions[j];
        out.push_back({p, pairMidpoint(s, p), 0.5 * (di + dj), 0.5 * (di - dj)});
    }
    return out;
}

} // namespace tx::core
