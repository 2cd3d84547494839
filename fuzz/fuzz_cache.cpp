// libFuzzer target: the results cache (.txw.cache, the CBOR sums archive in its checksummed
// envelope) on arbitrary bytes, as a damaged or foreign cache beside a session would be. Allowed:
// an archive, or a std::runtime_error ("damaged results cache"). A decoded archive is then averaged
// the way a reopened session adopts it, so a cache that decodes but does not fit the averaging (the
// wrong number of channels for its species) is found here, not by a user.
#include "core/correlate/AveragedCorrelators.h"
#include "core/output/SumsArchive.h"

#include <cstdint>
#include <stdexcept>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tx::core;
    SumsArchive archive;
    try {
        // Inputs that begin like an envelope (a CBOR map of four) go in as they are: the
        // envelope and its checksum. The others lose their first byte and are sealed with a
        // matching checksum, so that the content's parser is explored behind it.
        std::vector<std::uint8_t> bytes(data, data + size);
        if (size > 0 && data[0] != 0xA4)
            bytes = sealArchive(std::vector<std::uint8_t>(data + 1, data + size));
        archive = decodeArchive(bytes);
    } catch (const std::runtime_error&) {
        return 0;
    }
    for (const TemperatureSums& t : archive.sums.temperatures)
        for (const ReplicaSums& r : t.replicas) {
            std::vector<const SegmentSums*> segments;
            for (const SegmentSums& s : r.segments)
                segments.push_back(&s);
            if (segments.empty())
                continue;
            const std::vector<std::int64_t> weights(segments.size(), 1);
            averageCorrelators(segments, weights, 0.005);
        }
    return 0;
}
