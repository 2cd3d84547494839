#include "core/correlate/SegmentCorrelator.h"

#include "core/correlate/Channels.h"
#include "core/correlate/DisplacementRows.h"
#include "core/correlate/PairKernel.h"
#include "core/correlate/SincKernel.h"
#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/KeyGroups.h"
#include "core/model/ParallelReduce.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <tbb/parallel_for.h>
#include <tbb/task_group.h>

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
    std::int64_t firstLine; // of its frame, for messages
    Box box;
    std::vector<Eigen::Vector3d> positions;
    // Its nearest-neighbour pairs, found when its first batch is correlated, sorted by type
    // pair (in the order found within one) as two index arrays for the pair kernel's gathers:
    // type pair p holds pairs [runStart[p], runStart[p + 1]).
    bool pairsFound = false;
    std::vector<std::uint32_t> first, second;
    std::vector<std::size_t> runStart;
};

// A frame waiting for its batch: its unwrapped positions and how many origins it sees (the
// origins started at or before it).
struct SegmentCorrelator::PendingFrame {
    std::int64_t timestep;
    std::vector<Eigen::Vector3d> positions;
    std::size_t origins;
};

struct SegmentCorrelator::Worker {
    tbb::task_group group;
};

struct SegmentCorrelator::FrameState {
    std::int64_t timestep = 0;
    std::vector<std::int64_t> ids;
    std::vector<int> typeIndex;
    // The atoms grouped by type, so that every channel sums runs of one type.
    KeyGroups bySpecies;
    std::vector<Eigen::Vector3d> unwrapped;
    std::vector<Eigen::Vector3d> lastWrapped; // for jump unwrapping
    Box box;
    bool warnedJump = false;
};

