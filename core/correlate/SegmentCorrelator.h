#pragma once
// Streams the frames of one segment and accumulates, for every (time origin, later frame),
// the atom-averaged F_s, MSD and <dr^4>, and the pair-averaged F_+ and F_- over the
// nearest-neighbour pairs defined at that origin (science §2). Only the origin frames are kept.
#include "core/correlate/CorrelatorSums.h"
#include "core/correlate/NeighbourPairs.h"
#include "core/model/Frame.h"
#include "core/model/Progress.h"

#include <map>
#include <memory>
#include <utility>

namespace tx::core {

struct CorrelatorSettings {
    double q = 7.25;            // wave number of the isotropic SISF
    std::vector<double> extraQ; // more wave numbers in the same pass (the dispersion)
    double cutoff = 1.4;        // r_c for every type pair ...
    std::map<std::pair<int, int>, double> typePairCutoffs; // ... unless set here (LAMMPS types)
    std::int64_t originEverySteps = 0; // extra origins inside a segment; 0: its first frame only
    double overlapLength = 0.3;        // a of the overlap Q(t) = <Theta(a - |dr_i|)>

    PairCutoffs cutoffsFor(const TypeSet& types) const;
};

class SegmentCorrelator {
public:
    SegmentCorrelator(const CorrelatorSettings& settings, const TypeSet& types,
                      std::string sourceName, const Progress* progress = nullptr);
    ~SegmentCorrelator();
    // Frames must come in increasing timestep order with the same atoms (ids and types).
    // They are correlated in batches (see flush), so an error in the correlation itself may
    // come from a later addFrame or from finish().
    void addFrame(const Frame& frame);
    SegmentSums finish();

private:
    struct Origin;
    struct FrameState;
    struct PendingFrame;
    struct Sample;
    struct Batch;
    class DisplacementPool;
    void startOrigin(const Frame& frame);
    void flush();
    void correlateBatch(Batch& batch) const;
    void takeBatch();
    Sample correlate(const Origin& origin, const PendingFrame& frame,
                     DisplacementPool& buffers) const;
    void addSample(const Origin& origin, std::int64_t timestep, const Sample& sample);
    void checkSameAtoms(const Frame& frame) const;
    void unwrap(const Frame& frame);
    void warnIfWrapped(const Frame& frame);

    CorrelatorSettings m_settings;
    std::vector<ChannelParameters> m_atQ; // at the first q, then at each of settings.extraQ
    ChannelLayout m_layout;
    PairCutoffs m_cutoffs;
    std::string m_source;
    const Progress* m_progress;
    std::vector<std::unique_ptr<Origin>> m_origins;
    std::unique_ptr<FrameState> m_current;
    // Frames read but not yet correlated: a batch of (origin, frame) samples is correlated
    // in parallel, so that small systems, whose samples are too small to split, still keep
    // every core busy.
    std::vector<PendingFrame> m_pending;
    struct Worker; // the task group that correlates a batch while frames are read
    std::unique_ptr<Batch> m_inFlight;
    std::unique_ptr<Worker> m_worker;
    std::unique_ptr<DisplacementPool> m_buffers;
    SegmentSums m_sums;
};

// Isotropic average of exp(iq.dr) over directions: sin(x)/x, x = q|dr|.
double sincOf(double x);

} // namespace tx::core
