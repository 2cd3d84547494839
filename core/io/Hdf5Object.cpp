#include "core/io/Hdf5Object.h"
#include "core/model/InputSentences.h"

#include "core/output/Measurement.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace tx::core::hdf5 {

namespace {
// Runs an HDF5 call with the library's automatic error printing off: a malformed user file
// is reported once, by us, with its name.
template <class F> auto quietly(F&& call) {
    H5E_auto2_t function = nullptr;
    void* data = nullptr;
    H5Eget_auto2(H5E_DEFAULT, &function, &data);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    auto result = std::invoke(std::forward<F>(call));
    H5Eset_auto2(H5E_DEFAULT, function, data);
    return result;
}

template <class T>
bool readRowAs(hid_t dataset, hsize_t index, hid_t memoryType, std::vector<T>& out) {
    const auto shape = shapeOf(dataset);
    if (!shape || shape->empty() || index >= (*shape)[0])
        return false;
    std::vector<hsize_t> start(shape->size(), 0), count(*shape);
    start[0] = index;
    count[0] = 1;
    const hsize_t n = std::accumulate(count.begin(), count.end(), hsize_t(1), std::multiplies<>());
    out.resize(static_cast<std::size_t>(n));
    return quietly([&] {
        Object fileSpace(H5Dget_space(dataset));
        Object memorySpace(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr));
        return fileSpace.valid() && memorySpace.valid() &&
               H5Sselect_hyperslab(fileSpace.id(), H5S_SELECT_SET, start.data(), nullptr,
                                   count.data(), nullptr) >= 0 &&
               H5Dread(dataset, memoryType, memorySpace.id(), fileSpace.id(), H5P_DEFAULT,
                       out.data()) >= 0;
    });
}

template <class T> bool readAllAs(hid_t dataset, hid_t memoryType, std::vector<T>& out) {
    const auto shape = shapeOf(dataset);
    if (!shape)
        return false;
    const hsize_t n =
        std::accumulate(shape->begin(), shape->end(), hsize_t(1), std::multiplies<>());
    out.resize(static_cast<std::size_t>(n));
    return quietly([&] {
        return H5Dread(dataset, memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()) >= 0;
    });
}

// How a dataset's integers are read into 64-bit integers. HDF5 converts integers to integers,
// but an enum only to another enum: for an enum (H5MD allows species as one), an enum over
// native 64-bit integers with the same members, so each element arrives as its member's value.
Object integerMemoryType(hid_t dataset) {
    return quietly([&]() -> Object {
        Object fileType(H5Dget_type(dataset));
        if (!fileType.valid() || H5Tget_class(fileType.id()) != H5T_ENUM)
            return Object(H5Tcopy(H5T_NATIVE_LLONG));
        Object base(H5Tget_super(fileType.id()));
        Object memoryType(H5Tenum_create(H5T_NATIVE_LLONG));
        const int members = H5Tget_nmembers(fileType.id());
        if (!base.valid() || !memoryType.valid() || members < 0)
            return Object();
        std::vector<unsigned char> raw(std::max<std::size_t>(H5Tget_size(base.id()), 8));
        for (int k = 0; k < members; ++k) {
            char* name = H5Tget_member_name(fileType.id(), static_cast<unsigned>(k));
            long long value = 0;
            bool ok =
                name &&
                H5Tget_member_value(fileType.id(), static_cast<unsigned>(k), raw.data()) >= 0 &&
                H5Tconvert(base.id(), H5T_NATIVE_LLONG, 1, raw.data(), nullptr, H5P_DEFAULT) >= 0;
            if (ok) {
                std::memcpy(&value, raw.data(), sizeof value);
                ok = H5Tenum_insert(memoryType.id(), name, &value) >= 0;
            }
            H5free_memory(name);
            if (!ok)
                return Object();
        }
        return memoryType;
    });
}

