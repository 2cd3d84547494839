#include "core/io/H5mdReader.h"

#include "core/io/InputError.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace tx::core {

namespace {
// No realistic trajectory for this tool comes near; a chunked HDF5 dataset can claim any
// extent without storing it, so memory must not follow the claim.
constexpr hsize_t kMaxAtoms = 100'000'000;

std::string pickParticleGroup(hid_t particles) {
    const auto names = hdf5::childNames(particles);
    std::vector<std::string> withPositions;
    for (const auto& n : names) {
        hdf5::Object group = hdf5::openGroup(particles, n);
        if (group.valid() && hdf5::hasChild(group.id(), "position"))
            withPositions.push_back(n);
    }
    if (std::find(withPositions.begin(), withPositions.end(), "all") != withPositions.end())
        return "all";
    return withPositions.size() == 1 ? withPositions.front() : std::string();
}
} // namespace

H5mdReader::H5mdReader(const std::string& path, bool positionsWrapped)
    : m_path(path), m_wrapped(positionsWrapped) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        fail(sentence::kNoSuchFile);
    m_fileSize = std::filesystem::file_size(path, ec);
    if (!hdf5::isHdf5File(path))
        fail(sentence::kNotHdf5);
    m_file = hdf5::openFile(path);
    if (!m_file.valid())
        fail(sentence::kHdf5Damaged);
    hdf5::Object particles = hdf5::openGroup(m_file.id(), "particles");
    if (!particles.valid())
        fail(sentence::kNoParticlesGroup);
    const std::string group = pickParticleGroup(particles.id());
    if (group.empty())
        fail(sentence::kNoParticleGroup);
    m_groupPath = "/particles/" + group;
    m_particles = hdf5::openGroup(particles.id(), group);

    m_position = *openElement(m_particles.id(), m_groupPath, "position", true);
    if (!m_position.timeDependent)
        fail(say(sentence::kPositionNotTimeDependent, {m_groupPath}));
    const auto shape = hdf5::shapeOf(m_position.value.id());
    if (!shape || shape->size() != 3 || (*shape)[2] != 3)
        fail(say(sentence::kPositionShape, {m_position.path + "/value"}));
    if ((*shape)[1] == 0 || (*shape)[1] > kMaxAtoms)
        fail(say(sentence::kTooManyAtoms, {m_position.path + "/value", std::to_string((*shape)[1]),
                                           std::to_string(kMaxAtoms)}));
    m_atoms = static_cast<std::size_t>((*shape)[1]);
    // H5MD's "unit" attributes: on position/value for lengths, on position/time for times.
    if (const auto unit = hdf5::readStringAttribute(m_position.value.id(), "unit");
        unit && !unit->empty())
        m_metadata.units.length = canonicalUnit(unit->front());
    if (hdf5::Object positionGroup = hdf5::openGroup(m_particles.id(), "position");
        positionGroup.valid() && hdf5::hasChild(positionGroup.id(), "time")) {
        hdf5::Object time = hdf5::openDataset(positionGroup.id(), "time");
        if (time.valid())
            if (const auto unit = hdf5::readStringAttribute(time.id(), "unit");
                unit && !unit->empty())
                m_metadata.units.time = canonicalUnit(unit->front());
    }

    hdf5::Object boxGroup = hdf5::openGroup(m_particles.id(), "box");
    if (!boxGroup.valid())
        fail(say(sentence::kNoBoxGroup, {m_groupPath}));
    if (const auto boundary = hdf5::readStringAttribute(boxGroup.id(), "boundary"))
        for (const auto& b : *boundary)
            if (b != "periodic")
                fail(say(sentence::kBoundaryNotPeriodic, {m_groupPath, b}));
    m_box = *openElement(boxGroup.id(), m_groupPath + "/box", "edges", true);
    m_id = openElement(m_particles.id(), m_groupPath, "id", false);
    m_species = openElement(m_particles.id(), m_groupPath, "species", false);
    m_image = openElement(m_particles.id(), m_groupPath, "image", false);
}

void H5mdReader::fail(const std::string& message) const {
    // Binary file: the "line" is the frame (1-based) once frames are being read.
    throw InputError(m_path, 0,
                     m_reading
                         ? say(sentence::kAtFrameOnly, {message, std::to_string(m_frameIndex + 1)})
                         : message);
}

