#pragma once
// Writes a whole file or nothing: the text goes to a temporary file beside the target, which
// is renamed over it only once complete. A crash or an error never leaves a half-written file.
#include <string>
#include <string_view>

namespace tx::core {

// Throws std::runtime_error naming the path when the file cannot be written.
void writeFileAtomically(const std::string& path, std::string_view contents);

} // namespace tx::core
