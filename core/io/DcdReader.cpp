#include "core/io/DcdReader.h"

#include "core/io/BinaryFile.h"
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

const char* dcdCellConventionName(DcdCellConvention c) {
    switch (c) {
    case DcdCellConvention::Undecided:
        return sentence::kDcdCellUndecided;
    case DcdCellConvention::LengthsAndDegrees:
        return sentence::kDcdCellDegrees;
    case DcdCellConvention::LengthsAndCosines:
        return sentence::kDcdCellCosines;
    case DcdCellConvention::BoxMatrix:
        return sentence::kDcdCellMatrix;
    }
    return "";
}

namespace {

// Cell vectors (columns) from lengths and angle cosines, a along x and b in the xy plane.
Eigen::Matrix3d cellOfLengthsAndCosines(const Eigen::Vector3d& length, double cosAlpha,
                                        double cosBeta, double cosGamma) {
    const double sinGamma = std::sqrt(std::max(0.0, 1 - cosGamma * cosGamma));
    Eigen::Matrix3d h = Eigen::Matrix3d::Zero();
    h(0, 0) = length[0];
    h(0, 1) = length[1] * cosGamma;
    h(1, 1) = length[1] * sinGamma;
    h(0, 2) = length[2] * cosBeta;
    h(1, 2) = sinGamma > 0 ? length[2] * (cosAlpha - cosBeta * cosGamma) / sinGamma : 0.0;
    h(2, 2) =
        std::sqrt(std::max(0.0, length[2] * length[2] - h(0, 2) * h(0, 2) - h(1, 2) * h(1, 2)));
    return h;
}

// V / (a b c) of a cell with these angle cosines: 1 for right angles, 0 for a flat cell.
double normalisedVolume(double cosAlpha, double cosBeta, double cosGamma) {
    const double g = 1 - cosAlpha * cosAlpha - cosBeta * cosBeta - cosGamma * cosGamma +
                     2 * cosAlpha * cosBeta * cosGamma;
    return g > 0 ? std::sqrt(g) : 0.0;
}

double cosineOfDegrees(double degrees) {
    // 90 degrees exactly gives a cosine of exactly 0, so an orthogonal cell stays orthogonal.
    return degrees == 90.0 ? 0.0 : std::cos(degrees * std::numbers::pi / 180.0);
}

} // namespace

std::string cellFromRecord(const double record[6], DcdCellConvention& convention,
                           Eigen::Matrix3d& cell) {
    // CHARMM order of the six numbers: A, gamma, B, beta, alpha, C; in the box-matrix
    // convention the same slots hold h11, h21, h22, h31, h32, h33 of the symmetric matrix.
    const Eigen::Vector3d diagonal(record[0], record[2], record[5]);
    const double alpha = record[4], beta = record[3], gamma = record[1];
    for (int k = 0; k < 6; ++k)
        if (!std::isfinite(record[k]))
            return sentence::kCellNotFinite;
    if (alpha == 0 && beta == 0 && gamma == 0 &&
        convention != DcdCellConvention::LengthsAndDegrees) {
        // Zero cosines or zero off-diagonal entries: the same orthogonal cell either way.
        cell = diagonal.asDiagonal();
        return {};
    }
    if (convention == DcdCellConvention::Undecided) {
        const bool cosines = std::abs(alpha) <= 1 && std::abs(beta) <= 1 && std::abs(gamma) <= 1;
        const bool degrees = alpha > 0 && alpha < 180 && beta > 0 && beta < 180 && gamma > 0 &&
                             gamma < 180 &&
                             normalisedVolume(cosineOfDegrees(alpha), cosineOfDegrees(beta),
                                              cosineOfDegrees(gamma)) >= kDcdPlausibleVolume;
        convention = cosines   ? DcdCellConvention::LengthsAndCosines
                     : degrees ? DcdCellConvention::LengthsAndDegrees
                               : DcdCellConvention::BoxMatrix;
    }
    switch (convention) {
    case DcdCellConvention::LengthsAndCosines:
        if (std::abs(alpha) > 1 || std::abs(beta) > 1 || std::abs(gamma) > 1)
            return say(sentence::kCellLeavesCosines, {dcdCellConventionName(convention)});
        cell = cellOfLengthsAndCosines(diagonal, alpha, beta, gamma);
        return {};
    case DcdCellConvention::LengthsAndDegrees:
        if (!(alpha > 0 && alpha < 180 && beta > 0 && beta < 180 && gamma > 0 && gamma < 180))
            return say(sentence::kCellLeavesDegrees, {dcdCellConventionName(convention)});
        cell = cellOfLengthsAndCosines(diagonal, cosineOfDegrees(alpha), cosineOfDegrees(beta),
                                       cosineOfDegrees(gamma));
        return {};
    case DcdCellConvention::BoxMatrix:
        cell << record[0], record[1], record[3], //
            record[1], record[2], record[4],     //
            record[3], record[4], record[5];
        return {};
    case DcdCellConvention::Undecided:
        break;
    }
    return sentence::kUnknownCellConvention;
}

