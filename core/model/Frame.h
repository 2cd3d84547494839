#pragma once
// One configuration of a trajectory, atoms sorted by id.
#include "core/model/Box.h"

#include <Eigen/Dense>
#include <cstdint>
#include <string>
#include <vector>

namespace tx::core {

enum class CoordinateKind {
    Unwrapped, // xu/xsu, or x/xs combined with image flags, or trusted extended XYZ
    Wrapped,   // inside the box; must be unwrapped by following jumps between frames
};

struct Frame {
    std::int64_t timestep = 0;
    Box box;
    std::vector<std::int64_t> ids;          // ascending
    std::vector<int> types;                 // species index, 1-based (LAMMPS type)
    std::vector<Eigen::Vector3d> positions; // see kind
    CoordinateKind kind = CoordinateKind::Unwrapped;
    std::int64_t firstLine = 0; // where the frame starts in its file
    std::size_t atomCount() const { return ids.size(); }
};

// Makes room for atom index a of a frame that claims `count` atoms, growing geometrically:
// a header may claim more atoms than the file holds, and memory must follow the file, not
// the claim (found by the fuzzers).
void growAtomsFor(Frame& frame, std::size_t a, std::size_t count);

// Sorts the atoms of a frame by id (so that the file's atom order never matters) and rejects
// duplicate ids. file/line only serve the error message.
void sortAtomsById(Frame& frame, const std::string& file);

} // namespace tx::core