namespace {

constexpr std::size_t kAtomChunk = 2048;
constexpr std::size_t kPairChunk = 4096;
constexpr std::size_t kSincBlock = 256; // values per call of the SIMD sinc
// A batch holds at most this many frames, and at most kBatchBytes of their positions.
constexpr std::size_t kBatchFrames = 16;
constexpr std::size_t kBatchBytes = std::size_t{32} << 20;

// Raw sums of one (origin, lag) sample: how many atoms of each type (pairs of each type
// pair), and each channel's contributions summed per type (type pair), [wave number][channel]
// [part]. Beyond the first wave number only the scattering channels have parts.
struct SampleSums {
    std::vector<double> atomCount, pairCount;
    std::vector<std::vector<std::vector<double>>> values;
    SampleSums(const TypeSet& types, std::size_t wavenumbers)
        : atomCount(types.count()), pairCount(types.pairCount()), values(wavenumbers) {
        for (std::size_t w = 0; w < wavenumbers; ++w)
            for (const Channel& c : channels())
                values[w].emplace_back(w == 0 || isScattering(c) ? partCount(c, types) : 0);
    }
};

void addInto(std::vector<double>& a, const std::vector<double>& b) {
    for (std::size_t k = 0; k < a.size(); ++k)
        a[k] += b[k];
}

void mergeSamples(SampleSums& total, const SampleSums& part) {
    addInto(total.atomCount, part.atomCount);
    addInto(total.pairCount, part.pairCount);
    for (std::size_t w = 0; w < total.values.size(); ++w)
        for (std::size_t c = 0; c < total.values[w].size(); ++c)
            addInto(total.values[w][c], part.values[w][c]);
}

// The sum of a block, as four interleaved sums (a fixed order, so the same on every run)
// rather than one add after another, each waiting for the last.
double blockSum(const double* values, std::size_t m) {
    double lane[4] = {0, 0, 0, 0};
    std::size_t k = 0;
    for (; k + 4 <= m; k += 4)
        for (std::size_t l = 0; l < 4; ++l)
            lane[l] += values[k + l];
    for (; k < m; ++k)
        lane[k % 4] += values[k];
    return (lane[0] + lane[1]) + (lane[2] + lane[3]);
}

// Adds each channel of one scope over a block of one type (type pair) `part`: `squares`
// holds the squared displacement lengths (atoms), or those of dr_+ and dr_- (pairs). Pair
// scattering channels are left to the fused pair kernel. Scattering channels are added at
// every wave number, the others once.
void addChannels(ChannelScope scope, const double* squares, const double* pairRelative,
                 std::size_t m, int part, std::span<const ChannelParameters> atQ, SampleSums& s) {
    double values[kSincBlock];
    for (std::size_t w = 0; w < atQ.size(); ++w)
        for (const Channel& c : channels()) {
            if (c.scope != scope || (scope == ChannelScope::Pair && isScattering(c)) ||
                (w > 0 && !isScattering(c)))
                continue;
            const double* source = c.vector == PairVector::Relative ? pairRelative : squares;
            std::copy(source, source + m, values);
            c.contribute(values, m, atQ[w]);
            s.values[w][indexOf(c.id)][std::size_t(part)] += blockSum(values, m);
        }
}

bool hasBlockwisePairChannels() {
    for (const Channel& c : channels())
        if (c.scope == ChannelScope::Pair && !isScattering(c))
            return true;
    return false;
}

// Pairs of one type pair, run: the fused kernel for the scattering channels, blocks of
// |dr_+|^2 and |dr_-|^2 for any other pair channel.
void addPairRun(const DisplacementView& d, const PairRun& run, int typePair,
                std::span<const ChannelParameters> atQ, SampleSums& s) {
    s.pairCount[typePair] += double(run.count);
    double qs[kMaxWavenumbers];
    PairScatteringSums sums[kMaxWavenumbers];
    for (std::size_t w = 0; w < atQ.size(); ++w)
        qs[w] = atQ[w].q;
    pairScatteringSums(d, run, qs, atQ.size(), sums);
    for (std::size_t w = 0; w < atQ.size(); ++w)
        for (const Channel& c : channels())
            if (c.scope == ChannelScope::Pair && isScattering(c))
                s.values[w][indexOf(c.id)][typePair] +=
                    c.vector == PairVector::Relative ? sums[w].relative : sums[w].centreOfMass;
    static const bool blockwise = hasBlockwisePairChannels();
    if (!blockwise)
        return;
    double plus[kSincBlock], minus[kSincBlock];
    for (std::size_t block = 0; block < run.count; block += kSincBlock) {
        const std::size_t m = std::min(kSincBlock, run.count - block);
        for (std::size_t k = 0; k < m; ++k) {
            const double* ri = d.xyzw + 4 * std::size_t(run.first[block + k]);
            const double* rj = d.xyzw + 4 * std::size_t(run.second[block + k]);
            const double px = ri[0] + rj[0], py = ri[1] + rj[1], pz = ri[2] + rj[2];
            const double mx = ri[0] - rj[0], my = ri[1] - rj[1], mz = ri[2] - rj[2];
            // |dr_+-|^2 = |dr_i +- dr_j|^2 / 4 (the factor is exact in floating point)
            plus[k] = 0.25 * (px * px + py * py + pz * pz);
            minus[k] = 0.25 * (mx * mx + my * my + mz * mz);
        }
        addChannels(ChannelScope::Pair, plus, minus, m, typePair, atQ, s);
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
    : m_settings(settings), m_layout(types, settings.extraQ.size()),
      m_cutoffs(settings.cutoffsFor(types)), m_source(std::move(sourceName)), m_progress(progress) {
    if (settings.extraQ.size() + 1 > kMaxWavenumbers) // AnalysisParameters refuses more
        throw std::invalid_argument("SegmentCorrelator: too many wave numbers");
    m_sums.types = types;
    m_sums.extraQ = settings.extraQ;
    // The channel parameters at each wave number: the first q, then the extra ones.
    m_atQ.push_back({settings.q, settings.overlapLength});
    for (double q : settings.extraQ)
        m_atQ.push_back({q, settings.overlapLength});
}

SegmentCorrelator::~SegmentCorrelator() {
    // A batch may still run when an error (a reader's, a cancellation) ends the segment
    // early: it reads this object, so it must end first. What it threw no longer matters.
    if (m_worker) {
        m_worker->group.cancel();
        try {
            m_worker->group.wait();
        } catch (...) {
        }
    }
}

void SegmentCorrelator::checkSameAtoms(const Frame& frame) const {
    if (frame.ids.size() != m_current->ids.size())
        throw InputError(m_source, frame.firstLine,
                         say(sentence::kAtomCountChanged,
                             {std::to_string(frame.timestep), std::to_string(frame.ids.size()),
                              std::to_string(m_current->ids.size())}));
    if (frame.ids != m_current->ids)
        throw InputError(m_source, frame.firstLine,
                         say(sentence::kIdsChanged, {std::to_string(frame.timestep)}));
    if (frame.timestep <= m_current->timestep)
        throw InputError(m_source, frame.firstLine,
                         say(sentence::kTimestepOrder, {std::to_string(frame.timestep),
                                                        std::to_string(m_current->timestep)}));
    for (std::size_t a = 0; a < frame.types.size(); ++a)
        if (m_sums.types.indexOf(frame.types[a]) != m_current->typeIndex[a])
            throw InputError(m_source, frame.firstLine,
                             say(sentence::kTypeChanged,
                                 {std::to_string(frame.ids[a]), std::to_string(frame.timestep)}));
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
                                   ? say(sentence::kCheckOption, {std::string(format->option)})
                                   : std::string();
    m_sums.warnings.push_back(
        say(sentence::kJumpsHalfBox,
            {m_source, std::to_string(frame.firstLine), std::to_string(frame.ids[jumper]),
             std::to_string(frame.timestep), option}));
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
                    say(sentence::kMovedQuarterBox,
                        {m_source, std::to_string(frame.firstLine), std::to_string(frame.ids[a])}));
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
                                 say(sentence::kUnknownType, {std::to_string(frame.types[a])}));
            m_current->typeIndex[a] = idx;
        }
        m_sums.atomCount = frame.ids.size();
        const auto& type = m_current->typeIndex;
        m_current->bySpecies = groupByKey(type.size(), std::size_t(m_sums.types.count()),
                                          [&](std::size_t a) { return type[a]; });
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
    m_pending.push_back({frame.timestep, m_current->unwrapped, m_origins.size()});
    ++m_sums.frames;
    const std::size_t frameBytes = std::max<std::size_t>(1, frame.positions.size() * 24);
    if (m_pending.size() >= std::clamp<std::size_t>(kBatchBytes / frameBytes, 1, kBatchFrames))
        flush();
}

