#pragma once
// The temperature grid of a series, as the quality flags and the simulation advice read it:
// its median spacing (which says what a gap is), the neighbours around a temperature, and
// the local spacing there.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tx::core {

class TemperatureGrid {
public:
    explicit TemperatureGrid(std::vector<double> temperatures);
    const std::vector<double>& temperatures() const { return m_t; } // ascending
    double medianSpacing() const { return m_medianSpacing; }
    // Wider than kGapFactor (QualityFlags.h) median spacings.
    bool isGap(double low, double high) const;
    // The neighbouring grid temperatures around x (x strictly between them), if any.
    std::optional<std::pair<double, double>> bracket(double x) const;
    // The mean spacing on both sides of a grid temperature, or the spacing of x's interval.
    double localSpacing(double x) const;
    bool contains(double x) const; // to 1e-9 relative
    // "between T = 1 and 2, a gap of 1 (5 times the median spacing 0.2)"
    std::string gapText(double low, double high) const;

private:
    std::vector<double> m_t;
    double m_medianSpacing;
};

} // namespace tx::core
