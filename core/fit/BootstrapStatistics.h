#pragma once
// What the errors of T_x, T_c, T_b and T_g are made of: the spread of a bootstrap distribution
// and its central part, shown beside the standard deviation since these distributions are
// often skewed.
#include <optional>
#include <vector>

namespace tx::core {

// Sample standard deviation (n - 1); NaN for fewer than two values.
double standardDeviation(const std::vector<double>& values);

struct PercentileInterval {
    double low = 0.0, high = 0.0;
};

// The 2.5th and 97.5th percentiles for level 0.95, interpolating linearly between order
// statistics; nothing for fewer than two samples.
std::optional<PercentileInterval> percentileInterval(std::vector<double> samples,
                                                     double level = 0.95);

} // namespace tx::core