void SegmentCorrelator::startOrigin(const Frame& frame) {
    auto origin = std::make_unique<Origin>();
    origin->timestep = frame.timestep;
    origin->firstLine = frame.firstLine;
    origin->box = frame.box;
    origin->positions = m_current->unwrapped;
    ++m_sums.origins;
    m_origins.push_back(std::move(origin));
}

// A pool of displacement buffers, one per sample being correlated. Not one per thread: a
// thread that waits inside one sample's parallel loop may take up another sample meanwhile.
class SegmentCorrelator::DisplacementPool {
public:
    using Buffer = DisplacementRows;
    std::unique_ptr<Buffer> take(std::size_t atoms) {
        std::unique_ptr<Buffer> b;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                b = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        if (!b)
            b = std::make_unique<Buffer>();
        b->resize(atoms);
        return b;
    }
    void giveBack(std::unique_ptr<Buffer> b) {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(b));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Buffer>> m_free;
};

struct SegmentCorrelator::Sample {
    SampleSums sums;
};

// A batch of frames being correlated on other threads while the next frames are read: the
// origins each frame sees, the origins whose pairs it finds, and what it gives.
struct SegmentCorrelator::Batch {
    struct Task {
        std::size_t frame, origin;
    };
    std::vector<PendingFrame> frames;
    std::vector<Origin*> origins; // every origin started so far; frame f sees a prefix
    std::vector<Origin*> fresh;   // those whose pairs this batch finds
    std::vector<std::optional<std::string>> failed; // per fresh origin
    std::vector<Task> tasks;
    std::vector<std::optional<Sample>> samples; // per task
};

