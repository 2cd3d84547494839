#pragma once
// Whitespace splitting and strict number parsing (fast_float for doubles, std::from_chars for
// integers). Failures say what was expected, so readers can name the file and line.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fast_float/fast_float.h>
#include <optional>
#include <string_view>
#include <vector>

namespace tx::core {

// The characters that separate fields: blanks, tabs, and the '\r' of a CRLF line end.
inline bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// Splits on blanks and tabs into out (cleared first); views point into line.
void splitFields(std::string_view line, std::vector<std::string_view>& out);
std::string_view trim(std::string_view s);

std::optional<double> parseDouble(std::string_view s);
std::optional<std::int64_t> parseInt(std::string_view s);

// The fields of a line one at a time, without splitting it first: a number is parsed where
// its field starts, so that only the fields not wanted are scanned for their end (the atom
// lines of a large dump, where splitting every line cost as much as parsing its numbers).
// Each take* accepts what parseDouble / parseInt accept, and only a whole field.
// Inline: five calls per atom line were a tenth of the parsing.
class FieldCursor {
public:
    explicit FieldCursor(std::string_view line)
        : m_at(line.data()), m_end(line.data() + line.size()) {}
    // To the start of the next field; false when the line has no more.
    bool next() {
        while (m_at != m_end && isBlank(*m_at))
            ++m_at;
        return m_at != m_end;
    }
    // Whether the cursor has passed the whole line (with nothing, not even a blank, left).
    bool atEnd() const { return m_at == m_end; }
    // The field here, as text; the cursor moves past it.
    std::string_view skip() {
        const char* start = m_at;
        while (m_at != m_end && !isBlank(*m_at))
            ++m_at;
        return {start, static_cast<std::size_t>(m_at - start)};
    }
    // The field here as a number; the cursor moves past it either way.
    std::optional<double> takeDouble() {
        const char* start = m_at + (m_at != m_end && *m_at == '+');
        double value = 0;
        const auto res = fast_float::from_chars(start, m_end, value);
        if (res.ec == std::errc() && (res.ptr == m_end || isBlank(*res.ptr)) &&
            std::isfinite(value)) {
            m_at = res.ptr;
            return value;
        }
        skip();
        return std::nullopt;
    }
    std::optional<std::int64_t> takeInt() {
        const char* start = m_at + (m_at != m_end && *m_at == '+');
        std::int64_t value = 0;
        const auto res = std::from_chars(start, m_end, value);
        if (res.ec == std::errc() && (res.ptr == m_end || isBlank(*res.ptr))) {
            m_at = res.ptr;
            return value;
        }
        skip();
        return std::nullopt;
    }

private:
    const char* m_at;
    const char* m_end;
};

} // namespace tx::core
