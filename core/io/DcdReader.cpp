#include "core/io/DcdReader.h"

#include "core/io/InputError.h"

#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <numbers>

namespace tx::core {

namespace {
template <class T> T byteSwapped(T v) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    std::reverse(b, b + sizeof(T));
    std::memcpy(&v, b, sizeof(T));
    return v;
}
} // namespace

DcdReader::DcdReader(const std::string& path, bool positionsWrapped)
    : m_path(path), m_wrapped(positionsWrapped) {
    m_file.reset(std::fopen(path.c_str(), "rb"));
    if (!m_file)
        throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    std::fseek(m_file.get(), 0, SEEK_END);
    m_fileSize = static_cast<std::uint64_t>(std::max(0L, std::ftell(m_file.get())));
    std::fseek(m_file.get(), 0, SEEK_SET);
    // Header record: 84 bytes, "CORD" + 20 control integers; its length marker tells the byte
    // order.
    char marker[4];
    if (std::fread(marker, 1, 4, m_file.get()) != 4)
        fail("empty file: not a DCD trajectory");
    std::int32_t length;
    std::memcpy(&length, marker, 4);
    if (length != 84) {
        m_swap = true;
        if (byteSwapped(length) != 84)
            fail("not a DCD trajectory (the first record is not 84 bytes)");
    }
    std::fseek(m_file.get(), 0, SEEK_SET);
    std::vector<char> rec;
    readRecord(rec, false);
    if (std::memcmp(rec.data(), "CORD", 4) != 0)
        fail("not a DCD coordinate file (no CORD signature)");
    m_frames = toInt(rec.data() + 4);
    m_start = toInt(rec.data() + 8);
    m_interval = std::max(1, toInt(rec.data() + 12));
    m_hasCell = toInt(rec.data() + 4 + 4 * 10) != 0;
    if (toInt(rec.data() + 4 + 4 * 8) != 0)
        fail("DCD files with fixed atoms are not supported");
    readRecord(rec, false); // title
    readRecord(rec, false); // atom count
    if (rec.size() != 4)
        fail("malformed atom-count record");
    m_atoms = toInt(rec.data());
    if (m_atoms <= 0)
        fail("the atom count must be positive");
    if (12 * static_cast<std::uint64_t>(m_atoms) > m_fileSize)
        fail("the header claims " + std::to_string(m_atoms) +
             " atoms, more than the file can hold");
}

void DcdReader::fail(const std::string& message) const {
    // Binary file: the "line" is the frame number (1-based), 0 for the header.
    throw InputError(m_path, 0,
                     message + (m_frameIndex > 0 || m_atoms > 0
                                    ? " (at frame " + std::to_string(m_frameIndex + 1) + ", byte " +
                                          std::to_string(m_offset) + ")"
                                    : ""));
}

std::int32_t DcdReader::toInt(const char* p) const {
    std::int32_t v;
    std::memcpy(&v, p, 4);
    return m_swap ? byteSwapped(v) : v;
}
float DcdReader::toFloat(const char* p) const {
    float v;
    std::memcpy(&v, p, 4);
    return m_swap ? byteSwapped(v) : v;
}
double DcdReader::toDouble(const char* p) const {
    double v;
    std::memcpy(&v, p, 8);
    return m_swap ? byteSwapped(v) : v;
}

// One Fortran record: length, payload, the same length again.
bool DcdReader::readRecord(std::vector<char>& out, bool allowEnd) {
    char marker[4];
    const std::size_t got = std::fread(marker, 1, 4, m_file.get());
    if (got == 0 && allowEnd && std::feof(m_file.get()))
        return false;
    if (got != 4)
        fail("unexpected end of file inside a record (truncated file?)");
    const std::int32_t length = toInt(marker);
    // Lengths come from the file: never allocate more than the file can still hold.
    if (length < 0 || m_offset + 8 + static_cast<std::uint64_t>(length) > m_fileSize)
        fail(length < 0 ? "corrupt record length " + std::to_string(length)
                        : "unexpected end of file inside a record (truncated file?)");
    out.resize(static_cast<std::size_t>(length));
    char trailer[4];
    if (std::fread(out.data(), 1, out.size(), m_file.get()) != out.size() ||
        std::fread(trailer, 1, 4, m_file.get()) != 4)
        fail("unexpected end of file inside a record (truncated file?)");
    if (toInt(trailer) != length)
        fail("record markers do not match (corrupt file?)");
    m_offset += 8 + out.size();
    return true;
}

bool DcdReader::next(Frame& frame) {
    std::vector<char>& rec = m_buffer;
    if (!readRecord(rec, true))
        return false;
    frame.firstLine = m_frameIndex + 1;
    frame.timestep = std::int64_t(m_start) + m_frameIndex * std::int64_t(m_interval);
    Eigen::Vector3d lengths(0, 0, 0), cosines(0, 0, 0);
    if (m_hasCell) {
        if (rec.size() != 48)
            fail("malformed unit-cell record");
        // CHARMM order: A, cos(gamma) or gamma, B, cos(beta) or beta, cos(alpha) or alpha, C.
        lengths = {toDouble(rec.data()), toDouble(rec.data() + 16), toDouble(rec.data() + 40)};
        double angle[3] = {toDouble(rec.data() + 32), toDouble(rec.data() + 24),
                           toDouble(rec.data() + 8)};
        for (int k = 0; k < 3; ++k)
            cosines[k] = std::abs(angle[k]) <= 1.0 ? angle[k]
                                                   : std::cos(angle[k] * std::numbers::pi / 180.0);
        if (!readRecord(rec, false))
            return false;
    }
    const auto n = static_cast<std::size_t>(m_atoms);
    frame.ids.resize(n);
    frame.types.assign(n, 1);
    frame.positions.resize(n);
    for (int k = 0; k < 3; ++k) {
        if (k > 0)
            readRecord(rec, false);
        if (rec.size() != 4 * n)
            fail("coordinate record holds " + std::to_string(rec.size() / 4) +
                 " values, expected " + std::to_string(n));
        for (std::size_t a = 0; a < n; ++a)
            frame.positions[a][k] = toFloat(rec.data() + 4 * a);
    }
    for (std::size_t a = 0; a < n; ++a)
        frame.ids[a] = static_cast<std::int64_t>(a + 1);
    if (m_hasCell && lengths.minCoeff() > 0) {
        // Cell vectors from lengths and angles (a along x, b in the xy plane).
        const double cosAlpha = cosines[0], cosBeta = cosines[1], cosGamma = cosines[2];
        const double sinGamma = std::sqrt(std::max(0.0, 1 - cosGamma * cosGamma));
        Eigen::Matrix3d h = Eigen::Matrix3d::Zero();
        h(0, 0) = lengths[0];
        h(0, 1) = lengths[1] * cosGamma;
        h(1, 1) = lengths[1] * sinGamma;
        h(0, 2) = lengths[2] * cosBeta;
        h(1, 2) = lengths[2] * (cosAlpha - cosBeta * cosGamma) / sinGamma;
        h(2, 2) = std::sqrt(
            std::max(0.0, lengths[2] * lengths[2] - h(0, 2) * h(0, 2) - h(1, 2) * h(1, 2)));
        frame.box = Box(Eigen::Vector3d::Zero(), h);
    } else {
        fail("the DCD file has no unit cell: a periodic box is required");
    }
    frame.kind = m_wrapped ? CoordinateKind::Wrapped : CoordinateKind::Unwrapped;
    ++m_frameIndex;
    return true;
}

} // namespace tx::core