// A fixed-length HDF5 string ends at its first NUL (NULLTERM) or is padded with spaces.
std::string trimmed(std::string s) {
    s.erase(std::min(s.size(), s.find('\0')));
    s.erase(std::min(s.size(), s.find_last_not_of(' ') + 1));
    return s;
}
} // namespace

Object::~Object() {
    if (m_id < 0)
        return;
    quietly([&] {
        switch (H5Iget_type(m_id)) {
        case H5I_FILE:
            return H5Fclose(m_id);
        case H5I_DATASPACE:
            return H5Sclose(m_id);
        case H5I_ATTR:
            return H5Aclose(m_id);
        case H5I_DATATYPE:
            return H5Tclose(m_id);
        default:
            return H5Oclose(m_id); // groups and datasets
        }
    });
}

bool isHdf5File(const std::string& path) {
    return quietly([&] { return H5Fis_hdf5(path.c_str()); }) > 0;
}

Object openFile(const std::string& path) {
    return Object(quietly([&] { return H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT); }));
}

bool hasChild(hid_t group, const std::string& name) {
    return quietly([&] {
        return H5Lexists(group, name.c_str(), H5P_DEFAULT) > 0 &&
               H5Oexists_by_name(group, name.c_str(), H5P_DEFAULT) > 0;
    });
}

bool isGroup(hid_t group, const std::string& name) {
    if (!hasChild(group, name))
        return false;
    Object object(quietly([&] { return H5Oopen(group, name.c_str(), H5P_DEFAULT); }));
    return object.valid() && H5Iget_type(object.id()) == H5I_GROUP;
}

Object openGroup(hid_t parent, const std::string& name) {
    if (!isGroup(parent, name))
        return Object();
    return Object(quietly([&] { return H5Gopen2(parent, name.c_str(), H5P_DEFAULT); }));
}

Object openDataset(hid_t parent, const std::string& name) {
    if (!hasChild(parent, name) || isGroup(parent, name))
        return Object();
    return Object(quietly([&] { return H5Dopen2(parent, name.c_str(), H5P_DEFAULT); }));
}

std::vector<std::string> childNames(hid_t group) {
    std::vector<std::string> names;
    H5G_info_t info;
    if (quietly([&] { return H5Gget_info(group, &info); }) < 0)
        return names;
    for (hsize_t i = 0; i < info.nlinks; ++i) {
        const ssize_t length = quietly([&] {
            return H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0,
                                      H5P_DEFAULT);
        });
        if (length <= 0)
            continue;
        std::string name(static_cast<std::size_t>(length) + 1, '\0');
        quietly([&] {
            return H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(),
                                      name.size(), H5P_DEFAULT);
        });
        name.resize(static_cast<std::size_t>(length));
        names.push_back(name);
    }
    return names;
}

std::optional<std::vector<hsize_t>> shapeOf(hid_t dataset) {
    Object space(quietly([&] { return H5Dget_space(dataset); }));
    if (!space.valid())
        return std::nullopt;
    const int rank = H5Sget_simple_extent_ndims(space.id());
    if (rank < 0 || rank > 8)
        return std::nullopt;
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    if (rank > 0 && H5Sget_simple_extent_dims(space.id(), dims.data(), nullptr) < 0)
        return std::nullopt;
    return dims;
}

bool isIntegerDataset(hid_t dataset) {
    Object type(quietly([&] { return H5Dget_type(dataset); }));
    const H5T_class_t kind = type.valid() ? H5Tget_class(type.id()) : H5T_NO_CLASS;
    return kind == H5T_INTEGER || kind == H5T_ENUM; // an enum's values are integers
}

bool isFloatDataset(hid_t dataset) {
    Object type(quietly([&] { return H5Dget_type(dataset); }));
    return type.valid() && H5Tget_class(type.id()) == H5T_FLOAT;
}

