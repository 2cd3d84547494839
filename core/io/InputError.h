#pragma once
// An error in the user's input: it always names the file and, where known, the line.
#include "core/model/InputSentences.h"
#include <cstdint>
#include <stdexcept>
#include <string>

namespace tx::core {

class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::int64_t line, const std::string& message)
        : std::runtime_error(format(file, line, message)), m_file(std::move(file)), m_line(line),
          m_message(message) {}

    const std::string& file() const { return m_file; }
    // 1-based line number, or 0 where the problem is the file as a whole.
    std::int64_t line() const { return m_line; }
    // The message without the file and line.
    const std::string& message() const { return m_message; }

private:
    static std::string format(const std::string& file, std::int64_t line, const std::string& msg) {
        return line > 0 ? say(sentence::kAtFileLine, {file, std::to_string(line), msg})
                        : say(sentence::kAtFile, {file, msg});
    }
    std::string m_file;
    std::int64_t m_line;
    std::string m_message;
};

// Raised when the user cancels a long computation; never an error to report.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace tx::core
