#pragma once
// Kept correlator sums and structure in a compact binary form (CBOR), so that a saved session
// reopens without reading a trajectory. The archive carries a fingerprint of what it was
// computed from (files with size and time stamp, and every reading parameter) and is used only
// while that still matches.
#include "core/correlate/EnsembleSums.h"
#include "core/model/EnsembleLayout.h"
#include "core/pipeline/AnalysisParameters.h"
#include "core/structure/EnsembleStructure.h"

#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct SumsArchive {
    std::string fingerprint;
    double q = 0, rc = 0;
    std::string qSource, rcSource;
    EnsembleSums sums;
    std::optional<EnsembleStructure> structure;
};

// Files (path, size, modification time) and the parameters that the sums depend on.
std::string sumsFingerprint(const EnsembleLayout& layout, const ReadingParameters& reading);

std::vector<std::uint8_t> encodeArchive(const SumsArchive& archive);
// Throws std::runtime_error on a damaged archive: one whose checksum does not match (a single
// changed byte anywhere), of another version, or whose content does not fit together.
SumsArchive decodeArchive(const std::vector<std::uint8_t>& bytes);

// The envelope: the content (CBOR) with its CRC-32, so that a damaged cache is never adopted
// (a changed number would decode and be averaged silently). Version 1 caches had none and
// are not adopted: reopening reads the trajectories again. fuzz_cache seals its bytes, so
// that the parser behind the checksum is what it explores.
std::vector<std::uint8_t> sealArchive(const std::vector<std::uint8_t>& content);
std::vector<std::uint8_t> unsealArchive(const std::vector<std::uint8_t>& bytes);

// The outcomes of the selected jobs (segments exactly, or the reader's error), for sending
// between MPI ranks; decoding fills the jobs it carries into outcomes (one per job).
std::vector<std::uint8_t> encodeJobOutcomes(const std::vector<JobOutcome>& outcomes,
                                            const std::vector<bool>& selected);
void decodeJobOutcomes(const std::vector<std::uint8_t>& bytes, const TypeSet& types,
                       std::vector<JobOutcome>& outcomes);

} // namespace tx::core
