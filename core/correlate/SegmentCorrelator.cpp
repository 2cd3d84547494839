#include "core/correlate/SegmentCorrelator.h"

#include "core/correlate/SincKernel.h"
#include "core/io/InputError.h"
#include "core/model/ParallelReduce.h"

#include <algorithm>
#include <cmath>

namespace tx::core {

double sincOf(double x) {
    if (std::abs(x) < 1e-4)
        return 1.0 - x * x / 6.0; // series: exact to double precision here
    return std::sin(x) / x;
}

PairCutoffs CorrelatorSettings::cutoffsFor(const TypeSet& types) const {
    PairCutoffs rc(types.count(), cutoff);
    for (const auto& [pair, value] : typePairCutoffs) {
        const int a = types.indexOf(pair.first), b = types.indexOf(pair.second);
        if (a >= 0 && b >= 0)
            rc.set(a, b, value);
    }
    return rc;
}

struct SegmentCorrelator::Origin {
    std::int64_t timestep;
    std::vector<Eigen::Vector3d> positions;
    std::vector<NeighbourPair> pairs;
    std::vector<int> pairTypes; // type-pair index of each pair
};

struct SegmentCorrelator::FrameState {
    std::int64_t timestep = 0;
    std::vector<std::int64_t> ids;
    std::vector<int> typeIndex;
    std::vector<Eigen::Vector3d> unwrapped;
    std::vector<Eigen::Vector3d> lastWrapped; // for jump unwrapping
    Box box;
    bool warnedJump = false;
};

namespace {

constexpr std::size_t kAtomChunk = 2048;
constexpr std::size_t kSincBlock = 256; // values per call of the SIMD sinc

// Raw sums of one (origin, lag) sample, per type and per type pair.
struct SampleSums {
    std::vector<double> atomCount, sinc, r2, r4; // per type
    std::vector<double> pairCount, plus, minus;  // per type pair
    SampleSums(int types, int pairs)
        : atomCount(types), sinc(types), r2(types), r4(types), pairCount(pairs), plus(pairs),
          minus(pairs) {}
};

void addInto(std::vector<double>& a, const std::vector<double>& b) {
    for (std::size_t k = 0; k < a.size(); ++k)
        a[k] += b[k];
}

void mergeSamples(SampleSums& total, const SampleSums& part) {
    addInto(total.atomCount, part.atomCount);
    addInto(total.sinc, part.sinc);
    addInto(total.r2, part.r2);
    addInto(total.r4, part.r4);
    addInto(total.pairCount, part.pairCount);
    addInto(total.plus, part.plus);
    addInto(total.minus, part.minus);
}

double sum(const std::vector<double>& v) {
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

SegmentCorrelator::SegmentCorrelator(const CorrelatorSettings& settings, const TypeSet& types,
                                     std::string sourceName, const Progress* progress)
    : m_settings(settings), m_layout(types), m_cutoffs(settings.cutoffsFor(types)),
      m_source(std::move(sourceName)), m_progress(progress) {
    m_sums.types = types;
}

SegmentCorrelator::~SegmentCorrelator() = default;

void SegmentCorrelator::checkSameAtoms(const Frame& frame) const {
    if (frame.ids.size() != m_current->ids.size())
        throw InputError(m_source, frame.firstLine,
                         "the frame at timestep " + std::to_string(frame.timestep) + " has " +
                             std::to_string(frame.ids.size()) +
                             " atoms, the segment started with " +
                             std::to_string(m_current->ids.size()));
    if (frame.ids != m_current->ids)
        throw InputError(m_source, frame.firstLine,
                         "the atom ids at timestep " + std::to_string(frame.timestep) +
                             " differ from those of the segment's first frame");
    if (frame.timestep <= m_current->timestep)
        throw InputError(m_source, frame.firstLine,
                         "timestep " + std::to_string(frame.timestep) +
                             " does not follow the previous frame's " +
                             std::to_string(m_current->timestep));
    for (std::size_t a = 0; a < frame.types.size(); ++a)
        if (m_sums.types.indexOf(frame.types[a]) != m_current->typeIndex[a])
            throw InputError(m_source, frame.firstLine,
                             "atom id " + std::to_string(frame.ids[a]) +
                                 " changed type at timestep " + std::to_string(frame.timestep));
}

void SegmentCorrelator::unwrap(const Frame& frame) {
    FrameState& s = *m_current;
    if (frame.kind == CoordinateKind::Unwrapped) {
        s.unwrapped = frame.positions;
        return;
    }
    // Wrapped coordinates: follow each atom by its minimum-image jump since the last frame.
    if (s.lastWrapped.empty()) {
        s.unwrapped = frame.positions;
    } else {
        const Eigen::Vector3d widths = frame.box.perpendicularWidths();
        for (std::size_t a = 0; a < frame.positions.size(); ++a) {
            const Eigen::Vector3d jump =
                frame.box.minimumImage(frame.positions[a] - s.lastWrapped[a]);
            s.unwrapped[a] += jump;
            if (!s.warnedJump && (jump.array().abs() > 0.25 * widths.array()).any()) {
                s.warnedJump = true;
                m_sums.warnings.push_back(
                    m_source + ":" + std::to_string(frame.firstLine) + ": atom id " +
                    std::to_string(frame.ids[a]) +
                    " moved more than a quarter box between frames; unwrapping wrapped "
                    "coordinates is unreliable, dump xu yu zu or image flags instead");
            }
        }
    }
    s.lastWrapped = frame.positions;
}

void SegmentCorrelator::addFrame(const Frame& frame) {
    if (!m_current) {
        m_current = std::make_unique<FrameState>();
        m_current->ids = frame.ids;
        m_current->typeIndex.resize(frame.types.size());
        for (std::size_t a = 0; a < frame.types.size(); ++a) {
            const int idx = m_sums.types.indexOf(frame.types[a]);
            if (idx < 0)
                throw InputError(m_source, frame.firstLine,
                                 "atom type " + std::to_string(frame.types[a]) +
                                     " does not occur in the ensemble's first frame");
            m_current->typeIndex[a] = idx;
        }
        m_sums.atomCount = frame.ids.size();
    } else {
        checkSameAtoms(frame);
    }
    m_current->timestep = frame.timestep;
    m_current->box = frame.box;
    unwrap(frame);
    const std::int64_t sinceStart =
        m_origins.empty() ? 0 : frame.timestep - m_origins.front()->timestep;
    const bool isOrigin = m_origins.empty() || (m_settings.originEverySteps > 0 &&
                                                sinceStart % m_settings.originEverySteps == 0);
    if (isOrigin)
        startOrigin(frame);
    for (const auto& origin : m_origins)
        accumulate(*origin, frame.timestep);
    ++m_sums.frames;
}

void SegmentCorrelator::startOrigin(const Frame& frame) {
    auto origin = std::make_unique<Origin>();
    origin->timestep = frame.timestep;
    origin->positions = m_current->unwrapped;
    try {
        origin->pairs =
            findNeighbourPairs(frame.box, origin->positions, m_current->typeIndex, m_cutoffs);
    } catch (const std::invalid_argument& e) {
        throw InputError(m_source, frame.firstLine, e.what());
    }
    origin->pairTypes.reserve(origin->pairs.size());
    for (const auto& [i, j] : origin->pairs)
        origin->pairTypes.push_back(
            m_sums.types.pairIndex(m_current->typeIndex[i], m_current->typeIndex[j]));
    m_sums.pairsOverOrigins += static_cast<std::int64_t>(origin->pairs.size());
    ++m_sums.origins;
    m_origins.push_back(std::move(origin));
}

void SegmentCorrelator::accumulate(const Origin& origin, std::int64_t timestep) {
    const auto& r = m_current->unwrapped;
    const auto& r0 = origin.positions;
    const auto& type = m_current->typeIndex;
    const TypeSet& types = m_sums.types;
    const double q = m_settings.q;
    const SampleSums zero(types.count(), types.pairCount());
    Displacements& d = m_displacements;
    d.resize(r.size());

    // Atoms: displacements since the origin (kept, in SoA, for the pairs), MSD and <dr^4>
    // sums, and blocks of q|dr| handed to the SIMD sinc.
    SampleSums atoms = reduceInChunks(
        r.size(), kAtomChunk, zero,
        [&](std::size_t begin, std::size_t end, SampleSums& s) {
            double x[kSincBlock];
            for (std::size_t block = begin; block < end; block += kSincBlock) {
                const std::size_t m = std::min(kSincBlock, end - block);
                for (std::size_t k = 0; k < m; ++k) {
                    const std::size_t a = block + k;
                    d.x[a] = r[a].x() - r0[a].x();
                    d.y[a] = r[a].y() - r0[a].y();
                    d.z[a] = r[a].z() - r0[a].z();
                    const double d2 = d.x[a] * d.x[a] + d.y[a] * d.y[a] + d.z[a] * d.z[a];
                    const int t = type[a];
                    s.atomCount[t] += 1.0;
                    s.r2[t] += d2;
                    s.r4[t] += d2 * d2;
                    x[k] = q * std::sqrt(d2);
                }
                sincInPlace(x, m);
                for (std::size_t k = 0; k < m; ++k)
                    s.sinc[type[block + k]] += x[k];
            }
        },
        mergeSamples, m_progress);
    // Pairs: |dr_+| and |dr_-| from the kept displacements, in blocks for the SIMD sinc.
    const auto& pairs = origin.pairs;
    const auto& pairType = origin.pairTypes;
    const double halfQ = q * 0.5;
    const SampleSums pairSums = reduceInChunks(
        pairs.size(), kAtomChunk, zero,
        [&](std::size_t begin, std::size_t end, SampleSums& s) {
            double plus[kSincBlock], minus[kSincBlock];
            for (std::size_t block = begin; block < end; block += kSincBlock) {
                const std::size_t m = std::min(kSincBlock, end - block);
                for (std::size_t k = 0; k < m; ++k) {
                    const auto [i, j] = pairs[block + k];
                    const double px = d.x[i] + d.x[j], py = d.y[i] + d.y[j], pz = d.z[i] + d.z[j];
                    const double mx = d.x[i] - d.x[j], my = d.y[i] - d.y[j], mz = d.z[i] - d.z[j];
                    plus[k] = halfQ * std::sqrt(px * px + py * py + pz * pz);
                    minus[k] = halfQ * std::sqrt(mx * mx + my * my + mz * mz);
                }
                sincInPlace(plus, m);
                sincInPlace(minus, m);
                for (std::size_t k = 0; k < m; ++k) {
                    const int tp = pairType[block + k];
                    s.pairCount[tp] += 1.0;
                    s.plus[tp] += plus[k];
                    s.minus[tp] += minus[k];
                }
            }
        },
        mergeSamples, m_progress);
    mergeSamples(atoms, pairSums);

    LagSums& lag = m_sums.byLag[timestep - origin.timestep];
    if (lag.empty())
        lag.resize(m_layout.size());
    const double atomsAll = sum(atoms.atomCount);
    lag[m_layout.selfScattering()].add(sum(atoms.sinc) / atomsAll);
    lag[m_layout.squaredDisplacement()].add(sum(atoms.r2) / atomsAll);
    lag[m_layout.quarticDisplacement()].add(sum(atoms.r4) / atomsAll);
    for (int t = 0; t < types.count(); ++t) {
        const double n = atoms.atomCount[t];
        if (n == 0)
            continue;
        lag[m_layout.selfScattering(t)].add(atoms.sinc[t] / n);
        lag[m_layout.squaredDisplacement(t)].add(atoms.r2[t] / n);
        lag[m_layout.quarticDisplacement(t)].add(atoms.r4[t] / n);
    }
    const double pairsAll = sum(atoms.pairCount);
    if (pairsAll > 0) {
        lag[m_layout.pairPlus()].add(sum(atoms.plus) / pairsAll);
        lag[m_layout.pairMinus()].add(sum(atoms.minus) / pairsAll);
    }
    for (int tp = 0; tp < types.pairCount(); ++tp) {
        const double n = atoms.pairCount[tp];
        if (n == 0)
            continue;
        lag[m_layout.pairPlus(tp)].add(atoms.plus[tp] / n);
        lag[m_layout.pairMinus(tp)].add(atoms.minus[tp] / n);
    }
}

SegmentSums SegmentCorrelator::finish() {
    m_origins.clear();
    return std::move(m_sums);
}

} // namespace tx::core
