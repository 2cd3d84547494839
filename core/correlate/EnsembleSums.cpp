#include "core/correlate/EnsembleSums.h"

#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/Sentences.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <tbb/global_control.h>
#include <tbb/task_group.h>
#include <thread>

namespace tx::core {

std::size_t EnsembleSums::commonAtomCount() const {
    std::size_t n = 0;
    for (const auto& t : temperatures)
        for (const auto& r : t.replicas)
            for (const auto& s : r.segments) {
                if (n != 0 && s.atomCount != n)
                    return 0;
                n = s.atomCount;
            }
    return n;
}

std::vector<SegmentSums> correlateTrajectory(FrameSource& source, const TypeSet& types,
                                             const CorrelatorSettings& settings,
                                             std::optional<std::int64_t> segmentSteps,
                                             Progress* progress) {
    std::vector<SegmentSums> out;
    std::unique_ptr<SegmentCorrelator> current;
    std::int64_t segmentStart = 0;
    std::uint64_t bytesBefore = source.bytesRead();
    Frame frame;
    while (source.next(frame)) {
        if (progress) {
            progress->throwIfCancelled();
            progress->advance(static_cast<std::int64_t>(source.bytesRead() - bytesBefore));
            bytesBefore = source.bytesRead();
        }
        // The timestep's distance from the segment's start, compared without the overflow
        // that start + steps would have for a huge segment_steps (a manifest's number).
        if (segmentSteps && current && frame.timestep >= segmentStart &&
            std::uint64_t(frame.timestep) - std::uint64_t(segmentStart) >=
                std::uint64_t(*segmentSteps)) {
            out.push_back(current->finish());
            current.reset();
        }
        if (!current) {
            current = std::make_unique<SegmentCorrelator>(settings, types, source.name(), progress);
            segmentStart = frame.timestep;
        }
        current->addFrame(frame);
    }
    if (current)
        out.push_back(current->finish());
    if (out.empty())
        throw InputError(source.name(), 0, say(sentence::kNoFrame));
    const TrajectoryMetadata& metadata = source.metadata();
    for (SegmentSums& s : out)
        s.units = metadata.units;
    out.front().warnings.insert(out.front().warnings.begin(), metadata.warnings.begin(),
                                metadata.warnings.end());
    return out;
}

std::vector<TrajectoryJob> trajectoryJobs(const EnsembleLayout& layout) {
    std::vector<TrajectoryJob> jobs;
    for (std::size_t t = 0; t < layout.temperatures.size(); ++t)
        for (std::size_t r = 0; r < layout.temperatures[t].replicas.size(); ++r) {
            const ReplicaFiles& rep = layout.temperatures[t].replicas[r];
            if (!rep.longTrajectory.empty())
                jobs.push_back({t, r, rep.longTrajectory, rep.segmentSteps, 0});
            for (const auto& f : rep.segmentFiles)
                jobs.push_back({t, r, f, std::nullopt, 0});
        }
    for (TrajectoryJob& j : jobs) {
        std::error_code ec;
        j.bytes = std::filesystem::file_size(j.file, ec);
        if (ec)
            throw InputError(j.file, 0, say(sentence::kCannotRead, {ec.message()}));
    }
    return jobs;
}

TypeSet speciesOfJobs(const std::vector<TrajectoryJob>& jobs, const ReaderOptions& readerOptions,
                      bool skipBadFiles) {
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        try {
            return TypeSet::fromTypes(readFirstFrame(jobs[k].file, readerOptions).types);
        } catch (const InputError&) {
            if (!skipBadFiles || k + 1 == jobs.size())
                throw;
        }
    }
    return {};
}

