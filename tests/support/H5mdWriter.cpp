#include "tests/support/H5mdWriter.h"

#include "core/io/Hdf5Object.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>

namespace tx::test {

using core::hdf5::Object;

namespace {
void check(bool ok, const std::string& what) {
    if (!ok)
        throw std::runtime_error("H5MD test writer: " + what);
}

Object makeGroup(hid_t parent, const std::string& name) {
    Object g(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    check(g.valid(), "cannot create group " + name);
    return g;
}

template <class T>
void writeDataset(hid_t parent, const std::string& name, hid_t fileType, hid_t memoryType,
                  const std::vector<hsize_t>& dims, const std::vector<T>& data) {
    Object space(dims.empty() ? H5Screate(H5S_SCALAR)
                              : H5Screate_simple(int(dims.size()), dims.data(), nullptr));
    Object set(H5Dcreate2(parent, name.c_str(), fileType, space.id(), H5P_DEFAULT, H5P_DEFAULT,
                          H5P_DEFAULT));
    check(set.valid() &&
              H5Dwrite(set.id(), memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data.data()) >= 0,
          "cannot write " + name);
}

void writeSteps(hid_t group, const std::vector<long long>& steps) {
    writeDataset(group, "step", H5T_STD_I64LE, H5T_NATIVE_LLONG, {hsize_t(steps.size())}, steps);
    std::vector<double> time(steps.size());
    std::transform(steps.begin(), steps.end(), time.begin(),
                   [](long long s) { return 0.005 * double(s); });
    writeDataset(group, "time", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {hsize_t(steps.size())}, time);
}

void writeStringAttribute(hid_t object, const std::string& name,
                          const std::vector<std::string>& values) {
    const std::size_t width = 16;
    std::string buffer(width * values.size(), '\0');
    for (std::size_t i = 0; i < values.size(); ++i)
        buffer.replace(i * width, values[i].size(), values[i]);
    Object type(H5Tcopy(H5T_C_S1));
    H5Tset_size(type.id(), width);
    const hsize_t n = values.size();
    Object space(H5Screate_simple(1, &n, nullptr));
    Object attribute(
        H5Acreate2(object, name.c_str(), type.id(), space.id(), H5P_DEFAULT, H5P_DEFAULT));
    check(H5Awrite(attribute.id(), type.id(), buffer.data()) >= 0, "attribute " + name);
}

// Cell vectors as the rows of the H5MD edges matrix, or the diagonal.
std::vector<double> edgesOf(const core::Frame& f, bool matrix) {
    const Eigen::Matrix3d& h = f.box.cellVectors();
    if (!matrix)
        return {h(0, 0), h(1, 1), h(2, 2)};
    std::vector<double> e(9);
    for (int row = 0; row < 3; ++row)
        for (int k = 0; k < 3; ++k)
            e[std::size_t(3 * row + k)] = h(k, row);
    return e;
}
} // namespace

void writeH5md(const std::string& path, const std::vector<core::Frame>& frames,
               const H5mdStyle& style) {
    const std::size_t nFrames = frames.size(), n = frames.front().atomCount();
    Object file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
    check(file.valid(), "cannot create " + path);
    {
        Object h5md = makeGroup(file.id(), "h5md");
        const std::vector<int> version{1, 1};
        const hsize_t two = 2;
        Object space(H5Screate_simple(1, &two, nullptr));
        Object attribute(
            H5Acreate2(h5md.id(), "version", H5T_STD_I32LE, space.id(), H5P_DEFAULT, H5P_DEFAULT));
        H5Awrite(attribute.id(), H5T_NATIVE_INT, version.data());
    }
    Object particles = makeGroup(file.id(), "particles");
    Object all = makeGroup(particles.id(), "all");

    std::vector<long long> steps;
    for (const auto& f : frames)
        steps.push_back(f.timestep);

    // Atom order per frame: file order k holds atom order[f][k].
    std::vector<std::vector<std::size_t>> order(nFrames, std::vector<std::size_t>(n));
    std::mt19937_64 rng(11);
    for (auto& o : order) {
        std::iota(o.begin(), o.end(), std::size_t{0});
        if (style.shuffleAtoms)
            std::shuffle(o.begin(), o.end(), rng);
    }

    std::vector<double> positions;
    std::vector<long long> images, ids;
    for (std::size_t f = 0; f < nFrames; ++f)
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t a = order[f][k];
            Eigen::Vector3d s = frames[f].box.toFractional(frames[f].positions[a]);
            const Eigen::Vector3d image = s.array().floor();
            s -= image; // wrapped into the cell, absolute coordinates as LAMMPS writes them
            const Eigen::Vector3d wrapped = frames[f].box.fromFractional(s);
            for (int d = 0; d < 3; ++d) {
                positions.push_back(wrapped[d]);
                images.push_back(static_cast<long long>(image[d]));
            }
            ids.push_back(frames[f].ids[a]);
        }
    {
        Object group = makeGroup(all.id(), "position");
        writeDataset(group.id(), "value", style.singlePrecision ? H5T_IEEE_F32LE : H5T_IEEE_F64LE,
                     H5T_NATIVE_DOUBLE, {nFrames, n, 3}, positions);
        writeSteps(group.id(), steps);
    }
    if (style.images) {
        Object group = makeGroup(all.id(), "image");
        writeDataset(group.id(), "value", H5T_STD_I32LE, H5T_NATIVE_LLONG, {nFrames, n, 3}, images);
        writeSteps(group.id(), steps);
    }
    if (style.shuffleAtoms) {
        Object group = makeGroup(all.id(), "id");
        writeDataset(group.id(), "value", H5T_STD_I64LE, H5T_NATIVE_LLONG, {nFrames, n}, ids);
        writeSteps(group.id(), steps);
    }
    std::vector<long long> species(n);
    for (std::size_t a = 0; a < n; ++a)
        species[a] = frames.front().types[a] - (style.zeroBasedSpecies ? 1 : 0);
    if (!style.shuffleAtoms && style.species == H5mdStyle::Species::Floats) {
        std::vector<double> values(species.begin(), species.end());
        for (double& v : values)
            v += style.floatSpeciesShift;
        writeDataset(all.id(), "species", H5T_IEEE_F32LE, H5T_NATIVE_DOUBLE, {n}, values);
    } else if (!style.shuffleAtoms && style.species == H5mdStyle::Species::Enum) {
        // Members named after the species, stored as 8-bit values.
        Object fileType(H5Tenum_create(H5T_STD_I8LE));
        Object memoryType(H5Tenum_create(H5T_NATIVE_LLONG));
        for (long long v : std::set<long long>(species.begin(), species.end())) {
            const std::string name = "species_" + std::to_string(v);
            const auto small = static_cast<signed char>(v);
            H5Tenum_insert(fileType.id(), name.c_str(), &small);
            H5Tenum_insert(memoryType.id(), name.c_str(), &v);
        }
        writeDataset(all.id(), "species", fileType.id(), memoryType.id(), {n}, species);
    } else if (!style.shuffleAtoms) { // a varying order needs time-dependent species
        writeDataset(all.id(), "species", H5T_STD_I32LE, H5T_NATIVE_LLONG, {n}, species);
    } else {
        std::vector<long long> perFrame;
        for (std::size_t f = 0; f < nFrames; ++f)
            for (std::size_t k = 0; k < n; ++k)
                perFrame.push_back(species[order[f][k]]);
        Object group = makeGroup(all.id(), "species");
        writeDataset(group.id(), "value", H5T_STD_I32LE, H5T_NATIVE_LLONG, {nFrames, n}, perFrame);
        writeSteps(group.id(), steps);
    }