DcdReader::DcdReader(const std::string& path, bool positionsWrapped)
    : m_path(path), m_wrapped(positionsWrapped) {
    BinaryFile opened = openBinaryFile(path);
    m_file = std::move(opened.file);
    m_fileSize = opened.size;
    // Header record: 84 bytes, "CORD" + 20 control integers; its length marker tells the byte
    // order.
    char marker[4];
    if (std::fread(marker, 1, 4, m_file.get()) != 4)
        fail(sentence::kDcdEmpty);
    std::int32_t length;
    std::memcpy(&length, marker, 4);
    if (length != 84) {
        m_swap = true;
        if (byteSwapped(length) != 84)
            fail(sentence::kDcdFirstRecord);
    }
    std::fseek(m_file.get(), 0, SEEK_SET);
    std::vector<char> rec;
    readRecord(rec, false);
    if (std::memcmp(rec.data(), "CORD", 4) != 0)
        fail(sentence::kDcdNoCord);
    m_frames = toInt(rec.data() + 4);
    m_start = toInt(rec.data() + 8);
    m_interval = std::max(1, toInt(rec.data() + 12));
    m_hasCell = toInt(rec.data() + 4 + 4 * 10) != 0;
    // CHARMM writes its own version number in the last control integer and, since it keeps
    // the cell as its symmetric XTLABC matrix, the box matrix; NAMD, LAMMPS, VMD, MDAnalysis
    // and OpenMM all write 24 and lengths with angles. For those the numbers decide.
    if (toInt(rec.data() + 4 + 4 * 19) > kDcdLastNonCharmmVersion)
        m_cellConvention = DcdCellConvention::BoxMatrix;
    if (toInt(rec.data() + 4 + 4 * 8) != 0)
        fail(sentence::kDcdFixedAtoms);
    readRecord(rec, false); // title
    readRecord(rec, false); // atom count
    if (rec.size() != 4)
        fail(sentence::kMalformedAtomCount);
    m_atoms = toInt(rec.data());
    if (m_atoms <= 0)
        fail(sentence::kAtomCountPositive);
    if (12 * static_cast<std::uint64_t>(m_atoms) > m_fileSize)
        fail(say(sentence::kHeaderClaimsAtoms, {std::to_string(m_atoms)}));
}

void DcdReader::fail(const std::string& message) const {
    // Binary file: the "line" is the frame number (1-based), 0 for the header.
    throw InputError(m_path, 0,
                     m_frameIndex > 0 || m_atoms > 0
                         ? say(sentence::kAtFrameByte, {message, std::to_string(m_frameIndex + 1),
                                                        std::to_string(m_offset)})
                         : message);
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
        fail(sentence::kRecordTruncated);
    const std::int32_t length = toInt(marker);
    // Lengths come from the file: never allocate more than the file can still hold.
    if (length < 0 || m_offset + 8 + static_cast<std::uint64_t>(length) > m_fileSize)
        fail(length < 0 ? say(sentence::kCorruptRecordLength, {std::to_string(length)})
                        : sentence::kRecordTruncated);
    out.resize(static_cast<std::size_t>(length));
    char trailer[4];
    if (std::fread(out.data(), 1, out.size(), m_file.get()) != out.size() ||
        std::fread(trailer, 1, 4, m_file.get()) != 4)
        fail(sentence::kRecordTruncated);
    if (toInt(trailer) != length)
        fail(sentence::kRecordMarkers);
    m_offset += 8 + out.size();
    return true;
}

bool DcdReader::next(Frame& frame) {
    std::vector<char>& rec = m_buffer;
    if (!readRecord(rec, true))
        return false;
    frame.firstLine = m_frameIndex + 1;
    frame.timestep = std::int64_t(m_start) + m_frameIndex * std::int64_t(m_interval);
    Eigen::Matrix3d cell = Eigen::Matrix3d::Zero();
    if (m_hasCell) {
        if (rec.size() != 48)
            fail(sentence::kMalformedCell);
        double record[6];
        for (int k = 0; k < 6; ++k)
            record[k] = toDouble(rec.data() + 8 * k);
        const std::string problem = cellFromRecord(record, m_cellConvention, cell);
        if (!problem.empty())
            fail(problem);
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
            fail(say(sentence::kCoordinateRecordCount,
                     {std::to_string(rec.size() / 4), std::to_string(n)}));
        for (std::size_t a = 0; a < n; ++a)
            frame.positions[a][k] = toFloat(rec.data() + 4 * a);
    }
    for (std::size_t a = 0; a < n; ++a)
        frame.ids[a] = static_cast<std::int64_t>(a + 1);
    if (!m_hasCell)
        fail(sentence::kDcdNoCell);
    frame.box = Box(Eigen::Vector3d::Zero(), cell);
    frame.kind = m_wrapped ? CoordinateKind::Wrapped : CoordinateKind::Unwrapped;
    ++m_frameIndex;
    return true;
}

} // namespace tx::core
