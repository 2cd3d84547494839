#include "tests/support/Correlate.h"
#include "core/io/TrajectoryFormats.h"

#include "core/correlate/EnsembleSums.h"

namespace tx::test {

namespace {
core::AveragedCorrelators average(const std::vector<core::SegmentSums>& sums, double dt) {
    std::vector<const core::SegmentSums*> ptrs;
    for (const auto& s : sums)
        ptrs.push_back(&s);
    const std::vector<std::int64_t> ones(ptrs.size(), 1);
    return core::averageCorrelators(ptrs, ones, dt);
}
} // namespace

core::AveragedCorrelators correlate(const std::vector<std::vector<core::Frame>>& segments,
                                    const core::CorrelatorSettings& settings, double dt) {
    const auto types = core::TypeSet::fromTypes(segments.front().front().types);
    std::vector<core::SegmentSums> sums;
    for (const auto& frames : segments) {
        FramesInMemory source(frames);
        auto s = core::correlateTrajectory(source, types, settings, std::nullopt);
        sums.insert(sums.end(), s.begin(), s.end());
    }
    return average(sums, dt);
}

core::AveragedCorrelators correlate(const std::vector<core::Frame>& segment,
                                    const core::CorrelatorSettings& settings, double dt) {
    return correlate(std::vector<std::vector<core::Frame>>{segment}, settings, dt);
}

std::vector<core::Frame> readAllFrames(const std::string& path,
                                       const core::ReaderOptions& options) {
    auto source = core::openTrajectory(path, options);
    std::vector<core::Frame> frames;
    core::Frame f;
    while (source->next(f))
        frames.push_back(f);
    return frames;
}

core::AveragedCorrelators correlateFile(const std::string& path,
                                        const core::CorrelatorSettings& settings, double dt,
                                        const core::ReaderOptions& options) {
    auto source = core::openTrajectory(path, options);
    core::Frame first;
    source->next(first);
    const auto types = core::TypeSet::fromTypes(first.types);
    auto again = core::openTrajectory(path, options);
    return average(core::correlateTrajectory(*again, types, settings, std::nullopt), dt);
}

} // namespace tx::test
