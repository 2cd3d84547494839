#pragma once
// Everything the user chose, as plain values: the one state that a session file, an undo
// step and the analysis all read (serialised as JSON).
#include "core/FitWindow.h"
#include "core/PairCutoffText.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace tx::app {

struct WorkbenchState {
    std::string ensemblePath;
    std::optional<double> q;  // user override; S(q) peak when unset
    std::optional<double> rc; // user override; g(r) minimum when unset
    core::TypePairCutoffs pairCutoffs; // r_c of single type pairs, over rc (LAMMPS types)
    double dt = 0.005;
    std::int64_t originEvery = 0; // extra origins every N timesteps (0: first frame only)
    int bootstrap = 200;
    bool kww = false;
    std::optional<int> species;                  // tau_alpha, D of one species (LAMMPS type)
    std::optional<std::pair<int, int>> typePair; // tau_+, tau_- of one type pair
    std::set<std::string> excludedReplicas;      // "<T label>/<replica label>"
    std::set<std::string> excludedTemperatures;  // T labels
    std::optional<core::FitWindow> txWindow, tcWindow, tbWindow;
    double tbDelta = 0.05;
    std::optional<double> tg, tm;
    std::string system; // preset key or empty

    friend bool operator==(const WorkbenchState&, const WorkbenchState&) = default;
};

nlohmann::json toJson(const WorkbenchState& s);
WorkbenchState stateFromJson(const nlohmann::json& j); // throws nlohmann::json::exception

// What must be redone when the state changes from a to b (most expensive first).
enum class Recompute { Nothing, Fits, Averages, Trajectories };
Recompute recomputeNeeded(const WorkbenchState& a, const WorkbenchState& b);

} // namespace tx::app
