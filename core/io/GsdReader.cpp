#include "core/io/GsdReader.h"

#include "core/io/BinaryFile.h"
#include "core/io/InputError.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tx::core {

namespace {

constexpr std::uint64_t kMagic = 0x65DF65DF65DF65DFull;
constexpr std::size_t kHeaderBytes = 256;
constexpr std::size_t kIndexEntryBytes = 32;
constexpr std::size_t kNameBytes = 64; // the name list is counted in blocks of this size

// Bytes of one element of each GSD type id (0: not a type).
std::size_t elementBytes(std::uint8_t type) {
    switch (type) {
    case 1:  // uint8
    case 5:  // int8
    case 11: // character
        return 1;
    case 2: // uint16
    case 6: // int16
        return 2;
    case 3: // uint32
    case 7: // int32
    case 9: // float
        return 4;
    case 4:  // uint64
    case 8:  // int64
    case 10: // double
        return 8;
    default:
        return 0;
    }
}

template <class T> T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

// Element k of a chunk's bytes, whatever its numeric type, as a double.
double realAt(const std::vector<char>& bytes, std::uint8_t type, std::size_t k) {
    const char* p = bytes.data() + k * elementBytes(type);
    switch (type) {
    case 1:
    case 11:
        return load<std::uint8_t>(p);
    case 2:
        return load<std::uint16_t>(p);
    case 3:
        return load<std::uint32_t>(p);
    case 4:
        return static_cast<double>(load<std::uint64_t>(p));
    case 5:
        return load<std::int8_t>(p);
    case 6:
        return load<std::int16_t>(p);
    case 7:
        return load<std::int32_t>(p);
    case 8:
        return static_cast<double>(load<std::int64_t>(p));
    case 9:
        return load<float>(p);
    default:
        return load<double>(p);
    }
}

bool isIntegerType(std::uint8_t type) {
    return (type >= 1 && type <= 8) || type == 11;
}

} // namespace

GsdReader::GsdReader(const std::string& path) : m_path(path) {
    BinaryFile opened = openBinaryFile(path);
    m_file = std::move(opened.file);
    m_fileSize = opened.size;

    char header[kHeaderBytes];
    if (std::fread(header, 1, kHeaderBytes, m_file.get()) != kHeaderBytes ||
        load<std::uint64_t>(header) != kMagic)
        fail(sentence::kGsdNoSignature);
    const auto indexLocation = load<std::uint64_t>(header + 8);
    const auto indexEntries = load<std::uint64_t>(header + 16);
    const auto namesLocation = load<std::uint64_t>(header + 24);
    const auto nameBlocks = load<std::uint64_t>(header + 32);
    const auto version = load<std::uint32_t>(header + 44);
    const std::string schema(header + 112, strnlen(header + 112, 64));
    if (!(version == 3 || (version >> 16) == 1 || (version >> 16) == 2))
        fail(say(sentence::kGsdVersion,
                 {std::to_string(version >> 16) + "." + std::to_string(version & 0xffff)}));
    if (schema != "hoomd")
        fail(say(sentence::kGsdSchema, {schema}));
    // Sizes come from the file: nothing is allocated that the file cannot hold.
    if (indexEntries > m_fileSize / kIndexEntryBytes ||
        indexLocation > m_fileSize - indexEntries * kIndexEntryBytes ||
        nameBlocks > m_fileSize / kNameBytes ||
        namesLocation > m_fileSize - nameBlocks * kNameBytes)
        fail(sentence::kGsdIndexOutside);

    std::vector<char> names(nameBlocks * kNameBytes);
    std::fseek(m_file.get(), static_cast<long>(namesLocation), SEEK_SET);
    if (std::fread(names.data(), 1, names.size(), m_file.get()) != names.size())
        fail(sentence::kGsdNameList);
    // Names are NUL-terminated, one after the other (version 2) or in 64-byte slots
    // (version 1); either way the n-th non-empty name has id n.
    for (std::size_t k = 0; k < names.size();) {
        const std::size_t length = strnlen(names.data() + k, names.size() - k);
        if (length > 0)
            m_nameIds.emplace(std::string(names.data() + k, length),
                              static_cast<std::uint16_t>(m_nameIds.size()));
        k += length + 1;
    }

    std::vector<char> raw(indexEntries * kIndexEntryBytes);
    std::fseek(m_file.get(), static_cast<long>(indexLocation), SEEK_SET);
    if (std::fread(raw.data(), 1, raw.size(), m_file.get()) != raw.size())
        fail(sentence::kGsdChunkIndex);
    for (std::uint64_t e = 0; e < indexEntries; ++e) {
        const char* p = raw.data() + e * kIndexEntryBytes;
        Chunk c{load<std::uint64_t>(p),      load<std::uint64_t>(p + 8),
                load<std::int64_t>(p + 16),  load<std::uint32_t>(p + 24),
                load<std::uint16_t>(p + 28), load<std::uint8_t>(p + 30)};
        if (c.location == 0) // the end of the used entries
            break;
        const std::size_t bytes = elementBytes(c.type);
        if (bytes == 0 || c.columns == 0 || c.location < 0 || c.nameId >= m_nameIds.size() ||
            c.rows > m_fileSize || c.columns > m_fileSize ||
            c.rows * c.columns > m_fileSize / bytes ||
            static_cast<std::uint64_t>(c.location) > m_fileSize - c.rows * c.columns * bytes)
            fail(say(sentence::kGsdEntryCorrupt, {std::to_string(e)}));
        if (c.frame >= indexEntries)
            fail(say(sentence::kGsdEntryFrame, {std::to_string(e), std::to_string(c.frame)}));
        m_index.push_back(c);
    }
    std::stable_sort(m_index.begin(), m_index.end(), [](const Chunk& a, const Chunk& b) {
        return a.frame != b.frame ? a.frame < b.frame : a.nameId < b.nameId;
    });
    m_frames = m_index.empty() ? 0 : m_index.back().frame + 1;
    if (const auto image = m_nameIds.find("particles/image"); image != m_nameIds.end())
        m_hasImages = std::any_of(m_index.begin(), m_index.end(),
                                  [&](const Chunk& c) { return c.nameId == image->second; });
}

