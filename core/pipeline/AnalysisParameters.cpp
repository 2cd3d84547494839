#include "core/pipeline/AnalysisParameters.h"

#include "core/correlate/PairKernel.h"
#include "core/fit/GlassTransitionFit.h"
#include "core/io/JsonNumbers.h"
#include "core/model/InputSentences.h"
#include "core/model/Units.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>

namespace tx::core {

namespace {

using json = nlohmann::json;

template <class T> json optional(const std::optional<T>& v) {
    return v ? json(*v) : json();
}
json window(const std::optional<FitWindow>& w) {
    return w ? json({w->low, w->high}) : json();
}
// A JSON value as T; a whole-number parameter through wholeNumber (a float such as 1e300 is
// refused, not cast).
template <class T> T as(const json& v, const char* key) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
        return wholeNumber<T>(v, key);
    else
        return v.get<T>();
}
template <class T> std::optional<T> readOptional(const json& j, const char* key) {
    return j.contains(key) && !j[key].is_null() ? std::optional<T>(as<T>(j[key], key))
                                                : std::nullopt;
}
template <class T> T readInteger(const json& j, const char* key, T fallback) {
    return readOptional<T>(j, key).value_or(fallback);
}
std::optional<FitWindow> readWindow(const json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null())
        return std::nullopt;
    return FitWindow{j[key].at(0).get<double>(), j[key].at(1).get<double>()};
}

} // namespace

Recompute recomputeNeeded(const AnalysisParameters& a, const AnalysisParameters& b) {
    if (a.reading != b.reading)
        return Recompute::Trajectories;
    if (a.averaging != b.averaging)
        return Recompute::Averages;
    if (a.fits != b.fits)
        return Recompute::Fits;
    return Recompute::Nothing;
}

json readingJson(const ReadingParameters& r) {
    return {{"segment_steps", optional(r.segmentSteps)},
            {"xyz_wrapped", r.readers.xyzPositionsWrapped},
            {"dcd_unwrapped", !r.readers.dcdPositionsWrapped},
            {"q", optional(r.q)},
            {"q_extra", r.extraQ},
            {"rc", optional(r.rc)},
            {"rc_type_pairs", formatPairCutoffs(r.pairCutoffs)},
            {"origin_every", r.originEvery},
            {"overlap_a", r.overlapA},
            {"structure", r.structure},
            {"sq_qmax", r.structureQMax}};
}

json toJson(const AnalysisParameters& p) {
    json j = readingJson(p.reading);
    j["ensemble"] = p.reading.ensemble;
    const AveragingParameters& a = p.averaging;
    j["dt"] = optional(a.dt);
    j["units"] = a.units;
    j["bootstrap"] = a.bootstrap;
    j["seed"] = a.seed;
    j["msd_window"] = window(a.msdWindow);
    j["min_msd"] = a.minMsd;
    j["kww"] = a.kww;
    j["species"] = optional(a.species);
    j["type_pair"] = a.typePair ? json({a.typePair->first, a.typePair->second}) : json();
    j["excluded_temperatures"] = a.excludedTemperatures;
    j["excluded_replicas"] = a.excludedReplicas;
    const FitParameters& f = p.fits;
    j["tx_window"] = window(f.txWindow);
    j["tc_window"] = window(f.tcWindow);
    j["tb_window"] = window(f.tbWindow);
    j["tc_sliding_width"] = f.tcSlidingWidth;
    j["tc_max_rms"] = f.tcMaxRms;
    j["tb_delta"] = f.tbDelta;
    j["tg"] = optional(f.tg);
    j["tm"] = optional(f.tm);
    j["system"] = f.system;
    j["thermo_log"] = f.thermoLog;
    j["tg_quantity"] = f.tgQuantity;
    j["thermo_run"] = optional(f.thermoRun);
    j["tg_glass_window"] = window(f.tgGlassWindow);
    j["tg_liquid_window"] = window(f.tgLiquidWindow);
    return j;
}

AnalysisParameters parametersFromJson(const json& j) {
    AnalysisParameters p;
    ReadingParameters& r = p.reading;
    r.ensemble = j.value("ensemble", std::string());
    r.segmentSteps = readOptional<std::int64_t>(j, "segment_steps");
    r.readers.xyzPositionsWrapped = j.value("xyz_wrapped", false);
    r.readers.dcdPositionsWrapped = !j.value("dcd_unwrapped", false);
    r.q = readOptional<double>(j, "q");
    r.extraQ = j.value("q_extra", std::vector<double>{});
    r.rc = readOptional<double>(j, "rc");
    const auto cutoffs = parsePairCutoffs(j.value("rc_type_pairs", std::string()));
    if (!cutoffs.error.empty())
        throw json::other_error::create(502, "rc_type_pairs: " + cutoffs.error, &j);
    r.pairCutoffs = cutoffs.cutoffs;
    r.originEvery = readInteger<std::int64_t>(j, "origin_every", 0);
    r.overlapA = j.value("overlap_a", 0.3);
    r.structure = j.value("structure", false);
    r.structureQMax = j.value("sq_qmax", 12.0);
    AveragingParameters& a = p.averaging;
    a.dt = readOptional<double>(j, "dt");
    a.units = j.value("units", std::string());
    a.bootstrap = readInteger<int>(j, "bootstrap", 200);
    a.seed = readInteger<std::uint64_t>(j, "seed", 12345);
    a.msdWindow = readWindow(j, "msd_window");
    a.minMsd = j.value("min_msd", 1.0);
    a.kww = j.value("kww", false);
    a.species = readOptional<int>(j, "species");
    if (j.contains("type_pair") && !j["type_pair"].is_null())
        a.typePair = std::pair{as<int>(j["type_pair"].at(0), "type_pair"),
                               as<int>(j["type_pair"].at(1), "type_pair")};
    a.excludedTemperatures = j.value("excluded_temperatures", std::set<std::string>{});
    a.excludedReplicas = j.value("excluded_replicas", std::set<std::string>{});
    FitParameters& f = p.fits;
    f.txWindow = readWindow(j, "tx_window");
    f.tcWindow = readWindow(j, "tc_window");
    f.tbWindow = readWindow(j, "tb_window");
    f.tcSlidingWidth = j.value("tc_sliding_width", 1.15);
    f.tcMaxRms = j.value("tc_max_rms", 0.1);
    f.tbDelta = j.value("tb_delta", 0.05);
    f.tg = readOptional<double>(j, "tg");
    f.tm = readOptional<double>(j, "tm");
    f.system = j.value("system", std::string());
    f.thermoLog = j.value("thermo_log", std::string());
    f.tgQuantity = j.value("tg_quantity", std::string());
    f.thermoRun = readOptional<int>(j, "thermo_run");
    f.tgGlassWindow = readWindow(j, "tg_glass_window");
    f.tgLiquidWindow = readWindow(j, "tg_liquid_window");
    return p;
}

