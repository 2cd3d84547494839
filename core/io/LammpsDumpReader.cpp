#include "core/io/LammpsDumpReader.h"

#include "core/io/InputError.h"
#include "core/io/TextFields.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <array>
#include <tbb/parallel_for.h>

namespace tx::core {

namespace {
constexpr std::size_t kParseChunk = 1024; // atom lines per parallel parsing task (~0.1 ms)

// An atom type both parsers accept: 1..1000 (kBadAtomType says so when it is not).
bool isAtomType(std::int64_t type) {
    return type >= 1 && type <= 1000;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}
} // namespace

LammpsDumpReader::LammpsDumpReader(const std::string& path) : m_lines(path) {}

void LammpsDumpReader::fail(const std::string& message) const {
    throw InputError(m_lines.path(), m_lines.lineNumber(),
                     m_lines.endedWithoutNewline() ? say(sentence::kTruncatedLine, {message})
                                                   : message);
}

std::string_view LammpsDumpReader::requireLine(const char* what) {
    std::string_view line;
    if (!m_lines.next(line))
        throw InputError(m_lines.path(), m_lines.lineNumber() + 1,
                         say(sentence::kEndExpecting, {what}));
    return line;
}

std::int64_t LammpsDumpReader::readIntLine(const char* what) {
    const auto value = parseInt(trim(requireLine(what)));
    if (!value)
        fail(say(sentence::kExpectedInteger, {what}));
    return *value;
}

// LAMMPS writes the unit style once, before the first TIMESTEP ("dump_modify units yes").
void LammpsDumpReader::readItemValue(std::string_view item) {
    const bool units = startsWith(item, "ITEM: UNITS");
    const std::string value(trim(requireLine(sentence::kWhatItemValue)));
    if (!units)
        return;
    const auto style = unitsOfLammpsStyle(value);
    if (!style)
        fail(say(sentence::kUnknownUnitStyle, {value, lammpsUnitStyleNames()}));
    if (!m_metadata.units.empty() && m_metadata.units != *style)
        fail(say(sentence::kUnitStyleChanges, {value}));
    m_metadata.units = *style;
}

// "ITEM: BOX BOUNDS [xy xz yz] pp pp ff": the analysis takes every side as periodic, so a
// side that is not is said once per file (a warning, not an error: a wall far from the
// atoms that matter may be intended).
void LammpsDumpReader::noteBoundaries(std::string_view header) {
    if (m_boundariesNoted)
        return;
    splitFields(header, m_fields);
    std::string flags, sides;
    for (std::size_t f = 3, axis = 0; f < m_fields.size(); ++f) {
        const std::string_view field = m_fields[f];
        if (field == "xy" || field == "xz" || field == "yz")
            continue;
        flags += (flags.empty() ? "" : " ") + std::string(field);
        if (field != "pp" && axis < 3)
            sides += (sides.empty() ? "" : ", ") + std::string(1, "xyz"[axis]);
        ++axis;
    }
    if (!sides.empty()) {
        m_metadata.warnings.push_back(say(sentence::kNotPeriodic, {m_lines.path(), flags, sides}));
        m_boundariesNoted = true;
    }
}

Box LammpsDumpReader::readBox(std::string_view header) {
    const bool triclinic = header.find("xy") != std::string_view::npos;
    double lo[3], hi[3], tilt[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
        splitFields(requireLine(sentence::kWhatBoxLine), m_fields);
        if (m_fields.size() < (triclinic ? 3u : 2u))
            fail(say(triclinic ? sentence::kTriclinicBoxLine : sentence::kBoxLine));
        for (std::size_t f = 0; f < (triclinic ? 3u : 2u); ++f) {
            const auto v = parseDouble(m_fields[f]);
            if (!v)
                fail(say(sentence::kNonNumericBound, {std::string(m_fields[f])}));
            (f == 0 ? lo[k] : f == 1 ? hi[k] : tilt[k]) = *v;
        }
    }
    if (!triclinic)
        return Box::orthogonal({lo[0], lo[1], lo[2]}, {hi[0], hi[1], hi[2]});
    // The file holds the bounding box; recover the true cell (LAMMPS Howto triclinic).
    const double xy = tilt[0], xz = tilt[1], yz = tilt[2];
    const double xlo = lo[0] - std::min({0.0, xy, xz, xy + xz});
    const double xhi = hi[0] - std::max({0.0, xy, xz, xy + xz});
    const double ylo = lo[1] - std::min(0.0, yz);
    const double yhi = hi[1] - std::max(0.0, yz);
    return Box::triclinic({xlo, ylo, lo[2]}, {xhi, yhi, hi[2]}, xy, xz, yz);
}

LammpsDumpReader::Columns LammpsDumpReader::readColumns(std::string_view header) {
    splitFields(header, m_fields);
    Columns c;
    c.count = m_fields.size() - 2; // "ITEM:" "ATOMS"
    // Preference order: unwrapped, scaled unwrapped, wrapped, scaled wrapped.
    const std::array<std::array<std::string_view, 3>, 4> conventions = {
        {{"xu", "yu", "zu"}, {"xsu", "ysu", "zsu"}, {"x", "y", "z"}, {"xs", "ys", "zs"}}};
    auto column = [&](std::string_view name) {
        for (std::size_t f = 2; f < m_fields.size(); ++f)
            if (m_fields[f] == name)
                return static_cast<int>(f - 2);
        return -1;
    };
    c.id = column("id");
    c.type = column("type");
    c.element = column("element");
    for (std::size_t conv = 0; conv < conventions.size() && c.pos[0] < 0; ++conv) {
        int idx[3];
        for (int k = 0; k < 3; ++k)
            idx[k] = column(conventions[conv][k]);
        if (idx[0] < 0 || idx[1] < 0 || idx[2] < 0)
            continue;
        std::copy(idx, idx + 3, c.pos);
        c.unwrapped = conv < 2;
        c.scaled = conv == 1 || conv == 3;
    }
    const char* imageNames[3] = {"ix", "iy", "iz"};
    for (int k = 0; k < 3; ++k)
        c.image[k] = column(imageNames[k]);
    if (c.id < 0)
        fail(say(sentence::kMissingId, {std::string(header)}));
    if (c.pos[0] < 0)
        fail(say(sentence::kMissingPositions, {std::string(header)}));
    c.roles.assign(c.count, Role::Other);
    auto mark = [&](int at, Role role) {
        if (at >= 0)
            c.roles[std::size_t(at)] = role;
    };
    mark(c.type < 0 ? c.element : -1, Role::Element); // names only where there is no type
    mark(c.type, Role::Type);
    for (int k = 0; k < 3; ++k) {
        mark(c.image[k], Role(int(Role::ImageX) + k));
        mark(c.pos[k], Role(int(Role::X) + k));
    }
    mark(c.id, Role::Id);
    c.usual =
        !c.scaled && c.roles == std::vector<Role>{Role::Id, Role::Type, Role::X, Role::Y, Role::Z};
    const bool someImages = c.image[0] >= 0 || c.image[1] >= 0 || c.image[2] >= 0;
    const bool allImages = c.image[0] >= 0 && c.image[1] >= 0 && c.image[2] >= 0;
    if (someImages && !allImages)
        fail(say(sentence::kImageFlagsIncomplete));
    return c;
}

std::string LammpsDumpReader::parseAtomLine(std::string_view line, const Columns& cols,
                                            bool useImages, Frame& frame, std::size_t a,
                                            std::vector<std::string_view>& elements) {
    // One pass over the fields. What is wrong is said in a fixed order, whatever the column
    // order: the field count, then the id, the type, the coordinates, the image flags.
    FieldCursor cursor(line);
    std::size_t fields = 0;
    int problemRank = 100;
    std::string problem;
    auto note = [&](int rank, const char* sentence, std::string_view field) {
        if (rank < problemRank) {
            problemRank = rank;
            problem = say(sentence, {std::string(field)});
        }
    };
    Eigen::Vector3d r = Eigen::Vector3d::Zero();
    Eigen::Vector3i image = Eigen::Vector3i::Zero();
    for (; cursor.next(); ++fields) {
        const Role role = fields < cols.roles.size() ? cols.roles[fields] : Role::Other;
        FieldCursor here = cursor; // to quote the field when it is not a number
        switch (role) {
        case Role::Id:
            if (const auto id = cursor.takeInt())
                frame.ids[a] = *id;
            else
                note(0, sentence::kNonNumericId, here.skip());
            break;
        case Role::Type:
            if (const auto type = cursor.takeInt(); type && isAtomType(*type))
                frame.types[a] = static_cast<int>(*type);
            else
                note(1, sentence::kBadAtomType, here.skip());
            break;
        case Role::Element:
            elements[a] = cursor.skip(); // a view into the frame's text
            break;
        case Role::X:
        case Role::Y:
        case Role::Z: {
            const int k = int(role) - int(Role::X);
            if (const auto v = cursor.takeDouble())
                r[k] = *v;
            else
                note(2 + k, sentence::kNonNumericCoordinate, here.skip());
            break;
        }
        case Role::ImageX:
        case Role::ImageY:
        case Role::ImageZ: {
            if (!useImages) {
                cursor.skip();
                break;
            }
            const int k = int(role) - int(Role::ImageX);
            if (const auto v = cursor.takeInt())
                image[k] = static_cast<int>(*v);
            else
                note(5 + k, sentence::kNonIntegerImage, here.skip());
            break;
        }
        case Role::Other:
            cursor.skip();
            break;
        }
    }
    if (fields != cols.count)
        return say(sentence::kDumpFieldCount, {std::to_string(fields), std::to_string(cols.count)});
    if (!problem.empty())
        return problem;
    if (cols.scaled)
        r = frame.box.fromFractional(r);
    if (useImages)
        r += frame.box.imageShift(image);
    frame.positions[a] = r;
    return {};
}

bool LammpsDumpReader::parseUsualAtomLine(std::string_view line, Frame& frame, std::size_t a) {
    FieldCursor cursor(line);
    if (!cursor.next())
        return false;
    const auto id = cursor.takeInt();
    if (!id || !cursor.next())
        return false;
    const auto type = cursor.takeInt();
    if (!type || !isAtomType(*type))
        return false;
    double r[3];
    for (double& x : r) {
        if (!cursor.next())
            return false;
        const auto value = cursor.takeDouble();
        if (!value)
            return false;
        x = *value;
    }
    if (cursor.next()) // a sixth field
        return false;
    frame.ids[a] = *id;
    frame.types[a] = static_cast<int>(*type);
    frame.positions[a] = Eigen::Vector3d(r[0], r[1], r[2]);
    return true;
}

// The frame's atom lines are first found where they lie in the reader's buffer (decompression
// and line splitting are sequential by nature), then parsed in parallel chunks; the first bad
// line in file order is reported, so messages do not depend on the thread count.
void LammpsDumpReader::readAtoms(Frame& frame, const Columns& cols, std::size_t count) {
    const std::int64_t firstAtomLine = m_lines.lineNumber() + 1;
    std::string_view text; // memory follows the file, not the header
    if (m_lines.nextLines(count, text, m_atomLineEnds) < count)
        throw InputError(m_lines.path(), m_lines.lineNumber() + 1,
                         say(sentence::kEndExpecting, {sentence::kWhatAtomLine}));
    frame.ids.resize(count);
    frame.types.assign(count, 1);
    frame.positions.resize(count);
    const bool useImages = !cols.unwrapped && cols.image[0] >= 0;
    frame.kind =
        (cols.unwrapped || useImages) ? CoordinateKind::Unwrapped : CoordinateKind::Wrapped;

    if (cols.type < 0 && cols.element >= 0)
        m_elements.assign(count, {});
    const std::size_t chunks = (count + kParseChunk - 1) / kParseChunk;
    std::vector<std::pair<std::size_t, std::string>> problems(chunks); // first per chunk
    tbb::parallel_for(std::size_t{0}, chunks, [&](std::size_t c) {
        const std::size_t end = std::min(count, (c + 1) * kParseChunk);
        for (std::size_t a = c * kParseChunk; a < end; ++a) {
            const std::size_t begin = a == 0 ? 0 : m_atomLineEnds[a - 1] + 1;
            std::string_view line = text.substr(begin, m_atomLineEnds[a] - begin);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (cols.usual && parseUsualAtomLine(line, frame, a))
                continue;
            std::string problem = parseAtomLine(line, cols, useImages, frame, a, m_elements);
            if (!problem.empty()) {
                problems[c] = {a, std::move(problem)};
                return;
            }
        }
    });
    for (const auto& [a, message] : problems)
        if (!message.empty()) {
            const std::int64_t line = firstAtomLine + static_cast<std::int64_t>(a);
            const bool cutOff = line == m_lines.lineNumber() && m_lines.endedWithoutNewline();
            throw InputError(m_lines.path(), line,
                             cutOff ? say(sentence::kTruncatedLine, {message}) : message);
        }
    if (cols.type < 0 && cols.element >= 0) {
        // Types by element name, 1..k in alphabetical order, as for extended XYZ species: the
        // mapping never depends on the order of the atoms.
        std::vector<std::string_view> names(m_elements);
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (std::size_t a = 0; a < count; ++a)
            frame.types[a] =
                1 + static_cast<int>(std::lower_bound(names.begin(), names.end(), m_elements[a]) -
                                     names.begin());
    }
}

bool LammpsDumpReader::next(Frame& frame) {
    std::string_view line;
    // Skip blank lines between frames, and the UNITS/TIME items that LAMMPS may write before
    // TIMESTEP; anything else must be the TIMESTEP item.
    for (;;) {
        if (!m_lines.next(line))
            return false;
        line = trim(line);
        if (line.empty())
            continue;
        if (startsWith(line, "ITEM: UNITS") || line == "ITEM: TIME") {
            readItemValue(line);
            continue;
        }
        break;
    }
    if (!startsWith(line, "ITEM: TIMESTEP"))
        fail(say(sentence::kNotADump, {std::string(line.substr(0, 60))}));
    frame.firstLine = m_lines.lineNumber();
    frame.timestep = readIntLine(sentence::kWhatTimestep);
    std::int64_t atoms = -1;
    bool haveBox = false;
    for (;;) {
        const std::string_view header = trim(requireLine(sentence::kWhatItemLine));
        if (startsWith(header, "ITEM: NUMBER OF ATOMS")) {
            atoms = readIntLine(sentence::kWhatAtomCount);
            if (atoms <= 0)
                fail(say(sentence::kAtomCountPositive));
        } else if (startsWith(header, "ITEM: BOX BOUNDS")) {
            noteBoundaries(header);
            frame.box = readBox(header);
            haveBox = true;
        } else if (startsWith(header, "ITEM: ATOMS")) {
            if (atoms < 0 || !haveBox)
                fail(say(sentence::kAtomsTooEarly));
            const std::string headerCopy(header);
            const Columns cols = readColumns(headerCopy);
            readAtoms(frame, cols, static_cast<std::size_t>(atoms));
            break;
        } else if (header == "ITEM: TIME" || startsWith(header, "ITEM: UNITS")) {
            readItemValue(std::string(header));
        } else {
            fail(say(sentence::kUnexpectedHeaderLine, {std::string(header.substr(0, 60))}));
        }
    }
    sortAtomsById(frame, m_lines.path());
    return true;
}

} // namespace tx::core