    Object box = makeGroup(all.id(), "box");
    {
        const std::vector<int> dimension{3};
        Object space(H5Screate(H5S_SCALAR));
        Object attribute(
            H5Acreate2(box.id(), "dimension", H5T_STD_I32LE, space.id(), H5P_DEFAULT, H5P_DEFAULT));
        H5Awrite(attribute.id(), H5T_NATIVE_INT, dimension.data());
    }
    writeStringAttribute(box.id(), "boundary", {style.boundary, style.boundary, style.boundary});
    const bool matrix = style.matrixEdges || frames.front().box.isTriclinic();
    std::vector<hsize_t> sampleShape =
        matrix ? std::vector<hsize_t>{3, 3} : std::vector<hsize_t>{3};
    if (!style.timeDependentBox) {
        writeDataset(box.id(), "edges", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, sampleShape,
                     edgesOf(frames.front(), matrix));
        return;
    }
    std::vector<double> edges;
    std::vector<long long> boxSteps;
    for (std::size_t f = 0; f < nFrames; f += std::size_t(style.boxEvery)) {
        const auto e = edgesOf(frames[f], matrix);
        edges.insert(edges.end(), e.begin(), e.end());
        boxSteps.push_back(steps[f]);
    }
    std::vector<hsize_t> dims{hsize_t(boxSteps.size())};
    dims.insert(dims.end(), sampleShape.begin(), sampleShape.end());
    Object group = makeGroup(box.id(), "edges");
    writeDataset(group.id(), "value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, dims, edges);
    writeSteps(group.id(), boxSteps);
}

} // namespace tx::test
