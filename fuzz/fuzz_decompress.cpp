// libFuzzer target, built once per decompressor (TX_COMPRESSION names it): the bytes, behind
// that compression's magic so that its decoder is the one chosen, are read to the end through
// the same ByteStream the readers use. Allowed outcomes: the data, or a std::runtime_error
// (damaged or truncated data). Output is capped, so a decompression bomb is not a hang.
#include "core/io/ByteStream.h"
#include "core/io/InputError.h"
#include "fuzz/FuzzTarget.h"

#include <stdexcept>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tx;
    std::string_view magic;
    for (const core::Compression& c : core::compressions())
        if (c.name == TX_COMPRESSION)
            magic = c.magic;
    if (magic.empty())
        __builtin_trap(); // the target names a compression the table lacks
    const std::string path = fuzz::scratchPath(".bin");
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(magic.data(), 1, magic.size(), f);
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        auto stream = core::openByteStream(path);
        std::vector<char> buffer(1 << 16);
        std::size_t total = 0;
        while (total < (std::size_t(64) << 20))
            if (const std::size_t got = stream->read(buffer.data(), buffer.size()); got > 0)
                total += got;
            else
                break;
    } catch (const std::runtime_error&) {
        // damaged data, said with the library's message (InputError is one too)
    }
    std::remove(path.c_str());
    return 0;
}
