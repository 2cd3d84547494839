#include "core/io/ExtendedXyzReader.h"

#include "core/io/InputError.h"
#include "core/io/TextFields.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <set>

namespace tx::core {

namespace {
// key=value and key="quoted value" pairs of an extended XYZ comment line.
std::map<std::string, std::string> keyValues(std::string_view s) {
    std::map<std::string, std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const std::size_t keyStart = i;
        while (i < s.size() && s[i] != '=' && s[i] != ' ' && s[i] != '\t')
            ++i;
        std::string key(s.substr(keyStart, i - keyStart));
        std::string value;
        if (i < s.size() && s[i] == '=') {
            ++i;
            if (i < s.size() && s[i] == '"') {
                const std::size_t end = s.find('"', i + 1);
                const std::size_t stop = end == std::string_view::npos ? s.size() : end;
                value = std::string(s.substr(i + 1, stop - i - 1));
                i = stop + 1;
            } else {
                const std::size_t start = i;
                while (i < s.size() && s[i] != ' ' && s[i] != '\t')
                    ++i;
                value = std::string(s.substr(start, i - start));
            }
        }
        if (!key.empty()) {
            std::transform(key.begin(), key.end(), key.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            out[key] = value;
        }
    }
    return out;
}
} // namespace

ExtendedXyzReader::ExtendedXyzReader(const std::string& path, bool positionsWrapped)
    : m_lines(path), m_wrapped(positionsWrapped) {}

void ExtendedXyzReader::fail(const std::string& message) const {
    throw InputError(m_lines.path(), m_lines.lineNumber(),
                     m_lines.endedWithoutNewline() ? say(sentence::kTruncatedLine, {message})
                                                   : message);
}

ExtendedXyzReader::Layout ExtendedXyzReader::parseProperties(std::string_view spec) {
    Layout layout;
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= spec.size(); ++i)
        if (i == spec.size() || spec[i] == ':') {
            parts.emplace_back(spec.substr(start, i - start));
            start = i + 1;
        }
    if (parts.size() % 3 != 0)
        fail(say(sentence::kBadProperties, {std::string(spec)}));
    int column = 0;
    for (std::size_t p = 0; p < parts.size(); p += 3) {
        const auto count = parseInt(parts[p + 2]);
        if (!count || *count < 1)
            fail(say(sentence::kBadPropertiesCount, {parts[p + 2]}));
        const std::string& name = parts[p];
        if (name == "species")
            layout.species = column;
        else if (name == "type" || name == "Z")
            layout.type = column;
        else if (name == "id")
            layout.id = column;
        else if (name == "pos" && *count == 3)
            layout.pos = column;
        column += static_cast<int>(*count);
    }
    layout.count = static_cast<std::size_t>(column);
    if (layout.pos < 0)
        fail(say(sentence::kNoPosColumn));
    return layout;
}

void ExtendedXyzReader::parseComment(std::string_view comment, Frame& frame, Layout& layout) {
    const auto kv = keyValues(comment);
    const auto lattice = kv.find("lattice");
    if (lattice == kv.end())
        fail(say(sentence::kNoLattice));
    splitFields(lattice->second, m_fields);
    if (m_fields.size() != 9)
        fail(say(sentence::kLatticeCount, {std::to_string(m_fields.size())}));
    Eigen::Matrix3d h;
    for (int v = 0; v < 9; ++v) {
        const auto x = parseDouble(m_fields[v]);
        if (!x)
            fail(say(sentence::kNonNumericLattice, {std::string(m_fields[v])}));
        h(v % 3, v / 3) = *x; // each group of three is one cell vector
    }
    Eigen::Vector3d origin = Eigen::Vector3d::Zero();
    if (const auto o = kv.find("origin"); o != kv.end()) {
        splitFields(o->second, m_fields);
        for (int k = 0; k < 3 && k < static_cast<int>(m_fields.size()); ++k)
            origin[k] = parseDouble(m_fields[k]).value_or(0.0);
    }
    frame.box = Box(origin, h);
    layout = kv.count("properties") ? parseProperties(kv.at("properties"))
                                    : parseProperties("species:S:1:pos:R:3");
    frame.timestep = m_frameIndex;
    for (const char* key : {"timestep", "step"})
        if (const auto s = kv.find(key); s != kv.end()) {
            const auto step = parseInt(s->second);
            if (!step)
                fail(say(sentence::kNonIntegerKey, {key, s->second}));
            frame.timestep = *step;
        }
}

bool ExtendedXyzReader::next(Frame& frame) {
    std::string_view line;
    do {
        if (!m_lines.next(line))
            return false;
    } while (trim(line).empty());
    frame.firstLine = m_lines.lineNumber();
    const auto atoms = parseInt(trim(line));
    if (!atoms || *atoms <= 0)
        fail(say(sentence::kNotXyzCount, {std::string(line.substr(0, 60))}));
    if (!m_lines.next(line))
        fail(say(sentence::kNoCommentLine));
    Layout layout;
    parseComment(line, frame, layout);
    const auto n = static_cast<std::size_t>(*atoms);
    frame.ids.clear();
    frame.types.clear();
    frame.positions.clear();
    frame.kind = m_wrapped ? CoordinateKind::Wrapped : CoordinateKind::Unwrapped;
    std::vector<std::string> speciesOfAtom;
    for (std::size_t a = 0; a < n; ++a) {
        if (!m_lines.next(line))
            throw InputError(m_lines.path(), m_lines.lineNumber() + 1,
                             say(sentence::kXyzShort, {std::to_string(n), std::to_string(a)}));
        splitFields(line, m_fields);
        growAtomsFor(frame, a, n);
        if (layout.species >= 0)
            speciesOfAtom.resize(frame.ids.size());
        if (m_fields.size() != layout.count)
            fail(say(sentence::kXyzFieldCount,
                     {std::to_string(m_fields.size()), std::to_string(layout.count)}));
        for (int k = 0; k < 3; ++k) {
            const auto v = parseDouble(m_fields[layout.pos + k]);
            if (!v)
                fail(say(sentence::kNonNumericCoordinate, {std::string(m_fields[layout.pos + k])}));
            frame.positions[a][k] = *v;
        }
        frame.ids[a] = static_cast<std::int64_t>(a + 1);
        if (layout.id >= 0) {
            const auto id = parseInt(m_fields[layout.id]);
            if (!id)
                fail(say(sentence::kNonIntegerId, {std::string(m_fields[layout.id])}));
            frame.ids[a] = *id;
        }
        if (layout.type >= 0) {
            const auto t = parseInt(m_fields[layout.type]);
            if (!t || *t < 1 || *t > 1000)
                fail(say(sentence::kTypeRange));
            frame.types[a] = static_cast<int>(*t);
        } else if (layout.species >= 0) {
            speciesOfAtom[a] = std::string(m_fields[layout.species]);
        }
    }
    if (layout.type < 0 && layout.species >= 0) {
        const std::set<std::string> names(speciesOfAtom.begin(), speciesOfAtom.end());
        const std::vector<std::string> sorted(names.begin(), names.end());
        for (std::size_t a = 0; a < n; ++a)
            frame.types[a] = 1 + static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(),
                                                                   speciesOfAtom[a]) -
                                                  sorted.begin());
    }
    ++m_frameIndex;
    sortAtomsById(frame, m_lines.path());
    return true;
}

} // namespace tx::core
