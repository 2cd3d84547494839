#include "core/io/FrameSource.h"

#include "core/io/DcdReader.h"
#include "core/io/ExtendedXyzReader.h"
#include "core/io/H5mdReader.h"
#include "core/io/InputError.h"
#include "core/io/LammpsDumpReader.h"

namespace tx::core {

namespace {
std::string withoutGz(const std::string& name) {
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0)
        return name.substr(0, name.size() - 3);
    return name;
}
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool isLammpsName(const std::string& n) {
    return endsWith(n, ".lammpstrj") || endsWith(n, ".dump") || endsWith(n, ".lammpsdump");
}
bool isXyzName(const std::string& n) {
    return endsWith(n, ".xyz") || endsWith(n, ".extxyz");
}
bool isDcdName(const std::string& n) {
    return endsWith(n, ".dcd");
}
bool isH5mdName(const std::string& n) {
    return endsWith(n, ".h5md") || endsWith(n, ".h5");
}
} // namespace

bool isTrajectoryFileName(const std::string& fileName) {
    const std::string n = withoutGz(fileName);
    return isLammpsName(n) || isXyzName(n) || isDcdName(fileName) || isH5mdName(fileName);
}

std::unique_ptr<FrameSource> openTrajectory(const std::string& path, const ReaderOptions& options) {
    const std::string n = withoutGz(path);
    if (isLammpsName(n))
        return std::make_unique<LammpsDumpReader>(path);
    if (isXyzName(n))
        return std::make_unique<ExtendedXyzReader>(path, options.xyzPositionsWrapped);
    if (isDcdName(path))
        return std::make_unique<DcdReader>(path, options.dcdPositionsWrapped);
    if (isH5mdName(path))
        return std::make_unique<H5mdReader>(path, options.h5mdPositionsWrapped);
    throw InputError(path, 0,
                     "unknown trajectory format: expected .lammpstrj, .dump, .lammpsdump, .xyz or "
                     ".extxyz (optionally .gz), .dcd, or .h5md/.h5");
}

} // namespace tx::core
