#include "core/EnsembleSums.h"

#include "core/InputError.h"

#include <filesystem>
#include <tbb/parallel_for.h>

namespace tx::core {

namespace {

struct Job {
    std::size_t temperature, replica;
    std::string file;
    bool longTrajectory;
    std::optional<std::int64_t> segmentSteps;
};

TypeSet typesOfFirstFrame(const std::string& file, const ReaderOptions& options) {
    auto source = openTrajectory(file, options);
    Frame frame;
    if (!source->next(frame))
        throw InputError(file, 0, "the file holds no frame");
    return TypeSet::fromTypes(frame.types);
}

} // namespace

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
        if (segmentSteps && current && frame.timestep >= segmentStart + *segmentSteps) {
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
        throw InputError(source.name(), 0, "the file holds no frame");
    return out;
}

EnsembleSums computeEnsembleSums(const EnsembleLayout& layout, const CorrelatorSettings& settings,
                                 const ReaderOptions& readerOptions, Progress* progress,
                                 bool skipBadFiles) {
    std::vector<Job> jobs;
    std::int64_t totalBytes = 0;
    for (std::size_t t = 0; t < layout.temperatures.size(); ++t)
        for (std::size_t r = 0; r < layout.temperatures[t].replicas.size(); ++r) {
            const ReplicaFiles& rep = layout.temperatures[t].replicas[r];
            if (!rep.longTrajectory.empty())
                jobs.push_back({t, r, rep.longTrajectory, true, rep.segmentSteps});
            for (const auto& f : rep.segmentFiles)
                jobs.push_back({t, r, f, false, std::nullopt});
        }
    for (const Job& j : jobs) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(j.file, ec);
        if (ec)
            throw InputError(j.file, 0, "cannot read: " + ec.message());
        totalBytes += static_cast<std::int64_t>(size);
    }
    if (progress)
        progress->addToTotal(totalBytes);

    EnsembleSums out;
    // Species from the first file that has a frame (all of them, unless bad files are skipped).
    for (std::size_t k = 0; k < jobs.size() && out.types.count() == 0; ++k) {
        try {
            out.types = typesOfFirstFrame(jobs[k].file, readerOptions);
        } catch (const InputError&) {
            if (!skipBadFiles || k + 1 == jobs.size())
                throw;
        }
    }
    std::vector<std::vector<SegmentSums>> results(jobs.size());
    std::vector<std::optional<FileProblem>> problems(jobs.size());
    tbb::parallel_for(std::size_t{0}, jobs.size(), [&](std::size_t k) {
        const Job& job = jobs[k];
        try {
            auto source = openTrajectory(job.file, readerOptions);
            results[k] =
                correlateTrajectory(*source, out.types, settings,
                                    job.longTrajectory ? job.segmentSteps : std::nullopt, progress);
        } catch (const InputError& e) {
            if (!skipBadFiles)
                throw;
            problems[k] = FileProblem{job.file, e.what()};
        }
    });
    for (const auto& p : problems)
        if (p)
            out.badFiles.push_back(*p);
    if (progress)
        progress->throwIfCancelled();

    // Assemble in job order so that the layout, not the thread schedule, fixes every order.
    for (const auto& tf : layout.temperatures) {
        TemperatureSums ts{tf.temperature, tf.label, {}};
        for (const auto& rep : tf.replicas)
            ts.replicas.push_back({rep.label, {}});
        out.temperatures.push_back(std::move(ts));
    }
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        auto& segments = out.temperatures[jobs[k].temperature].replicas[jobs[k].replica].segments;
        for (auto& s : results[k]) {
            out.warnings.insert(out.warnings.end(), s.warnings.begin(), s.warnings.end());
            segments.push_back(std::move(s));
        }
    }
    // Bad files can leave replicas or temperatures empty.
    for (auto& t : out.temperatures)
        std::erase_if(t.replicas, [](const ReplicaSums& r) { return r.segments.empty(); });
    std::erase_if(out.temperatures, [](const TemperatureSums& t) { return t.replicas.empty(); });
    if (out.temperatures.empty())
        throw InputError(layout.root, 0, "no trajectory file could be read");
    return out;
}

} // namespace tx::core
