#pragma once
// Whitespace splitting and strict number parsing (fast_float for doubles, std::from_chars for
// integers). Failures say what was expected, so readers can name the file and line.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tx::core {

// Splits on blanks and tabs into out (cleared first); views point into line.
void splitFields(std::string_view line, std::vector<std::string_view>& out);
std::string_view trim(std::string_view s);

std::optional<double> parseDouble(std::string_view s);
std::optional<std::int64_t> parseInt(std::string_view s);

} // namespace tx::core