namespace {

// correlateJobs into outcomes (sized to jobs), calling onJobDone(k) from the worker that
// finished job k.
void correlateInto(const std::vector<TrajectoryJob>& jobs, const std::vector<bool>& selected,
                   const TypeSet& types, const CorrelatorSettings& settings,
                   const ReaderOptions& readerOptions, Progress* progress,
                   std::vector<JobOutcome>& outcomes,
                   const std::function<void(std::size_t)>& onJobDone) {
    if (progress) {
        std::uint64_t total = 0;
        for (std::size_t k = 0; k < jobs.size(); ++k)
            total += selected[k] ? jobs[k].bytes : 0;
        progress->addToTotal(static_cast<std::int64_t>(total));
    }
    auto run = [&](std::size_t k) {
        if (!selected[k])
            return;
        try {
            auto source = openTrajectory(jobs[k].file, readerOptions);
            outcomes[k].segments =
                correlateTrajectory(*source, types, settings, jobs[k].segmentSteps, progress);
        } catch (const InputError& e) {
            outcomes[k].error = e;
        }
        if (onJobDone)
            onJobDone(k);
    };
    // The files are taken in layout order by whichever worker is free (not split in halves
    // as parallel_for would): the temperatures finish one after another, so the workbench
    // draws its first temperature after a few files rather than after half of them. Each
    // file's sums are its own, so the results do not depend on who took which.
    std::atomic<std::size_t> next{0};
    const auto workers = std::min<std::size_t>(
        jobs.size(),
        tbb::global_control::active_value(tbb::global_control::max_allowed_parallelism));
    tbb::task_group group;
    for (std::size_t w = 0; w < workers; ++w)
        group.run([&] {
            for (std::size_t k = next++; k < jobs.size(); k = next++)
                run(k);
        });
    group.wait();
    if (progress)
        progress->throwIfCancelled();
}

// A copy of one temperature's sums from its finished jobs, as assembleEnsembleSums will
// hold them: replicas in layout order, segments in job order, failed files and empty
// replicas left out.
TemperatureSums temperatureSumsOf(const EnsembleLayout& layout,
                                  const std::vector<TrajectoryJob>& jobs,
                                  const std::vector<JobOutcome>& outcomes, std::size_t t) {
    const TemperatureFiles& files = layout.temperatures[t];
    TemperatureSums ts{files.temperature, files.label, {}};
    for (const auto& rep : files.replicas)
        ts.replicas.push_back({rep.label, {}});
    for (std::size_t k = 0; k < jobs.size(); ++k)
        if (jobs[k].temperature == t)
            for (const SegmentSums& s : outcomes[k].segments)
                ts.replicas[jobs[k].replica].segments.push_back(s);
    std::erase_if(ts.replicas, [](const ReplicaSums& r) { return r.segments.empty(); });
    return ts;
}

} // namespace

std::vector<JobOutcome> correlateJobs(const std::vector<TrajectoryJob>& jobs,
                                      const std::vector<bool>& selected, const TypeSet& types,
                                      const CorrelatorSettings& settings,
                                      const ReaderOptions& readerOptions, Progress* progress) {
    std::vector<JobOutcome> outcomes(jobs.size());
    correlateInto(jobs, selected, types, settings, readerOptions, progress, outcomes, {});
    return outcomes;
}

