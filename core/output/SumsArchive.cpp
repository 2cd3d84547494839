#include "core/output/SumsArchive.h"

#include "core/correlate/PairKernel.h"
#include "core/io/JsonNumbers.h"
#include "core/model/InputSentences.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <zlib.h>

namespace tx::core {

namespace {

using json = nlohmann::json;

std::uint32_t crc32Of(const std::vector<std::uint8_t>& bytes) {
    return static_cast<std::uint32_t>(
        ::crc32(::crc32(0L, Z_NULL, 0), bytes.data(), static_cast<uInt>(bytes.size())));
}

json segmentJson(const SegmentSums& s) {
    json lags = json::array();
    for (const auto& [lag, sums] : s.byLag) {
        json channels = json::array();
        for (const auto& c : sums)
            channels.push_back({c.sum, c.sumSquares, c.origins});
        lags.push_back({lag, channels});
    }
    return {{"atoms", s.atomCount}, {"origins", s.origins},          {"pairs", s.pairsOverOrigins},
            {"frames", s.frames},   {"warnings", s.warnings},        {"lags", lags},
            {"extra_q", s.extraQ},  {"length_unit", s.units.length}, {"time_unit", s.units.time}};
}

SegmentSums segmentFrom(const json& j, const TypeSet& types) {
    SegmentSums s;
    s.types = types;
    s.atomCount = wholeNumber<std::size_t>(j.at("atoms"), "atoms");
    s.origins = wholeNumber<std::int64_t>(j.at("origins"), "origins");
    s.pairsOverOrigins = wholeNumber<std::int64_t>(j.at("pairs"), "pairs");
    s.frames = wholeNumber<std::int64_t>(j.at("frames"), "frames");
    s.warnings = j.at("warnings").get<std::vector<std::string>>();
    s.units = {j.value("length_unit", ""), j.value("time_unit", "")}; // absent before units
    // A damaged archive or message must never reach the averaging: every count is checked,
    // and every lag must hold exactly the channels the species give (found while writing
    // fuzz_cache).
    s.extraQ = j.value("extra_q", std::vector<double>{}); // absent before the dispersion
    if (s.extraQ.size() + 1 > kMaxWavenumbers ||
        !std::all_of(s.extraQ.begin(), s.extraQ.end(),
                     [](double q) { return std::isfinite(q) && q > 0; }))
        throw std::runtime_error(sentence::kDamagedSumsWavenumbers);
    const std::size_t channels = ChannelLayout(types, s.extraQ.size()).size();
    if (s.atomCount == 0 || s.origins < 0 || s.pairsOverOrigins < 0 || s.frames < 0)
        throw std::runtime_error(sentence::kDamagedSumsCount);
    for (const auto& lag : j.at("lags")) {
        LagSums sums;
        for (const auto& c : lag.at(1))
            sums.push_back({c.at(0).get<double>(), c.at(1).get<double>(),
                            wholeNumber<std::int64_t>(c.at(2), "origins")});
        if (sums.size() != channels)
            throw std::runtime_error(say(sentence::kDamagedSumsChannels,
                                         {std::to_string(sums.size()), std::to_string(channels)}));
        const std::int64_t at = wholeNumber<std::int64_t>(lag.at(0), "lag");
        if (at < 0 || !s.byLag.emplace(at, std::move(sums)).second)
            throw std::runtime_error(sentence::kDamagedSumsLag);
    }
    return s;
}

json structureJson(const Structure& s) {
    return {{"types", s.types.types()},
            {"atoms_of_type", s.atomsOfType},
            {"configurations", s.configurations},
            {"q", s.sq.q},
            {"sq", s.sq.total},
            {"sq_partial", s.sq.partial},
            {"vectors", s.sq.vectors},
            {"r", s.gr.r},
            {"gr", s.gr.total},
            {"gr_partial", s.gr.partial}};
}

Structure structureFrom(const json& j) {
    Structure s;
    s.types = TypeSet::fromTypes(wholeNumbers<int>(j.at("types"), "types"));
    s.atomsOfType = j.at("atoms_of_type").get<std::vector<double>>();
    s.configurations = wholeNumber<int>(j.at("configurations"), "configurations");
    s.sq.q = j.at("q").get<std::vector<double>>();
    s.sq.total = j.at("sq").get<std::vector<double>>();
    s.sq.partial = j.at("sq_partial").get<std::vector<std::vector<double>>>();
    s.sq.vectors = wholeNumbers<int>(j.at("vectors"), "vectors");
    s.gr.r = j.at("r").get<std::vector<double>>();
    s.gr.total = j.at("gr").get<std::vector<double>>();
    s.gr.partial = j.at("gr_partial").get<std::vector<std::vector<double>>>();
    // Every curve as long as its axis, one partial per type pair: the plots index them so.
    bool consistent = s.sq.total.size() == s.sq.q.size() && s.gr.total.size() == s.gr.r.size() &&
                      s.sq.partial.size() == std::size_t(s.types.pairCount()) &&
                      s.gr.partial.size() == std::size_t(s.types.pairCount()) &&
                      s.atomsOfType.size() == std::size_t(s.types.count());
    for (const auto& p : s.sq.partial)
        consistent = consistent && p.size() == s.sq.q.size();
    for (const auto& p : s.gr.partial)
        consistent = consistent && p.size() == s.gr.r.size();
    if (!consistent)
        throw std::runtime_error(sentence::kDamagedStructure);
    return s;
}

template <class T> json optionalJson(const std::optional<T>& v) {
    return v ? json(*v) : json();
}

} // namespace

std::string sumsFingerprint(const EnsembleLayout& layout, const ReadingParameters& reading) {
    json files = json::array();
    for (const auto& t : layout.temperatures)
        for (const auto& r : t.replicas) {
            std::vector<std::string> paths = r.segmentFiles;
            if (!r.longTrajectory.empty())
                paths.push_back(r.longTrajectory + "#" +
                                std::to_string(r.segmentSteps.value_or(0)));
            for (const auto& p : paths) {
                const std::string file = p.substr(0, p.find('#'));
                std::error_code ec;
                const auto size = std::filesystem::file_size(file, ec);
                const auto time =
                    std::filesystem::last_write_time(file, ec).time_since_epoch().count();
                files.push_back({p, ec ? 0 : size, ec ? 0 : time});
            }
        }
    // Every reading parameter as the user gave it (q and r_c unset when automatic): sums
    // computed at r_c = 4.0 never stand in for a session that asks for 4.5.
    return json{{"files", files}, {"reading", readingJson(reading)}}.dump();
}

std::vector<std::uint8_t> encodeArchive(const SumsArchive& a) {
    json temps = json::array();
    for (const auto& t : a.sums.temperatures) {
        json reps = json::array();
        for (const auto& r : t.replicas) {
            json segs = json::array();
            for (const auto& s : r.segments)
                segs.push_back(segmentJson(s));
            reps.push_back({{"label", r.label}, {"segments", segs}});
        }
        temps.push_back({{"T", t.temperature}, {"label", t.label}, {"replicas", reps}});
    }
    json bad = json::array();
    for (const auto& b : a.sums.badFiles)
        bad.push_back({b.file, b.message});
    json j = {{"format", "tx-sums-archive"},
              {"version", 1},
              {"fingerprint", a.fingerprint},
              {"q", a.q},
              {"rc", a.rc},
              {"q_source", a.qSource},
              {"rc_source", a.rcSource},
              {"types", a.sums.types.types()},
              {"warnings", a.sums.warnings},
              {"bad_files", bad},
              {"length_unit", a.sums.units.length},
              {"time_unit", a.sums.units.time},
              {"units_file", a.sums.unitsFile},
              {"temperatures", temps}};
    if (a.structure) {
        json perT = json::array();
        for (const auto& s : a.structure->perTemperature)
            perT.push_back(structureJson(s));
        j["structure"] = {{"overall", structureJson(a.structure->overall)},
                          {"per_temperature", perT},
                          {"q_max", optionalJson(a.structure->qMax)},
                          {"first_minimum", optionalJson(a.structure->firstMinimum)},
                          {"q_basis", a.structure->qBasis}};
    }
    return sealArchive(json::to_cbor(j));
}

std::vector<std::uint8_t> sealArchive(const std::vector<std::uint8_t>& content) {
    const json envelope = {{"format", "tx-sums-archive"},
                           {"version", 2},
                           {"crc32", crc32Of(content)},
                           {"content", json::binary(content)}};
    return json::to_cbor(envelope);
}

std::vector<std::uint8_t> unsealArchive(const std::vector<std::uint8_t>& bytes) {
    try {
        const json envelope = json::from_cbor(bytes);
        if (!envelope.is_object() || envelope.value("format", "") != "tx-sums-archive")
            throw std::runtime_error(sentence::kNotCache);
        if (!envelope.contains("version") || envelope.at("version") != 2) // any number type
            throw std::runtime_error(sentence::kCacheVersion);
        const auto& content = envelope.at("content").get_binary();
        if (wholeNumber<std::uint32_t>(envelope.at("crc32"), "crc32") != crc32Of(content))
            throw std::runtime_error(say(sentence::kDamagedCache, {sentence::kCacheChecksum}));
        return content;
    } catch (const json::exception& e) {
        throw std::runtime_error(say(sentence::kDamagedCache, {e.what()}));
    }
}

SumsArchive decodeArchive(const std::vector<std::uint8_t>& bytes) {
    const std::vector<std::uint8_t> content = unsealArchive(bytes);
    try {
        const json j = json::from_cbor(content);
        if (j.value("format", "") != "tx-sums-archive")
            throw std::runtime_error(sentence::kNotCache);
        SumsArchive a;
        a.fingerprint = j.at("fingerprint").get<std::string>();
        a.q = j.at("q").get<double>();
        a.rc = j.at("rc").get<double>();
        a.qSource = j.at("q_source").get<std::string>();
        a.rcSource = j.at("rc_source").get<std::string>();
        a.sums.types = TypeSet::fromTypes(wholeNumbers<int>(j.at("types"), "types"));
        a.sums.warnings = j.at("warnings").get<std::vector<std::string>>();
        a.sums.units = {j.value("length_unit", ""), j.value("time_unit", "")};
        a.sums.unitsFile = j.value("units_file", "");
        for (const auto& b : j.at("bad_files"))
            a.sums.badFiles.push_back({b.at(0).get<std::string>(), b.at(1).get<std::string>()});
        for (const auto& jt : j.at("temperatures")) {
            TemperatureSums t{jt.at("T").get<double>(), jt.at("label").get<std::string>(), {}};
            for (const auto& jr : jt.at("replicas")) {
                ReplicaSums r{jr.at("label").get<std::string>(), {}};
                for (const auto& js : jr.at("segments"))
                    r.segments.push_back(segmentFrom(js, a.sums.types));
                t.replicas.push_back(std::move(r));
            }
            a.sums.temperatures.push_back(std::move(t));
        }
        // Averaging adds segments entry by entry: all must hold the same wave numbers.
        const std::vector<double>* extraQ = nullptr;
        for (const auto& t : a.sums.temperatures)
            for (const auto& r : t.replicas)
                for (const auto& s : r.segments) {
                    if (extraQ && s.extraQ != *extraQ)
                        throw std::runtime_error(sentence::kDamagedSumsWavenumbers);
                    extraQ = &s.extraQ;
                }
        if (j.contains("structure")) {
            const json& js = j.at("structure");
            EnsembleStructure s;
            s.overall = structureFrom(js.at("overall"));
            for (const auto& p : js.at("per_temperature"))
                s.perTemperature.push_back(structureFrom(p));
            if (!js.at("q_max").is_null())
                s.qMax = js.at("q_max").get<double>();
            if (!js.at("first_minimum").is_null())
                s.firstMinimum = js.at("first_minimum").get<double>();
            s.qBasis = js.at("q_basis").get<std::string>();
            a.structure = std::move(s);
        }
        return a;
    } catch (const json::exception& e) {
        throw std::runtime_error(say(sentence::kDamagedCache, {e.what()}));
    }
}

std::vector<std::uint8_t> encodeJobOutcomes(const std::vector<JobOutcome>& outcomes,
                                            const std::vector<bool>& selected) {
    json jobs = json::array();
    for (std::size_t k = 0; k < outcomes.size(); ++k) {
        if (!selected[k])
            continue;
        const JobOutcome& o = outcomes[k];
        json segments = json::array();
        for (const auto& s : o.segments)
            segments.push_back(segmentJson(s));
        json error = o.error ? json{o.error->file(), o.error->line(), o.error->message()} : json();
        jobs.push_back({{"job", k}, {"segments", segments}, {"error", error}});
    }
    return json::to_cbor(json{{"format", "tx-job-outcomes"}, {"jobs", jobs}});
}

void decodeJobOutcomes(const std::vector<std::uint8_t>& bytes, const TypeSet& types,
                       std::vector<JobOutcome>& outcomes) {
    try {
        const json j = json::from_cbor(bytes);
        if (j.value("format", "") != "tx-job-outcomes")
            throw std::runtime_error("not a job-outcomes message");
        for (const auto& job : j.at("jobs")) {
            JobOutcome& o = outcomes.at(wholeNumber<std::size_t>(job.at("job"), "job"));
            for (const auto& s : job.at("segments"))
                o.segments.push_back(segmentFrom(s, types));
            if (const json& e = job.at("error"); !e.is_null())
                o.error = InputError(e.at(0).get<std::string>(),
                                     wholeNumber<std::int64_t>(e.at(1), "line"),
                                     e.at(2).get<std::string>());
        }
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("damaged job outcomes: ") + e.what());
    } catch (const std::out_of_range& e) {
        throw std::runtime_error(std::string("damaged job outcomes: ") + e.what());
    }
}

} // namespace tx::core