std::optional<H5mdReader::Element> H5mdReader::openElement(hid_t parent,
                                                           const std::string& parentPath,
                                                           const std::string& name,
                                                           bool required) const {
    Element e;
    e.path = parentPath + "/" + name;
    if (hdf5::isGroup(parent, name)) {
        hdf5::Object group = hdf5::openGroup(parent, name);
        e.value = hdf5::openDataset(group.id(), "value");
        if (!e.value.valid())
            fail(say(sentence::kNoValueDataset, {e.path}));
        if (const std::string claim = hdf5::claimBeyondStorage(e.value.id(), e.path + "/value");
            !claim.empty())
            fail(claim);
        const auto shape = hdf5::shapeOf(e.value.id());
        if (!shape || shape->empty() || (*shape)[0] == 0)
            fail(say(sentence::kNoSamples, {e.path + "/value"}));
        e.timeDependent = true;
        e.steps = stepsOf(group.id(), e.path, (*shape)[0]);
        e.path += "/value";
        e.holdsIntegers = hdf5::isIntegerDataset(e.value.id());
        e.holdsFloats = hdf5::isFloatDataset(e.value.id());
        e.sampleShapeRank = shape->size() - 1;
        return e;
    }
    e.value = hdf5::openDataset(parent, name);
    if (!e.value.valid()) {
        if (required)
            fail(say(sentence::kNotInFile, {e.path}));
        return std::nullopt;
    }
    if (const std::string claim = hdf5::claimBeyondStorage(e.value.id(), e.path); !claim.empty())
        fail(claim);
    e.holdsIntegers = hdf5::isIntegerDataset(e.value.id());
    e.holdsFloats = hdf5::isFloatDataset(e.value.id());
    const auto shape = hdf5::shapeOf(e.value.id());
    e.sampleShapeRank = shape ? shape->size() : 0;
    return e;
}

// H5MD gives the step of each sample, or one increment (a scalar) with an optional offset.
std::vector<long long> H5mdReader::stepsOf(hid_t group, const std::string& elementPath,
                                           hsize_t rows) const {
    hdf5::Object step = hdf5::openDataset(group, "step");
    if (!step.valid())
        fail(say(sentence::kNoStepDataset, {elementPath}));
    if (const std::string claim = hdf5::claimBeyondStorage(step.id(), elementPath + "/step");
        !claim.empty())
        fail(claim);
    const auto shape = hdf5::shapeOf(step.id());
    std::vector<long long> values;
    if (!hdf5::isIntegerDataset(step.id()) || !shape || shape->size() > 1 ||
        !hdf5::readAll(step.id(), values))
        fail(say(sentence::kStepNotIntegers, {elementPath + "/step"}));
    std::vector<long long> steps(static_cast<std::size_t>(rows));
    if (shape->empty()) {
        const long long increment = values.front();
        if (increment <= 0)
            fail(say(sentence::kStepNotPositive, {elementPath + "/step"}));
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (__builtin_mul_overflow(static_cast<long long>(i), increment, &steps[i]))
                fail(say(sentence::kStepOverflow, {elementPath + "/step"}));
    } else if (values.size() == rows) {
        steps = std::move(values);
    } else {
        fail(say(sentence::kStepCount,
                 {elementPath + "/step", std::to_string(values.size()), std::to_string(rows)}));
    }
    if (!std::is_sorted(steps.begin(), steps.end()))
        fail(say(sentence::kStepOrder, {elementPath + "/step"}));
    return steps;
}

hsize_t H5mdReader::rowFor(const Element& element, long long step) const {
    if (!element.timeDependent)
        return kFixedSample;
    const auto after = std::upper_bound(element.steps.begin(), element.steps.end(), step);
    if (after == element.steps.begin())
        fail(say(sentence::kNoSampleBefore, {element.path, std::to_string(step)}));
    return static_cast<hsize_t>(after - element.steps.begin() - 1);
}

template <class T>
void H5mdReader::readSample(const Element& element, long long step, std::size_t expected,
                            std::vector<T>& out) const {
    const hsize_t row = rowFor(element, step);
    const bool ok = row == kFixedSample ? hdf5::readAll(element.value.id(), out)
                                        : hdf5::readRow(element.value.id(), row, out);
    if (!ok)
        fail(say(sentence::kCannotReadElement, {element.path}));
    if (out.size() != expected)
        fail(say(sentence::kValuesPerSample,
                 {element.path, std::to_string(out.size()), std::to_string(expected)}));
}

void H5mdReader::readDoubles(const Element& element, long long step, std::size_t expected,
                             std::vector<double>& out) const {
    readSample(element, step, expected, out);
    for (double v : out)
        if (!std::isfinite(v))
            fail(say(sentence::kNotFinite, {element.path}));
}