// Hands the pending frames to a batch that runs while the next frames are read (their
// parsing would otherwise leave the other cores idle), after taking in the previous one.
void SegmentCorrelator::flush() {
    takeBatch();
    if (m_pending.empty())
        return;
    auto batch = std::make_unique<Batch>();
    batch->frames = std::move(m_pending);
    m_pending.clear();
    for (const auto& o : m_origins) {
        batch->origins.push_back(o.get());
        if (!o->pairsFound)
            batch->fresh.push_back(o.get());
    }
    batch->failed.resize(batch->fresh.size());
    for (std::size_t f = 0; f < batch->frames.size(); ++f)
        for (std::size_t o = 0; o < batch->frames[f].origins; ++o)
            batch->tasks.push_back({f, o});
    batch->samples.resize(batch->tasks.size());
    if (!m_buffers)
        m_buffers = std::make_unique<DisplacementPool>();
    if (!m_worker)
        m_worker = std::make_unique<Worker>();
    m_inFlight = std::move(batch);
    m_worker->group.run([this, &b = *m_inFlight] { correlateBatch(b); });
}

// Every sample of a batch: the neighbour pairs of its new origins, then each (frame, origin)
// in parallel, each one's atoms and pairs in chunks of a fixed size. Neither the chunks nor
// the order in which takeBatch adds the samples depend on the thread count, so neither do
// the sums, to the last bit.
void SegmentCorrelator::correlateBatch(Batch& b) const {
    tbb::parallel_for(std::size_t{0}, b.fresh.size(), [&](std::size_t k) {
        Origin& o = *b.fresh[k];
        try {
            const auto pairs =
                findNeighbourPairs(o.box, o.positions, m_current->typeIndex, m_cutoffs,
                                   PairOrder::AsFound); // sorted by type pair below
            sortPairsByTypePair(pairs, m_current->typeIndex, m_sums.types, o.first, o.second,
                                o.runStart);
            o.pairsFound = true;
        } catch (const std::invalid_argument& e) {
            b.failed[k] = e.what();
        }
    });
    for (const auto& failed : b.failed)
        if (failed)
            return; // takeBatch reports it
    tbb::parallel_for(std::size_t{0}, b.tasks.size(), [&](std::size_t k) {
        if (m_progress && m_progress->isCancelled())
            return;
        b.samples[k] =
            correlate(*b.origins[b.tasks[k].origin], b.frames[b.tasks[k].frame], *m_buffers);
    });
}

// Waits for the batch in flight and adds its samples in (frame, origin) order.
void SegmentCorrelator::takeBatch() {
    if (!m_inFlight)
        return;
    m_worker->group.wait(); // rethrows what a task threw
    const auto batch = std::move(m_inFlight);
    for (std::size_t k = 0; k < batch->fresh.size(); ++k) {
        if (batch->failed[k])
            throw InputError(m_source, batch->fresh[k]->firstLine, *batch->failed[k]);
        m_sums.pairsOverOrigins += static_cast<std::int64_t>(batch->fresh[k]->first.size());
    }
    if (m_progress)
        m_progress->throwIfCancelled();
    for (std::size_t k = 0; k < batch->tasks.size(); ++k)
        addSample(*batch->origins[batch->tasks[k].origin],
                  batch->frames[batch->tasks[k].frame].timestep, *batch->samples[k]);
}

