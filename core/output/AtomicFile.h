#pragma once
// Writes a whole file or nothing: the text goes to a temporary file beside the target, which
// is renamed over it only once complete. A crash or an error never leaves a half-written file.
#include <string>
#include <string_view>

namespace tx::core {

// Throws std::runtime_error naming the path when the file cannot be written.
void writeFileAtomically(const std::string& path, std::string_view contents);

// Renames a complete temporary file over path in one step: rename(2) replaces the target, so
// there is never a moment without a file at path. On failure the temporary is removed and
// the reason is returned; empty on success.
std::string moveIntoPlace(const std::string& temporary, const std::string& path);

} // namespace tx::core
