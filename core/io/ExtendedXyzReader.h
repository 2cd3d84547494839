#pragma once
// Extended XYZ (ASE/OVITO convention): "Lattice=" gives the cell, "Properties=" the columns.
// Atoms are matched by an "id" column when there is one, else by their line order; species
// names map to types 1..k in alphabetical order so that the mapping never depends on atom order.
#include "core/io/FrameSource.h"
#include "core/io/LineReader.h"

#include <map>
#include <string_view>
#include <vector>

namespace tx::core {

class ExtendedXyzReader final : public FrameSource {
public:
    ExtendedXyzReader(const std::string& path, bool positionsWrapped);
    bool next(Frame& frame) override;
    const std::string& name() const override { return m_lines.path(); }
    std::uint64_t bytesRead() const override { return m_lines.fileOffset(); }
    std::uint64_t textBytesRead() const { return m_lines.bytesConsumed(); }

private:
    struct Layout {
        int species = -1, type = -1, id = -1, pos = -1;
        std::size_t count = 0;
    };
    [[noreturn]] void fail(const std::string& message) const;
    Layout parseProperties(std::string_view spec);
    void parseComment(std::string_view comment, Frame& frame, Layout& layout);
    int typeOfSpecies(std::string_view name, const std::vector<std::string>& sortedNames);

    LineReader m_lines;
    bool m_wrapped;
    std::int64_t m_frameIndex = 0;
    std::vector<std::string_view> m_fields;
};

} // namespace tx::core
