#pragma once
// LAMMPS text dump ("dump custom/atom"), plain or gzip. Columns in any order; positions from
// xu yu zu, xsu ysu zsu, x y z (+ ix iy iz) or xs ys zs (+ ix iy iz); orthogonal or triclinic.
// Types from "type", or from "element" names (1..k alphabetically, as for XYZ species) when
// there is no type column. "ITEM: UNITS" gives the units; sides that are not periodic ("ff",
// "fs", "sm"...) are reported as a warning.
#include "core/io/FrameSource.h"
#include "core/io/LineReader.h"

#include <string_view>
#include <vector>

namespace tx::core {

class LammpsDumpReader final : public FrameSource {
public:
    explicit LammpsDumpReader(const std::string& path);
    bool next(Frame& frame) override;
    const std::string& name() const override { return m_lines.path(); }
    std::uint64_t bytesRead() const override { return m_lines.fileOffset(); }
    std::uint64_t textBytesRead() const { return m_lines.bytesConsumed(); }

private:
    // What an atom line's column holds, for the one pass over its fields.
    enum class Role : std::uint8_t { Other, Id, Type, Element, X, Y, Z, ImageX, ImageY, ImageZ };
    struct Columns {
        int id = -1, type = -1, element = -1;
        int pos[3] = {-1, -1, -1};
        int image[3] = {-1, -1, -1};
        bool scaled = false;
        bool unwrapped = false;
        std::size_t count = 0;
        std::vector<Role> roles; // per column, from the fields above
        bool usual = false;      // exactly "id type x y z" (or xu yu zu): parseUsualAtomLine
    };

    std::string_view requireLine(const char* what);
    [[noreturn]] void fail(const std::string& message) const;
    std::int64_t readIntLine(const char* what);
    Box readBox(std::string_view header);
    void readItemValue(std::string_view item);
    void noteBoundaries(std::string_view header);
    Columns readColumns(std::string_view header);
    void readAtoms(Frame& frame, const Columns& cols, std::size_t count);
    // Parses one atom line into atom slot a; returns what is wrong with it, empty if nothing.
    static std::string parseAtomLine(std::string_view line, const Columns& cols, bool useImages,
                                     Frame& frame, std::size_t a,
                                     std::vector<std::string_view>& elements);
    // The usual line, "id type x y z", straight through; false on anything else, and then
    // parseAtomLine reads it again and says what is wrong.
    static bool parseUsualAtomLine(std::string_view line, Frame& frame, std::size_t a);

    LineReader m_lines;
    std::vector<std::string_view> m_fields;
    std::vector<std::size_t> m_atomLineEnds;  // where each atom line ends in the frame's text
    std::vector<std::string_view> m_elements; // each atom's element name, into that text
    bool m_boundariesNoted = false;
};

} // namespace tx::core
