#pragma once
// The one parameter model of an analysis. The CLI fills it from its options, the workbench's
// panel edits it, a session saves it, an undo step snapshots it and summary.json reports it.
// It is grouped by what a change costs: a change in `reading` reads the trajectories again, one
// in `averaging` re-averages the kept per-segment sums, one in `fits` only refits over T.
#include "core/fit/FitWindow.h"
#include "core/io/FrameSource.h"
#include "core/model/PairCutoffText.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tx::core {

struct ReadingParameters {
    std::string ensemble;                     // folder or manifest
    std::optional<std::int64_t> segmentSteps; // cut one long trajectory per replica
    ReaderOptions readers;                    // coordinate conventions of XYZ and DCD
    std::optional<double> q;                  // unset: first peak of S(q)
    std::vector<double> extraQ;               // more q in the same pass (the dispersion)
    std::optional<double> rc;                 // unset: first minimum of g(r)
    TypePairCutoffs pairCutoffs;              // r_c of single type pairs (LAMMPS types)
    std::int64_t originEvery = 0;             // extra origins every N timesteps (0: none)
    double overlapA = 0.3;                    // a of the overlap function Q(t), length units
    bool structure = false;                   // S(q), g(r) even when q and r_c are given
    double structureQMax = 12.0;              // largest |q| of S(q)

    bool needsStructure() const { return structure || !q || !rc; }
    friend bool operator==(const ReadingParameters&, const ReadingParameters&) = default;
};

struct AveragingParameters {
    std::optional<double> dt; // time per timestep; unset: the manifest's
    std::string units;        // "metal", "nm,ps"...: for files that do not say; empty: none
    int bootstrap = 200;
    std::uint64_t seed = 12345;
    std::optional<FitWindow> msdWindow;          // fixed window for D; unset: the slope rule
    double minMsd = 1.0;                         // smallest MSD of the automatic diffusive window
    bool kww = false;                            // tau from the KWW fit where 1/e is not reached
    std::optional<int> species;                  // tau_alpha, D of one species (LAMMPS type)
    std::optional<std::pair<int, int>> typePair; // tau_+, tau_- of one type pair
    std::set<std::string> excludedTemperatures;  // T labels
    std::set<std::string> excludedReplicas;      // "<T label>/<replica label>"

    friend bool operator==(const AveragingParameters&, const AveragingParameters&) = default;
};

struct FitParameters {
    std::optional<FitWindow> txWindow, tcWindow, tbWindow;
    double tcSlidingWidth = 1.15; // sliding MCT windows [T_i, w T_i]
    double tcMaxRms = 0.1;        // largest rms of ln tau for a sliding window to count
    double tbDelta = 0.05;        // deviation from the SE line that defines T_b
    std::optional<double> tg, tm; // over the preset's
    std::string system;           // T_g/T_m preset key ("ka", "cuzr", "al") or empty
    // T_g from a LAMMPS log of a cooling run (instead of tg or the preset's):
    std::string thermoLog;        // empty: none
    std::string tgQuantity;       // volume, density, enthalpy, pe; empty: auto
    std::optional<int> thermoRun; // 1-based; unset: the cooling run
    std::optional<FitWindow> tgGlassWindow, tgLiquidWindow; // unset: automatic

    friend bool operator==(const FitParameters&, const FitParameters&) = default;
};

struct AnalysisParameters {
    ReadingParameters reading;
    AveragingParameters averaging;
    FitParameters fits;

    friend bool operator==(const AnalysisParameters&, const AnalysisParameters&) = default;
};

// What must be redone when the parameters change from a to b (most expensive last).
enum class Recompute { Nothing, Fits, Averages, Trajectories };
Recompute recomputeNeeded(const AnalysisParameters& a, const AnalysisParameters& b);

// One JSON object with one key per parameter (sessions, summary.json, the cache's check).
// Reading fills what is missing with the defaults, so older sessions still open; a value of
// the wrong type throws nlohmann::json::exception.
nlohmann::json toJson(const AnalysisParameters& p);
AnalysisParameters parametersFromJson(const nlohmann::json& j);
// Only the reading group, without the ensemble path: what the kept sums depend on.
nlohmann::json readingJson(const ReadingParameters& r);

// Values that no front end may pass on (NaN, negative lengths, windows with low >= high):
// the first problem as text naming the parameter's JSON key, or empty.
std::string invalidParameter(const AnalysisParameters& p);

} // namespace tx::core
