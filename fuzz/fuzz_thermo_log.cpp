// libFuzzer target: a LAMMPS log (thermo output for T_g) on arbitrary bytes, read and fitted
// with automatic windows. Allowed: an estimate (ok or with its problem) whose T_g, when ok,
// is finite, or an InputError naming the log; never a crash, a hang or another exception.
#include "core/fit/GlassTransitionFit.h"
#include "core/io/InputError.h"
#include "fuzz/FuzzTarget.h"

#include <cmath>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = tx::fuzz::writeScratchFile(data, size, "-log.lammps");
    try {
        const tx::core::ThermoLog log = tx::core::readThermoLog(path);
        tx::core::GlassTransitionSettings settings;
        settings.bootstrap = 4;
        for (const char* quantity : {"", "volume", "pe"}) {
            settings.quantity = quantity;
            try {
                const auto e = tx::core::estimateGlassTransition(log, settings);
                if (e.fit.ok && !std::isfinite(e.fit.tg))
                    __builtin_trap();
            } catch (const tx::core::InputError& e) {
                if (e.file() != path)
                    __builtin_trap();
            }
        }
    } catch (const tx::core::InputError& e) {
        if (e.file() != path)
            __builtin_trap();
    }
    std::remove(path.c_str());
    return 0;
}
