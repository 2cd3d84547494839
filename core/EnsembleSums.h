#pragma once
// Reads every trajectory of an ensemble once, in parallel, and keeps the correlator sums per
// (temperature, replica, segment). Memory holds the sums and the origin frames of the
// segments in flight, never whole trajectories.
#include "core/EnsembleLayout.h"
#include "core/FrameSource.h"
#include "core/Progress.h"
#include "core/SegmentCorrelator.h"

#include <string>
#include <vector>

namespace tx::core {

struct ReplicaSums {
    std::string label;
    std::vector<SegmentSums> segments;
};

struct TemperatureSums {
    double temperature = 0.0;
    std::string label;
    std::vector<ReplicaSums> replicas;
};

// A trajectory file that could not be used, with the reader's message (file and line).
struct FileProblem {
    std::string file;
    std::string message;
};

struct EnsembleSums {
    TypeSet types;
    std::vector<TemperatureSums> temperatures;
    std::vector<std::string> warnings;
    std::vector<FileProblem> badFiles; // only with skipBadFiles
};

// Progress counts bytes of trajectory read. Throws InputError (file and line) or Cancelled.
// With skipBadFiles a file that fails is left out and listed in badFiles instead (the GUI
// shows them); a replica or temperature left without segments is dropped.
EnsembleSums computeEnsembleSums(const EnsembleLayout& layout, const CorrelatorSettings& settings,
                                 const ReaderOptions& readerOptions = {},
                                 Progress* progress = nullptr, bool skipBadFiles = false);

// All segments of one trajectory file: one segment, or cut every segmentSteps timesteps.
std::vector<SegmentSums> correlateTrajectory(FrameSource& source, const TypeSet& types,
                                             const CorrelatorSettings& settings,
                                             std::optional<std::int64_t> segmentSteps,
                                             Progress* progress = nullptr);

} // namespace tx::core
