#pragma once
// Owning handles and small read helpers over the HDF5 C API, for the H5MD reader. HDF5's
// own error stack printing is switched off per call; failures come back as return values
// that the caller turns into an InputError naming the file.
#include <hdf5.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tx::core::hdf5 {

// One HDF5 identifier (file, group, dataset, dataspace, attribute or datatype), closed with
// the right H5*close when it goes out of scope.
class Object {
public:
    Object() = default;
    explicit Object(hid_t id) : m_id(id) {}
    Object(Object&& other) noexcept : m_id(std::exchange(other.m_id, H5I_INVALID_HID)) {}
    Object& operator=(Object&& other) noexcept {
        std::swap(m_id, other.m_id);
        return *this;
    }
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    ~Object();

    hid_t id() const { return m_id; }
    bool valid() const { return m_id >= 0; }

private:
    hid_t m_id = H5I_INVALID_HID;
};

bool isHdf5File(const std::string& path);
Object openFile(const std::string& path);
// The child `name` of a group: a group, a dataset, or nothing when absent.
bool hasChild(hid_t group, const std::string& name);
bool isGroup(hid_t group, const std::string& name);
Object openGroup(hid_t parent, const std::string& name);
Object openDataset(hid_t parent, const std::string& name);
std::vector<std::string> childNames(hid_t group);

// Shape of a dataset (empty for a scalar); nullopt when it cannot be read.
std::optional<std::vector<hsize_t>> shapeOf(hid_t dataset);
// Memory follows the file, not a dataset's claimed shape: a chunked dataset may claim 10^12
// rows with no chunk written (HDF5 then returns the fill value). Empty when the dataset's
// values fit what the file stores for it (compressed at most kMaxCompressionRatio : 1, deflate
// tops out near 1032 : 1, plus 1 MiB); else a message such as "PATH claims 3e+12 values of 8
// bytes, but the file stores 2 kB of them", PATH being how the dataset is named to a person.
inline constexpr double kMaxCompressionRatio = 1100;
std::string claimBeyondStorage(hid_t dataset, const std::string& path);
bool isIntegerDataset(hid_t dataset); // integers or an enum
bool isFloatDataset(hid_t dataset);
// The whole dataset into out, converted to double / 64-bit integers; false when it cannot
// be read.
bool readAll(hid_t dataset, std::vector<double>& out);
bool readAll(hid_t dataset, std::vector<long long>& out);
// Row `index` of a dataset of shape [F][...]: all of its remaining dimensions.
bool readRow(hid_t dataset, hsize_t index, std::vector<double>& out);
bool readRow(hid_t dataset, hsize_t index, std::vector<long long>& out);

// A string or string-array attribute of an object (fixed or variable length).
std::optional<std::vector<std::string>> readStringAttribute(hid_t object, const std::string& name);

} // namespace tx::core::hdf5
