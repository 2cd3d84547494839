#pragma once
// Runs the production correlator on frames held in memory (one segment per frame list).
#include "core/correlate/AveragedCorrelators.h"
#include "core/correlate/SegmentCorrelator.h"
#include "tests/support/SyntheticTrajectory.h"

#include <vector>

namespace tx::test {

core::AveragedCorrelators correlate(const std::vector<std::vector<core::Frame>>& segments,
                                    const core::CorrelatorSettings& settings, double dt);
core::AveragedCorrelators correlate(const std::vector<core::Frame>& segment,
                                    const core::CorrelatorSettings& settings, double dt);
// Reads a trajectory file and correlates it as one segment.
core::AveragedCorrelators correlateFile(const std::string& path,
                                        const core::CorrelatorSettings& settings, double dt,
                                        const core::ReaderOptions& options = {});
std::vector<core::Frame> readAllFrames(const std::string& path,
                                       const core::ReaderOptions& options = {});

} // namespace tx::test