std::string invalidParameter(const AnalysisParameters& p) {
    auto positive = [](const std::optional<double>& v) {
        return !v || (std::isfinite(*v) && *v > 0);
    };
    auto windowOk = [](const std::optional<FitWindow>& w) {
        return !w || (std::isfinite(w->low) && std::isfinite(w->high) && w->low < w->high);
    };
    const ReadingParameters& r = p.reading;
    if (!positive(r.q))
        return say(sentence::kMustBePositiveNumber, {"q"});
    for (double q : r.extraQ)
        if (!positive(q))
            return say(sentence::kMustBePositiveNumber, {"q_extra"});
    if (r.extraQ.size() + 1 > kMaxWavenumbers)
        return say(sentence::kTooManyWavenumbers, {"q_extra", std::to_string(kMaxWavenumbers)});
    if (!positive(r.rc))
        return say(sentence::kMustBePositiveNumber, {"rc"});
    for (const auto& [pair, value] : r.pairCutoffs)
        if (!(std::isfinite(value) && value > 0))
            return say(sentence::kEveryCutoffPositive, {"rc_type_pairs"});
    if (r.segmentSteps && *r.segmentSteps <= 0)
        return say(sentence::kMustBePositive, {"segment_steps"});
    if (r.originEvery < 0)
        return say(sentence::kMustNotBeNegative, {"origin_every"});
    if (!(std::isfinite(r.overlapA) && r.overlapA > 0))
        return say(sentence::kMustBePositiveLength, {"overlap_a"});
    if (!(std::isfinite(r.structureQMax) && r.structureQMax > 0 && r.structureQMax <= 1000))
        return say(sentence::kQMaxRange, {"sq_qmax"});
    const AveragingParameters& a = p.averaging;
    if (!positive(a.dt))
        return say(sentence::kMustBePositiveNumber, {"dt"});
    if (!a.units.empty())
        if (const std::string problem = unitsProblem(a.units); !problem.empty())
            return say(sentence::kAtFile, {"units", problem});
    if (a.bootstrap < 0)
        return say(sentence::kMustNotBeNegative, {"bootstrap"});
    if (!windowOk(a.msdWindow))
        return say(sentence::kExpectedWindow, {"msd_window"});
    if (!std::isfinite(a.minMsd))
        return say(sentence::kMustBeNumber, {"min_msd"});
    const FitParameters& f = p.fits;
    if (!windowOk(f.txWindow))
        return say(sentence::kExpectedWindow, {"tx_window"});
    if (!windowOk(f.tcWindow))
        return say(sentence::kExpectedWindow, {"tc_window"});
    if (!windowOk(f.tbWindow))
        return say(sentence::kExpectedWindow, {"tb_window"});
    if (!(std::isfinite(f.tcSlidingWidth) && f.tcSlidingWidth > 1))
        return say(sentence::kMustExceedOne, {"tc_sliding_width"});
    if (!(std::isfinite(f.tcMaxRms) && f.tcMaxRms > 0))
        return say(sentence::kMustBePositive, {"tc_max_rms"});
    if (!(std::isfinite(f.tbDelta) && f.tbDelta > 0))
        return say(sentence::kMustBePositive, {"tb_delta"});
    if (!f.tgQuantity.empty() && !findThermoQuantity(f.tgQuantity)) {
        std::string keys;
        for (const ThermoQuantity& q : thermoQuantities())
            keys += (keys.empty() ? "" : ", ") + std::string(q.key);
        return say(sentence::kExpectedOneOf, {"tg_quantity", keys, f.tgQuantity});
    }
    if (f.thermoRun && *f.thermoRun < 1)
        return say(sentence::kRunsFromOne, {"thermo_run"});
    if (!windowOk(f.tgGlassWindow))
        return say(sentence::kExpectedWindow, {"tg_glass_window"});
    if (!windowOk(f.tgLiquidWindow))
        return say(sentence::kExpectedWindow, {"tg_liquid_window"});
    if (f.tg && !f.thermoLog.empty())
        return say(sentence::kTgOrLog, {"tg"});
    return {};
}

} // namespace tx::core