SegmentCorrelator::Sample SegmentCorrelator::correlate(const Origin& origin,
                                                       const PendingFrame& frame,
                                                       DisplacementPool& buffers) const {
    const auto& r = frame.positions;
    const auto& r0 = origin.positions;
    const std::span<const ChannelParameters> parameters = m_atQ;
    const SampleSums zero(m_sums.types, parameters.size());
    auto buffer = buffers.take(r.size());
    DisplacementPool::Buffer& d = *buffer;

    // Atoms, in type order: displacements since the origin (kept, as rows, for the pairs),
    // and blocks of squared lengths of one type handed to every atom channel.
    const auto& order = m_current->bySpecies.order;
    const auto& typeStart = m_current->bySpecies.start;
    SampleSums atoms = reduceInChunks(
        r.size(), kAtomChunk, zero,
        [&](std::size_t begin, std::size_t end, SampleSums& s) {
            double d2[kSincBlock];
            for (std::size_t t = 0; t + 1 < typeStart.size(); ++t) {
                const std::size_t from = std::max(begin, typeStart[t]);
                const std::size_t to = std::min(end, typeStart[t + 1]);
                for (std::size_t block = from; block < to; block += kSincBlock) {
                    const std::size_t m = std::min(kSincBlock, to - block);
                    for (std::size_t k = 0; k < m; ++k) {
                        const std::size_t a = order[block + k];
                        double* row = d.row(a); // its fourth value stays 0
                        row[0] = r[a].x() - r0[a].x();
                        row[1] = r[a].y() - r0[a].y();
                        row[2] = r[a].z() - r0[a].z();
                        d2[k] = row[0] * row[0] + row[1] * row[1] + row[2] * row[2];
                    }
                    s.atomCount[t] += double(m);
                    addChannels(ChannelScope::Atom, d2, d2, m, int(t), parameters, s);
                }
            }
        },
        mergeSamples, m_progress);
    // Pairs, in chunks cut into runs of one type pair for the fused kernel.
    const DisplacementView view = d.view();
    const SampleSums pairSums = reduceInChunks(
        origin.first.size(), kPairChunk, zero,
        [&](std::size_t begin, std::size_t end, SampleSums& s) {
            for (std::size_t p = 0; p + 1 < origin.runStart.size(); ++p) {
                const std::size_t from = std::max(begin, origin.runStart[p]);
                const std::size_t to = std::min(end, origin.runStart[p + 1]);
                if (from < to)
                    addPairRun(view,
                               {origin.first.data() + from, origin.second.data() + from, to - from},
                               int(p), parameters, s);
            }
        },
        mergeSamples, m_progress);
    buffers.giveBack(std::move(buffer));
    mergeSamples(atoms, pairSums);
    return Sample{std::move(atoms)};
}

void SegmentCorrelator::addSample(const Origin& origin, std::int64_t timestep,
                                  const Sample& sample) {
    // Each origin's mean per channel, over all atoms (pairs) and per type (type pair).
    const SampleSums& s = sample.sums;
    LagSums& lag = m_sums.byLag[timestep - origin.timestep];
    if (lag.empty())
        lag.resize(m_layout.size());
    for (std::size_t w = 0; w < s.values.size(); ++w)
        for (const Channel& c : channels()) {
            if (w > 0 && !isScattering(c))
                continue;
            const std::vector<double>& count =
                c.scope == ChannelScope::Atom ? s.atomCount : s.pairCount;
            const std::vector<double>& values = s.values[w][indexOf(c.id)];
            const double all = sum(count);
            if (all > 0)
                lag[m_layout.index(c.id, -1, w)].add(sum(values) / all);
            for (std::size_t part = 0; part < count.size(); ++part)
                if (count[part] > 0)
                    lag[m_layout.index(c.id, int(part), w)].add(values[part] / count[part]);
        }
}

SegmentSums SegmentCorrelator::finish() {
    flush();
    takeBatch();
    m_origins.clear();
    return std::move(m_sums);
}

} // namespace tx::core
