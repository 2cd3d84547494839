#pragma once
// Trajectories with known physics for the tests (science §5): independent Brownian particles,
// rigid dimers, frozen atoms; plus a writer for every LAMMPS column convention.
#include "core/io/FrameSource.h"
#include "core/model/Frame.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace tx::test {

using core::Frame;

struct BrownianSpec {
    std::size_t atoms = 1000;
    double density = 1.2;
    double diffusion = 0.01; // D
    double dt = 0.005;
    std::vector<std::int64_t> timesteps; // frame timesteps, first = origin
    double fractionTypeTwo = 0.2;
    std::uint64_t seed = 1;
};

// Log-spaced timesteps 0, first, ..., last (distinct integers).
std::vector<std::int64_t> logSpacedSteps(std::int64_t first, std::int64_t last, int count);

// Independent Brownian walkers in a cubic box, unwrapped positions, ids 1..N.
std::vector<Frame> brownianFrames(const BrownianSpec& spec);

// Dimers at distance 1 on a lattice of spacing 3 (only intra-dimer pairs for r_c < 2); each
// dimer moves rigidly (both atoms the same Brownian displacement).
std::vector<Frame> rigidDimerFrames(const BrownianSpec& spec);

// The same configuration at every timestep.
std::vector<Frame> frozenFrames(const BrownianSpec& spec);

// A triclinic box version of brownianFrames (tilts xy, xz, yz as fractions of the edge).
std::vector<Frame> triclinicBrownianFrames(const BrownianSpec& spec, double xy, double xz,
                                           double yz);

enum class DumpColumns {
    Unwrapped,         // xu yu zu
    ScaledUnwrapped,   // xsu ysu zsu
    WrappedWithImages, // x y z ix iy iz
    ScaledWithImages,  // xs ys zs ix iy iz
    WrappedOnly,       // x y z (unwrapped by jumps)
};

struct DumpStyle {
    DumpColumns columns = DumpColumns::Unwrapped;
    bool shuffleAtoms = false;   // write atoms in a random order
    bool shuffleColumns = false; // put columns in an unusual order
    std::uint64_t seed = 7;
};

// Writes a LAMMPS text dump; gzip-compressed when path ends in .gz.
void writeLammpsDump(const std::string& path, const std::vector<Frame>& frames,
                     const DumpStyle& style);
// Writes extended XYZ (Lattice, Properties=species:S:1:pos:R:3:id:I:1, step=).
void writeExtendedXyz(const std::string& path, const std::vector<Frame>& frames);
void writeText(const std::string& path, const std::string& text);
// The three ways DCD writers store the unit cell: lengths with cosines (LAMMPS, NAMD),
// lengths with angles in degrees (MDAnalysis, older NAMD), the symmetric box matrix (CHARMM
// c36, positions turned to match, and CHARMM's version 36 in the header instead of 24).
enum class DcdCell { Cosines, Degrees, BoxMatrix };

// Writes a DCD as LAMMPS's dump dcd does (CHARMM header, unit cell, wrapped float
// coordinates); bigEndian flips the byte order.
void writeDcd(const std::string& path, const std::vector<Frame>& frames, std::int32_t interval,
              bool bigEndian = false, DcdCell cell = DcdCell::Cosines);

// Feeds frames from memory to the correlators.
class FramesInMemory final : public core::FrameSource {
public:
    explicit FramesInMemory(std::vector<Frame> frames, std::string name = "memory")
        : m_frames(std::move(frames)), m_name(std::move(name)) {}
    bool next(Frame& frame) override {
        if (m_next >= m_frames.size())
            return false;
        frame = m_frames[m_next++];
        return true;
    }
    const std::string& name() const override { return m_name; }

private:
    std::vector<Frame> m_frames;
    std::string m_name;
    std::size_t m_next = 0;
};

} // namespace tx::test
