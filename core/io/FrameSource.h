#pragma once
// A trajectory read one frame at a time, so that memory never grows with its length.
#include "core/model/Frame.h"
#include "core/model/Units.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tx::core {

// What a file says about itself besides its frames; complete once its first frame is read.
struct TrajectoryMetadata {
    Units units;                       // empty where the file does not say
    std::vector<std::string> warnings; // shown to the user, never fatal (non-periodic sides)
};

class FrameSource {
public:
    virtual ~FrameSource() = default;
    // Reads the next frame into frame; false at the end. Throws InputError on bad input.
    virtual bool next(Frame& frame) = 0;
    // File name (or a description) for messages.
    virtual const std::string& name() const = 0;
    // Bytes of the file on disk read so far (compressed if gzip): progress.
    virtual std::uint64_t bytesRead() const { return 0; }
    virtual const TrajectoryMetadata& metadata() const { return m_metadata; }

protected:
    TrajectoryMetadata m_metadata;
};

struct ReaderOptions {
    // Extended XYZ carries no image flags; by default its positions are taken as unwrapped.
    bool xyzPositionsWrapped = false;
    // LAMMPS writes DCD wrapped unless "dump_modify unwrap yes".
    bool dcdPositionsWrapped = true;
    // H5MD positions without an image element: wrapped by default (LAMMPS's dump h5md).
    bool h5mdPositionsWrapped = true;
    friend bool operator==(const ReaderOptions&, const ReaderOptions&) = default;
};

} // namespace tx::core
