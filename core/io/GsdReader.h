#pragma once
// HOOMD-blue GSD trajectories (.gsd): the GSD container (a header, an index of chunks sorted
// by frame, a list of chunk names; file layer versions 1 and 2) with the "hoomd" schema on top.
// Read per frame:
//   configuration/step       uint64, the timestep
//   configuration/dimensions uint8, must be 3 (2D systems are refused)
//   configuration/box        float[6]: Lx, Ly, Lz and the tilt factors xy, xz, yz
//                            (dimensionless: a2 = (xy Ly, Ly, 0), a3 = (xz Lz, yz Lz, Lz)),
//                            the box centred on the origin
//   particles/N              uint32
//   particles/position       float[N][3], inside the box
//   particles/image          int32[N][3]: unwrapped = position + image . (a1, a2, a3)
//   particles/typeid         uint32[N]: type = typeid + 1 (LAMMPS-like, 1-based)
// As the schema says, a chunk missing from a frame takes frame 0's value, or the schema's
// default (step 0, box 1x1x1, typeid 0, image 0) when frame 0 lacks it too. A file with no
// particles/image chunk in any frame is taken as wrapped and unwrapped by jumps. Atoms are
// numbered 1..N in file order (GSD keeps the order of particles fixed). Memory follows the
// file: no chunk is read that the file cannot hold.
#include "core/io/BinaryFile.h"
#include "core/io/FrameSource.h"

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tx::core {

class GsdReader final : public FrameSource {
public:
    explicit GsdReader(const std::string& path);
    bool next(Frame& frame) override;
    const std::string& name() const override { return m_path; }
    std::uint64_t bytesRead() const override { return m_bytesRead; }

private:
    struct Chunk {
        std::uint64_t frame = 0, rows = 0;
        std::int64_t location = 0;
        std::uint32_t columns = 0;
        std::uint16_t nameId = 0;
        std::uint8_t type = 0;
    };
    [[noreturn]] void fail(const std::string& message) const;
    // The chunk of that name in the frame, else frame 0's, else none.
    const Chunk* find(std::uint64_t frame, const std::string& name) const;
    void checkShape(const Chunk& chunk, const char* name, std::uint32_t columns,
                    std::optional<std::uint64_t> rows) const;
    // Reads a chunk as doubles or as integers, checking its shape (columns; rows when given).
    std::vector<double> readReals(const Chunk& chunk, const char* name, std::uint32_t columns,
                                  std::optional<std::uint64_t> rows);
    std::vector<std::int64_t> readIntegers(const Chunk& chunk, const char* name,
                                           std::uint32_t columns,
                                           std::optional<std::uint64_t> rows);
    std::vector<char> readBytes(const Chunk& chunk);

    std::string m_path;
    OwnedFile m_file{nullptr, &std::fclose};
    std::uint64_t m_fileSize = 0;
    std::uint64_t m_bytesRead = 0;
    std::map<std::string, std::uint16_t> m_nameIds;
    std::vector<Chunk> m_index; // sorted by frame, then name id
    std::uint64_t m_frames = 0;
    std::uint64_t m_nextFrame = 0;
    bool m_hasImages = false;
};

} // namespace tx::core
