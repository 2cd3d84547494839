#include "core/io/TrajectoryFormats.h"

#include "core/io/DcdReader.h"
#include "core/io/ExtendedXyzReader.h"
#include "core/io/H5mdReader.h"
#include "core/io/InputError.h"
#include "core/io/LammpsDumpReader.h"

#include <array>

namespace tx::core {

namespace {

std::unique_ptr<FrameSource> openLammps(const std::string& path, const ReaderOptions&) {
    return std::make_unique<LammpsDumpReader>(path);
}
std::unique_ptr<FrameSource> openXyz(const std::string& path, const ReaderOptions& o) {
    return std::make_unique<ExtendedXyzReader>(path, o.xyzPositionsWrapped);
}
std::unique_ptr<FrameSource> openDcd(const std::string& path, const ReaderOptions& o) {
    return std::make_unique<DcdReader>(path, o.dcdPositionsWrapped);
}
std::unique_ptr<FrameSource> openH5md(const std::string& path, const ReaderOptions& o) {
    return std::make_unique<H5mdReader>(path, o.h5mdPositionsWrapped);
}

constexpr std::array kFormats = {
    TrajectoryFormat{"LAMMPS text dump", ".lammpstrj .dump .lammpsdump", true, "", openLammps},
    TrajectoryFormat{"extended XYZ", ".xyz .extxyz", true, "--xyz-wrapped", openXyz},
    TrajectoryFormat{"DCD (CHARMM/NAMD/LAMMPS)", ".dcd", false, "--dcd-unwrapped", openDcd},
    TrajectoryFormat{"H5MD (HDF5)", ".h5md .h5", false, "", openH5md},
};

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

std::vector<std::string_view> TrajectoryFormat::endings() const {
    std::vector<std::string_view> out;
    std::string_view rest = extensions;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        out.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return out;
}

std::span<const TrajectoryFormat> trajectoryFormats() {
    return kFormats;
}

const TrajectoryFormat* formatOfFileName(const std::string& fileName) {
    const bool gz = endsWith(fileName, ".gz");
    const std::string_view name =
        gz ? std::string_view(fileName).substr(0, fileName.size() - 3) : fileName;
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view ending : f.endings())
            if (endsWith(name, ending) && (!gz || f.gzip))
                return &f;
    return nullptr;
}

bool isTrajectoryFileName(const std::string& fileName) {
    return formatOfFileName(fileName) != nullptr;
}

std::unique_ptr<FrameSource> openTrajectory(const std::string& path, const ReaderOptions& options) {
    if (const TrajectoryFormat* f = formatOfFileName(path))
        return f->open(path, options);
    std::string known;
    for (const TrajectoryFormat& f : kFormats) {
        known += known.empty() ? "" : "; ";
        known += std::string(f.name) + " " + std::string(f.extensions);
        if (f.gzip)
            known += " (optionally .gz)";
    }
    throw InputError(path, 0, "unknown trajectory format: expected " + known);
}

std::string trajectoryFilePatterns() {
    std::string out;
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view ending : f.endings()) {
            out += (out.empty() ? "*" : " *") + std::string(ending);
            if (f.gzip)
                out += " *" + std::string(ending) + ".gz";
        }
    return out;
}

std::string trajectoryFormatsHelp() {
    std::string out;
    for (const TrajectoryFormat& f : kFormats) {
        out += "  " + std::string(f.name) + ": " + std::string(f.extensions);
        if (f.gzip)
            out += " (each also .gz)";
        if (!f.option.empty())
            out += "; see " + std::string(f.option);
        out += "\n";
    }
    return out;
}

} // namespace tx::core