void GsdReader::fail(const std::string& message) const {
    // Binary file: errors name the frame (1-based), not a line.
    throw InputError(m_path, 0,
                     m_nextFrame > 0 || !m_index.empty()
                         ? say(sentence::kAtFrame, {message, std::to_string(m_nextFrame + 1)})
                         : message);
}

const GsdReader::Chunk* GsdReader::find(std::uint64_t frame, const std::string& name) const {
    const auto id = m_nameIds.find(name);
    if (id == m_nameIds.end())
        return nullptr;
    for (std::uint64_t f : {frame, std::uint64_t{0}}) {
        const auto it = std::lower_bound(
            m_index.begin(), m_index.end(), std::pair(f, id->second),
            [](const Chunk& c, const std::pair<std::uint64_t, std::uint16_t>& key) {
                return c.frame != key.first ? c.frame < key.first : c.nameId < key.second;
            });
        if (it != m_index.end() && it->frame == f && it->nameId == id->second)
            return &*it;
    }
    return nullptr;
}

std::vector<char> GsdReader::readBytes(const Chunk& chunk) {
    std::vector<char> bytes(chunk.rows * chunk.columns * elementBytes(chunk.type));
    if (std::fseek(m_file.get(), static_cast<long>(chunk.location), SEEK_SET) != 0 ||
        std::fread(bytes.data(), 1, bytes.size(), m_file.get()) != bytes.size())
        fail(sentence::kGsdChunkRead);
    m_bytesRead = std::max(m_bytesRead, static_cast<std::uint64_t>(chunk.location) + bytes.size());
    return bytes;
}

void GsdReader::checkShape(const Chunk& chunk, const char* name, std::uint32_t columns,
                           std::optional<std::uint64_t> rows) const {
    if (chunk.columns != columns || (rows && chunk.rows != *rows))
        fail(say(sentence::kChunkShape,
                 {name, std::to_string(chunk.rows), std::to_string(chunk.columns),
                  rows ? std::to_string(*rows) : std::string("N"), std::to_string(columns)}));
}

