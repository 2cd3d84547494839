// libFuzzer target: the GSD (HOOMD-blue) reader on arbitrary bytes.
#include "fuzz/FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return tx::fuzz::readEverything(data, size, ".gsd");
}