bool readAll(hid_t dataset, std::vector<double>& out) {
    return readAllAs(dataset, H5T_NATIVE_DOUBLE, out);
}
bool readAll(hid_t dataset, std::vector<long long>& out) {
    const Object memoryType = integerMemoryType(dataset);
    return memoryType.valid() && readAllAs(dataset, memoryType.id(), out);
}
bool readRow(hid_t dataset, hsize_t index, std::vector<double>& out) {
    return readRowAs(dataset, index, H5T_NATIVE_DOUBLE, out);
}
bool readRow(hid_t dataset, hsize_t index, std::vector<long long>& out) {
    const Object memoryType = integerMemoryType(dataset);
    return memoryType.valid() && readRowAs(dataset, index, memoryType.id(), out);
}

std::optional<std::vector<std::string>> readStringAttribute(hid_t object, const std::string& name) {
    if (quietly([&] { return H5Aexists(object, name.c_str()); }) <= 0)
        return std::nullopt;
    Object attribute(quietly([&] { return H5Aopen(object, name.c_str(), H5P_DEFAULT); }));
    Object type(quietly([&] { return H5Aget_type(attribute.id()); }));
    Object space(quietly([&] { return H5Aget_space(attribute.id()); }));
    if (!attribute.valid() || !type.valid() || !space.valid() ||
        H5Tget_class(type.id()) != H5T_STRING)
        return std::nullopt;
    const hssize_t count = H5Sget_simple_extent_npoints(space.id());
    if (count <= 0 || count > 64)
        return std::nullopt;
    std::vector<std::string> values;
    Object memoryType(H5Tcopy(H5T_C_S1));
    // h5py writes UTF-8 strings; HDF5 does not convert between character sets.
    H5Tset_cset(memoryType.id(), H5Tget_cset(type.id()));
    if (H5Tis_variable_str(type.id()) > 0) {
        H5Tset_size(memoryType.id(), H5T_VARIABLE);
        std::vector<char*> strings(static_cast<std::size_t>(count), nullptr);
        if (quietly([&] { return H5Aread(attribute.id(), memoryType.id(), strings.data()); }) < 0)
            return std::nullopt;
        for (char* s : strings)
            values.push_back(trimmed(s ? s : ""));
        H5Dvlen_reclaim(memoryType.id(), space.id(), H5P_DEFAULT, strings.data());
        return values;
    }
    // One byte more than the file's strings: a string that fills its width without a NUL
    // (h5py's fixed-length bytes, "periodic" in 8 bytes) must not lose its last character
    // to the terminator of a NUL-terminated memory type.
    const std::size_t width = H5Tget_size(type.id()) + 1;
    if (width == 1 || width > 4097)
        return std::nullopt;
    H5Tset_size(memoryType.id(), width);
    H5Tset_strpad(memoryType.id(), H5T_STR_NULLTERM);
    std::string buffer(width * static_cast<std::size_t>(count), '\0');
    if (quietly([&] { return H5Aread(attribute.id(), memoryType.id(), buffer.data()); }) < 0)
        return std::nullopt;
    for (hssize_t i = 0; i < count; ++i)
        values.push_back(trimmed(buffer.substr(static_cast<std::size_t>(i) * width, width)));
    return values;
}

std::string claimBeyondStorage(hid_t dataset, const std::string& path) {
    const auto shape = shapeOf(dataset);
    if (!shape)
        return {};
    double values = 1; // a double: a claimed 10^12 x 10^12 must not wrap around
    for (const hsize_t n : *shape)
        values *= double(n);
    const Object type(quietly([&] { return H5Dget_type(dataset); }));
    const double bytes = type.valid() ? double(H5Tget_size(type.id())) : 1.0;
    const double stored = double(quietly([&] { return H5Dget_storage_size(dataset); }));
    if (values * bytes <= stored * kMaxCompressionRatio + double(1 << 20))
        return {};
    return say(sentence::kClaimsBeyondStorage,
               {path, shortNumber(values), shortNumber(bytes), shortNumber(stored)});
}

} // namespace tx::core::hdf5
