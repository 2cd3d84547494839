#pragma once
// T_g from a cooling run (science §4): a volume, density, enthalpy or potential energy
// against the instantaneous temperature of a LAMMPS log bends where the liquid falls out of
// equilibrium. A straight line is fitted to the liquid branch (high T) and one to the glass
// branch (low T); T_g is where they cross. The automatic windows come from the best
// continuous two-line fit (a hinge) over the coldest part of the run, up to twice the
// distance from the coldest point to the hinge (the liquid's expansion coefficient grows with
// T, so a line up to the melt would bend T_g upwards); each branch stops a tenth of that range
// short of the hinge, so that the bend itself feeds neither line. Where other margins move T_g
// by more than its error, the bend is broad and T_g is flagged. The error is a moving-block
// bootstrap over the rows of the run (consecutive rows are correlated in time) with the
// windows fixed.
#include "core/fit/BootstrapStatistics.h"
#include "core/fit/FitWindow.h"
#include "core/fit/QualityFlags.h"
#include "core/io/ThermoLog.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tx::core {

// What T_g can be read from: the key of --tg-quantity, LAMMPS's column, the axis label.
struct ThermoQuantity {
    std::string_view key, column, label;
};
std::span<const ThermoQuantity> thermoQuantities(); // volume, density, enthalpy, pe
const ThermoQuantity* findThermoQuantity(std::string_view key);

// A branch needs this many points to be fitted at all, and is flagged below kFewBranchPoints.
inline constexpr int kMinBranchPoints = 4;
inline constexpr int kFewBranchPoints = 10;
// The automatic windows end this fraction of the temperature range before the hinge.
inline constexpr double kBranchMargin = 0.1;
// The automatic liquid window ends at T_min + kLiquidRangeFactor (hinge - T_min); the search
// starts with a hinge kFirstHinge of the way up the run and takes at most kHingeRounds rounds.
inline constexpr double kLiquidRangeFactor = 2.0;
inline constexpr double kFirstHinge = 0.25;
inline constexpr int kHingeRounds = 30;
// T_g is flagged when other margins move it by more than twice its error.
inline constexpr double kOtherMargins[] = {0.05, 0.2};

struct BranchLine {
    FitWindow window;
    int points = 0;
    double intercept = 0.0, slope = 0.0;
    double slopeError = 0.0; // from the residuals, as if the points were independent
    double rms = 0.0;        // of the residuals
    double at(double t) const { return intercept + slope * t; }
};

struct GlassTransitionFit {
    bool ok = false;
    std::string problem; // why not, when !ok
    double tg = 0.0;
    BranchLine glass, liquid;
};

// Lines through the points (t, y) in each window; T_g where they cross.
GlassTransitionFit fitGlassTransition(std::span<const double> t, std::span<const double> y,
                                      const FitWindow& glass, const FitWindow& liquid);

struct BranchWindows {
    FitWindow glass, liquid;
    double hinge = 0.0; // the best continuous two-line fit's kink
};
// The automatic windows, each stopping `margin` of the range short of the hinge, or nothing
// when the points cannot hold two branches.
std::optional<BranchWindows> automaticBranchWindows(std::span<const double> t,
                                                    std::span<const double> y,
                                                    double margin = kBranchMargin);

struct GlassTransitionSettings {
    std::string quantity;   // a key of thermoQuantities(); empty: the first the run has
    std::optional<int> run; // 1-based; unset: the run whose temperature changes most
    std::optional<FitWindow> glassWindow, liquidWindow; // unset: automatic
    int bootstrap = 200;
    std::uint64_t seed = 12345;
};

struct GlassTransitionEstimate {
    std::string logPath;
    int run = 0, runs = 0;       // the run used (1-based) of the log's runs with thermo rows
    std::int64_t headerLine = 0; // of that run
    ThermoQuantity quantity;
    std::vector<double> temperature, value; // the run's rows, in the order of the log
    GlassTransitionFit fit;
    bool automaticGlassWindow = true, automaticLiquidWindow = true;
    double error = 0.0;       // bootstrap standard deviation of T_g
    double marginShift = 0.0; // largest change of T_g with other automatic margins
    int resamplesUsed = 0;
    std::vector<double> samples;
    std::optional<PercentileInterval> interval;
    QualityFlags flags; // codes as in QualityFlags.h
};

// Throws InputError (the log, and the run's header line) when the run or quantity is missing.
GlassTransitionEstimate estimateGlassTransition(const ThermoLog& log,
                                                const GlassTransitionSettings& settings);

} // namespace tx::core