EnsembleSums assembleEnsembleSums(const EnsembleLayout& layout,
                                  const std::vector<TrajectoryJob>& jobs, TypeSet types,
                                  std::vector<JobOutcome> outcomes, bool skipBadFiles) {
    EnsembleSums out;
    out.types = std::move(types);
    for (std::size_t k = 0; k < jobs.size(); ++k)
        if (const auto& e = outcomes[k].error) {
            if (!skipBadFiles)
                throw *e;
            out.badFiles.push_back(FileProblem{jobs[k].file, e->what()});
        }
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        if (outcomes[k].segments.empty())
            continue;
        const Units& said = outcomes[k].segments.front().units;
        if (said.empty())
            continue;
        if (!mergeUnits(out.units, said))
            throw InputError(jobs[k].file, 0,
                             say(sentence::kUnitsDiffer,
                                 {describeUnits(said), out.unitsFile, describeUnits(out.units)}));
        if (out.unitsFile.empty())
            out.unitsFile = jobs[k].file;
    }
    // Assemble in job order so that the layout, not the schedule, fixes every order.
    for (const auto& tf : layout.temperatures) {
        TemperatureSums ts{tf.temperature, tf.label, {}};
        for (const auto& rep : tf.replicas)
            ts.replicas.push_back({rep.label, {}});
        out.temperatures.push_back(std::move(ts));
    }
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        auto& segments = out.temperatures[jobs[k].temperature].replicas[jobs[k].replica].segments;
        for (auto& s : outcomes[k].segments) {
            out.warnings.insert(out.warnings.end(), s.warnings.begin(), s.warnings.end());
            segments.push_back(std::move(s));
        }
    }
    // Bad files can leave replicas or temperatures empty.
    for (auto& t : out.temperatures)
        std::erase_if(t.replicas, [](const ReplicaSums& r) { return r.segments.empty(); });
    std::erase_if(out.temperatures, [](const TemperatureSums& t) { return t.replicas.empty(); });
    if (out.temperatures.empty())
        throw InputError(layout.root, 0, say(sentence::kNoFileReadable));
    return out;
}

EnsembleSums computeEnsembleSums(const EnsembleLayout& layout, const CorrelatorSettings& settings,
                                 const ReaderOptions& readerOptions, Progress* progress,
                                 bool skipBadFiles, const TemperatureDone& onTemperature) {
    const auto jobs = trajectoryJobs(layout);
    TypeSet types = speciesOfJobs(jobs, readerOptions, skipBadFiles);
    const std::vector<bool> all(jobs.size(), true);
    std::vector<JobOutcome> outcomes(jobs.size());
    if (!onTemperature) {
        correlateInto(jobs, all, types, settings, readerOptions, progress, outcomes, {});
        return assembleEnsembleSums(layout, jobs, std::move(types), std::move(outcomes),
                                    skipBadFiles);
    }
    // The files are correlated on a worker thread (all of them in parallel, as above); this
    // thread hands each temperature to onTemperature as its last file finishes.
    const std::size_t count = layout.temperatures.size();
    std::unique_ptr<std::atomic<std::size_t>[]> filesLeft(new std::atomic<std::size_t>[count]);
    for (std::size_t t = 0; t < count; ++t)
        filesLeft[t] = 0;
    for (const TrajectoryJob& j : jobs)
        ++filesLeft[j.temperature];
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::size_t> finished; // temperatures whose files are all done
    bool workerDone = false;
    std::exception_ptr workerFailure;
    std::jthread worker([&] {
        try {
            correlateInto(jobs, all, types, settings, readerOptions, progress, outcomes,
                          [&](std::size_t k) {
                              if (filesLeft[jobs[k].temperature].fetch_sub(1) != 1)
                                  return;
                              const std::lock_guard lock(mutex);
                              finished.push_back(jobs[k].temperature);
                              changed.notify_one();
                          });
        } catch (...) {
            workerFailure = std::current_exception();
        }
        const std::lock_guard lock(mutex);
        workerDone = true;
        changed.notify_one();
    });
    try {
        for (;;) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !finished.empty() || workerDone; });
            if (finished.empty())
                break;
            const std::size_t t = finished.front();
            finished.pop_front();
            lock.unlock();
            if (progress && progress->isCancelled())
                continue; // the worker stops soon; nothing more to show
            TemperatureSums sums = temperatureSumsOf(layout, jobs, outcomes, t);
            if (!sums.replicas.empty())
                onTemperature(sums);
        }
    } catch (...) {
        if (progress)
            progress->cancel(); // the worker stops early; its error is not ours to report
        worker.join();
        throw;
    }
    worker.join();
    if (workerFailure)
        std::rethrow_exception(workerFailure);
    return assembleEnsembleSums(layout, jobs, std::move(types), std::move(outcomes), skipBadFiles);
}

} // namespace tx::core
