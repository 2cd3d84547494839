#include "app/workbench/WorkbenchState.h"

namespace tx::app {

namespace {

template <class T> nlohmann::json optional(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
}
nlohmann::json window(const std::optional<core::FitWindow>& w) {
    return w ? nlohmann::json({w->low, w->high}) : nlohmann::json();
}
std::optional<double> readOptional(const nlohmann::json& j, const char* key) {
    return j.contains(key) && !j[key].is_null() ? std::optional(j[key].get<double>())
                                                : std::nullopt;
}
std::optional<core::FitWindow> readWindow(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null())
        return std::nullopt;
    return core::FitWindow{j[key].at(0).get<double>(), j[key].at(1).get<double>()};
}

} // namespace

nlohmann::json toJson(const WorkbenchState& s) {
    return {{"format", "tx-workbench-session"},
            {"version", 1},
            {"ensemble", s.ensemblePath},
            {"q", optional(s.q)},
            {"rc", optional(s.rc)},
            {"rc_type_pairs", core::formatPairCutoffs(s.pairCutoffs)},
            {"dt", s.dt},
            {"origin_every", s.originEvery},
            {"bootstrap", s.bootstrap},
            {"kww", s.kww},
            {"species", optional(s.species)},
            {"type_pair", s.typePair ? nlohmann::json({s.typePair->first, s.typePair->second})
                                     : nlohmann::json()},
            {"excluded_replicas", s.excludedReplicas},
            {"excluded_temperatures", s.excludedTemperatures},
            {"tx_window", window(s.txWindow)},
            {"tc_window", window(s.tcWindow)},
            {"tb_window", window(s.tbWindow)},
            {"tb_delta", s.tbDelta},
            {"tg", optional(s.tg)},
            {"tm", optional(s.tm)},
            {"system", s.system}};
}

WorkbenchState stateFromJson(const nlohmann::json& j) {
    if (j.value("format", "") != "tx-workbench-session")
        throw nlohmann::json::other_error::create(501, "not a Tx Workbench session", &j);
    WorkbenchState s;
    s.ensemblePath = j.at("ensemble").get<std::string>();
    s.q = readOptional(j, "q");
    s.rc = readOptional(j, "rc");
    s.pairCutoffs = core::parsePairCutoffs(j.value("rc_type_pairs", "")).cutoffs;
    s.dt = j.value("dt", 0.005);
    s.originEvery = j.value("origin_every", std::int64_t{0});
    s.bootstrap = j.value("bootstrap", 200);
    s.kww = j.value("kww", false);
    if (j.contains("species") && !j["species"].is_null())
        s.species = j["species"].get<int>();
    if (j.contains("type_pair") && !j["type_pair"].is_null())
        s.typePair = std::pair{j["type_pair"].at(0).get<int>(), j["type_pair"].at(1).get<int>()};
    s.excludedReplicas = j.value("excluded_replicas", std::set<std::string>{});
    s.excludedTemperatures = j.value("excluded_temperatures", std::set<std::string>{});
    s.txWindow = readWindow(j, "tx_window");
    s.tcWindow = readWindow(j, "tc_window");
    s.tbWindow = readWindow(j, "tb_window");
    s.tbDelta = j.value("tb_delta", 0.05);
    s.tg = readOptional(j, "tg");
    s.tm = readOptional(j, "tm");
    s.system = j.value("system", "");
    return s;
}

Recompute recomputeNeeded(const WorkbenchState& a, const WorkbenchState& b) {
    if (a.ensemblePath != b.ensemblePath || a.q != b.q || a.rc != b.rc ||
        a.pairCutoffs != b.pairCutoffs || a.originEvery != b.originEvery)
        return Recompute::Trajectories;
    if (a.dt != b.dt || a.bootstrap != b.bootstrap || a.kww != b.kww || a.species != b.species ||
        a.typePair != b.typePair || a.excludedReplicas != b.excludedReplicas ||
        a.excludedTemperatures != b.excludedTemperatures)
        return Recompute::Averages;
    if (a == b)
        return Recompute::Nothing;
    return Recompute::Fits;
}

} // namespace tx::app
