#include "core/fit/FitWindow.h"

#include <cstdio>

namespace tx::core {

std::vector<std::size_t> pointsInWindow(std::span<const double> x,
                                        std::span<const std::optional<double>> y,
                                        const std::optional<FitWindow>& window) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < x.size() && k < y.size(); ++k)
        if (y[k] && (!window || window->contains(x[k])))
            out.push_back(k);
    return out;
}

std::string describe(const FitWindow& w) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "[%g, %g]", w.low, w.high);
    return buf;
}

} // namespace tx::core
