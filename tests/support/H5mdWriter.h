#pragma once
// Writes H5MD trajectories for the tests, in the layout of LAMMPS's "dump h5md" (H5MD 1.1):
// /h5md (version), /particles/all/{position,image,id,species,box}. Debian's LAMMPS has no
// h5md dump, so this writer is what the reader is checked against.
#include "core/model/Frame.h"

#include <string>
#include <vector>

namespace tx::test {

struct H5mdStyle {
    bool images = true;        // wrapped positions + image; false: wrapped positions only
    bool shuffleAtoms = false; // a time-dependent id element, atoms in a new order each frame
    bool singlePrecision = false;
    bool zeroBasedSpecies = false; // species = type - 1
    // How the (fixed) species are stored: integers as LAMMPS does, floats as ZnH5MD and ASE
    // do (plus floatSpeciesShift, to write a value that is not whole), or an HDF5 enum.
    enum class Species { Integers, Floats, Enum } species = Species::Integers;
    double floatSpeciesShift = 0.0;
    bool timeDependentBox = true; // box/edges as a group with step and value
    int boxEvery = 1;             // with a time-dependent box: one sample per this many frames
    bool matrixEdges = false;     // edges as a 3x3 matrix even for an orthogonal box
    std::string boundary = "periodic";
};

void writeH5md(const std::string& path, const std::vector<core::Frame>& frames,
               const H5mdStyle& style = {});

} // namespace tx::test
