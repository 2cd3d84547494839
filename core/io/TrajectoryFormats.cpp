#include "core/io/TrajectoryFormats.h"

#include "core/io/ByteStream.h"
#include "core/io/DcdReader.h"
#include "core/io/ExtendedXyzReader.h"
#include "core/io/GsdReader.h"
#include "core/io/H5mdReader.h"
#include "core/io/InputError.h"
#include "core/io/LammpsDumpReader.h"
#include "core/model/Sentences.h"

#include <array>
#include <cstdio>

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
std::unique_ptr<FrameSource> openGsd(const std::string& path, const ReaderOptions&) {
    return std::make_unique<GsdReader>(path);
}
std::unique_ptr<FrameSource> openH5md(const std::string& path, const ReaderOptions& o) {
    return std::make_unique<H5mdReader>(path, o.h5mdPositionsWrapped);
}

constexpr std::array kFormats = {
    TrajectoryFormat{"LAMMPS text dump", ".lammpstrj .dump .lammpsdump",
                     "dump.* *.lammpstrj.N *.dump.N *.lammpsdump.N", true, "", openLammps},
    TrajectoryFormat{"extended XYZ", ".xyz .extxyz", "", true, "--xyz-wrapped", openXyz},
    TrajectoryFormat{"DCD (CHARMM/NAMD/LAMMPS)", ".dcd", "", false, "--dcd-unwrapped", openDcd},
    TrajectoryFormat{"H5MD (HDF5)", ".h5md .h5", "", false, "", openH5md},
    TrajectoryFormat{"HOOMD-blue GSD", ".gsd", "", false, "", openGsd},
};

// Every frame of every reader passes here: a cell that cannot be a periodic box (zero, negative
// or NaN extent, a left-handed or degenerate cell) or a position that is not a number stops the
// run with the file and frame, before it can become NaN distances or silently zero pairs.
class CheckedFrames final : public FrameSource {
public:
    explicit CheckedFrames(std::unique_ptr<FrameSource> reader) : m_reader(std::move(reader)) {}
    bool next(Frame& frame) override {
        if (!m_reader->next(frame))
            return false;
        if (const std::string problem = frameProblem(frame); !problem.empty())
            throw InputError(
                name(), frame.firstLine,
                say(sentence::kFrameProblem, {std::to_string(frame.timestep), problem}));
        return true;
    }
    const std::string& name() const override { return m_reader->name(); }
    std::uint64_t bytesRead() const override { return m_reader->bytesRead(); }
    const TrajectoryMetadata& metadata() const override { return m_reader->metadata(); }

private:
    std::unique_ptr<FrameSource> m_reader;
};

std::string compressedSuffixes() {
    std::string out;
    for (const Compression& c : compressions())
        out += (out.empty() ? "" : ", ") + std::string(c.suffix);
    return out;
}

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "dump.*" (a prefix), "*.lammpstrj.N" (an ending, then a number) against a file's name.
bool matchesPattern(std::string_view name, std::string_view pattern) {
    const auto star = pattern.find('*');
    const std::string_view prefix = pattern.substr(0, star);
    std::string_view suffix = star == std::string_view::npos ? "" : pattern.substr(star + 1);
    if (!name.starts_with(prefix) || name.size() <= prefix.size())
        return false;
    if (suffix.ends_with(".N")) {
        const auto dot = name.rfind('.');
        if (dot == std::string_view::npos || dot + 1 == name.size() ||
            name.substr(dot + 1).find_first_not_of("0123456789") != std::string_view::npos)
            return false;
        name = name.substr(0, dot);
        suffix.remove_suffix(2);
    }
    return endsWith(name, suffix) && name.size() > prefix.size() + suffix.size();
}

} // namespace

