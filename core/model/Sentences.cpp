#include "core/model/Sentences.h"

#include <vector>

namespace tx::core {

std::string say(const char* pattern, const std::vector<std::string>& values) {
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9' && std::size_t(p[1] - '1') < values.size()) {
            out += values[std::size_t(p[1] - '1')];
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

} // namespace tx::core
