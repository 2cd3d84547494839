#include "core/output/ResultFiles.h"

#include "core/output/AtomicFile.h"
#include "core/output/Measurement.h"
#include "core/output/SeriesTables.h"

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace tx::core {

namespace {

std::string num(double v) {
    return exactNumber(v); // shortest round trip; empty for a missing number (NaN)
}
std::string num(const std::optional<double>& v) {
    return v ? num(*v) : std::string();
}

const char* statusOf(const RelaxationTime& t) {
    switch (t.kind) {
    case RelaxationTime::Kind::Crossed:
        return "crossed";
    case RelaxationTime::Kind::LowerBound:
        return "lower_bound";
    case RelaxationTime::Kind::Extrapolated:
        return "extrapolated";
    case RelaxationTime::Kind::Undefined:
        break;
    }
    return "undefined";
}

nlohmann::json jsonNumber(double v) {
    return std::isnan(v) ? nlohmann::json() : nlohmann::json(v);
}

nlohmann::json relaxationJson(const RelaxationTime& t, const BootstrapError& e) {
    return {{"value", t.kind == RelaxationTime::Kind::Undefined ? nlohmann::json()
                                                                : nlohmann::json(t.value)},
            {"status", statusOf(t)},
            {"text", t.text()},
            {"error", jsonNumber(e.value)},
            {"resamples_used", e.resamplesUsed}};
}

// A relaxation time's three fields: value (empty where undefined), error, status.
std::string tauFields(const RelaxationTime& t, const BootstrapError& e) {
    return (t.kind == RelaxationTime::Kind::Undefined ? std::string() : num(t.value)) + "," +
           num(e.value) + "," + statusOf(t);
}

// The columns of tau_alpha, tau_+, tau_- and gamma_tau at one q, each with a leading comma:
// at the first q without a suffix, at the n-th q of a list with "_q<n>".
std::string scatteringColumns(const std::string& suffix) {
    std::string out;
    for (const char* name : {"tau_alpha", "tau_alpha_err", "tau_alpha_status", "tau_plus",
                             "tau_plus_err", "tau_plus_status", "tau_minus", "tau_minus_err",
                             "tau_minus_status", "gamma_tau", "gamma_tau_err"})
        out += "," + std::string(name) + suffix;
    return out;
}

// Their fields, in the same order, each with a leading comma.
std::string scatteringFields(const RelaxationTime& alpha, const BootstrapError& alphaError,
                             const RelaxationTime& plus, const BootstrapError& plusError,
                             const RelaxationTime& minus, const BootstrapError& minusError,
                             const std::optional<double>& gamma, const BootstrapError& gammaError) {
    return "," + tauFields(alpha, alphaError) + "," + tauFields(plus, plusError) + "," +
           tauFields(minus, minusError) + "," + num(gamma) + "," + num(gammaError.value);
}

} // namespace

std::string perTemperatureCsv(const std::vector<TemperatureResult>& results) {
    std::string out = "T" + scatteringColumns("") +
                      ",D,D_err,D_tau_alpha,D_tau_alpha_err,replicas,segments,origins,"
                      "pairs_per_origin,beta_alpha,beta_alpha_err,tau_kww_alpha,tau_Q,tau_Q_err,"
                      "tau_Q_status";
    // One block per wave number beyond the first: q<n> and the scattering times at it, n
    // counting the first q as 1 (--q 7.25,5.0,9.0: the _q2 columns are at 5.0).
    const std::size_t extraQ = results.empty() ? 0 : results.front().dispersion.size();
    for (std::size_t k = 0; k < extraQ; ++k) {
        const std::string n = std::to_string(k + 2);
        out += ",q" + n + scatteringColumns("_q" + n);
    }
    out += "\n";
    for (const auto& r : results) {
        const Observables& o = r.observables;
        out += num(r.temperature) +
               scatteringFields(o.tauAlpha, r.tauAlphaError, o.tauPlus, r.tauPlusError, o.tauMinus,
                                r.tauMinusError, o.gamma, r.gammaError) +
               "," + (o.diffusion.ok ? num(o.diffusion.coefficient) : std::string()) + "," +
               num(r.diffusionError.value) + "," + num(o.diffusionTimesTauAlpha) + "," +
               num(r.diffusionTimesTauAlphaError.value) + "," + std::to_string(r.replicas) + "," +
               std::to_string(r.segments) + "," + std::to_string(r.origins) + "," +
               num(r.pairsPerOrigin) + "," +
               (o.kwwAlpha.ok ? num(o.kwwAlpha.beta) : std::string()) + "," +
               num(r.betaAlphaError.value) + "," +
               (o.kwwAlpha.ok ? num(o.kwwAlpha.tau) : std::string()) + "," +
               tauFields(o.tauOverlap, r.tauOverlapError);
        for (const DispersionPoint& p : r.dispersion)
            out += "," + num(p.q) +
                   scatteringFields(p.tauAlpha, p.tauAlphaError, p.tauPlus, p.tauPlusError,
                                    p.tauMinus, p.tauMinusError, p.gamma, p.gammaError);
        out += "\n";
    }
    return out;
}

// Columns from the channel table: block by block, each channel's all-atom (all-pair) column,
// then the parts interleaved; then alpha_2, each declared chi_4 and the origins per lag.
std::string correlatorCsv(const TemperatureResult& result) {
    const AveragedCorrelators& c = result.correlators;
    const TypeSet& types = c.types;
    struct Column {
        std::string name;
        const std::vector<double>* values;
    };
    std::vector<Column> columns;
    int lastBlock = 0;
    for (const Channel& ch : channels())
        lastBlock = std::max(lastBlock, ch.csvBlock);
    for (int block = 0; block <= lastBlock; ++block) {
        std::vector<const Channel*> inBlock;
        for (const Channel& ch : channels())
            if (ch.csvBlock == block)
                inBlock.push_back(&ch);
        if (inBlock.empty())
            continue;
        for (const Channel* ch : inBlock)
            columns.push_back({std::string(ch->column), &c.curve(ch->id)});
        for (int p = 0; p < partCount(*inBlock.front(), types); ++p)
            for (const Channel* ch : inBlock)
                columns.push_back({partColumn(*ch, types, p), &c.part(ch->id, std::size_t(p))});
    }
    columns.push_back({"alpha2", &c.nonGaussian});
    for (const Channel& ch : channels())
        if (!ch.susceptibilityColumn.empty())
            columns.push_back({std::string(ch.susceptibilityColumn), &c.susceptibility(ch.id)});

    // After the origins: the bootstrap error of each written channel's all-atom curve
    // ("Fs_err", ...), empty where there was no bootstrap (one replica of one segment).
    std::vector<Column> afterOrigins; // then the curves at further q (below)
    for (const Channel& ch : channels())
        if (ch.csvBlock >= 0)
            afterOrigins.push_back(
                {std::string(ch.column) + "_err", result.correlatorErrors.time.empty()
                                                      ? nullptr
                                                      : &result.correlatorErrors.curve(ch.id)});

    // Last, with a q list: each written scattering channel's all-atom (all-pair) curve at each
    // further q, "Fs_q2", "Fplus_q2", "Fminus_q2", ... (numbered as in per_temperature.csv),
    // then their bootstrap errors "Fs_q2_err", ...
    for (std::size_t k = 0; k < result.dispersion.size(); ++k) {
        const DispersionPoint& p = result.dispersion[k];
        const std::string suffix = "_q" + std::to_string(k + 2);
        for (const bool error : {false, true})
            for (const Channel& ch : channels())
                if (ch.csvBlock >= 0 && isScattering(ch))
                    afterOrigins.push_back({std::string(ch.column) + suffix + (error ? "_err" : ""),
                                            !error ? &p.correlators.curve(ch.id)
                                            : p.correlatorErrors.time.empty()
                                                ? nullptr
                                                : &p.correlatorErrors.curve(ch.id)});
    }

    std::string out = "t";
    for (const Column& column : columns)
        out += "," + column.name;
    out += ",origins";
    for (const Column& column : afterOrigins)
        out += "," + column.name;
    out += "\n";
    for (std::size_t k = 0; k < c.time.size(); ++k) {
        out += num(c.time[k]);
        for (const Column& column : columns)
            out += "," + num((*column.values)[k]);
        out += "," + std::to_string(c.origins[k]);
        for (const Column& column : afterOrigins)
            out += "," + (column.values ? num((*column.values)[k]) : std::string());
        out += "\n";
    }
    return out;
}

namespace {
template <class Curves>
std::string curvesCsv(const char* xName, const std::vector<double>& x,
                      const std::vector<double>& total, const Curves& partial, const TypeSet& types,
                      const char* yName) {
    std::string out = std::string(xName) + "," + yName;
    for (int p = 0; p < types.pairCount(); ++p)
        out += std::string(",") + yName + "_" + types.pairLabel(p);
    out += "\n";
    for (std::size_t k = 0; k < x.size(); ++k) {
        out += num(x[k]) + "," + num(total[k]);
        for (const auto& column : partial)
            out += "," + num(column[k]);
        out += "\n";
    }
    return out;
}
} // namespace

std::string structureFactorCsv(const Structure& s) {
    std::string out = curvesCsv("q", s.sq.q, s.sq.total, s.sq.partial, s.types, "S");
    return out;
}

std::string radialDistributionCsv(const Structure& s) {
    return curvesCsv("r", s.gr.r, s.gr.total, s.gr.partial, s.types, "g");
}

std::string summaryJson(const std::vector<TemperatureResult>& results, const RunDescription& run) {
    nlohmann::json j;
    j["program"] = "tx-analyze";
    j["ensemble"] = run.ensemble;
    // Nothing is converted: q is in inverse length units, times in time units, as in the files.
    j["length_unit"] = lengthUnitText(run.units);
    j["time_unit"] = timeUnitText(run.units);
    j["atoms"] = run.atoms > 0 ? nlohmann::json(run.atoms) : nlohmann::json();
    nlohmann::json cutoffs = nlohmann::json::object();
    for (const auto& [pair, rc] : run.correlator.typePairCutoffs)
        cutoffs[std::to_string(pair.first) + "-" + std::to_string(pair.second)] = rc;
    const DiffusionSettings& d = run.analysis.diffusion;
    j["parameters"] = {
        {"q", run.correlator.q},
        {"q_extra", run.correlator.extraQ},
        {"rc", run.correlator.cutoff},
        {"rc_type_pairs", cutoffs},
        {"dt", run.analysis.dt},
        {"origin_every_steps", run.correlator.originEverySteps},
        {"overlap_a", run.correlator.overlapLength},
        {"relaxation_level", std::exp(-1.0)},
        {"msd_window",
         {{"min_slope", d.minSlope},
          {"max_slope", d.maxSlope},
          {"min_msd", d.minMsd},
          {"start", d.windowStart ? nlohmann::json(*d.windowStart) : nlohmann::json()},
          {"end", d.windowEnd ? nlohmann::json(*d.windowEnd) : nlohmann::json()}}},
        {"bootstrap_resamples", run.analysis.bootstrapResamples},
        {"bootstrap_seed", run.analysis.bootstrapSeed},
        {"threads", run.threads},
        {"processes", run.processes}};
    j["parameters"]["q_source"] = run.qSource;
    j["parameters"]["rc_source"] = run.cutoffSource;
    j["parameters"]["kww_extrapolation"] = run.analysis.extrapolateWithKww;
    j["parameters"]["tau_alpha_species"] =
        run.analysis.species ? nlohmann::json(*run.analysis.species) : nlohmann::json("all");
    j["parameters"]["tau_pair_type"] =
        run.analysis.typePair ? nlohmann::json(std::to_string(run.analysis.typePair->first) + "-" +
                                               std::to_string(run.analysis.typePair->second))
                              : nlohmann::json("all");
    j["parameters"]["kww_range"] = {run.analysis.kww.fLow, run.analysis.kww.fHigh};
    j["settings"] = toJson(run.parameters);
    j["warnings"] = run.warnings;
    if (run.structure) {
        const EnsembleStructure& s = *run.structure;
        nlohmann::json perT = nlohmann::json::array();
        for (std::size_t k = 0; k < s.perTemperature.size() && k < results.size(); ++k) {
            const Structure& st = s.perTemperature[k];
            const auto q = firstPeakOfStructureFactor(st.sq, majorityPairIndex(st));
            const auto rc = firstMinimumOfRadialDistribution(st.gr);
            perT.push_back({{"T", results[k].temperature},
                            {"q_max", q ? nlohmann::json(*q) : nlohmann::json()},
                            {"g_first_minimum", rc ? nlohmann::json(*rc) : nlohmann::json()}});
        }
        j["structure"] = {{"configurations", s.overall.configurations},
                          {"q_max", s.qMax ? nlohmann::json(*s.qMax) : nlohmann::json()},
                          {"q_max_from", s.qBasis},
                          {"g_first_minimum",
                           s.firstMinimum ? nlohmann::json(*s.firstMinimum) : nlohmann::json()},
                          {"per_temperature", perT},
                          // Whole, or only what the automatic q and r_c need.
                          {"range", s.aroundFirstPeak
                                        ? nlohmann::json{{"around_first_peak", true},
                                                         {"q", {s.qLow, s.qHigh}},
                                                         {"r_max", s.rHigh}}
                                        : nlohmann::json{{"around_first_peak", false}}}};
    }
    if (run.characteristic)
        j["characteristic_temperatures"] =
            characteristicTemperaturesJson(*run.characteristic, run.series);
    nlohmann::json suggestions = nlohmann::json::array();
    for (const SimulationSuggestion& s : run.suggestions)
        suggestions.push_back(
            {{"T", s.temperature},
             {"for", s.purpose},
             {"why", s.why},
             {"tau_alpha_estimate", s.tauAlpha ? nlohmann::json(*s.tauAlpha) : nlohmann::json()},
             {"tau_model", s.tauModel},
             {"segment_timesteps",
              s.stepsPerSegment ? nlohmann::json(*s.stepsPerSegment) : nlohmann::json()},
             {"segment_length_in_tau_alpha", kSegmentLengthInTauAlpha}});
    j["suggestions"] = suggestions;
    nlohmann::json temps = nlohmann::json::array();
    for (const auto& r : results) {
        const Observables& o = r.observables;
        nlohmann::json t;
        t["T"] = r.temperature;
        t["label"] = r.label;
        t["atoms"] = r.atoms;
        t["replicas"] = r.replicas;
        t["segments"] = r.segments;
        t["origins"] = r.origins;
        t["pairs_per_origin"] = r.pairsPerOrigin;
        t["bootstrap_over"] = r.bootstrapOver;
        t["tau_alpha"] = relaxationJson(o.tauAlpha, r.tauAlphaError);
        t["tau_plus"] = relaxationJson(o.tauPlus, r.tauPlusError);
        t["tau_minus"] = relaxationJson(o.tauMinus, r.tauMinusError);
        t["tau_Q"] = relaxationJson(o.tauOverlap, r.tauOverlapError);
        t["gamma_tau"] = {{"value", o.gamma ? nlohmann::json(*o.gamma) : nlohmann::json()},
                          {"error", jsonNumber(r.gammaError.value)}};
        nlohmann::json diff = {
            {"value", o.diffusion.ok ? nlohmann::json(o.diffusion.coefficient) : nlohmann::json()},
            {"error", jsonNumber(r.diffusionError.value)},
            {"points", o.diffusion.points}};
        if (o.diffusion.ok) {
            diff["window"] = {o.diffusion.windowStart, o.diffusion.windowEnd};
            diff["intercept"] = o.diffusion.intercept;
        } else {
            diff["problem"] = o.diffusion.problem;
        }
        t["D"] = diff;
        t["kww_alpha"] = {
            {"ok", o.kwwAlpha.ok},
            {"tau", o.kwwAlpha.ok ? nlohmann::json(o.kwwAlpha.tau) : nlohmann::json()},
            {"beta", o.kwwAlpha.ok ? nlohmann::json(o.kwwAlpha.beta) : nlohmann::json()},
            {"beta_error", jsonNumber(r.betaAlphaError.value)},
            {"amplitude", o.kwwAlpha.ok ? nlohmann::json(o.kwwAlpha.amplitude) : nlohmann::json()},
            {"fit_range", {o.kwwAlpha.tStart, o.kwwAlpha.tEnd}}};
        t["D_tau_alpha"] = {{"value", o.diffusionTimesTauAlpha
                                          ? nlohmann::json(*o.diffusionTimesTauAlpha)
                                          : nlohmann::json()},
                            {"error", jsonNumber(r.diffusionTimesTauAlphaError.value)}};
        // The scattering times at each extra q (parameters.q_extra), in the same order.
        nlohmann::json dispersion = nlohmann::json::array();
        for (const DispersionPoint& p : r.dispersion)
            dispersion.push_back(
                {{"q", p.q},
                 {"tau_alpha", relaxationJson(p.tauAlpha, p.tauAlphaError)},
                 {"tau_plus", relaxationJson(p.tauPlus, p.tauPlusError)},
                 {"tau_minus", relaxationJson(p.tauMinus, p.tauMinusError)},
                 {"gamma_tau",
                  {{"value", p.gamma ? nlohmann::json(*p.gamma) : nlohmann::json()},
                   {"error", jsonNumber(p.gammaError.value)}}}});
        t["dispersion"] = std::move(dispersion);
        temps.push_back(std::move(t));
    }
    j["temperatures"] = std::move(temps);
    return j.dump(2) + "\n";
}

void writeResults(const std::string& outDir, const std::vector<TemperatureResult>& results,
                  const RunDescription& run) {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::path, std::string>> files;
    files.emplace_back(fs::path(outDir) / "per_temperature.csv", perTemperatureCsv(results));
    for (const auto& r : results)
        files.emplace_back(fs::path(outDir) / "correlators" / ("T" + r.label + ".csv"),
                           correlatorCsv(r));
    files.emplace_back(fs::path(outDir) / "summary.json", summaryJson(results, run));
    if (run.structure) {
        files.emplace_back(fs::path(outDir) / "structure" / "sq.csv",
                           structureFactorCsv(run.structure->overall));
        files.emplace_back(fs::path(outDir) / "structure" / "gr.csv",
                           radialDistributionCsv(run.structure->overall));
        fs::create_directories(fs::path(outDir) / "structure");
    }
    fs::create_directories(fs::path(outDir) / "correlators");
    for (const auto& [path, text] : files)
        writeFileAtomically(path.string(), text);
}

} // namespace tx::core
