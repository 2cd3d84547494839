#include "core/output/AtomicFile.h"

#include "core/model/InputSentences.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace tx::core {

void writeFileAtomically(const std::string& path, std::string_view contents) {
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    std::FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f)
        throw std::runtime_error(
            say(sentence::kAtFile, {path, say(sentence::kCannotWrite, {std::strerror(errno)})}));
    const bool written = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    const bool flushed = std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !flushed || !closed) {
        const int err = errno;
        std::remove(temp.c_str());
        throw std::runtime_error(
            say(sentence::kAtFile, {path, say(sentence::kCannotWrite, {std::strerror(err)})}));
    }
    if (const std::string problem = moveIntoPlace(temp, path); !problem.empty())
        throw std::runtime_error(
            say(sentence::kAtFile, {path, say(sentence::kCannotRename, {problem})}));
}

std::string moveIntoPlace(const std::string& temporary, const std::string& path) {
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (!ec)
        return {};
    std::remove(temporary.c_str());
    return ec.message();
}

} // namespace tx::core
