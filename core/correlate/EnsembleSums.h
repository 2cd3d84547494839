#pragma once
// Reads every trajectory of an ensemble once, in parallel, and keeps the correlator sums per
// (temperature, replica, segment). Memory holds the sums and the origin frames of the
// segments in flight, never whole trajectories.
#include "core/correlate/SegmentCorrelator.h"
#include "core/io/FrameSource.h"
#include "core/io/InputError.h"
#include "core/model/EnsembleLayout.h"
#include "core/model/Progress.h"

#include <functional>
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
    Units units;                       // what the files say (all that say anything agree)
    std::string unitsFile;             // the first file that said it, for messages

    // Atoms per configuration when every segment has the same number, else 0.
    std::size_t commonAtomCount() const;
};

// One trajectory file of an ensemble and where its segments belong.
struct TrajectoryJob {
    std::size_t temperature = 0, replica = 0;
    std::string file;
    std::optional<std::int64_t> segmentSteps; // a long trajectory cut into segments
    std::uint64_t bytes = 0;                  // file size: progress and load balance
};

// What one job gave: its segments, or the reader's error.
struct JobOutcome {
    std::vector<SegmentSums> segments;
    std::optional<InputError> error;
};

// Every trajectory file of the layout, in layout order. Throws InputError for a missing file.
std::vector<TrajectoryJob> trajectoryJobs(const EnsembleLayout& layout);
// Species from the first file that has a frame (passing over unreadable files when asked).
TypeSet speciesOfJobs(const std::vector<TrajectoryJob>& jobs, const ReaderOptions& readerOptions,
                      bool skipBadFiles);
// Correlates the jobs whose entry in `selected` is true, in parallel; the others stay empty.
// A reader's error is kept in the outcome, never thrown.
std::vector<JobOutcome> correlateJobs(const std::vector<TrajectoryJob>& jobs,
                                      const std::vector<bool>& selected, const TypeSet& types,
                                      const CorrelatorSettings& settings,
                                      const ReaderOptions& readerOptions, Progress* progress);
// The sums in layout order, whatever order the outcomes were computed in. Without
// skipBadFiles, the first error in layout order is thrown. Files that say different units
// are an InputError naming both, with or without skipBadFiles: such an ensemble is refused.
EnsembleSums assembleEnsembleSums(const EnsembleLayout& layout,
                                  const std::vector<TrajectoryJob>& jobs, TypeSet types,
                                  std::vector<JobOutcome> outcomes, bool skipBadFiles);

// The three steps above for every job. Progress counts bytes of trajectory read. Throws InputError
// (file and line) or Cancelled. With skipBadFiles a file that fails is left out and listed in
// badFiles instead (the GUI shows them); a replica or temperature left without segments is dropped.
//
// With onTemperature, each temperature's sums (as the result will hold them) are handed to
// it on the calling thread as soon as the last of its files is correlated, while the other
// files go on (the workbench draws each temperature as it comes). An exception from it
// stops the run and is rethrown.
using TemperatureDone = std::function<void(const TemperatureSums&)>;
EnsembleSums computeEnsembleSums(const EnsembleLayout& layout, const CorrelatorSettings& settings,
                                 const ReaderOptions& readerOptions = {},
                                 Progress* progress = nullptr, bool skipBadFiles = false,
                                 const TemperatureDone& onTemperature = {});

// All segments of one trajectory file: one segment, or cut every segmentSteps timesteps.
std::vector<SegmentSums> correlateTrajectory(FrameSource& source, const TypeSet& types,
                                             const CorrelatorSettings& settings,
                                             std::optional<std::int64_t> segmentSteps,
                                             Progress* progress = nullptr);

} // namespace tx::core