std::string frameProblem(const Frame& frame) {
    const Eigen::Matrix3d& h = frame.box.cellVectors();
    auto text = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return std::string(buf);
    };
    if (!h.allFinite() || !frame.box.origin().allFinite())
        return say(sentence::kBoxNotANumber);
    for (int k = 0; k < 3; ++k)
        if (!(h(k, k) > 0))
            return say(sentence::kBoxExtent, {text(h(k, k)), std::string(1, "xyz"[k])});
    if (!(h.determinant() > 0) || !(frame.box.perpendicularWidths().minCoeff() > 0))
        return say(sentence::kDegenerateCell, {text(h.determinant())});
    for (std::size_t a = 0; a < frame.positions.size(); ++a)
        if (!frame.positions[a].allFinite())
            return say(sentence::kPositionNotANumber,
                       {std::to_string(a < frame.ids.size() ? frame.ids[a] : std::int64_t(a + 1))});
    return {};
}

namespace {
std::vector<std::string_view> words(std::string_view rest) {
    std::vector<std::string_view> out;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        out.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return out;
}
} // namespace

std::vector<std::string_view> TrajectoryFormat::endings() const {
    return words(extensions);
}

std::span<const TrajectoryFormat> trajectoryFormats() {
    return kFormats;
}

const TrajectoryFormat* formatOfFileName(const std::string& fileName) {
    const std::string_view suffix = compressionSuffix(fileName);
    const std::string_view name =
        std::string_view(fileName).substr(0, fileName.size() - suffix.size());
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view ending : f.endings())
            if (endsWith(name, ending) && (suffix.empty() || f.compressed))
                return &f;
    const std::string_view base = name.substr(name.find_last_of('/') + 1);
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view pattern : words(f.namePatterns))
            if (matchesPattern(base, pattern) && (suffix.empty() || f.compressed))
                return &f;
    return nullptr;
}

bool isTrajectoryFileName(const std::string& fileName) {
    return formatOfFileName(fileName) != nullptr;
}

std::unique_ptr<FrameSource> openTrajectory(const std::string& path, const ReaderOptions& options) {
    if (const TrajectoryFormat* f = formatOfFileName(path))
        return std::make_unique<CheckedFrames>(f->open(path, options));
    std::string known;
    for (const TrajectoryFormat& f : kFormats) {
        known += known.empty() ? "" : "; ";
        known += std::string(f.name) + " " + std::string(f.extensions);
        if (!f.namePatterns.empty())
            known += " or names like " + std::string(f.namePatterns);
        if (f.compressed)
            known += " (optionally compressed: " + compressedSuffixes() + ")";
    }
    throw InputError(path, 0, say(sentence::kUnknownFormat, {known}));
}

Frame readFirstFrame(const std::string& path, const ReaderOptions& options) {
    Frame frame;
    if (!openTrajectory(path, options)->next(frame))
        throw InputError(path, 0, say(sentence::kNoFrame));
    return frame;
}

std::string trajectoryFilePatterns() {
    std::string out;
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view ending : f.endings()) {
            out += (out.empty() ? "*" : " *") + std::string(ending);
            if (f.compressed)
                for (const Compression& c : compressions())
                    out += " *" + std::string(ending) + std::string(c.suffix);
        }
    for (const TrajectoryFormat& f : kFormats)
        for (std::string_view pattern : words(f.namePatterns)) {
            std::string glob(pattern); // a final ".N" becomes ".*" in a file dialog
            if (glob.ends_with(".N"))
                glob.back() = '*';
            out += " " + glob;
        }
    return out;
}

std::string trajectoryFormatsHelp() {
    std::string out;
    for (const TrajectoryFormat& f : kFormats) {
        out += "  " + std::string(f.name) + ": " + std::string(f.extensions);
        if (!f.namePatterns.empty())
            out += ", " + std::string(f.namePatterns);
        if (f.compressed)
            out += " (each also " + compressedSuffixes() + ")";
        if (!f.option.empty())
            out += "; see " + std::string(f.option);
        out += "\n";
    }
    return out;
}

} // namespace tx::core
