#pragma once
// S(q) and g(r) of an ensemble's origin configurations (the first frame of every trajectory
// file), per temperature and over all temperatures, and the default q and r_c taken from
// them: q = first peak of the majority species' partial S(q) (KA: 7.25 for A), r_c = first
// minimum of the total g(r) after its first peak (KA: about 1.4).
#include "core/io/FrameSource.h"
#include "core/model/EnsembleLayout.h"
#include "core/structure/Structure.h"

#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct EnsembleStructure {
    Structure overall;
    std::vector<Structure> perTemperature; // same order as the layout
    std::optional<double> qMax;            // from overall
    std::optional<double> firstMinimum;
    std::string qBasis; // e.g. "S_{1-1}(q)" (the plots' markup)
    // Only what q and r_c need (computeStructureForQAndCutoff): S(q) on the shell
    // [qLow, qHigh), g(r) up to rHigh. False: S(q) up to StructureSettings::qMax, g(r) to
    // half the box.
    bool aroundFirstPeak = false;
    double qLow = 0, qHigh = 0, rHigh = 0;
};

// The partial S(q) that sets q: that of the most abundant species (-1: the total, one species).
int majorityPairIndex(const Structure& s);

// The files whose first frames the structure stage uses at one temperature: all of them.
std::vector<std::string> structureFiles(const TemperatureFiles& t);

// The species of the ensemble, from the first frame of its first file.
// With skipBadFiles, files that cannot be read are passed over (see computeEnsembleSums).
TypeSet ensembleTypes(const EnsembleLayout& layout, const ReaderOptions& options = {},
                      bool skipBadFiles = false);

EnsembleStructure computeEnsembleStructure(const EnsembleLayout& layout, const TypeSet& types,
                                           const StructureSettings& settings,
                                           const ReaderOptions& options = {},
                                           const Progress* progress = nullptr,
                                           bool skipBadFiles = false);

// What the automatic q and r_c need, at a fraction of the cost: every configuration's S(q)
// only on the shell 0.85 q_1 <= |q| < 1.15 q_1 and g(r) only up to 1.45 r_1 (through a cell
// grid), where q_1 and r_1 come from the first readable configuration's whole S(q) and g(r).
// The bins are those of computeEnsembleStructure and each holds the same sums, so q and r_c
// are the same whenever the peak lies inside the shell (not in its edge bins) and g(r) has
// risen back above 1 within the range; otherwise, and for ensembles of fewer than 20 000
// atoms x configurations (the demos: cheap, and looked at whole), this is
// computeEnsembleStructure.
EnsembleStructure computeStructureForQAndCutoff(const EnsembleLayout& layout, const TypeSet& types,
                                                const StructureSettings& settings,
                                                const ReaderOptions& options = {},
                                                const Progress* progress = nullptr,
                                                bool skipBadFiles = false);

} // namespace tx::core
