// libFuzzer target: an ensemble manifest (manifest.json) on arbitrary bytes. Allowed: a
// layout, or an InputError naming the manifest; never a crash or another exception.
#include "core/io/InputError.h"
#include "core/model/EnsembleLayout.h"
#include "fuzz/FuzzTarget.h"

#include <cstdio>
#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = tx::fuzz::writeScratchFile(data, size, "-manifest.json");
    try {
        tx::core::discoverEnsemble(path);
    } catch (const tx::core::InputError& e) {
        if (e.file() != path && e.file().rfind("/tmp/", 0) != 0)
            __builtin_trap(); // errors name the manifest or a file it lists
    }
    std::remove(path.c_str());
    return 0;
}
