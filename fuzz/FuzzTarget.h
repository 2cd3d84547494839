#pragma once
// Shared body of the reader fuzz targets: the bytes become a file (readers take paths, as
// users' files are paths), every frame is read, and the only acceptable failure is an
// InputError naming the file. Anything else (a crash, a sanitizer report, a hang, another
// exception) is a bug.
#include "core/io/FrameSource.h"
#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace tx::fuzz {

inline std::string scratchPath(const char* suffix) {
    return "/tmp/tx-fuzz-" + std::to_string(::getpid()) + suffix;
}

// The fuzzer's bytes as a scratch file (the caller removes it); returns its path.
inline std::string writeScratchFile(const std::uint8_t* data, std::size_t size,
                                    const char* suffix) {
    const std::string path = scratchPath(suffix);
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

// Reads every frame of the file at path (up to 1000), then removes it.
inline int readFileToEnd(const std::string& path) {
    try {
        auto source = core::openTrajectory(path);
        core::Frame frame;
        for (int frames = 0; frames < 1000 && source->next(frame); ++frames)
            if (frame.ids.size() != frame.positions.size() ||
                frame.types.size() != frame.ids.size())
                __builtin_trap(); // a reader must return consistent frames
    } catch (const core::InputError& e) {
        if (e.file() != path)
            __builtin_trap(); // errors must name the file
    }
    std::remove(path.c_str());
    return 0;
}

inline int readEverything(const std::uint8_t* data, std::size_t size, const char* suffix) {
    return readFileToEnd(writeScratchFile(data, size, suffix));
}

} // namespace tx::fuzz
