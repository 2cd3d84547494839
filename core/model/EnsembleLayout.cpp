#include "core/model/EnsembleLayout.h"

#include "core/io/FrameSource.h"
#include "core/io/InputError.h"
#include "core/io/JsonNumbers.h"
#include "core/io/TextFields.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/Sentences.h"
#include "core/model/Units.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

namespace fs = std::filesystem;

namespace tx::core {

namespace {

std::vector<fs::path> sortedEntries(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// "seg12.lammpstrj.gz" -> 12; sorts segments numerically, not as text.
std::optional<std::int64_t> segmentNumber(const std::string& name) {
    static const std::regex pattern(R"(^seg(?:ment)?_?(\d+)\..+$)");
    std::smatch m;
    if (!std::regex_match(name, m, pattern))
        return std::nullopt;
    return parseInt(m[1].str());
}

ReplicaFiles replicaFromFolder(const fs::path& dir, std::string label,
                               std::optional<std::int64_t> segmentSteps) {
    ReplicaFiles rep;
    rep.label = std::move(label);
    std::vector<std::pair<std::int64_t, std::string>> segs;
    std::vector<std::string> others;
    for (const auto& p : sortedEntries(dir)) {
        if (!fs::is_regular_file(p))
            continue;
        // Named like a segment but in no format read here: kept, so that opening it fails
        // with its name (an error for the CLI, a listed bad file in the workbench) instead
        // of the segment being dropped without a word.
        if (!isTrajectoryFileName(p.filename().string()) && !segmentNumber(p.filename().string()))
            continue;
        if (auto k = segmentNumber(p.filename().string()))
            segs.emplace_back(*k, p.string());
        else
            others.push_back(p.string());
    }
    std::sort(segs.begin(), segs.end());
    if (!segs.empty()) {
        for (auto& s : segs)
            rep.segmentFiles.push_back(s.second);
    } else if (others.size() == 1) {
        rep.longTrajectory = others.front();
        rep.segmentSteps = segmentSteps;
    } else if (others.empty()) {
        throw InputError(dir.string(), 0,
                         say(sentence::kNoTrajectories, {trajectoryFilePatterns()}));
    } else {
        throw InputError(dir.string(), 0, say(sentence::kUnnamedSegments));
    }
    return rep;
}

EnsembleLayout readManifest(const fs::path& file) {
    std::ifstream in(file);
    if (!in)
        throw InputError(file.string(), 0, say(sentence::kCannotOpenManifest));
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, and out_of_range for a number too large for a double (fuzz_manifest).
        throw InputError(file.string(), 0, say(sentence::kInvalidJson, {e.what()}));
    }
    const fs::path base = file.parent_path();
    auto resolve = [&](const std::string& p) {
        const fs::path path(p);
        return (path.is_absolute() ? path : base / path).lexically_normal().string();
    };
    EnsembleLayout layout;
    layout.root = base.string();
    try {
        if (j.contains("dt")) {
            layout.dt = j.at("dt").get<double>();
            if (!(*layout.dt > 0))
                throw InputError(file.string(), 0,
                                 say(sentence::kManifestProblem,
                                     {say(sentence::kMustBePositiveNumber, {"dt"})}));
        }
        if (j.contains("units")) {
            layout.units = j.at("units").get<std::string>();
            if (const std::string problem = unitsProblem(layout.units); !problem.empty())
                throw InputError(file.string(), 0, say(sentence::kManifestProblem, {problem}));
        }
        // Steps per segment of a long trajectory: a whole number of at least one (the
        // segmenting adds it to a timestep, so it is checked here, not trusted).
        auto segmentSteps = [&](const nlohmann::json& at) -> std::optional<std::int64_t> {
            if (!at.contains("segment_steps"))
                return std::nullopt;
            const nlohmann::json& v = at.at("segment_steps");
            // A JSON integer of at least 1 (1e24 or 2.5 are floats to JSON; never cast).
            if (!(v.is_number_integer() && v > 0))
                throw InputError(file.string(), 0,
                                 say(sentence::kManifestProblem,
                                     {say(sentence::kMustBeWholeAtLeastOne, {"segment_steps"})}));
            return wholeNumber<std::int64_t>(v, "segment_steps");
        };
        const std::optional<std::int64_t> defaultSteps = segmentSteps(j);
        for (const auto& jt : j.at("temperatures")) {
            TemperatureFiles tf;
            tf.temperature = jt.at("T").get<double>();
            tf.label = jt.contains("label") ? jt.at("label").get<std::string>()
                                            : nlohmann::json(tf.temperature).dump();
            int r = 0;
            for (const auto& jr : jt.at("replicas")) {
                ReplicaFiles rep;
                rep.label = jr.contains("label") ? jr.at("label").get<std::string>()
                                                 : "r" + std::to_string(r);
                ++r;
                if (jr.contains("segments"))
                    for (const auto& s : jr.at("segments"))
                        rep.segmentFiles.push_back(resolve(s.get<std::string>()));
                if (jr.contains("trajectory")) {
                    rep.longTrajectory = resolve(jr.at("trajectory").get<std::string>());
                    rep.segmentSteps =
                        jr.contains("segment_steps") ? segmentSteps(jr) : defaultSteps;
                }
                if (rep.segmentFiles.empty() && rep.longTrajectory.empty())
                    throw InputError(file.string(), 0,
                                     say(sentence::kReplicaWithoutFiles, {rep.label, tf.label}));
                tf.replicas.push_back(std::move(rep));
            }
            layout.temperatures.push_back(std::move(tf));
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file.string(), 0, say(sentence::kManifestProblem, {e.what()}));
    }
    return layout;
}

} // namespace

std::size_t EnsembleLayout::segmentCountHint() const {
    std::size_t n = 0;
    for (const auto& t : temperatures)
        for (const auto& r : t.replicas)
            n += r.longTrajectory.empty() ? r.segmentFiles.size() : 1;
    return n;
}

EnsembleLayout discoverEnsemble(const std::string& pathText,
                                std::optional<std::int64_t> segmentSteps) {
    const fs::path path(pathText);
    if (!fs::exists(path))
        throw InputError(pathText, 0, say(sentence::kNoSuchPath));
    EnsembleLayout layout;
    if (fs::is_regular_file(path)) {
        layout = readManifest(path);
    } else {
        for (const char* name : {"manifest.json", "ensemble.json"})
            if (fs::is_regular_file(path / name))
                layout = readManifest(path / name);
        if (layout.temperatures.empty()) {
            layout.root = path.string();
            static const std::regex tPattern(R"(^T([-+0-9.eE]+)$)");
            static const std::regex rPattern(R"(^r(?:ep(?:lica)?)?_?\d+$)");
            for (const auto& tdir : sortedEntries(path)) {
                std::smatch m;
                const std::string name = tdir.filename().string();
                if (!fs::is_directory(tdir) || !std::regex_match(name, m, tPattern))
                    continue;
                const auto temp = parseDouble(m[1].str());
                if (!temp)
                    continue;
                TemperatureFiles tf{*temp, m[1].str(), {}};
                for (const auto& rdir : sortedEntries(tdir))
                    if (fs::is_directory(rdir) &&
                        std::regex_match(rdir.filename().string(), rPattern))
                        tf.replicas.push_back(
                            replicaFromFolder(rdir, rdir.filename().string(), segmentSteps));
                if (tf.replicas.empty()) // T folder holding the trajectories itself
                    tf.replicas.push_back(replicaFromFolder(tdir, "r0", segmentSteps));
                layout.temperatures.push_back(std::move(tf));
            }
        }
    }
    if (layout.temperatures.empty())
        throw InputError(pathText, 0, say(sentence::kNoEnsemble));
    std::sort(layout.temperatures.begin(), layout.temperatures.end(),
              [](const auto& a, const auto& b) { return a.temperature < b.temperature; });
    for (std::size_t k = 1; k < layout.temperatures.size(); ++k)
        if (layout.temperatures[k].temperature == layout.temperatures[k - 1].temperature)
            throw InputError(pathText, 0,
                             say(sentence::kTemperatureTwice, {layout.temperatures[k].label}));
    return layout;
}

} // namespace tx::core