std::vector<double> GsdReader::readReals(const Chunk& chunk, const char* name,
                                         std::uint32_t columns, std::optional<std::uint64_t> rows) {
    checkShape(chunk, name, columns, rows);
    const std::vector<char> bytes = readBytes(chunk);
    std::vector<double> out(chunk.rows * chunk.columns);
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = realAt(bytes, chunk.type, k);
    return out;
}

std::vector<std::int64_t> GsdReader::readIntegers(const Chunk& chunk, const char* name,
                                                  std::uint32_t columns,
                                                  std::optional<std::uint64_t> rows) {
    if (!isIntegerType(chunk.type))
        fail(say(sentence::kMustHoldIntegers, {name}));
    checkShape(chunk, name, columns, rows);
    const std::vector<char> bytes = readBytes(chunk);
    std::vector<std::int64_t> out(chunk.rows * chunk.columns);
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = chunk.type == 4   ? static_cast<std::int64_t>(load<std::uint64_t>(
                                       bytes.data() + 8 * k)) // exact above 2^53
                 : chunk.type == 8 ? load<std::int64_t>(bytes.data() + 8 * k)
                                   : static_cast<std::int64_t>(realAt(bytes, chunk.type, k));
    return out;
}

bool GsdReader::next(Frame& frame) {
    if (m_nextFrame >= m_frames)
        return false;
    const std::uint64_t f = m_nextFrame;
    frame.firstLine = static_cast<std::int64_t>(f + 1);

    if (const Chunk* c = find(f, "configuration/dimensions"))
        if (const auto d = readIntegers(*c, "configuration/dimensions", 1, 1); d[0] != 3)
            fail(say(sentence::kGsdDimensions, {std::to_string(d[0])}));
    frame.timestep = 0;
    if (const Chunk* c = find(f, "configuration/step"))
        frame.timestep = readIntegers(*c, "configuration/step", 1, 1)[0];

    std::vector<double> box = {1, 1, 1, 0, 0, 0}; // the schema's default
    if (const Chunk* c = find(f, "configuration/box")) {
        if (c->rows * c->columns != 6)
            fail(sentence::kGsdBoxValues);
        box = readReals(*c, "configuration/box", c->columns, c->rows);
    }
    Eigen::Matrix3d h;
    h << box[0], box[3] * box[1], box[4] * box[2], //
        0, box[1], box[5] * box[2],                //
        0, 0, box[2];
    frame.box = Box(-0.5 * h * Eigen::Vector3d::Ones(), h);

    const Chunk* countChunk = find(f, "particles/N");
    const std::int64_t n = countChunk ? readIntegers(*countChunk, "particles/N", 1, 1)[0] : 0;
    if (n <= 0)
        fail(sentence::kGsdNoParticles);
    const auto atoms = static_cast<std::uint64_t>(n);
    const Chunk* positionChunk = find(f, "particles/position");
    if (!positionChunk)
        fail(sentence::kGsdNoPosition);
    const std::vector<double> position = readReals(*positionChunk, "particles/position", 3, atoms);
    std::vector<std::int64_t> image, typeId;
    if (const Chunk* c = find(f, "particles/image"))
        image = readIntegers(*c, "particles/image", 3, atoms);
    if (const Chunk* c = find(f, "particles/typeid"))
        typeId = readIntegers(*c, "particles/typeid", 1, atoms);

    frame.ids.resize(atoms);
    frame.types.assign(atoms, 1);
    frame.positions.resize(atoms);
    for (std::size_t a = 0; a < atoms; ++a) {
        frame.ids[a] = static_cast<std::int64_t>(a + 1);
        Eigen::Vector3d r(position[3 * a], position[3 * a + 1], position[3 * a + 2]);
        if (!image.empty())
            r += frame.box.imageShift(
                Eigen::Vector3i(int(image[3 * a]), int(image[3 * a + 1]), int(image[3 * a + 2])));
        frame.positions[a] = r;
        if (!typeId.empty()) {
            if (typeId[a] < 0 || typeId[a] >= 1000)
                fail(say(sentence::kGsdTypeRange, {std::to_string(a), std::to_string(typeId[a])}));
            frame.types[a] = static_cast<int>(typeId[a]) + 1;
        }
    }
    frame.kind = m_hasImages ? CoordinateKind::Unwrapped : CoordinateKind::Wrapped;
    ++m_nextFrame;
    return true;
}

} // namespace tx::core
