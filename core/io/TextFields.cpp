#include "core/io/TextFields.h"

namespace tx::core {

void splitFields(std::string_view line, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t i = 0;
    const std::size_t n = line.size();
    while (i < n) {
        while (i < n && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < n && !isBlank(line[i]))
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// A whole string as one number: FieldCursor's rule, and nothing after it (not even a blank).
std::optional<double> parseDouble(std::string_view s) {
    FieldCursor cursor(s);
    const auto value = cursor.takeDouble();
    return value && cursor.atEnd() ? value : std::nullopt;
}

std::optional<std::int64_t> parseInt(std::string_view s) {
    FieldCursor cursor(s);
    const auto value = cursor.takeInt();
    return value && cursor.atEnd() ? value : std::nullopt;
}

} // namespace tx::core
