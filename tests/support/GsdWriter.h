#pragma once
// A small writer of GSD files (file layer 2.0, "hoomd" schema) for the tests that need
// control over what a file holds: 2D systems, missing chunks, other schemas, fuzz seeds. The
// round trips against HOOMD's own library use Debian's python3-gsd (tests/writers).
#include "core/model/Frame.h"

#include <string>
#include <vector>

namespace tx::test {

struct GsdOptions {
    bool images = true;    // particles/image; without it the positions are written wrapped
    bool positions = true; // particles/position (false: a file the reader must refuse)
    int dimensions = 3;    // configuration/dimensions
    std::string schema = "hoomd";
    int typeIdShift = -1; // typeid = LAMMPS type + shift
};

// Frames must have a LAMMPS-style cell (a along x, b in the xy plane).
void writeGsd(const std::string& path, const std::vector<core::Frame>& frames,
              const GsdOptions& options = {});

} // namespace tx::test
