// libFuzzer target: the H5MD reader on structurally valid HDF5 files whose layout the bytes
// choose (which elements exist, fixed or time-dependent, their shapes, types and values).
// Raw bytes would mostly exercise libhdf5's own parser, which is not ours to harden; this
// target checks what the reader makes of any layout an HDF5 writer can produce.
#include "core/io/Hdf5Object.h"
#include "fuzz/FuzzTarget.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

namespace {

using tx::core::hdf5::Object;

std::vector<hsize_t> someShape(FuzzedDataProvider& in, std::vector<hsize_t> usual) {
    if (in.ConsumeBool())
        return usual;
    std::vector<hsize_t> dims(in.ConsumeIntegralInRange<std::size_t>(0, 4));
    for (auto& d : dims)
        d = in.ConsumeIntegralInRange<hsize_t>(0, 5);
    return dims;
}

void writeSomeDataset(FuzzedDataProvider& in, hid_t parent, const char* name,
                      const std::vector<hsize_t>& dims, bool integers) {
    const bool asIntegers = in.ConsumeProbability<double>() < 0.9 ? integers : !integers;
    Object space(dims.empty() ? H5Screate(H5S_SCALAR)
                              : H5Screate_simple(int(dims.size()), dims.data(), nullptr));
    hsize_t count = 1;
    for (hsize_t d : dims)
        count *= d;
    Object set(H5Dcreate2(parent, name, asIntegers ? H5T_STD_I64LE : H5T_IEEE_F64LE, space.id(),
                          H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    if (!set.valid())
        return;
    if (asIntegers) {
        std::vector<long long> v(count);
        for (auto& x : v)
            x = in.ConsumeBool() ? in.ConsumeIntegralInRange<long long>(-2, 12)
                                 : in.ConsumeIntegral<long long>();
        H5Dwrite(set.id(), H5T_NATIVE_LLONG, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
    } else {
        std::vector<double> v(count);
        for (auto& x : v)
            x = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(-20, 20)
                                 : in.ConsumeFloatingPoint<double>();
        H5Dwrite(set.id(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
    }
}

// An element: absent, a fixed dataset, or a group with value and step.
void writeSomeElement(FuzzedDataProvider& in, hid_t parent, const char* name, hsize_t frames,
                      std::vector<hsize_t> sample, bool integers) {
    const int form = in.ConsumeIntegralInRange(0, 2);
    if (form == 0)
        return;
    if (form == 1) {
        writeSomeDataset(in, parent, name, someShape(in, sample), integers);
        return;
    }
    Object group(H5Gcreate2(parent, name, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    sample.insert(sample.begin(), frames);
    writeSomeDataset(in, group.id(), "value", someShape(in, sample), integers);
    if (in.ConsumeProbability<double>() < 0.9)
        writeSomeDataset(in, group.id(), "step", someShape(in, {frames}), true);
}

void writeSomeTrajectory(FuzzedDataProvider& in, const std::string& path) {
    Object file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
    Object particles(H5Gcreate2(file.id(), "particles", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    const char* groupName = in.ConsumeBool() ? "all" : "atoms";
    Object all(H5Gcreate2(particles.id(), groupName, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    const hsize_t frames = in.ConsumeIntegralInRange<hsize_t>(0, 4);
    const hsize_t atoms = in.ConsumeIntegralInRange<hsize_t>(0, 6);
    writeSomeElement(in, all.id(), "position", frames, {atoms, 3}, false);
    writeSomeElement(in, all.id(), "image", frames, {atoms, 3}, true);
    writeSomeElement(in, all.id(), "id", frames, {atoms}, true);
    writeSomeElement(in, all.id(), "species", frames, {atoms}, true);
    if (in.ConsumeProbability<double>() < 0.9) {
        Object box(H5Gcreate2(all.id(), "box", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
        if (in.ConsumeBool()) {
            const std::string boundary =
                in.ConsumeBool() ? "periodic" : in.ConsumeRandomLengthString(20);
            Object type(H5Tcopy(H5T_C_S1));
            H5Tset_size(type.id(), boundary.size() + 1);
            Object space(H5Screate(H5S_SCALAR));
            Object attribute(
                H5Acreate2(box.id(), "boundary", type.id(), space.id(), H5P_DEFAULT, H5P_DEFAULT));
            H5Awrite(attribute.id(), type.id(), boundary.c_str());
        }
        writeSomeElement(in, box.id(), "edges", frames,
                         in.ConsumeBool() ? std::vector<hsize_t>{3} : std::vector<hsize_t>{3, 3},
                         false);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // the writer's own failures are expected
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const std::string path = tx::fuzz::scratchPath(".h5md");
    writeSomeTrajectory(in, path);
    return tx::fuzz::readFileToEnd(path);
}
