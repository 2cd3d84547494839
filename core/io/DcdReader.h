#pragma once
// CHARMM/NAMD/LAMMPS binary DCD trajectories (single precision coordinates, optional unit
// cell per frame, either byte order). DCD has no ids or types: atoms are numbered 1..N in
// file order (DCD writers keep that order fixed) and all have type 1. LAMMPS writes wrapped
// coordinates unless "dump_modify unwrap yes": by default they are unwrapped by jumps.
#include "core/io/FrameSource.h"

#include <cstdio>
#include <memory>
#include <vector>

namespace tx::core {

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
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_file{nullptr, &std::fclose};
    bool m_swap = false;
    bool m_wrapped;
    bool m_hasCell = false;
    std::int32_t m_atoms = 0, m_frames = 0, m_start = 0, m_interval = 1;
    std::int64_t m_frameIndex = 0;
    std::uint64_t m_offset = 0;
    std::uint64_t m_fileSize = 0;
    std::vector<char> m_buffer;
};

} // namespace tx::core
