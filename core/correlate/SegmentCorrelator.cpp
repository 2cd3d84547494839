#include "core/correlate/SegmentCorrelator.h"

#include "core/correlate/Channels.h"
#include "core/correlate/SincKernel.h"
#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
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

// Raw sums of one (origin, lag) sample: how many atoms of each type (pairs of each type
// pair), and each channel's contributions summed per type (type pair), [channel][part].
struct SampleSums {
    std::vector<double> atomCount, pairCount;
    std::vector<std::vector<double>> values;
    explicit SampleSums(const TypeSet& types)
        : atomCount(types.count()), pairCount(types.pairCount()) {
        for (const Channel& c : channels())
            values.emplace_back(partCount(c, types));
    }
};

void addInto(std::vector<double>& a, const std::vector<double>& b) {
    for (std::size_t k = 0; k < a.size(); ++k)
        a[k] += b[k];
}

void mergeSamples(SampleSums& total, const SampleSums& part) {
    addInto(total.atomCount, part.atomCount);
    addInto(total.pairCount, part.pairCount);
    for (std::size_t c = 0; c < total.values.size(); ++c)
        addInto(total.values[c], part.values[c]);
}

// Adds each channel of one scope over a block: `squares` holds the squared displacement
// lengths (atoms), or those of dr_+ and dr_- (pairs); part[k] is the type (pair) index.
void addChannels(ChannelScope scope, const double* squares, const double* pairRelative,
                 std::size_t m, const int* part, const ChannelParameters& parameters,
                 SampleSums& s) {
    double values[kSincBlock];
    for (const Channel& c : channels()) {
        if (c.scope != scope)
            continue;
        const double* source = c.vector == PairVector::Relative ? pairRelative : squares;
        std::copy(source, source + m, values);
        c.contribute(values, m, parameters);
        std::vector<double>& into = s.values[indexOf(c.id)];
        for (std::size_t k = 0; k < m; ++k)
            into[part[k]] += values[k];
    }
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

// Positions declared unwrapped that all lie inside the box while an atom jumps by more than
// half the box since the last frame are almost certainly wrapped ones (an extended XYZ read
// without --xyz-wrapped, a wrapped DCD read with --dcd-unwrapped): the MSD would come out many
// times too large. A jump alone is no sign (log-spaced frames of a hot liquid move atoms that
// far), but truly unwrapped atoms that have moved so far have left the box. Said once per
// segment, naming the option that changes how the format is read.
void SegmentCorrelator::warnIfWrapped(const Frame& frame) {
    FrameState& s = *m_current;
    if (s.warnedJump || s.unwrapped.size() != frame.positions.size())
        return;
    // The cheap test first, on every frame: a jump of more than half the box. Only then
    // whether every position lies inside the box (a fractional transform per atom).
    const Eigen::Vector3d half = 0.5 * frame.box.perpendicularWidths();
    std::size_t jumper = frame.positions.size();
    for (std::size_t a = 0; a < frame.positions.size() && jumper == frame.positions.size(); ++a)
        if (((frame.positions[a] - s.unwrapped[a]).array().abs() > half.array()).any())
            jumper = a;
    if (jumper == frame.positions.size())
        return;
    for (const Eigen::Vector3d& r : frame.positions) {
        const Eigen::Vector3d f = frame.box.toFractional(r);
        if ((f.array() < -1e-9).any() || (f.array() > 1 + 1e-9).any())
            return; // an atom outside the box: the positions are not wrapped
    }
    s.warnedJump = true;
    const TrajectoryFormat* format = formatOfFileName(m_source);
    const std::string option = format && !format->option.empty()
                                   ? "; check " + std::string(format->option)
                                   : std::string();
    m_sums.warnings.push_back(
        m_source + ":" + std::to_string(frame.firstLine) + ": atom id " +
        std::to_string(frame.ids[jumper]) + " jumps by more than half the box at timestep " +
        std::to_string(frame.timestep) +
        " in positions read as unwrapped: they are probably wrapped, and the MSD and every "
        "correlator would be wrong" +
        option);
}

void SegmentCorrelator::unwrap(const Frame& frame) {
    FrameState& s = *m_current;
    if (frame.kind == CoordinateKind::Unwrapped) {
        warnIfWrapped(frame);
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
    const ChannelParameters parameters{m_settings.q, m_settings.overlapLength};
    const SampleSums zero(types);
    Displacements& d = m_displacements;
    d.resize(r.size());

    // Atoms: displacements since the origin (kept, in SoA, for the pairs), and blocks of
    // squared lengths handed to every atom channel.
    SampleSums atoms = reduceInChunks(
        r.size(), kAtomChunk, zero,
        [&](std::size_t begin, std::size_t end, SampleSums& s) {
            double d2[kSincBlock];
            for (std::size_t block = begin; block < end; block += kSincBlock) {
                const std::size_t m = std::min(kSincBlock, end - block);
                for (std::size_t k = 0; k < m; ++k) {
                    const std::size_t a = block + k;
                    d.x[a] = r[a].x() - r0[a].x();
                    d.y[a] = r[a].y() - r0[a].y();
                    d.z[a] = r[a].z() - r0[a].z();
                    d2[k] = d.x[a] * d.x[a] + d.y[a] * d.y[a] + d.z[a] * d.z[a];
                    s.atomCount[type[a]] += 1.0;
                }
                addChannels(ChannelScope::Atom, d2, d2, m, type.data() + block, parameters, s);
            }
        },
        mergeSamples, m_progress);
    // Pairs: |dr_+|^2 and |dr_-|^2 from the kept displacements, in blocks for the channels.
    const auto& pairs = origin.pairs;
    const auto& pairType = origin.pairTypes;
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
                    // |dr_+-|^2 = |dr_i +- dr_j|^2 / 4 (the factor is exact in floating point)
                    plus[k] = 0.25 * (px * px + py * py + pz * pz);
                    minus[k] = 0.25 * (mx * mx + my * my + mz * mz);
                    s.pairCount[pairType[block + k]] += 1.0;
                }
                addChannels(ChannelScope::Pair, plus, minus, m, pairType.data() + block, parameters,
                            s);
            }
        },
        mergeSamples, m_progress);
    mergeSamples(atoms, pairSums);

    // Each origin's mean per channel, over all atoms (pairs) and per type (type pair).
    LagSums& lag = m_sums.byLag[timestep - origin.timestep];
    if (lag.empty())
        lag.resize(m_layout.size());
    for (const Channel& c : channels()) {
        const std::vector<double>& count =
            c.scope == ChannelScope::Atom ? atoms.atomCount : atoms.pairCount;
        const std::vector<double>& values = atoms.values[indexOf(c.id)];
        const double all = sum(count);
        if (all > 0)
            lag[m_layout.index(c.id)].add(sum(values) / all);
        for (std::size_t part = 0; part < count.size(); ++part)
            if (count[part] > 0)
                lag[m_layout.index(c.id, int(part))].add(values[part] / count[part]);
    }
}

SegmentSums SegmentCorrelator::finish() {
    m_origins.clear();
    return std::move(m_sums);
}

} // namespace tx::core
