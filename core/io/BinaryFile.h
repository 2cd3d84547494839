#pragma once
// A binary trajectory file opened for reading, owned (closed even when a reader's constructor
// throws: a leaked descriptor per bad file once ended a fuzzing run), with its size, so that
// no reader allocates more than the file can hold.
#include "core/io/InputError.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

namespace tx::core {

using OwnedFile = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

struct BinaryFile {
    OwnedFile file{nullptr, &std::fclose};
    std::uint64_t size = 0;
};

// Throws InputError "cannot open: <reason>" naming the file.
inline BinaryFile openBinaryFile(const std::string& path) {
    BinaryFile out{OwnedFile(std::fopen(path.c_str(), "rb"), &std::fclose), 0};
    if (!out.file)
        throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    std::fseek(out.file.get(), 0, SEEK_END);
    const long end = std::ftell(out.file.get());
    out.size = end > 0 ? static_cast<std::uint64_t>(end) : 0;
    std::fseek(out.file.get(), 0, SEEK_SET);
    return out;
}

} // namespace tx::core
