#pragma once
// Where an ensemble's trajectories are: temperatures x replicas x segments (science §1).
// Discovered from a folder laid out as T<temp>/r<replica>/seg<k>.<ext>[.gz], or from a JSON
// manifest (manifest.json or ensemble.json in the folder, or a path to one) for any other
// layout. A replica with one long trajectory instead of seg files is cut into segments of
// segmentSteps timesteps.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct ReplicaFiles {
    std::string label;                     // "r0"
    std::vector<std::string> segmentFiles; // one segment each, in order
    std::string longTrajectory;            // or one file cut into segments
    std::optional<std::int64_t> segmentSteps;
};

struct TemperatureFiles {
    double temperature = 0.0;
    std::string label; // as in the folder name, e.g. "0.45"
    std::vector<ReplicaFiles> replicas;
};

struct EnsembleLayout {
    std::string root;
    std::vector<TemperatureFiles> temperatures; // ascending T
    std::optional<double> dt;                   // from a manifest
    std::string units;                          // from a manifest ("units"), unchecked text
    std::size_t segmentCountHint() const;       // segment files (long trajectories count 1)
};

// segmentSteps applies to replicas given as one long trajectory (command-line option).
EnsembleLayout discoverEnsemble(const std::string& path,
                                std::optional<std::int64_t> segmentSteps = std::nullopt);

} // namespace tx::core
