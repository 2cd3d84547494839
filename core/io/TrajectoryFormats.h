#pragma once
// The trajectory formats, declared once: a name, the file-name endings, whether a .gz of it
// is read, the option that changes how it is read, and the function that opens it. The
// ensemble scan, the reader choice, the CLI's help and the "unknown format" message all come
// from this table; a new format is a reader class and one row in TrajectoryFormats.cpp.
#include "core/io/FrameSource.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tx::core {

struct TrajectoryFormat {
    std::string_view name;       // "LAMMPS text dump"
    std::string_view extensions; // space-separated endings: ".lammpstrj .dump .lammpsdump"
    // Other names the program writing this format habitually gives (space-separated; '*' is
    // any text, a final ".N" any number): LAMMPS's "dump.melt" and "run.lammpstrj.1000".
    // Endings are tried first, so "dump.dcd" stays a DCD file.
    std::string_view namePatterns;
    bool compressed;         // NAME.gz, .bz2, .zst, .xz are read too (ByteStream)
    std::string_view option; // what changes how it is read (a CLI option), or empty
    std::unique_ptr<FrameSource> (*open)(const std::string& path, const ReaderOptions& options);

    std::vector<std::string_view> endings() const;
};

std::span<const TrajectoryFormat> trajectoryFormats();

// The format of a file, by its name; nullptr when no format claims it.
const TrajectoryFormat* formatOfFileName(const std::string& fileName);
bool isTrajectoryFileName(const std::string& fileName);

// Opens a trajectory with the reader its name selects. Throws InputError naming the file and
// the formats that are read when the name matches none. Every frame it gives is checked with
// frameProblem (the InputError names the file and the frame's first line, or its number in
// binary formats).
std::unique_ptr<FrameSource> openTrajectory(const std::string& path,
                                            const ReaderOptions& options = {});
// The first frame of a trajectory (its species, its structure); an InputError naming the
// file when it has none, or as openTrajectory.
Frame readFirstFrame(const std::string& path, const ReaderOptions& options);

// Why a frame cannot be analysed (a box with zero, negative or non-finite extent, a degenerate
// or left-handed cell, a position that is not a number), or empty.
std::string frameProblem(const Frame& frame);

// "*.lammpstrj *.lammpstrj.gz ..." for file dialogs.
std::string trajectoryFilePatterns();
// One line per format, for --help: "  LAMMPS text dump: .lammpstrj ... (each also .gz, ...)".
std::string trajectoryFormatsHelp();

} // namespace tx::core
