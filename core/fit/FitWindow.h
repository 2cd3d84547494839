#pragma once
// A closed interval of temperatures (or times) that a fit uses, and the selection of the
// points inside it that carry a value.
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tx::core {

struct FitWindow {
    double low = 0.0;
    double high = 0.0;
    bool contains(double x) const { return x >= low && x <= high; }
    friend bool operator==(const FitWindow&, const FitWindow&) = default;
};

// Indices k with x[k] in the window (all x when no window) and y[k] a number, in order.
std::vector<std::size_t> pointsInWindow(std::span<const double> x,
                                        std::span<const std::optional<double>> y,
                                        const std::optional<FitWindow>& window);

std::string describe(const FitWindow& w);

} // namespace tx::core
