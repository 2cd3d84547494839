#pragma once
// CHARMM/NAMD/LAMMPS binary DCD trajectories (single precision coordinates, optional unit
// cell per frame, either byte order). DCD has no ids or types: atoms are numbered 1..N in
// file order (DCD writers keep that order fixed) and all have type 1. LAMMPS writes wrapped
// coordinates unless "dump_modify unwrap yes": by default they are unwrapped by jumps.
//
// The unit cell comes in three conventions (README "Formats, conventions and units"): lengths
// with the cosines of the angles (NAMD >= 2.5, LAMMPS, VMD), lengths with angles in degrees
// (older NAMD, MDAnalysis, OpenMM) and the symmetric box matrix (CHARMM c36). A header that
// names a CHARMM version above 24 means the box matrix; otherwise the numbers decide (see
// cellFromRecord) at the first frame whose cell is not orthogonal, and every later frame must
// fit the same convention.
#include "core/io/BinaryFile.h"
#include "core/io/FrameSource.h"

#include <Eigen/Dense>

#include <cstdio>
#include <memory>
#include <vector>

namespace tx::core {

enum class DcdCellConvention { Undecided, LengthsAndDegrees, LengthsAndCosines, BoxMatrix };
const char* dcdCellConventionName(DcdCellConvention c);

// A reading in degrees is taken only if the cell it gives is no flatter than this
// (V / abc; 1 for right angles, about 0.77 for LAMMPS's most tilted cell): the off-diagonal
// entries of a CHARMM c36 box matrix (a few length units) would otherwise read as angles of
// a few degrees, a nearly flat cell.
inline constexpr double kDcdPlausibleVolume = 0.2;
// The CHARMM version that every other writer puts in the header.
inline constexpr std::int32_t kDcdLastNonCharmmVersion = 24;

// The cell vectors (columns) of one unit-cell record (six doubles in the file's order),
// deciding the convention if it is still Undecided: all three angle entries within [-1, 1]
// are cosines; all within (0, 180) degrees, giving a cell no flatter than
// kDcdPlausibleVolume, are degrees; anything else (a negative entry, one above 180, a
// nearly flat cell) is the box matrix. Zero angle entries decide nothing (every convention
// gives the same orthogonal cell). Returns what is wrong, or empty.
std::string cellFromRecord(const double record[6], DcdCellConvention& convention,
                           Eigen::Matrix3d& cell);

class DcdReader final : public FrameSource {
public:
    DcdReader(const std::string& path, bool positionsWrapped);
    bool next(Frame& frame) override;
    const std::string& name() const override { return m_path; }
    std::uint64_t bytesRead() const override { return m_offset; }

private:
    [[noreturn]] void fail(const std::string& message) const;
    bool readRecord(std::vector<char>& out, bool allowEnd);
    std::int32_t toInt(const char* p) const;
    float toFloat(const char* p) const;
    double toDouble(const char* p) const;

    std::string m_path;
    // Owned, so that a constructor that throws (a malformed header) still closes it: a leaked
    // descriptor per bad file ended a fuzzing run with "too many open files".
    OwnedFile m_file{nullptr, &std::fclose};
    bool m_swap = false;
    bool m_wrapped;
    bool m_hasCell = false;
    DcdCellConvention m_cellConvention = DcdCellConvention::Undecided;
    std::int32_t m_atoms = 0, m_frames = 0, m_start = 0, m_interval = 1;
    std::int64_t m_frameIndex = 0;
    std::uint64_t m_offset = 0;
    std::uint64_t m_fileSize = 0;
    std::vector<char> m_buffer;
};

} // namespace tx::core