void H5mdReader::readIntegers(const Element& element, long long step, std::size_t expected,
                              std::vector<long long>& out) const {
    if (element.holdsIntegers)
        return readSample(element, step, expected, out);
    if (!element.holdsFloats)
        fail(say(sentence::kMustHoldIntegers, {element.path}));
    // Whole numbers stored as floats (ZnH5MD and ASE write species so) are taken as integers.
    std::vector<double> values;
    readSample(element, step, expected, values);
    out.resize(values.size());
    for (std::size_t k = 0; k < values.size(); ++k) {
        const double v = values[k];
        if (!(std::abs(v) < 1e15) || std::floor(v) != v) {
            char text[40];
            std::snprintf(text, sizeof text, "%.17g", v);
            fail(say(sentence::kNotWhole, {element.path, text}));
        }
        out[k] = static_cast<long long>(v);
    }
}

Box H5mdReader::boxAt(long long step) const {
    std::vector<double> edges;
    readDoubles(m_box, step, m_box.sampleShapeRank == 2 ? 9 : 3, edges);
    Eigen::Matrix3d h = Eigen::Matrix3d::Zero();
    if (edges.size() == 3)
        h.diagonal() = Eigen::Vector3d(edges[0], edges[1], edges[2]);
    else
        for (int row = 0; row < 3; ++row) // rows of the H5MD matrix are the cell vectors
            for (int k = 0; k < 3; ++k)
                h(k, row) = edges[static_cast<std::size_t>(3 * row + k)];
    if (!(h.determinant() > 0))
        fail(say(sentence::kNotRightHanded, {m_box.path}));
    return Box(Eigen::Vector3d::Zero(), h);
}

bool H5mdReader::next(Frame& frame) {
    if (m_frameIndex >= m_position.steps.size())
        return false;
    const long long step = m_position.steps[m_frameIndex];
    const std::size_t n = m_atoms;
    m_reading = true;
    frame.timestep = step;
    frame.firstLine = static_cast<std::int64_t>(m_frameIndex) + 1;
    frame.box = boxAt(step);
    readDoubles(m_position, step, 3 * n, m_doubles);
    frame.positions.resize(n);
    for (std::size_t a = 0; a < n; ++a)
        frame.positions[a] = {m_doubles[3 * a], m_doubles[3 * a + 1], m_doubles[3 * a + 2]};
    frame.kind = m_wrapped ? CoordinateKind::Wrapped : CoordinateKind::Unwrapped;
    if (m_image) {
        readIntegers(*m_image, step, 3 * n, m_integers);
        for (std::size_t a = 0; a < n; ++a) {
            const Eigen::Vector3i image(static_cast<int>(m_integers[3 * a]),
                                        static_cast<int>(m_integers[3 * a + 1]),
                                        static_cast<int>(m_integers[3 * a + 2]));
            frame.positions[a] += frame.box.imageShift(image);
        }
        frame.kind = CoordinateKind::Unwrapped;
    }
    frame.ids.resize(n);
    if (m_id) {
        readIntegers(*m_id, step, n, m_integers);
        for (std::size_t a = 0; a < n; ++a) {
            if (m_integers[a] < 0)
                fail(say(sentence::kNegativeId, {m_id->path}));
            frame.ids[a] = m_integers[a];
        }
    } else {
        for (std::size_t a = 0; a < n; ++a)
            frame.ids[a] = static_cast<std::int64_t>(a + 1);
    }
    frame.types.assign(n, 1);
    if (m_species) {
        readIntegers(*m_species, step, n, m_integers);
        const long long lowest = *std::min_element(m_integers.begin(), m_integers.end());
        if (m_frameIndex == 0)
            m_speciesOffset = lowest == 0 ? 1 : 0;
        if (lowest + m_speciesOffset < 1 ||
            *std::max_element(m_integers.begin(), m_integers.end()) > 1'000'000)
            fail(say(sentence::kSpeciesRange, {m_species->path}));
        for (std::size_t a = 0; a < n; ++a)
            frame.types[a] = static_cast<int>(m_integers[a] + m_speciesOffset);
    }
    sortAtomsById(frame, m_path);
    ++m_frameIndex;
    return true;
}

std::uint64_t H5mdReader::bytesRead() const {
    const auto frames = std::max<std::size_t>(1, m_position.steps.size());
    return m_fileSize * m_frameIndex / frames;
}

} // namespace tx::core
