#include "core/structure/EnsembleStructure.h"

#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <optional>
#include <tbb/parallel_for.h>

namespace tx::core {

namespace {

// One configuration's sums: the first frame of a file. A frame the structure cannot take
// (an atom type not in the ensemble, a g(r) range beyond half its box) is an InputError
// naming the file and the frame's line.
StructureAccumulator firstFrameStructure(const std::string& file, const TypeSet& types,
                                         const StructureSettings& settings,
                                         const ReaderOptions& options, const Progress* progress) {
    const Frame frame = readFirstFrame(file, options);
    StructureAccumulator one(types, settings);
    try {
        one.add(frame, progress);
    } catch (const std::invalid_argument& e) {
        throw InputError(file, frame.firstLine, e.what());
    }
    return one;
}

} // namespace

int majorityPairIndex(const Structure& s) {
    if (s.types.count() < 2 || s.atomsOfType.empty())
        return -1;
    const auto& n = s.atomsOfType;
    const int majority = static_cast<int>(std::max_element(n.begin(), n.end()) - n.begin());
    return s.types.pairIndex(majority, majority);
}

TypeSet ensembleTypes(const EnsembleLayout& layout, const ReaderOptions& options,
                      bool skipBadFiles) {
    std::optional<InputError> firstProblem; // said when no file can be read: file and line
    for (const auto& t : layout.temperatures)
        for (const auto& f : structureFiles(t)) {
            try {
                return TypeSet::fromTypes(readFirstFrame(f, options).types);
            } catch (const InputError& e) {
                if (!skipBadFiles)
                    throw;
                if (!firstProblem)
                    firstProblem = e;
            }
        }
    if (firstProblem)
        throw *firstProblem;
    throw InputError(layout.root, 0, say(sentence::kNoTrajectoryFile));
}

std::vector<std::string> structureFiles(const TemperatureFiles& t) {
    std::vector<std::string> files;
    for (const auto& r : t.replicas) {
        if (!r.longTrajectory.empty())
            files.push_back(r.longTrajectory);
        files.insert(files.end(), r.segmentFiles.begin(), r.segmentFiles.end());
    }
    return files;
}

EnsembleStructure computeEnsembleStructure(const EnsembleLayout& layout, const TypeSet& types,
                                           const StructureSettings& settings,
                                           const ReaderOptions& options, const Progress* progress,
                                           bool skipBadFiles) {
    EnsembleStructure out;
    // One task per configuration (not per temperature: seven temperatures keep two cores
    // busy unevenly), each into its own sums, merged per temperature in layout order so that
    // the result does not depend on the schedule.
    struct Configuration {
        std::size_t temperature;
        std::string file;
    };
    std::vector<Configuration> configurations;
    for (std::size_t t = 0; t < layout.temperatures.size(); ++t)
        for (auto& file : structureFiles(layout.temperatures[t]))
            configurations.push_back({t, std::move(file)});
    std::vector<std::optional<StructureAccumulator>> sums(configurations.size());
    tbb::parallel_for(std::size_t{0}, configurations.size(), [&](std::size_t k) {
        if (progress)
            progress->throwIfCancelled();
        try {
            sums[k] =
                firstFrameStructure(configurations[k].file, types, settings, options, progress);
        } catch (const InputError&) {
            if (!skipBadFiles)
                throw;
        }
    });
    std::vector<StructureAccumulator> perT;
    for (std::size_t t = 0; t < layout.temperatures.size(); ++t)
        perT.emplace_back(types, settings);
    for (std::size_t k = 0; k < configurations.size(); ++k)
        if (sums[k]) {
            try {
                perT[configurations[k].temperature].merge(*sums[k]);
            } catch (const std::invalid_argument& e) {
                throw InputError(configurations[k].file, 0, e.what());
            }
        }
    StructureAccumulator all(types, settings);
    for (std::size_t t = 0; t < perT.size(); ++t) {
        out.perTemperature.push_back(perT[t].result());
        try {
            all.merge(perT[t]);
        } catch (const std::invalid_argument&) {
            throw InputError(layout.temperatures[t].label, 0, say(sentence::kBoxDiffers));
        }
    }
    out.overall = all.result();
    const int pair = majorityPairIndex(out.overall);
    out.qBasis = pair >= 0 ? "S_{" + types.pairLabel(pair) + "}(q)" : "S(q)"; // the plots' markup
    out.qMax = firstPeakOfStructureFactor(out.overall.sq, pair);
    out.firstMinimum = firstMinimumOfRadialDistribution(out.overall.gr);
    return out;
}

namespace {

double atomsIn(const Structure& s) {
    double n = 0;
    for (double a : s.atomsOfType)
        n += a;
    return n;
}

// The peak and the minimum as computeEnsembleStructure finds them, when this narrow
// structure holds them whole: the peak not in the shell's two edge bins on either side, the
// minimum found (g(r) rose back above 1 before r_high).
bool holdsBoth(const EnsembleStructure& s, const StructureSettings& narrow) {
    if (!s.qMax || !s.firstMinimum)
        return false;
    const double margin = 2 * narrow.qBinWidth;
    return *s.qMax >= narrow.qMin + margin && *s.qMax < narrow.qMax - margin;
}

} // namespace

EnsembleStructure computeStructureForQAndCutoff(const EnsembleLayout& layout, const TypeSet& types,
                                                const StructureSettings& settings,
                                                const ReaderOptions& options,
                                                const Progress* progress, bool skipBadFiles) {
    // Where to look: one configuration's whole S(q) and g(r).
    std::optional<Structure> one;
    for (const auto& t : layout.temperatures) {
        for (const auto& file : structureFiles(t)) {
            try {
                one = firstFrameStructure(file, types, settings, options, progress).result();
                break;
            } catch (const InputError&) {
                if (!skipBadFiles)
                    throw;
            }
        }
        if (one)
            break;
    }
    // Small ensembles (the demos) get the whole S(q) and g(r): they cost little, and they
    // are what a student looks at.
    std::size_t files = 0;
    for (const auto& t : layout.temperatures)
        files += structureFiles(t).size();
    if (!one || double(files) * atomsIn(*one) < settings.wholeBelowAtomConfigurations)
        return computeEnsembleStructure(layout, types, settings, options, progress, skipBadFiles);
    const auto q1 = firstPeakOfStructureFactor(one->sq, majorityPairIndex(*one));
    const auto r1 = firstMinimumOfRadialDistribution(one->gr);
    if (!q1 || !r1)
        return computeEnsembleStructure(layout, types, settings, options, progress, skipBadFiles);
    StructureSettings narrow = settings;
    narrow.qMin = 0.85 * *q1;
    narrow.qMax = std::min(settings.qMax, 1.15 * *q1);
    // Below this configuration's half box with room to spare: another box of the ensemble
    // (NPT) may be a little smaller.
    narrow.rMax = std::min(1.45 * *r1, 0.8 * one->gr.r.back());
    EnsembleStructure out =
        computeEnsembleStructure(layout, types, narrow, options, progress, skipBadFiles);
    if (!holdsBoth(out, narrow))
        return computeEnsembleStructure(layout, types, settings, options, progress, skipBadFiles);
    out.aroundFirstPeak = true;
    out.qLow = narrow.qMin;
    out.qHigh = narrow.qMax;
    out.rHigh = *narrow.rMax;
    return out;
}

} // namespace tx::core
